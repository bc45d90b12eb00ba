#include "numbers/Units.h"

#include <QHash>
#include <QList>

namespace parallax::numbers {

namespace {

enum Flag : quint8 { None = 0, GluedOnly = 1, HyphenOnly = 2, SpacedOnly = 4, GluedUpper = 8 };

struct UnitDef {
    QStringView canonical;
    Dimension dimension;
    QStringView surfaces; // alternatives separated by '|', each lower-case tokens separated by ' '
    quint8 flags = None;
};

using D = Dimension;

// Surfaces are token sequences as the lexer splits them: "km/h" is "km / h", "m²" is "m ²".
const UnitDef kUnits[] = {
    // time
    {u"second", D::Time, u"second|seconds|sec|secs"},
    {u"minute", D::Time, u"minute|minutes|min|mins"},
    {u"hour", D::Time, u"hour|hours|hr|hrs"},
    {u"hour", D::Time, u"h", GluedOnly},
    {u"day", D::Time, u"day|days"},
    {u"week", D::Time, u"week|weeks"},
    {u"fortnight", D::Time, u"fortnight"},
    {u"month", D::Time, u"month|months"},
    {u"year", D::Time, u"year|years|yr|yrs"},
    {u"decade", D::Time, u"decade|decades"},
    {u"century", D::Time, u"century|centuries"},
    // length
    {u"mm", D::Length, u"mm|millimetre|millimetres|millimeter|millimeters"},
    {u"cm", D::Length, u"cm|centimetre|centimetres|centimeter|centimeters"},
    {u"pm", D::Length, u"picometre|picometres|picometer|picometers"},
    {u"dm", D::Length, u"dm|decimeter|decimeters"},
    {u"m", D::Length, u"m", SpacedOnly},
    {u"m", D::Length, u"metre|metres|meter|meters"},
    {u"km", D::Length, u"km|kms|kilometre|kilometres|kilometer|kilometers"},
    {u"inch", D::Length, u"inch|inches|\""},
    {u"foot", D::Length, u"foot|feet|ft"},
    {u"yard", D::Length, u"yard|yards"},
    {u"mile", D::Length, u"mile|miles"},
    {u"nautical mile", D::Length, u"nautical miles|nautical mile"},
    {u"light year", D::Length, u"light years"},
    // area
    {u"km²", D::Area, u"km 2|km ²|square kilometres|square kilometers|square km"},
    {u"m²", D::Area, u"m 2|m ²|square metres|square meters"},
    {u"square mile", D::Area, u"square miles|square mile"},
    {u"square foot", D::Area, u"square feet|sq ft"},
    {u"hectare", D::Area, u"hectare|hectares"},
    {u"hectare", D::Area, u"ha", GluedOnly},
    {u"acre", D::Area, u"acre|acres"},
    // volume
    {u"litre", D::Volume, u"litre|litres|liter|liters"},
    {u"litre", D::Volume, u"l", GluedOnly},
    {u"ml", D::Volume, u"ml|millilitre|millilitres|milliliter|milliliters"},
    {u"gallon", D::Volume, u"gallon|gallons"},
    {u"barrel", D::Volume, u"barrel|barrels"},
    {u"m³", D::Volume, u"cubic metres|cubic meters"},
    {u"cubic foot", D::Volume, u"cubic feet"},
    {u"cup", D::Volume, u"cup|cups"},
    {u"tablespoon", D::Volume, u"tablespoon|tablespoons"},
    {u"teaspoon", D::Volume, u"teaspoon|teaspoons"},
    // mass
    {u"mg", D::Mass, u"mg|milligram|milligrams"},
    {u"g", D::Mass, u"g", GluedOnly},
    {u"g", D::Mass, u"gram|grams|gramme|grammes"},
    {u"kg", D::Mass, u"kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes"},
    {u"tonne", D::Mass, u"tonne|tonnes|metric ton|metric tons"},
    {u"tonne", D::Mass, u"t", GluedOnly},
    {u"ton", D::Mass, u"ton|tons"},
    {u"pound", D::Mass, u"lb|lbs"},
    {u"ounce", D::Mass, u"oz|ounce|ounces"},
    {u"µg", D::Mass, u"μg|µg|microgram|micrograms|microgramme|microgrammes"},
    {u"drachm", D::Mass, u"drachma"},
    // speed
    {u"mph", D::Speed, u"mph|miles per hour|miles an hour"},
    {u"km/h", D::Speed,
     u"kph|kmph|km / h|km / hr|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an "
     u"hour"},
    {u"m/s", D::Speed, u"m / s"},
    {u"knot", D::Speed, u"knot|knots"},
    // temperature and angle
    {u"degree", D::Angle, u"degree|degrees|deg|°"},
    {u"°C", D::Temperature,
     u"degrees celsius|degree celsius|degrees c|degree c|deg c|deg celsius|° "
     u"c|celsius|celcius|centigrade|centigrate"},
    {u"°F", D::Temperature,
     u"degrees fahrenheit|degree fahrenheit|degrees f|degree f|° f|fahrenheit|farenheit|degrees farenheit"},
    {u"°C", D::Temperature, u"c", GluedUpper},
    {u"°F", D::Temperature, u"f", GluedUpper},
    {u"radian", D::Angle, u"radian|radians|rad"},
    {u"turn", D::Angle, u"turn|turns"},
    // data and energy
    {u"bit", D::Data, u"bit|bits"},
    {u"KB", D::Data, u"kb"},
    {u"MB", D::Data, u"mb|megabytes"},
    {u"GB", D::Data, u"gb|gigabytes"},
    {u"TB", D::Data, u"tb|terabytes"},
    {u"kW", D::Energy, u"kw|kilowatts"},
    {u"MW", D::Energy, u"mw|megawatts"},
    {u"GW", D::Energy, u"gw|gigawatts"},
    {u"kWh", D::Energy, u"kwh"},
    {u"MWh", D::Energy, u"mwh"},
    {u"GWh", D::Energy, u"gwh"},
    {u"W", D::Energy, u"watts"},
    {u"V", D::Energy, u"volts"},
    {u"megaton", D::Energy, u"megatons"},
    // other measures
    {u"storey", D::Other, u"storey|storeys"},
    {u"storey", D::Other, u"story|stories", HyphenOnly},
    {u"magnitude", D::Other, u"magnitude"},
    {u"point", D::Other, u"point|points"},
    {u"percentage point", D::Other, u"percentage point|percentage points"},
    // currencies written after the number
    {u"USD", D::Currency, u"dollar|dollars|usd|us dollars|u . s . dollars|us dollar"},
    {u"AUD", D::Currency, u"australian dollars"},
    {u"CAD", D::Currency, u"canadian dollars"},
    {u"HKD", D::Currency, u"hong kong dollars"},
    {u"NZD", D::Currency, u"new zealand dollars"},
    {u"SGD", D::Currency, u"singapore dollars"},
    {u"EUR", D::Currency, u"euro|euros|eur"},
    {u"GBP", D::Currency, u"pounds sterling|sterling|gbp"},
    {u"pence", D::Currency, u"pence|penny"},
    {u"pence", D::Currency, u"p", GluedOnly},
    {u"cent", D::Currency, u"cent|cents"},
    {u"JPY", D::Currency, u"yen|jpy"},
    {u"CNY", D::Currency, u"yuan|renminbi|cny"},
    {u"CHF", D::Currency, u"swiss francs|swiss franc|chf"},
    {u"franc", D::Currency, u"francs|franc"},
    {u"ESP", D::Currency, u"pesetas"},
    {u"FIM", D::Currency, u"markka|finnish markka"},
    {u"NLG", D::Currency, u"guilders|dutch guilders"},
    {u"RUB", D::Currency, u"roubles|rubles|rouble|ruble|rub"},
    {u"UAH", D::Currency, u"hryvnia|hryvnias|hryvnyas|uah"},
    {u"INR", D::Currency, u"rupees|rupee"},
    {u"ILS", D::Currency, u"shekels"},
    {u"PLN", D::Currency, u"zlotys|zloty"},
    {u"SEK", D::Currency, u"kronor|sek"},
    {u"MXN", D::Currency, u"pesos"},
    {u"GRD", D::Currency, u"drachmas"},
    {u"dinar", D::Currency, u"dinars"},
    {u"SAR", D::Currency, u"riyals"},
    {u"AED", D::Currency, u"dirhams"},
};

// One entry per surface form, keyed by its first token.
struct Variant {
    int def;                  // index into kUnits
    QList<QStringView> parts; // its tokens
};

const QHash<QStringView, QList<Variant>>& unitIndex() {
    static const QHash<QStringView, QList<Variant>> index = [] {
        QHash<QStringView, QList<Variant>> idx;
        for (int i = 0; i < int(std::size(kUnits)); ++i) {
            for (QStringView surface : kUnits[i].surfaces.tokenize(u'|')) {
                Variant v{i, {}};
                for (QStringView p : surface.tokenize(u' '))
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

const QStringView kCurrencyCodes[] = {u"USD", u"EUR", u"GBP", u"JPY", u"CNY", u"CHF", u"RUB",
                                      u"UAH", u"CAD", u"AUD", u"HKD", u"INR", u"SEK", u"NOK",
                                      u"DKK", u"PLN", u"TRY", u"ZAR", u"BRL"};

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
        const UnitDef& def = kUnits[variant.def];
        // Single letters only glued and in lower case: "100t", "24h", but not "5G".
        if ((def.flags & GluedOnly) && (join != UnitJoin::Glued || first.text != first.lower))
            continue;
        if ((def.flags & HyphenOnly) && join != UnitJoin::Hyphen)
            continue;
        // "-5C", "90F": a capital letter glued to the number.
        if ((def.flags & GluedUpper) && (join != UnitJoin::Glued || first.text == first.lower))
            continue;
        // A glued "m" is million or metres, which the scanner decides; spaced it is metres.
        if ((def.flags & SpacedOnly) && (join != UnitJoin::Spaced || first.text != first.lower))
            continue;
        const QList<QStringView>& parts = variant.parts;
        int k = i;
        bool ok = true;
        for (qsizetype p = 0; p < parts.size() && ok; ++p, ++k)
            ok = t.valid(k) && tokenMatches(t[k], parts[p]) &&
                 (p == 0 || (!t[k].newlineBefore && (!t[k].isDigits() || t[k].glued())));
        // A unit must not run into more letters or digits: "5G" is no unit.
        if (ok && t.valid(k) && t[k].glued() && (t[k].isWord() || t[k].isDigits()))
            ok = false;
        if (ok && (!best || k > best->end))
            best = UnitMatch{def.canonical, def.dimension, k};
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
        for (QStringView code : kCurrencyCodes)
            if (tok.text == code) {
                end = i + 1;
                return code;
            }
    return {};
}

} // namespace parallax::numbers
