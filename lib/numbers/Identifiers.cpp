#include "numbers/Identifiers.h"

#include "numbers/Units.h"
#include "numbers/WordForms.h"

#include "numbers/DigitLiterals.h"
#include "numbers/NumberWords.h"

#include <QSet>

namespace parallax::numbers {

namespace {

int digitCount(QStringView s) {
    int n = 0;
    for (QChar c : s)
        n += c.isDigit();
    return n;
}

void fill(const TokenizedText& t, int first, int last, double value, QString unit, QString normalized,
          Draft& out) {
    out.firstTok = first;
    out.lastTok = last;
    out.nextTok = last + 1;
    out.m.span = tokenSpan(t, first, last);
    out.m.value = value;
    out.m.kind = NumberMention::Kind::Identifier;
    out.m.unit = std::move(unit);
    out.m.normalized = std::move(normalized);
    out.kindFixed = true;
    out.unitFixed = true;
}

bool isPhoneSeparator(const Token& tok) {
    return tok.isHyphen() || tok.isChar(u'.') || tok.isChar(u'/') || tok.isChar(u'(') || tok.isChar(u')');
}

// Digit groups from token i joined by single spaces or phone punctuation. Returns the last token
// used and the digits seen; stops at anything else.
int phoneGroups(const TokenizedText& t, int i, QString& digits, int& groups, int& hyphens) {
    int last = i - 1;
    for (int k = i; t.valid(k); ++k) {
        const Token& tok = t[k];
        if (tok.gap > 1 || tok.newlineBefore)
            break;
        if (tok.isDigits() && !tok.text.contains(u',') && !tok.text.contains(u'.')) {
            if (k > i && t[k - 1].isDigits() && tok.glued())
                break;
            digits += tok.text;
            ++groups;
            last = k;
        } else if (isPhoneSeparator(tok) && t.valid(k + 1) &&
                   (t[k + 1].isDigits() || t[k + 1].isChar(u'('))) {
            hyphens += tok.isHyphen();
        } else {
            break;
        }
    }
    return last;
}

// A word asking to call within the eight tokens before i, in its sentence: "call Sgt. Shayne La
// Croix at 745 - 4811", "phoned the station on"; "contact Det. Smith at", "the hotline at" when
// "at" or "on" comes right before the number.
bool callCueBefore(const TokenizedText& t, int i) {
    static const QSet<QStringView> calls = {u"call",   u"calling",   u"called", u"phone",
                                            u"phoned", u"telephone", u"tel",    u"dial"};
    static const QSet<QStringView> contacts = {u"contact", u"contacting", u"hotline", u"text", u"line"};
    const bool atOrOn = t.wordAt(i - 1, u"at") || t.wordAt(i - 1, u"on");
    for (int k = i - 1; k >= 0 && k >= i - 8; --k) {
        if (t[k].isWord() && (calls.contains(t[k].lower) || (atOrOn && contacts.contains(t[k].lower))))
            return true;
        // A full stop ends the sentence unless it closes a short title or an initial ("Sgt.", "J.").
        const bool abbreviation = t.charAt(k, u'.') && k > 0 && t[k - 1].isWord() && t[k - 1].capitalised() &&
                                  t[k - 1].text.size() <= 4;
        if (t.sentenceEndAt(k) && !abbreviation)
            return false;
    }
    return false;
}

bool phoneNumber(const TokenizedText& t, int i, Draft& out) {
    const Token& tok = t[i];
    const bool plus = tok.isChar(u'+') && t.valid(i + 1) && t[i + 1].isDigits() && t[i + 1].glued();
    const bool paren = tok.isChar(u'(') && t.valid(i + 2) && t[i + 1].isDigits() && t[i + 2].isChar(u')');
    if (!plus && !paren && !tok.isDigits())
        return false;
    QString digits;
    int groups = 0, hyphens = 0;
    const int last = phoneGroups(t, plus ? i + 1 : i, digits, groups, hyphens);
    if (last < i || groups < 2 || digits.size() < 7 || digits.size() > 15)
        return false;
    // Plain digit groups pass only in shapes that are not thousands grouping or a range:
    // "555-123-4567" (two hyphens) or a leading zero "020 7946 0000"; a local number of three and
    // four digits ("call Sgt. Cruz at 745 - 4811") only after a word asking to call.
    if (!plus && !paren) {
        const bool hyphenated = hyphens >= 2 && digits.size() >= 9;
        const bool trunk = tok.text.startsWith(u'0') && tok.text.size() >= 3 && digits.size() >= 10;
        // A range of that size names what it counts ("300-1200 calls", "800-1200 AD").
        static const QSet<QStringView> eras = {u"ad", u"bc", u"bce", u"ce"};
        const bool nounAfter = t.valid(last + 1) && t[last + 1].isWord() && !t[last + 1].newlineBefore &&
                               (looksPlural(t[last + 1].lower) || eras.contains(t[last + 1].lower));
        const bool local = hyphens == 1 && groups == 2 && digits.size() == 7 && tok.text.size() == 3 &&
                           !nounAfter && callCueBefore(t, i);
        if (!hyphenated && !trunk && !local)
            return false;
    }
    fill(t, i, last, parseDecimal(digits), QStringLiteral("phone"),
         (plus ? QStringLiteral("+") : QString()) + digits, out);
    return true;
}

// Words that glue to a year or a count with a hyphen without naming anything: "Mid-2022".
const QStringView kHyphenPrefixes[] = {u"mid",  u"pre", u"post", u"early", u"late",  u"top",   u"under",
                                       u"over", u"non", u"anti", u"ex",    u"circa", u"about", u"some"};

bool lettersAndDigits(const TokenizedText& t, int i, Draft& out) {
    const int last = lettersAndDigitsEnd(t, i);
    if (last < 0)
        return false;
    const int d = t[i + 1].isHyphen() ? i + 2 : i + 1;
    QString normalized;
    for (int k = i; k <= last; ++k)
        normalized += t[k].text;
    fill(t, i, last, parseDecimal(t[d].text), t[i].lower.toString(), normalized, out);
    return true;
}

// "192.168.0.1", "1.2.3": more than one dot and not a date (dates are tried first).
bool dotted(const TokenizedText& t, int i, Draft& out) {
    const Token& tok = t[i];
    if (!tok.isDigits() || tok.text.count(u'.') < 2 || tok.text.contains(u','))
        return false;
    const qsizetype dot = tok.text.indexOf(u'.');
    fill(t, i, i, parseDecimal(tok.text.first(dot)), QString(), tok.text.toString(), out);
    return digitCount(tok.text) > 0;
}

} // namespace

// "12 AK 47 guns", "six AK - 47 rifles": a model's name written apart, between a count and a
// noun. Only there: "UN 12" or "the US 50" alone are not names. Returns its last token, or -1.
int spacedModelNameEnd(const TokenizedText& t, int i) {
    const Token& word = t[i];
    if (!word.allUpper() || word.text.size() < 2 || word.text.size() > 3 || !t.valid(i - 1))
        return -1;
    const Token& before = t[i - 1];
    if (!before.isDigits() && !(before.isWord() && lookupNumberWord(before.lower)))
        return -1;
    int d = i + 1;
    if (t.valid(d) && t[d].isHyphen())
        ++d;
    if (!t.valid(d + 1) || !t[d].isDigits() || t[d].glued() || t[d].text.contains(u',') ||
        t[d].text.contains(u'.'))
        return -1;
    const Token& noun = t[d + 1];
    return noun.isWord() && !noun.glued() && noun.text == noun.lower ? d : -1;
}

// "MH370", "G7", "SCP-173", "F-16", "Covid-19", "Tu-95MS".
int lettersAndDigitsEnd(const TokenizedText& t, int i) {
    if (!t.valid(i))
        return -1;
    const Token& word = t[i];
    if (!word.isWord() || word.text.size() > 6 || !(word.allUpper() || word.capitalised()))
        return -1;
    for (QStringView p : kHyphenPrefixes)
        if (word.lower == p)
            return -1;
    int d = i + 1;
    if (t.valid(d) && t[d].isHyphen() && t[d].glued())
        ++d;
    if (const int spaced = spacedModelNameEnd(t, i); spaced >= 0)
        return spaced;
    if (!t.valid(d) || !t[d].isDigits() || !t[d].glued() || t[d].text.contains(u','))
        return -1;
    // Mixed-case words glue to digits only through a hyphen ("Covid-19"); "Kyiv2025" is noise.
    if (d == i + 1 && !word.allUpper())
        return -1;
    // "EUR85m", "USD2bn": a currency code glued to an amount is money, which the scanner reads.
    if (int end = 0; d == i + 1 && !matchCurrencyPrefix(t, i, end).isEmpty() && end == i + 1)
        return -1;
    if (t.valid(d + 1) && t[d + 1].isWord() && t[d + 1].glued() && t[d + 1].text.size() <= 3)
        return d + 1; // "Tu-95MS", "F-16s"
    return d;
}

bool scanIdentifier(const TokenizedText& t, int i, Draft& out) {
    return phoneNumber(t, i, out) || lettersAndDigits(t, i, out) || dotted(t, i, out);
}

} // namespace parallax::numbers
