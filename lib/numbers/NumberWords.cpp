#include "numbers/NumberWords.h"

#include "numbers/Units.h"
#include "numbers/WordForms.h"

#include <QHash>

namespace parallax::numbers {

namespace {

const QHash<QStringView, NumberWord>& numberWords() {
    static const QHash<QStringView, NumberWord> table = [] {
        QHash<QStringView, NumberWord> h;
        auto add = [&h](QStringView w, WordRole role, double v, bool plural = false, bool denom = false) {
            h.insert(w, NumberWord{role, v, plural, denom});
        };
        for (QStringView w : {u"zero", u"nought", u"naught", u"nil"})
            add(w, WordRole::Zero, 0);
        const QStringView digits[] = {u"one", u"two",   u"three", u"four", u"five",
                                      u"six", u"seven", u"eight", u"nine"};
        for (int v = 1; v <= 9; ++v)
            add(digits[v - 1], WordRole::Digit, v);
        const QStringView teens[] = {u"ten",     u"eleven",  u"twelve",    u"thirteen", u"fourteen",
                                     u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
        for (int v = 10; v <= 19; ++v)
            add(teens[v - 10], WordRole::Teen, v);
        const QStringView tens[] = {u"twenty", u"thirty",  u"forty",  u"fifty",
                                    u"sixty",  u"seventy", u"eighty", u"ninety"};
        for (int v = 2; v <= 9; ++v)
            add(tens[v - 2], WordRole::Tens, v * 10);
        add(u"fourty", WordRole::Tens, 40);
        add(u"hundred", WordRole::Hundred, 100);
        add(u"hundreds", WordRole::Hundred, 100, true);
        const struct {
            QStringView one, many;
            double v;
        } scales[] = {{u"thousand", u"thousands", 1e3}, {u"million", u"millions", 1e6},
                      {u"billion", u"billions", 1e9},   {u"trillion", u"trillions", 1e12},
                      {u"lakh", u"lakhs", 1e5},         {u"crore", u"crores", 1e7}};
        for (const auto& s : scales) {
            add(s.one, WordRole::Scale, s.v);
            add(s.many, WordRole::Scale, s.v, true);
        }
        add(u"dozen", WordRole::Dozen, 12);
        add(u"dozens", WordRole::Dozen, 12, true);
        add(u"half", WordRole::Half, 2, false, true);
        add(u"halves", WordRole::Half, 2, true, true);
        add(u"quarter", WordRole::Quarter, 4, false, true);
        add(u"quarters", WordRole::Quarter, 4, true, true);
        add(u"first", WordRole::Ordinal, 1);
        add(u"second", WordRole::Ordinal, 2);
        const struct {
            QStringView one, many;
            double v;
        } ordinals[] = {
            {u"third", u"thirds", 3},
            {u"fourth", u"fourths", 4},
            {u"fifth", u"fifths", 5},
            {u"sixth", u"sixths", 6},
            {u"seventh", u"sevenths", 7},
            {u"eighth", u"eighths", 8},
            {u"ninth", u"ninths", 9},
            {u"tenth", u"tenths", 10},
            {u"eleventh", u"elevenths", 11},
            {u"twelfth", u"twelfths", 12},
            {u"thirteenth", u"thirteenths", 13},
            {u"fourteenth", u"fourteenths", 14},
            {u"fifteenth", u"fifteenths", 15},
            {u"sixteenth", u"sixteenths", 16},
            {u"seventeenth", u"seventeenths", 17},
            {u"eighteenth", u"eighteenths", 18},
            {u"nineteenth", u"nineteenths", 19},
            {u"twentieth", u"twentieths", 20},
            {u"thirtieth", u"thirtieths", 30},
            {u"fortieth", u"fortieths", 40},
            {u"fiftieth", u"fiftieths", 50},
            {u"sixtieth", u"sixtieths", 60},
            {u"seventieth", u"seventieths", 70},
            {u"eightieth", u"eightieths", 80},
            {u"ninetieth", u"ninetieths", 90},
            {u"hundredth", u"hundredths", 100},
            {u"thousandth", u"thousandths", 1e3},
            {u"millionth", u"millionths", 1e6},
        };
        for (const auto& o : ordinals) {
            add(o.one, WordRole::Ordinal, o.v, false, true);
            add(o.many, WordRole::Ordinal, o.v, true, true);
        }
        add(u"a", WordRole::Article, 1);
        add(u"an", WordRole::Article, 1);
        return h;
    }();
    return table;
}

const NumberWord* wordAt(const TokenizedText& t, int i) {
    if (!t.valid(i) || !t[i].isWord())
        return nullptr;
    return lookupNumberWord(t[i].lower);
}

bool isRole(const NumberWord* w, WordRole role) {
    return w && w->role == role;
}

// "a fifth" is a fraction only where nothing follows that it could be the ordinal of: "a fifth of
// the city", "a fifth.", "by a fifth since", but not "a fifth day".
bool fractionFollows(const TokenizedText& t, int j) {
    if (!t.valid(j))
        return true;
    if (t[j].isSymbol() && !t[j].isHyphen())
        return true;
    // "by a third since January": a preposition or conjunction cannot be what "third" orders.
    return isRole(wordAt(t, j), WordRole::Scale) || (t[j].isWord() && isFunctionWord(t[j].lower));
}

// Multiplies a fraction by a scale after it: "half million", "a quarter million", "two thirds of a
// million". Returns the new end.
int applyScaleTail(const TokenizedText& t, int j, SpelledNumber& out) {
    const NumberWord* w = wordAt(t, j);
    if (isRole(w, WordRole::Scale) && t[j].gap > 0) {
        out.value *= w->value;
        out.scale = w->value;
        out.fraction = false;
        return j + 1;
    }
    if (t.wordAt(j, u"of") && isRole(wordAt(t, j + 1), WordRole::Article)) {
        const NumberWord* s = wordAt(t, j + 2);
        if (isRole(s, WordRole::Scale) && !s->plural) {
            out.value *= s->value;
            out.scale = s->value;
            out.fraction = false;
            return j + 3;
        }
    }
    return j;
}

// Denominator of a fraction word, or 0: half 2, quarter 4, third 3; not first or second.
double denominatorOf(const NumberWord* w) {
    return (w && w->denominator) ? w->value : 0;
}

// True when token j is a singular unit of measurement (not a currency): "hour", "mile", "century".
bool halvesAUnit(const TokenizedText& t, int j) {
    const auto unit = matchUnit(t, j, UnitJoin::Spaced);
    return unit && unit->dimension != Dimension::Currency && t.valid(j) && !t[j].lower.endsWith(u's');
}

// "half", "half a dozen", "half a million", "half million", "half an hour" (0.5, the hour after it).
std::optional<SpelledNumber> halfNumber(const TokenizedText& t, int i, const NumberWord& half) {
    if (half.plural)
        return {};
    SpelledNumber out;
    out.value = 0.5;
    out.fraction = true;
    out.end = i + 1;
    if (isRole(wordAt(t, i + 1), WordRole::Article)) {
        const NumberWord* w = wordAt(t, i + 2);
        if (isRole(w, WordRole::Dozen) && !w->plural) {
            out.value = 6;
            out.fraction = false;
            out.end = i + 3;
        } else if (isRole(w, WordRole::Scale) && !w->plural) {
            out.value = 0.5 * w->value;
            out.scale = w->value;
            out.fraction = false;
            out.end = i + 3;
        } else if (halvesAUnit(t, i + 2)) {
            // "half an hour", "half a mile": half of one unit, which the unit after it then measures.
            out.fraction = false;
            out.end = i + 2;
        }
        return out;
    }
    out.end = applyScaleTail(t, i + 1, out);
    return out;
}

// Bare "quarter" is a noun ("the third quarter"); only "quarter million" is a number.
std::optional<SpelledNumber> quarterNumber(const TokenizedText& t, int i, const NumberWord& quarter) {
    if (quarter.plural || !isRole(wordAt(t, i + 1), WordRole::Scale))
        return {};
    SpelledNumber out;
    out.value = 0.25;
    out.end = applyScaleTail(t, i + 1, out);
    return out;
}

// What the word before the current one was, which decides what may follow it.
enum class Prev { Start, Article, Units, Teen, Tens, Hundred, Scale };

// What joins a word to the one before: "twenty-three", "a hundred and five".
enum class Conn { None, Hyphen, And };

// A compound number read so far, left to right: "three thousand five hundred" is total 3000, group
// 500 after "hundred".
struct CompoundReading {
    double total = 0;     // the part multiplied by a scale word already
    double group = 0;     // the part since the last scale word
    double lastScale = 0; // the last scale word's value, 0 before any
    Prev prev = Prev::Start;

    // "two" in "two thirds": a count that a fraction word may divide.
    bool numerator() const { return prev == Prev::Units || prev == Prev::Teen || prev == Prev::Tens; }
};

// Words that end a compound number where they stand, with what the number is then: a mixed
// fraction ("one and a half"), an ordinal ("twenty-first"), a fraction ("two thirds", "a fifth"),
// dozens ("three dozen"). Word w is token j; out holds the end and scale read so far.
std::optional<SpelledNumber> finishingWord(const TokenizedText& t, int j, const NumberWord& w, Conn conn,
                                           const CompoundReading& r, SpelledNumber out) {
    // "one and a half", "three and one fourth", "five and a quarter million"
    if (conn == Conn::And && r.prev != Prev::Article &&
        (w.role == WordRole::Article || w.role == WordRole::Digit)) {
        const double d = denominatorOf(wordAt(t, j + 1));
        if (d > 0 && t[j + 1].gap > 0) {
            out.value = r.total + r.group + w.value / d;
            out.end = applyScaleTail(t, j + 2, out);
            return out;
        }
    }
    // "twenty-first", "one hundred and first"
    if (w.role == WordRole::Ordinal &&
        (r.prev == Prev::Tens || r.prev == Prev::Hundred || r.prev == Prev::Scale) &&
        (r.prev != Prev::Tens || (w.value < 10 && conn != Conn::And))) {
        out.value = r.total + r.group + w.value;
        out.ordinal = true;
        out.end = j + 1;
        return out;
    }
    // "two thirds", "one-eighth", "three quarters billion", "a fifth"
    const double d = denominatorOf(&w);
    if (d > 0 && conn != Conn::And && (r.numerator() || r.prev == Prev::Article) && r.total == 0 &&
        (r.prev != Prev::Article || w.role != WordRole::Ordinal || fractionFollows(t, j + 1)) &&
        (r.prev == Prev::Article ? !w.plural : true)) {
        out.value = r.group / d;
        out.fraction = true;
        out.end = applyScaleTail(t, j + 1, out);
        return out;
    }
    // "three dozen", "a dozen", "a hundred dozen"
    if (w.role == WordRole::Dozen && conn == Conn::None &&
        (r.numerator() || r.prev == Prev::Article || r.prev == Prev::Hundred)) {
        out.value = (r.total + r.group) * 12;
        out.end = j + 1;
        return out;
    }
    return {};
}

// A hyphen joins only tens and units ("twenty-three"); "and" follows only hundreds and scales
// ("a hundred and five", "a thousand and one").
bool connectorFits(Conn conn, Prev prev, const NumberWord& w) {
    if (conn == Conn::Hyphen)
        return prev == Prev::Tens && w.role == WordRole::Digit;
    if (conn == Conn::And)
        return prev == Prev::Hundred || prev == Prev::Scale;
    return true;
}

// Adds word w to the reading when it may follow what came before; false ends the number.
bool addWord(const NumberWord& w, Conn conn, CompoundReading& r, SpelledNumber& out) {
    switch (w.role) {
    case WordRole::Article:
        if (r.prev != Prev::Start)
            return false;
        r.group = 1;
        r.prev = Prev::Article;
        return true;
    case WordRole::Digit:
        if (!(r.prev == Prev::Start || r.prev == Prev::Hundred || r.prev == Prev::Scale ||
              (r.prev == Prev::Tens && conn != Conn::And)))
            return false;
        r.group += w.value;
        r.prev = Prev::Units;
        return true;
    case WordRole::Teen:
    case WordRole::Tens:
        if (!(r.prev == Prev::Start || r.prev == Prev::Hundred || r.prev == Prev::Scale))
            return false;
        r.group += w.value;
        r.prev = w.role == WordRole::Teen ? Prev::Teen : Prev::Tens;
        return true;
    case WordRole::Hundred:
        // "hundreds" alone is vague (parseVagueNumber); "two hundred", "a hundred" are numbers.
        if (conn != Conn::None || r.group >= 100 ||
            !(r.prev == Prev::Start ? !w.plural : r.numerator() || r.prev == Prev::Article))
            return false;
        r.group = (r.group == 0 ? 1 : r.group) * 100;
        r.prev = Prev::Hundred;
        return true;
    case WordRole::Scale:
        if (conn != Conn::None || (r.prev == Prev::Start && w.plural))
            return false;
        if (r.lastScale == 0 || w.value < r.lastScale) {
            if (r.group == 0 && r.total == 0)
                r.group = 1;
            if (r.group == 0)
                return false;
            r.total += r.group * w.value;
        } else {
            r.total = (r.total + r.group) * w.value; // "three thousand millions"
        }
        r.group = 0;
        r.lastScale = w.value;
        out.scale = qMax(out.scale, w.value);
        r.prev = Prev::Scale;
        return true;
    default:
        return false;
    }
}

// "eleven", "twenty-three", "five hundred and thirty-seven", "a dozen", "two-thirds".
std::optional<SpelledNumber> compoundNumber(const TokenizedText& t, int i) {
    SpelledNumber out;
    CompoundReading r;
    bool any = false;
    for (int k = i; t.valid(k);) {
        Conn conn = Conn::None;
        int j = k;
        if (any && t[j].isHyphen()) {
            conn = Conn::Hyphen;
            ++j;
        } else if (any && t[j].is(u"and")) {
            conn = Conn::And;
            ++j;
        }
        const NumberWord* w = wordAt(t, j);
        if (!w)
            break;
        if (auto finished = finishingWord(t, j, *w, conn, r, out))
            return finished;
        if (!connectorFits(conn, r.prev, *w) || !addWord(*w, conn, r, out))
            break;
        any = true;
        k = j + 1;
        out.end = k;
    }
    if (!any || r.prev == Prev::Article)
        return {};
    out.value = r.total + r.group;
    return out;
}

} // namespace

const NumberWord* lookupNumberWord(QStringView lowerWord) {
    const auto& table = numberWords();
    const auto it = table.constFind(lowerWord);
    return it == table.constEnd() ? nullptr : &it.value();
}

std::optional<SpelledNumber> parseSpelledNumber(const TokenizedText& t, int i) {
    const NumberWord* first = wordAt(t, i);
    if (!first)
        return {};
    switch (first->role) {
    case WordRole::Zero:
        return SpelledNumber{0, i + 1};
    case WordRole::Ordinal: {
        SpelledNumber out{first->value, i + 1};
        out.ordinal = true;
        return out;
    }
    case WordRole::Half:
        return halfNumber(t, i, *first);
    case WordRole::Quarter:
        return quarterNumber(t, i, *first);
    default:
        return compoundNumber(t, i);
    }
}

std::optional<VagueNumber> parseVagueNumber(const TokenizedText& t, int i) {
    if (!t.valid(i) || !t[i].isWord())
        return {};
    const QStringView w = t[i].lower;
    // "several dozen", "a few hundred", "several thousand": a handful of that scale.
    const auto scaled = [&t](int k) -> VagueNumber {
        const NumberWord* s = wordAt(t, k);
        if (s && !s->plural &&
            (s->role == WordRole::Dozen || s->role == WordRole::Hundred || s->role == WordRole::Scale))
            return VagueNumber{3 * s->value, k + 1};
        return VagueNumber{3, k};
    };
    if (w == u"several")
        return scaled(i + 1);
    if (w == u"a" || w == u"an") {
        if (t.wordAt(i + 1, u"few"))
            return scaled(i + 2);
        if ((t.wordAt(i + 1, u"couple") || t.wordAt(i + 1, u"handful")) && t.wordAt(i + 2, u"of"))
            return VagueNumber{t[i + 1].is(u"couple") ? 2.0 : 5.0, i + 2};
        return {};
    }
    if (w == u"scores" && t.wordAt(i + 1, u"of"))
        return VagueNumber{20, i + 1};
    if (w == u"tens" && t.wordAt(i + 1, u"of")) {
        const NumberWord* s = wordAt(t, i + 2);
        if (isRole(s, WordRole::Scale) && s->plural)
            return VagueNumber{10 * s->value, i + 3};
        return VagueNumber{10, i + 1};
    }
    const NumberWord* nw = lookupNumberWord(w);
    if (!nw || !nw->plural)
        return {};
    if (nw->role == WordRole::Dozen)
        return VagueNumber{12, i + 1};
    if (nw->role != WordRole::Hundred && nw->role != WordRole::Scale)
        return {};
    // "hundreds of thousands", "thousands of millions"
    if (t.wordAt(i + 1, u"of")) {
        const NumberWord* s = wordAt(t, i + 2);
        if (isRole(s, WordRole::Scale) && s->plural && s->value > nw->value)
            return VagueNumber{nw->value * s->value, i + 3};
    }
    return VagueNumber{nw->value, i + 1};
}

} // namespace parallax::numbers
