#include "numbers/Lexer.h"

namespace parallax::numbers {

namespace {

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isWordChar(QChar c) {
    return c.isLetter() || c.isMark();
}

bool isApostrophe(QChar c) {
    return c == u'\'' || c == u'’';
}

struct FractionGlyph {
    char16_t glyph;
    double value;
};

constexpr FractionGlyph kFractionGlyphs[] = {
    {u'½', 1.0 / 2}, {u'⅓', 1.0 / 3}, {u'⅔', 2.0 / 3}, {u'¼', 1.0 / 4}, {u'¾', 3.0 / 4}, {u'⅕', 1.0 / 5},
    {u'⅖', 2.0 / 5}, {u'⅗', 3.0 / 5}, {u'⅘', 4.0 / 5}, {u'⅙', 1.0 / 6}, {u'⅚', 5.0 / 6}, {u'⅐', 1.0 / 7},
    {u'⅛', 1.0 / 8}, {u'⅜', 3.0 / 8}, {u'⅝', 5.0 / 8}, {u'⅞', 7.0 / 8}, {u'⅑', 1.0 / 9}, {u'⅒', 1.0 / 10},
};

// Where a run of digits ends. Inner separators stay inside so that the literal parser can decide
// between grouping ("5,000"), decimals ("3.5") and lists ("22,24,26").
qsizetype scanDigits(QStringView text, qsizetype i) {
    const qsizetype n = text.size();
    while (i < n) {
        if (isAsciiDigit(text[i])) {
            ++i;
        } else if ((text[i] == u',' || text[i] == u'.') && i + 1 < n && isAsciiDigit(text[i + 1])) {
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

qsizetype scanWord(QStringView text, qsizetype i) {
    const qsizetype n = text.size();
    while (i < n) {
        if (isWordChar(text[i])) {
            ++i;
        } else if (isApostrophe(text[i]) && i + 1 < n && isWordChar(text[i + 1])) {
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

bool Token::isHyphen() const {
    if (type != Type::Symbol)
        return false;
    const char16_t c = text.front().unicode();
    return c == u'-' || c == u'‐' || c == u'‑';
}

bool Token::isDash() const {
    if (type != Type::Symbol)
        return false;
    const char16_t c = text.front().unicode();
    return c == u'-' || c == u'‐' || c == u'‑' || c == u'–' || c == u'—' || c == u'−';
}

bool Token::allUpper() const {
    if (type != Type::Word)
        return false;
    for (QChar c : text)
        if (c.isLetter() && !c.isUpper())
            return false;
    return true;
}

bool TokenizedText::sentenceEndAt(int i) const {
    if (!valid(i))
        return true;
    const Token& t = tokens[size_t(i)];
    if (!(t.isChar(u'.') || t.isChar(u'!') || t.isChar(u'?')))
        return false;
    if (!valid(i + 1))
        return true;
    const Token& next = tokens[size_t(i + 1)];
    return next.gap > 0 && (next.capitalised() || next.newlineBefore);
}

double vulgarFractionValue(QChar c) {
    for (const FractionGlyph& g : kFractionGlyphs)
        if (g.glyph == c.unicode())
            return g.value;
    return 0;
}

void tokenize(QStringView text, TokenizedText& out) {
    out.text = text;
    out.lower.resize(text.size());
    QChar* lower = out.lower.data();
    // Simple (1:1) case mapping keeps offsets identical between text and lower.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            lower[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        else
            lower[i] = text[i].isSurrogate() ? text[i] : text[i].toLower();
    }
    const QStringView lowerView(out.lower);

    out.tokens.clear();
    out.tokens.reserve(size_t(text.size() / 4 + 4));
    const qsizetype n = text.size();
    qsizetype i = 0;
    int gap = 0;
    bool newline = false;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++gap;
            newline = newline || c == u'\n' || c == u'\r' || c == u'\u2029';
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.gap = quint16(qMin(gap, 0xffff));
        t.newlineBefore = newline;
        if (isAsciiDigit(c) || (c == u'.' && i + 1 < n && isAsciiDigit(text[i + 1]) &&
                                (i == 0 || !text[i - 1].isLetterOrNumber()))) {
            t.type = Token::Type::Digits;
            t.end = scanDigits(text, c == u'.' ? i + 1 : i);
        } else if (isWordChar(c)) {
            t.type = Token::Type::Word;
            t.end = scanWord(text, i);
        } else if (vulgarFractionValue(c) > 0) {
            t.type = Token::Type::VulgarFraction;
            t.end = i + 1;
        } else {
            t.type = Token::Type::Symbol;
            t.end = (c.isHighSurrogate() && i + 1 < n) ? i + 2 : i + 1;
        }
        t.text = text.sliced(t.start, t.end - t.start);
        t.lower = lowerView.sliced(t.start, t.end - t.start);
        out.tokens.push_back(t);
        i = t.end;
        gap = 0;
        newline = false;
    }
}

} // namespace parallax::numbers
