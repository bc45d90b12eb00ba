#include "numbers/Units.h"

#include "lexicon/Currencies.h"
#include "lexicon/UnitSpellings.h"

#include <QHash>
#include <QList>

namespace parallax::numbers {

namespace {

using Touch = lexicon::UnitTouch;

Dimension dimensionNamed(QStringView name) {
    static const struct {
        QStringView name;
        Dimension dimension;
    } names[] = {{u"time", Dimension::Time},
                 {u"length", Dimension::Length},
                 {u"area", Dimension::Area},
                 {u"volume", Dimension::Volume},
                 {u"mass", Dimension::Mass},
                 {u"speed", Dimension::Speed},
                 {u"temperature", Dimension::Temperature},
                 {u"angle", Dimension::Angle},
                 {u"data", Dimension::Data},
                 {u"energy", Dimension::Energy},
                 {u"currency", Dimension::Currency}};
    for (const auto& n : names)
        if (n.name == name)
            return n.dimension;
    return Dimension::Other;
}

// One entry per spelling of resources/lexicon/units.txt, keyed by its first token.
struct Variant {
    const lexicon::UnitSpellings* unit;
    Dimension dimension;
    QList<QStringView> parts; // its tokens
};

const QHash<QStringView, QList<Variant>>& unitIndex() {
    static const QHash<QStringView, QList<Variant>> index = [] {
        QHash<QStringView, QList<Variant>> idx;
        for (const lexicon::UnitSpellings& unit : lexicon::unitSpellings()) {
            for (const QString& spelling : unit.spellings) {
                Variant v{&unit, dimensionNamed(unit.dimension), {}};
                for (QStringView p : QStringView(spelling).tokenize(u' ', Qt::SkipEmptyParts))
                    v.parts.append(p);
                idx[v.parts.front()].append(v);
            }
        }
        return idx;
    }();
    return index;
}

bool tokenMatches(const Token& tok, QStringView part) {
    return tok.type == Token::Type::Digits || tok.type == Token::Type::Symbol ? tok.text == part
                                                                              : tok.lower == part;
}

struct CurrencySymbol {
    char16_t symbol;
    QStringView code;
};

const CurrencySymbol kCurrencySymbols[] = {
    {u'$', u"USD"},   {u'£', u"GBP"}, {u'€', u"EUR"}, {u'¥', u"JPY"}, {u'₴', u"UAH"},
    {u'₽', u"RUB"}, {u'₹', u"INR"}, {u'₩', u"KRW"}, {u'₪', u"ILS"}, {u'₺', u"TRY"},
};

// Letters before "$" that name the dollar: "US$", "C$", "HK$".
const struct {
    QStringView prefix;
    QStringView code;
} kDollarPrefixes[] = {{u"us", u"USD"}, {u"c", u"CAD"},  {u"ca", u"CAD"}, {u"can", u"CAD"}, {u"a", u"AUD"},
                       {u"au", u"AUD"}, {u"hk", u"HKD"}, {u"nz", u"NZD"}, {u"s", u"SGD"},   {u"r", u"BRL"}};

} // namespace

std::optional<UnitMatch> matchUnit(const TokenizedText& t, int i, UnitJoin join) {
    if (!t.valid(i) || t[i].isDigits())
        return {};
    const auto& idx = unitIndex();
    const Token& first = t[i];
    const auto it = idx.constFind(first.isWord() ? first.lower : first.text);
    if (it == idx.constEnd())
        return {};
    std::optional<UnitMatch> best;
    for (const Variant& variant : it.value()) {
        const Touch touch = variant.unit->touch;
        // Single letters only glued and in lower case: "100t", "24h", but not "5G".
        if (touch == Touch::Glued && (join != UnitJoin::Glued || first.text != first.lower))
            continue;
        if (touch == Touch::Hyphen && join != UnitJoin::Hyphen)
            continue;
        // "-5C", "90F": a capital letter glued to the number.
        if (touch == Touch::GluedCapital && (join != UnitJoin::Glued || first.text == first.lower))
            continue;
        // A glued "m" is million or metres, which the scanner decides; spaced it is metres.
        if (touch == Touch::Spaced && (join != UnitJoin::Spaced || first.text != first.lower))
            continue;
        const QList<QStringView>& parts = variant.parts;
        int k = i;
        bool ok = true;
        for (qsizetype p = 0; p < parts.size() && ok; ++p, ++k) {
            // Hyphenated, a unit of several words is hyphenated throughout: "a 480-nautical-mile
            // corridor", "a 2,000-square-foot house".
            if (p > 0 && join == UnitJoin::Hyphen && t.valid(k + 1) && t[k].isHyphen() && t[k].glued() &&
                t[k + 1].glued())
                ++k;
            ok = t.valid(k) && tokenMatches(t[k], parts[p]) &&
                 (p == 0 || (!t[k].newlineBefore && (!t[k].isDigits() || t[k].glued())));
        }
        // A unit must not run into more letters or digits: "5G" is no unit.
        if (ok && t.valid(k) && t[k].glued() && (t[k].isWord() || t[k].isDigits()))
            ok = false;
        if (ok && (!best || k > best->end))
            best = UnitMatch{variant.unit->canonical, variant.dimension, k};
    }
    return best;
}

QStringView currencyOfSymbol(QChar symbol) {
    for (const CurrencySymbol& c : kCurrencySymbols)
        if (c.symbol == symbol.unicode())
            return c.code;
    return {};
}

QStringView matchCurrencyPrefix(const TokenizedText& t, int i, int& end) {
    if (!t.valid(i))
        return {};
    const Token& tok = t[i];
    if (tok.isSymbol()) {
        end = i + 1;
        return currencyOfSymbol(tok.text.front());
    }
    if (!tok.isWord())
        return {};
    // "US$", "HK$", and the tokenised "c $ 16.4 million" of newswire corpora.
    if (t.charAt(i + 1, u'$') && t[i + 1].gap <= 1) {
        for (const auto& p : kDollarPrefixes) {
            if (tok.lower != p.prefix)
                continue;
            // A lone "a" before "$" is the article ("a $4 billion deal"), unless written "A$".
            if (p.prefix == u"a" && !(tok.text == u"A" && t[i + 1].glued()))
                break;
            end = i + 2;
            return p.code;
        }
    }
    if (tok.allUpper() && tok.text.size() == 3)
        if (const QStringView code = lexicon::currencyCode(tok.text); !code.isEmpty()) {
            end = i + 1;
            return code;
        }
    return {};
}

} // namespace parallax::numbers
