#pragma once

// Internal to lib/numbers: the token stream every recogniser walks. A number extractor needs finer
// tokens than the word tokenizer of lib/text: "MH370" must split into "MH" + "370" (an identifier),
// "9.30am" into "9.30" + "am", "seven-hour" into "seven" "-" "hour", and the whitespace between
// tokens matters ("1 234 567" is one number, "1, 234, 567" three).

#include <QString>
#include <QStringView>

#include <vector>

namespace parallax::numbers {

struct Token {
    enum class Type : quint8 {
        Word,           // letters, with inner apostrophes: "Kyiv’s", "o'clock", "μg"
        Digits,         // ASCII digits with inner ',' or '.' before a digit: "5,000", "3.5", ".08"
        Symbol,         // any other single character: "%", "$", "-", "–", "/", "(", "."
        VulgarFraction, // one of ½ ⅓ ⅔ ¼ ¾ ... (value from vulgarFractionValue())
    };

    Type type = Type::Symbol;
    bool newlineBefore = false;
    quint16 gap = 0; // whitespace characters between the previous token and this one
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text;  // as written
    QStringView lower; // simple lower-case mapping of text, same length

    bool isWord() const { return type == Type::Word; }
    bool isDigits() const { return type == Type::Digits; }
    bool isSymbol() const { return type == Type::Symbol; }
    bool glued() const { return gap == 0; } // touches the previous token
    bool is(QStringView lowerWord) const { return type == Type::Word && lower == lowerWord; }
    bool isChar(char16_t c) const { return type == Type::Symbol && text.front() == QChar(c); }
    bool isHyphen() const; // '-', '‐', '‑' (not the en dash)
    bool isDash() const;   // hyphen, en dash, em dash, minus sign
    bool capitalised() const { return type == Type::Word && text.front().isUpper(); }
    bool allUpper() const;
};

// The input with a lower-case copy (kept alive because the tokens view it).
struct TokenizedText {
    QStringView text;
    QString lower;
    std::vector<Token> tokens;

    int size() const { return int(tokens.size()); }
    const Token& operator[](int i) const { return tokens[size_t(i)]; }
    bool valid(int i) const { return i >= 0 && i < size(); }
    // Word at i equals lowerWord; false past either end.
    bool wordAt(int i, QStringView lowerWord) const { return valid(i) && tokens[size_t(i)].is(lowerWord); }
    bool charAt(int i, char16_t c) const { return valid(i) && tokens[size_t(i)].isChar(c); }
    // True when token i ends a sentence: '.', '!' or '?' followed by space and a capital, or the end.
    bool sentenceEndAt(int i) const;
};

// Splits text into tokens. Thread-safe; O(n).
void tokenize(QStringView text, TokenizedText& out);

// ½ -> 0.5, ⅔ -> 0.666..., 0 for any other character.
double vulgarFractionValue(QChar c);

} // namespace parallax::numbers
