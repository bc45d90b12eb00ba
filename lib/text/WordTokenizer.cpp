#include "text/WordTokenizer.h"

// Inlined: hashing a ten-byte key is cheaper than the call into the shared library.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>

namespace parallax {

namespace {

// A code point at a UTF-16 position, with its length in code units, so letters outside the BMP
// (mathematical alphanumerics, CJK extension B) are classified like any other.
struct CodePoint {
    char32_t value = 0;
    qsizetype units = 1;
};

CodePoint codePointAt(QStringView text, qsizetype pos, qsizetype end) {
    const QChar c = text[pos];
    if (c.isHighSurrogate() && pos + 1 < end && text[pos + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[pos + 1]), 2};
    return {c.unicode(), 1};
}

constexpr auto kAsciiAlnum = [] {
    std::array<bool, 128> table{};
    for (char32_t c = 0; c < 128; ++c)
        table[c] = (c | 0x20) - 'a' < 26 || c - '0' < 10;
    return table;
}();

bool isAsciiAlnum(char32_t c) {
    return c < 128 && kAsciiAlnum[c];
}

// Letters and digits make words; combining marks (accents typed as a separate character) and
// invisible format characters (soft hyphen, zero-width joiner) stay inside the word they follow.
bool isWordChar(char32_t c) {
    if (c < 0x80)
        return isAsciiAlnum(c);
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isInvisibleJoiner(char32_t c) {
    return c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060;
}

bool isDigit(char32_t c) {
    return c < 0x80 ? c - '0' < 10 : QChar::isDigit(c);
}
bool isLetter(char32_t c) {
    return c < 0x80 ? (c | 0x20) - 'a' < 26 : QChar::isLetter(c);
}
bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}
// U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN join like '-'; dashes (– —) never join.
bool isHyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}

// Length of a dotted abbreviation starting at `pos` ("U.S.", "Ph.D.", "a.m."): two or more groups of
// one or two letters, each closed by a full stop. Zero when there is none, so "bbc.co.uk" and
// "Kyiv.The" are not taken for one.
qsizetype dottedAbbreviationLength(QStringView text, qsizetype pos, qsizetype end) {
    qsizetype p = pos;
    int groups = 0;
    for (;;) {
        qsizetype letters = 0;
        while (p + letters < end && letters < 3 && isLetter(text[p + letters].unicode()))
            ++letters;
        if (letters == 0 || letters > 2 || p + letters >= end || text[p + letters] != u'.')
            break;
        p += letters + 1;
        ++groups;
    }
    if (groups < 2 || (p < end && isWordChar(text[p].unicode())))
        return 0;
    return p - pos;
}

// Letters that carry their stroke or slash in the glyph itself do not decompose under NFKD, so they
// are folded by hand ("Radosław" must meet "Radoslaw"). Applied after case folding: lowercase only.
struct Fold {
    char16_t letter;
    const char16_t* ascii;
};
constexpr Fold kFolds[] = {
    {0x00DF, u"ss"}, {0x00E6, u"ae"}, {0x00F0, u"d"}, {0x00F8, u"o"},  {0x00FE, u"th"}, {0x0111, u"d"},
    {0x0127, u"h"},  {0x0131, u"i"},  {0x0142, u"l"}, {0x0153, u"oe"}, {0x0167, u"t"},
};

const char16_t* foldedLetter(char32_t c) {
    for (const Fold& f : kFolds) {
        if (f.letter == c)
            return f.ascii;
    }
    return nullptr;
}

bool isDash(char32_t c) {
    return c == '-' || c == 0x2212 || c == 0xFE63 || c == 0xFF0D ||
           QChar::category(c) == QChar::Punctuation_Dash;
}

// Dots and commas inside numbers carry value ("3.5" is not "35"); elsewhere a dot only marks an
// abbreviation, and "U.S." should meet "US".
bool keepsSeparator(QStringView w, qsizetype i) {
    return i > 0 && i + 1 < w.size() && w[i - 1].isDigit() && w[i + 1].isDigit();
}

// The key unit for word[i] of an all-ASCII word, or 0 when it is dropped.
char16_t asciiKeyUnit(QStringView word, qsizetype i) {
    char16_t c = word[i].unicode();
    if (c == '-')
        return 0;
    if (c == '.' && !keepsSeparator(word, i))
        return 0;
    if (c == ',' && keepsSeparator(word, i))
        return 0; // "5,000" meets "5000"
    if (unsigned(c - u'A') < 26u)
        c += 32;
    else if (c == '`')
        c = '\'';
    return c;
}

QString normalizeAscii(QStringView word) {
    QString key(word.size(), Qt::Uninitialized);
    QChar* out = key.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (const char16_t c = asciiKeyUnit(word, i))
            out[n++] = QChar(c);
    }
    key.truncate(n);
    return key;
}

} // namespace

QString normalizeForMatching(QStringView word) {
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return normalizeAscii(word);

    const QString folded = word.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const CodePoint cp = codePointAt(folded, i, folded.size());
        const char32_t c = cp.value;
        if (cp.units == 2) {
            key.append(folded.sliced(i, 2));
            ++i;
            continue;
        }
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Other_Format || isDash(c))
            continue;
        if (c == '.' && !keepsSeparator(folded, i))
            continue;
        if (c == ',' && keepsSeparator(folded, i))
            continue;
        if (c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032 || c == '`' || c == 0x00B4)
            key.append(u'\'');
        else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2033 || c == 0x00AB || c == 0x00BB)
            key.append(u'"');
        else if (const char16_t* ascii = foldedLetter(c))
            key.append(QStringView(ascii));
        else
            key.append(QChar(char16_t(c)));
    }
    return key;
}

bool nextWord(QStringView text, qsizetype& position, qsizetype end, Span& word) {
    // A local position: writing through the reference on every character kept it out of a register.
    end = std::clamp<qsizetype>(end, 0, text.size());
    qsizetype pos = std::clamp<qsizetype>(position, 0, end);
    const char16_t* const units = reinterpret_cast<const char16_t*>(text.utf16());
    while (pos < end) {
        if (const char16_t u = units[pos]; u < 0x80 && !isAsciiAlnum(u)) {
            ++pos; // spaces and punctuation between words
            continue;
        }
        CodePoint cp = codePointAt(text, pos, end);
        if (!isWordChar(cp.value) || (cp.value >= 0x80 && QChar::isMark(cp.value))) {
            pos += cp.units;
            continue;
        }
        const qsizetype start = pos;
        if (const qsizetype dotted = dottedAbbreviationLength(text, pos, end)) {
            pos += dotted;
        } else {
            char32_t prev = cp.value;
            pos += cp.units;
            while (pos < end) {
                // Most of news copy is ASCII letters: run through them before the general case.
                if (const char16_t u = units[pos]; u < 0x80 && isAsciiAlnum(u)) {
                    prev = u;
                    ++pos;
                    continue;
                }
                cp = codePointAt(text, pos, end);
                if (isWordChar(cp.value) || isInvisibleJoiner(cp.value)) {
                    if (!isInvisibleJoiner(cp.value))
                        prev = cp.value;
                    pos += cp.units;
                    continue;
                }
                // A joiner stays inside only between the right neighbours: "5,000" and "3.5"
                // (digits), "Kyiv’s" and "1990's" (a letter after), "co-ordinated", "F-16".
                if (pos + 1 >= end)
                    break;
                const CodePoint after = codePointAt(text, pos + 1, end);
                const char32_t j = cp.value;
                const bool joins = ((j == ',' || j == '.') && isDigit(prev) && isDigit(after.value)) ||
                                   (isApostrophe(j) && isWordChar(prev) && isLetter(after.value)) ||
                                   (isHyphen(j) && isWordChar(prev) && isWordChar(after.value) &&
                                    !QChar::isMark(after.value));
                if (!joins)
                    break;
                prev = after.value;
                pos += 1 + after.units;
            }
        }
        word = {start, pos};
        position = pos;
        return true;
    }
    position = pos;
    return false;
}

std::vector<Token> tokenizeWords(QStringView text, Span region) {
    std::vector<Token> tokens;
    qsizetype pos = region.start;
    Span span;
    while (nextWord(text, pos, region.end, span)) {
        Token token;
        token.span = span;
        const QStringView word = text.sliced(span.start, span.length());
        token.key = normalizeForMatching(word);
        token.isNumeric = QChar::isNumber(codePointAt(word, 0, word.size()).value);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

int countWords(QStringView text, Span region) {
    int n = 0;
    qsizetype pos = region.start;
    Span span;
    while (nextWord(text, pos, region.end, span))
        ++n;
    return n;
}

void normalizeForMatching(QStringView word, std::u16string& key) {
    key.clear();
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (const char16_t c = asciiKeyUnit(word, i))
                key.push_back(c);
        }
        return;
    }
    const QString owned = normalizeForMatching(word);
    key.assign(reinterpret_cast<const char16_t*>(owned.utf16()), size_t(owned.size()));
}

std::uint64_t keyHash(QStringView key) {
    return XXH3_64bits(key.utf16(), size_t(key.size()) * sizeof(char16_t));
}

namespace {

// Lower-case ASCII letters and digits are their own key: most words of any English text.
bool isOwnKey(const char16_t* word, qsizetype length) {
    for (qsizetype i = 0; i < length; ++i)
        if (unsigned(word[i] - u'a') >= 26u && unsigned(word[i] - u'0') >= 10u)
            return false;
    return true;
}

} // namespace

std::uint64_t wordHash(QStringView word) {
    const char16_t* units = reinterpret_cast<const char16_t*>(word.utf16());
    if (isOwnKey(units, word.size()))
        return XXH3_64bits(units, size_t(word.size()) * sizeof(char16_t));
    thread_local std::u16string key; // one buffer per thread, not a string per word
    normalizeForMatching(word, key);
    return XXH3_64bits(key.data(), key.size() * sizeof(char16_t));
}

int hashWords(QStringView text, Span region, std::vector<std::uint64_t>& hashes) {
    int n = 0;
    qsizetype pos = region.start;
    for (Span word; nextWord(text, pos, region.end, word); ++n)
        hashes.push_back(wordHash(text.sliced(word.start, word.length())));
    return n;
}

} // namespace parallax
