#include "align/WordUnits.h"

#include "reuse/Fingerprint.h"
#include "text/WordTokenizer.h"

#include <QHash>

#include <bit>
#include <cmath>

namespace parallax {
namespace {

enum class WordRole { Unit, Tens, Scale, Ordinal };

struct NumberWord {
    double value = 0;
    WordRole role = WordRole::Unit;
};

const QHash<QString, NumberWord>& numberWords() {
    static const QHash<QString, NumberWord> table = [] {
        QHash<QString, NumberWord> t;
        const char* units[] = {"zero",    "one",     "two",       "three",    "four",
                               "five",    "six",     "seven",     "eight",    "nine",
                               "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            t.insert(QLatin1String(units[i]), {double(i), WordRole::Unit});
        const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            t.insert(QLatin1String(tens[i]), {20.0 + 10 * i, WordRole::Tens});
        t.insert(u"hundred"_qs, {1e2, WordRole::Scale});
        t.insert(u"thousand"_qs, {1e3, WordRole::Scale});
        t.insert(u"million"_qs, {1e6, WordRole::Scale});
        t.insert(u"billion"_qs, {1e9, WordRole::Scale});
        t.insert(u"trillion"_qs, {1e12, WordRole::Scale});
        const char* ordinals[] = {"first",     "second",      "third",      "fourth",     "fifth",
                                  "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                                  "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                                  "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < 20; ++i)
            t.insert(QLatin1String(ordinals[i]), {double(i + 1), WordRole::Ordinal});
        const char* tenths[] = {"thirtieth",  "fortieth",  "fiftieth", "sixtieth",
                                "seventieth", "eightieth", "ninetieth"};
        for (int i = 0; i < 7; ++i)
            t.insert(QLatin1String(tenths[i]), {30.0 + 10 * i, WordRole::Ordinal});
        t.insert(u"hundredth"_qs, {1e2, WordRole::Ordinal});
        return t;
    }();
    return table;
}

// Abbreviated scales written on to digits: "1.2m", "4bn", "5k".
double scaleSuffix(QStringView s) {
    if (s == u"k")
        return 1e3;
    if (s == u"m" || s == u"mn")
        return 1e6;
    if (s == u"bn" || s == u"b")
        return 1e9;
    if (s == u"tn" || s == u"trn")
        return 1e12;
    return 0;
}

// Rounded so 1.2 * 1e6 and 1200000 hash alike.
double canonical(double v) {
    return QString::number(v, 'g', 12).toDouble();
}

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t numberHash(double value, const QString& suffix) {
    return mix(std::bit_cast<std::uint64_t>(canonical(value)) ^ 0x9e3779b97f4a7c15ULL) ^
           std::rotl(std::uint64_t(qHash(suffix, 0x51ed)), 17);
}

// One token read as a number: digits with what is written on to them, or number words joined by
// hyphens ("twenty-one", "seven-hour"). `suffix` is what follows the number inside the token.
struct TokenNumber {
    double value = 0;
    WordRole role = WordRole::Unit; // Unit also for digits
    QString suffix;
    bool digits = false;
};

std::optional<TokenNumber> readDigits(const QString& key) {
    qsizetype end = 0;
    while (end < key.size() && (key[end].isDigit() || (key[end] == u'.' && end + 1 < key.size() &&
                                                       key[end + 1].isDigit() && end > 0)))
        ++end;
    bool ok = false;
    const double v = QStringView(key).left(end).toDouble(&ok);
    if (end == 0 || !ok)
        return std::nullopt;
    TokenNumber n{v, WordRole::Unit, key.mid(end), true};
    if (const double scale = scaleSuffix(n.suffix)) {
        n.value *= scale;
        n.suffix.clear();
    } else if (n.suffix == u"st" || n.suffix == u"nd" || n.suffix == u"rd" || n.suffix == u"th") {
        n.suffix = u"th"_qs;
    }
    return n;
}

std::optional<TokenNumber> readWords(QStringView text, const QString& key) {
    const auto& table = numberWords();
    if (const auto it = table.constFind(key); it != table.cend())
        return TokenNumber{it->value, it->role, it->role == WordRole::Ordinal ? u"th"_qs : QString(), false};
    // Hyphenated: number words first, then perhaps a noun ("seven-hour", "twenty-one-year").
    if (!text.contains(u'-') && !text.contains(u'\u2010') && !text.contains(u'\u2011'))
        return std::nullopt;
    QString plain = text.toString();
    plain.replace(u'\u2010', u'-').replace(u'\u2011', u'-');
    const auto parts = QStringView(plain).split(u'-', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return std::nullopt;
    double value = 0;
    qsizetype used = 0;
    bool ordinal = false;
    for (; used < parts.size() && !ordinal; ++used) {
        const auto it = table.constFind(normalizeForMatching(parts[used]));
        if (it == table.cend() || it->role == WordRole::Scale)
            break;
        ordinal = it->role == WordRole::Ordinal;
        value += it->value;
    }
    if (used == 0)
        return std::nullopt;
    QString suffix = ordinal ? u"th"_qs : QString();
    for (qsizetype p = used; p < parts.size(); ++p)
        suffix += normalizeForMatching(parts[p]);
    return TokenNumber{value, WordRole::Unit, suffix, false};
}

class UnitReader {
public:
    UnitReader(const Document& doc, int first, int count)
        : doc_(doc)
        , end_(first + count) {}

    std::optional<TokenNumber> numberAt(int t) const {
        if (t >= end_)
            return std::nullopt;
        const Token& token = doc_.tokens[size_t(t)];
        if (token.isNumeric)
            return readDigits(token.key);
        return readWords(doc_.textOf(token.span), token.key);
    }

    // The number phrase starting at token t, or a unit of one word.
    WordUnit unitAt(int t) const {
        WordUnit u;
        u.firstToken = t;
        u.tokenCount = 1;
        const auto first = numberAt(t);
        if (!first || first->role == WordRole::Scale) {
            u.hash = tokenHash(doc_.tokens[size_t(t)]);
            u.spelling = doc_.tokens[size_t(t)].key;
            return u;
        }
        // total + current, as a reader adds up "three hundred and twenty thousand".
        double total = 0, current = first->value;
        QString suffix = first->suffix;
        WordRole last = first->role;
        bool words = !first->digits;
        int next = t + 1;
        while (suffix.isEmpty() && last != WordRole::Ordinal) {
            int at = next;
            if (at < end_ && doc_.tokens[size_t(at)].key == u"and" && last == WordRole::Scale && words)
                ++at;
            const auto n = numberAt(at);
            if (!n || n->digits)
                break;
            if (n->role == WordRole::Scale) {
                if (n->value < 1e3) {
                    current *= n->value;
                } else {
                    total += current * n->value;
                    current = 0;
                }
            } else if (words && (last == WordRole::Scale ||
                                 (last == WordRole::Tens && n->value < 10 && n->role != WordRole::Tens))) {
                current += n->value;
            } else {
                break;
            }
            suffix = n->suffix;
            last = n->role;
            next = at + 1;
        }
        u.tokenCount = next - t;
        u.isNumber = true;
        u.value = canonical(total + current);
        // A percent sign is not a token; "per cent" and "percent" are.
        const Token& lastToken = doc_.tokens[size_t(next - 1)];
        const QStringView after = QStringView(doc_.text).mid(lastToken.span.end, 2);
        if (suffix.isEmpty() && (after.startsWith(u'%') || after == u" %")) {
            suffix = u"%"_qs;
        } else if (suffix.isEmpty() && next < end_ && doc_.tokens[size_t(next)].key == u"percent") {
            suffix = u"%"_qs;
            ++u.tokenCount;
        } else if (suffix.isEmpty() && next + 1 < end_ && doc_.tokens[size_t(next)].key == u"per" &&
                   doc_.tokens[size_t(next) + 1].key == u"cent") {
            suffix = u"%"_qs;
            u.tokenCount += 2;
        }
        for (int k = t; k < t + u.tokenCount; ++k)
            u.spelling += (k > t ? u" "_qs : QString()) + doc_.tokens[size_t(k)].key;
        if (suffix == u"%" && (after.startsWith(u'%') || after == u" %"))
            u.spelling += u'%';
        u.hash = numberHash(u.value, suffix);
        return u;
    }

private:
    const Document& doc_;
    int end_;
};

} // namespace

std::optional<double> numberWordValue(QStringView key) {
    const auto& table = numberWords();
    const auto it = table.constFind(key.toString());
    if (it == table.cend())
        return std::nullopt;
    return it->value;
}

std::vector<WordUnit> wordUnits(const Document& doc, int firstToken, int tokenCount) {
    std::vector<WordUnit> out;
    const UnitReader reader(doc, firstToken, tokenCount);
    for (int t = firstToken; t < firstToken + tokenCount;) {
        out.push_back(reader.unitAt(t));
        t += out.back().tokenCount;
    }
    return out;
}

} // namespace parallax
