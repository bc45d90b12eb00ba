#include "claims/MentionFacts.h"

#include "claims/AgeOwner.h"
#include "claims/Attribution.h"
#include "claims/CountedNouns.h"
#include "claims/DurationEvents.h"
#include "claims/Occasions.h"
#include "claims/Predicates.h"
#include "claims/Rates.h"
#include "claims/SentenceReading.h"
#include "claims/UpdateCues.h"
#include "lexicon/Calendar.h"
#include "lexicon/LexiconFile.h"
#include "lexicon/NounSenses.h"
#include "lexicon/UnitFactors.h"
#include "lexicon/UnitSpellings.h"
#include "lexicon/Verbs.h"
#include "numbers/NumberWords.h"
#include "numbers/WordForms.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

using Kind = NumberMention::Kind;

QString unitKeyOf(const QString& unit) {
    const QString u = unit.toLower();
    if (u.isEmpty())
        return {};
    if (isPeopleNoun(u))
        return QStringLiteral("people");
    // Spellings of one unit are one unit (resources/lexicon/units.txt); a share is "%".
    if (u == u"percent" || u == u"per cent" || u == u"pc")
        return QStringLiteral("%");
    if (const QStringView canonical = lexicon::canonicalUnit(u); !canonical.isEmpty())
        return canonical.toString();
    QStringList parts;
    for (const QString& word : u.split(u' ', Qt::SkipEmptyParts)) {
        const QString stem = contentUnit(foldSpelling(word), false);
        parts << (stem.isEmpty() ? word : stem);
    }
    if (parts.size() == 1) // "vessels" counts what "ships" counts
        return sameThingKey(parts.front());
    return parts.join(u' ');
}

QString kindKeyOf(Kind kind) {
    switch (kind) {
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Fraction:
        return QStringLiteral("fraction");
    case Kind::Age:
        return QStringLiteral("age");
    default:
        return QStringLiteral("quantity");
    }
}

// What a percentage is of: "40% of Caddoran's fertiliser imports" -> fertiliser; "88.41 percent
// of the country's eligible voters" -> voters (whose they are, and that they may vote, say no more
// of what is counted).
QString percentOf(const SentenceWords& w, int nounLast, QString& text) {
    int i = nounLast + 1;
    if (i >= w.size() || w.key(i) != u"of" || w.breakBefore(i))
        return {};
    ++i;
    static const QSet<QString> skip =
        wordSet({"the", "a", "an", "all", "its", "their", "his", "her", "our", "eligible", "registered"});
    for (int steps = 0; i < w.size() && steps < 4 && !w.breakBefore(i); ++steps, ++i) {
        if (skip.contains(w.key(i)) || w.possessive(i))
            continue;
        if (w.numeric(i))
            return {};
        text = w.text(i).toString();
        const QString key = contentUnit(foldSpelling(w.key(i)), false);
        return key.isEmpty() ? w.key(i) : key;
    }
    return {};
}

// What a percentage measures when the sentence names it as the subject of a copula or a verb of
// level: "turnout reached 93.87 percent", "turnout was almost 90%", "unemployment stood at 5%",
// "inflation rose to 3.2%". `first` is the first word of the number with its hedge.
QString percentSubject(const SentenceWords& w, int first, QString& text) {
    // Verbs of change come from the lexicon (change-verbs.txt); copulas and totals are here.
    static const QSet<QString> copulas =
        wordSet({"was", "is", "were", "are", "remained", "remains", "totalled", "totaled", "hit", "hits",
                 "topped", "exceeded"});
    static const QSet<QString> links = wordSet({"to", "at", "by", "of", "nearly", "about", "around", "over",
                                                "almost", "some", "just", "roughly", "approximately"});
    int i = first - 1;
    while (i >= 0 && first - i <= 4 && links.contains(w.key(i)) && !w.breakBefore(i + 1))
        --i;
    if (i < 1 || !(copulas.contains(w.key(i)) || lexicon::isChangeVerb(w.key(i))) || w.breakBefore(i + 1) ||
        w.breakBefore(i))
        return {};
    const int subject = i - 1;
    if (w.numeric(subject) || w.capitalised(subject) || w.possessive(subject))
        return {};
    const QString key = contentUnit(foldSpelling(w.key(subject)), false);
    if (key.isEmpty())
        return {};
    text = w.text(subject).toString();
    return key;
}

// "a further 5", "another 14", "five more people": an increment, not the count itself.
bool isIncrement(const SentenceWords& w, int first, int last) {
    static const QSet<QString> before = wordSet({"further", "another", "additional"});
    // "three other rifles" beside "seven AK-47s": rifles beyond those counted, not all of them.
    static const QSet<QString> after = wordSet({"more", "further", "additional", "extra", "other"});
    if (first > 0 && !w.breakBefore(first) && before.contains(w.key(first - 1)))
        return true;
    return last + 1 < w.size() && !w.breakBefore(last + 1) && after.contains(w.key(last + 1));
}

// "two of the injured died in hospital": people who moved from one count to the toll, not the
// toll itself ("the toll has risen to 29"). Only for the dead: "twelve of the wounded needed
// hospital treatment" is the count of those taken to hospital.
bool diedOfTheInjured(const SentenceWords& w, int last, const QString& predicate) {
    static const QSet<QString> counted =
        wordSet({"injured", "wounded", "hurt", "hospitalized", "hospitalised"});
    return predicate == u"killed" && last + 3 < w.size() && !w.breakBefore(last + 1) &&
           w.key(last + 1) == u"of" && w.key(last + 2) == u"the" && counted.contains(w.key(last + 3));
}

} // namespace

bool isDurationUnit(const QString& unitKey) {
    return lexicon::unitDimension(unitKey) == u"time";
}

namespace {

// What happened, or for a duration or a share what it measures: f.predicate, f.event, f.headText.
void readEvent(const SentenceWords& w, const NumberReading& x, MentionFacts& f) {
    const NumberMention& m = *x.m;
    if (isDurationUnit(f.unitKey)) {
        f.predicate = lastedPredicate;
        if (!m.head.isEmpty()) {
            f.headText = m.head;
            f.event = contentUnit(foldSpelling(m.head.toLower()), false);
        } else {
            f.event = nearestEvent(w, x.first, x.nounLast, f.headText);
            // An event noun elsewhere in the sentence is not what a person's state lasted through
            // ("hospitalized for four weeks ..., only to suffer a heart attack"). Where no event
            // noun was taken, none is made up: the durations of two people's states ("Koski was
            // jailed for five years", "mayor jailed for 9 years") are not one fact by their verb.
            if (!f.event.isEmpty())
                if (const QString state =
                        stateLasting(w, x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first);
                    !state.isEmpty())
                    f.event = f.headText = state;
        }
    } else if (m.kind == Kind::Percent) {
        f.event = percentOf(w, x.nounLast, f.headText);
        if (f.event.isEmpty()) {
            f.event =
                percentSubject(w, x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first, f.headText);
            f.headIsSubject = !f.event.isEmpty();
        }
        if (f.event.isEmpty() && !m.head.isEmpty()) {
            f.headText = m.head;
            f.event = contentUnit(foldSpelling(m.head.toLower()), false);
        }
    } else if (m.kind == Kind::Measure) {
        // A measure is told apart by the dimension it measures ("10 km deep" against "20 km from
        // the town"), not by a verb near it ("the quake was 10 km deep and hit 20 km from ...").
        // Other heads ("tonnes of ammonium nitrate" / "of fertiliser") are worded too freely.
        static const QSet<QString> dimensions = wordSet({"depth", "length", "height", "width", "thickness"});
        f.headText = m.head;
        f.event = dimensions.contains(m.head) ? m.head : QString();
    } else {
        f.event = f.predicate;
        f.headText = m.head;
    }
}

// Where: the places of the number's own clause ("23 people were injured in Kyiv, and two were
// killed in Kharkiv"), else of its sentence, but never across the end of a sentence the segmenter
// glued on; with them the sentence's places the text relates to them ("in Ukraine's capital,
// Kyiv"); else the caller's context (the article's places). Shown: the nearest place, passing over
// a possessive that holds a nearer-named one ("Ukraine's capital, Kyiv" is in Kyiv).
void readPlaces(const SentenceWords& w, const NumberReading& x, const std::vector<PlaceName>& places,
                const PlaceLinks& links, const ArticlePlaces& context, bool contextIsArticle,
                MentionFacts& f) {
    const auto clause = w.clauseAround(x.first, std::max(x.first, x.nounLast));
    const auto segment = w.clauseAround(x.first, std::max(x.first, x.nounLast), true);
    auto inside = [](const PlaceName& p, std::pair<int, int> range) {
        return p.first >= range.first && p.first < range.second;
    };
    const bool clauseHasPlace =
        std::any_of(places.begin(), places.end(), [&](const PlaceName& p) { return inside(p, clause); });
    const std::pair<int, int> scope = clauseHasPlace ? clause : segment;
    auto inScope = [&](const PlaceName& p) {
        if (inside(p, scope))
            return true;
        return std::any_of(places.begin(), places.end(), [&](const PlaceName& q) {
            return inside(q, scope) && links.related(q.key, p.key);
        });
    };
    int nearest = 1 << 30;
    for (const PlaceName& p : places) {
        if (!inScope(p))
            continue;
        f.places << p.key;
        f.placeTexts << p.text;
        const int d = std::abs(p.last < x.first ? x.first - p.last : p.first - x.nounLast) +
                      (w.possessive(p.last) && places.size() > 1 ? 1000 : 0);
        if (d < nearest) {
            nearest = d;
            f.placeText = p.text;
        }
    }
    // "Nationally, the party finished second with 28 percent" in a report from one town: the
    // sentence says the number is not about the article's place.
    static const QSet<QString> nationwide = wordSet({"nationally", "nationwide", "countrywide"});
    const bool wholeCountry = w.size() > 1 && w.breakBefore(1) && nationwide.contains(w.key(0));
    if (f.places.isEmpty() && !wholeCountry) {
        f.places = context.keys;
        f.placeTexts = context.texts;
        f.articlePlaces = contextIsArticle;
        if (!contextIsArticle)
            f.placeText = context.texts.value(0);
    }
}

// "The death toll rose to 130": a bare number whose clause speaks of a toll counts the dead.
bool tollBefore(const SentenceWords& w, int first) {
    static const QSet<QString> tolls = lexicon::lexiconWords(u"people", u"tolls");
    for (int i = first - 1; i >= 0 && first - i <= 16; --i) {
        if (tolls.contains(w.key(i)))
            return true;
        if (w.breakBefore(i))
            break;
    }
    return false;
}

// "the number of [confirmed] dead", "the number of people injured", "the number of missing"
// before the number in its clause: the people that number counts, as a predicate ("killed",
// "injured", "missing"), else empty.
QString numberOfPeopleBefore(const SentenceWords& w, int first) {
    static const QHash<QString, QString> what = {
        {QStringLiteral("dead"), QStringLiteral("killed")},
        {QStringLiteral("deaths"), QStringLiteral("killed")},
        {QStringLiteral("fatalities"), QStringLiteral("killed")},
        {QStringLiteral("killed"), QStringLiteral("killed")},
        {QStringLiteral("injured"), QStringLiteral("injured")},
        {QStringLiteral("wounded"), QStringLiteral("injured")},
        {QStringLiteral("injuries"), QStringLiteral("injured")},
        {QStringLiteral("missing"), QStringLiteral("missing")},
    };
    for (int i = first - 1; i >= 1 && first - i <= 16; --i) {
        if (w.key(i) == u"of" && w.key(i - 1) == u"number") {
            for (int j = i + 1; j < first && j <= i + 3; ++j)
                if (const auto it = what.constFind(w.key(j)); it != what.constEnd())
                    return *it;
            return {};
        }
        if (w.breakBefore(i))
            break;
    }
    return {};
}

// Nouns that name a kind of person and so make a part of a toll when listed with another:
// "two women and a man were killed" is not a count of the people killed.
const QSet<QString>& partNouns() {
    static const QSet<QString> s = lexicon::lexiconWords(u"people", u"kinds");
    return s;
}

// True when the noun of number x is one of a list of kinds of people: "two women and a man",
// "a man and two women", "three children, two adults". The other item must have its own number or
// article and a kind-of-person noun, in the same clause.
bool isListedPart(const SentenceWords& w, const NumberReading& x) {
    if (x.nounLast < 0 || x.nounLast >= w.size() || !partNouns().contains(w.key(x.nounLast)))
        return false;
    auto otherItem = [&](int from, int to) {
        bool counted = false;
        for (int i = std::max(0, from); i <= std::min(w.size() - 1, to); ++i) {
            counted = counted || w.numeric(i) || w.key(i) == u"a" || w.key(i) == u"an" ||
                      numbers::lookupNumberWord(w.key(i)) != nullptr;
            if (counted && partNouns().contains(w.key(i)))
                return true;
        }
        return false;
    };
    if (x.nounLast + 1 < w.size() && w.key(x.nounLast + 1) == u"and" &&
        otherItem(x.nounLast + 2, x.nounLast + 4))
        return true;
    return x.first >= 2 && w.key(x.first - 1) == u"and" && otherItem(x.first - 4, x.first - 2);
}

// "bringing the toll to 40", "taking the total there to 47", "raising the number of dead to":
// the sentence adds its number to a running total.
bool bringsATotal(const SentenceWords& w) {
    static const QSet<QString> verbs =
        wordSet({"bringing", "brings", "brought", "taking", "takes", "took", "raising", "raises", "raised",
                 "pushing", "pushes", "pushed", "lifting", "lifts", "lifted"});
    static const QSet<QString> totals = wordSet({"total", "toll", "number", "tally", "count", "figure"});
    for (int i = 0; i + 1 < w.size(); ++i)
        if (verbs.contains(w.key(i)))
            for (int j = i + 1; j < w.size() && j <= i + 4; ++j)
                if (totals.contains(w.key(j)))
                    return true;
    return false;
}

// A place the sentence names after "into" or "to": where people went ("crossed into Poland"), not
// where they were counted.
bool movesInto(const SentenceWords& w, const std::vector<PlaceName>& places) {
    return std::any_of(places.begin(), places.end(), [&](const PlaceName& p) {
        int i = p.first - 1;
        if (i >= 0 && w.key(i) == u"the")
            --i;
        return i >= 0 && (w.key(i) == u"into" || w.key(i) == u"to");
    });
}

// A headline in title case capitalises every word, so capitals say nothing of names there: most
// of its words of four letters or more start with a capital.
bool titleCase(const SentenceWords& w) {
    int long_ = 0, capital = 0;
    for (int i = 0; i < w.size(); ++i)
        if (w.key(i).size() >= 4 && !w.numeric(i)) {
            ++long_;
            capital += w.capitalised(i);
        }
    return long_ >= 3 && capital * 4 >= long_ * 3;
}

// True when `name` is written in the article outside this sentence: in a title-case headline,
// "Esther Williams Dead: Technicolor Star Dies At Age 91", Williams is someone the story names
// and "Technicolor Star" is not.
bool namedElsewhere(const SentenceWords& w, const QString& name) {
    if (name.isEmpty())
        return false;
    const QString& text = w.doc().text;
    const Span here = w.sentenceSpan();
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
        if (at < here.start || at >= here.end)
            return true;
    return false;
}

} // namespace

namespace {

// What is counted or measured: f.unitText, f.unitKey and their kin, and a verb that comes with
// the counted thing ("the death toll ... rose to 130" counts people killed).
void readUnit(const SentenceWords& w, const NumberReading& x, MentionFacts& f) {
    const NumberMention& m = *x.m;
    f.unitText = x.unit;
    f.predicate = x.predicate;
    if (f.unitText.isEmpty() && m.kind == Kind::Count &&
        (x.peopleByPartitive || isPeoplePredicate(f.predicate)))
        f.unitText = QStringLiteral("people");
    // "The death toll from the quake that struck Iran rose to 130": the toll is what the number
    // counts, whatever verb stands nearer.
    if (f.unitText.isEmpty() && m.kind == Kind::Count && tollBefore(w, x.first)) {
        f.unitText = QStringLiteral("people");
        f.predicate = QStringLiteral("killed");
    }
    // "the number of confirmed dead ... rose to 34", "the number of people injured stood at 85".
    if (f.unitText.isEmpty() && m.kind == Kind::Count)
        if (QString predicate = numberOfPeopleBefore(w, x.first); !predicate.isEmpty()) {
            f.unitText = QStringLiteral("people");
            f.predicate = predicate;
        }
    f.unitKey = m.kind == Kind::Percent ? QStringLiteral("%") : unitKeyOf(f.unitText);
    if (m.convertedValue)
        f.convertedUnitKey = unitKeyOf(m.convertedUnit);
    if (m.kind == Kind::Measure)
        if (const auto factor = lexicon::unitFactor(m.unit)) {
            f.dimensionKey = factor->dimension.toString();
            f.dimensionFactor = factor->factor;
        }
    if (f.unitKey == u"people" && isListedPart(w, x)) {
        f.unitText = numbers::singularNoun(w.key(x.nounLast));
        f.unitKey = QStringLiteral("part:") + f.unitText;
    }
    // Only counted nouns have other words for them: a measure's unit is one spelling of it
    // (lib/numbers folds those), "people" is already every word for people, and two nouns counted
    // together ("drone and missile") are neither noun.
    if (m.kind == Kind::Count && !f.unitKey.isEmpty() && f.unitKey != u"people" &&
        !f.unitKey.startsWith(u"part:") && !f.unitText.contains(u" and "))
        f.unitSenses = lexicon::nounSenses(QStringView(f.unitText).split(u' ').last());
}

// Which occasion: an increment ("a further 5"), a cue's time, a span to another event, a rate or
// an average. Needs f's unit and predicate.
void readOccasion(const SentenceWords& w, const NumberReading& x, const std::vector<OccasionCue>& cues,
                  MentionFacts& f) {
    const int start = x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first;
    f.occasion = isIncrement(w, start, x.last) || diedOfTheInjured(w, x.last, f.predicate)
                     ? QStringLiteral("further")
                     : occasionOf(w, cues, x.first, x.nounLast);
    // "nine days before Obama's inauguration", "married him three weeks before he was murdered": a
    // span to another event than the story's, not the story's own ("takes effect in 30 days"). Not
    // a span the event lasted: "burned for 11 hours before it was put out", "lasted 12 hours before
    // police stormed in". Nor "after", which as often measures the story's event from its start
    // ("11 hours after the first call").
    // "a heart attack suffered three weeks ago", "nine days earlier": the same kind of span, back
    // from the story's time; the "ago" is this number's own, not an earlier occasion's.
    const bool spanAfter =
        isDurationUnit(f.unitKey) && x.nounLast + 1 < w.size() && !w.breakBefore(x.nounLast + 1);
    if (spanAfter && (w.key(x.nounLast + 1) == u"ago" || w.key(x.nounLast + 1) == u"earlier") &&
        (f.occasion.isEmpty() || f.occasion == u"earlier"))
        f.occasion = QStringLiteral("ago");
    if (f.occasion.isEmpty() && spanAfter && w.key(x.nounLast + 1) == u"before") {
        static const QSet<QString> lasting = wordSet({"for", "lasted", "lasting", "lasts", "last"});
        if (start == 0 || w.breakBefore(start) || !lasting.contains(w.key(start - 1)))
            f.occasion = QStringLiteral("before");
    }
    if (const QString rate = rateAfter(w, std::max(x.nounLast, x.last)); !rate.isEmpty())
        f.occasion = f.occasion.isEmpty() ? rate : f.occasion + QStringLiteral(", ") + rate;
    if (isAverage(w, start, std::max(x.nounLast, x.last)))
        f.occasion =
            f.occasion.isEmpty() ? QStringLiteral("on average") : f.occasion + QStringLiteral(", on average");
}

// "another 1,000 demonstrated in the northern city of Thessaloniki" in a report from Athens:
// "another" adds a place, and the people counted are that place's own crowd or toll, not an
// increment of one ("a further 5 were injured in Kyiv" in a report from Kyiv stays one). Only
// people: "pumped another $600,000 into Mat Maid" (a firm read as a place) and "a further four
// appliances" in Devon are additions to one sum. Nor when the sentence adds it to a total ("a
// further 12 died in Texas, bringing the state's toll to 40") or the place is where they went
// ("another 100,000 crossed into Poland").
bool anotherPlacesOwn(const SentenceWords& w, const MentionFacts& f, const std::vector<PlaceName>& places,
                      const PlaceLinks& links, const ArticlePlaces& context, bool contextIsArticle) {
    return f.occasion == u"further" && f.unitKey == u"people" && !f.articlePlaces && contextIsArticle &&
           !context.keys.isEmpty() && !bringsATotal(w) && !movesInto(w, places) &&
           std::none_of(f.places.begin(), f.places.end(), [&](const QString& key) {
               return std::any_of(context.keys.begin(), context.keys.end(),
                                  [&](const QString& home) { return links.related(key, home); });
           });
}

// Whatever the sentence says happened, an age is its owner's, not the event's; nor is it the
// place's: "Cheeks, 48," is as old in Portland as in Philadelphia.
void makeAge(MentionFacts& f, const QString& owner, const QString& ownerText, const QString& givenName) {
    f.unitText = QStringLiteral("age");
    f.unitKey = QStringLiteral("age");
    f.unitSenses = {};
    f.predicate.clear();
    f.event.clear();
    f.headText.clear();
    f.agent = owner;
    f.agentText = ownerText;
    f.givenName = givenName;
    f.places.clear();
    f.placeTexts.clear();
    f.placeText.clear();
    f.articlePlaces = false;
}

} // namespace

std::vector<MentionFacts> readMentions(const SentenceWords& w, const std::vector<NumberMention>& mentions,
                                       const std::vector<PlaceName>& places, const PlaceLinks& links,
                                       const ArticlePlaces& context, bool contextIsArticle, int doc) {
    const std::vector<NumberReading> r = readNumbers(w, mentions, places);
    const std::vector<OccasionCue> cues = findOccasionCues(w);
    std::vector<MentionFacts> out;
    for (const NumberReading& x : r) {
        const NumberMention& m = *x.m;
        // An age is a fact about someone: compared only when the sentence names whose it is.
        QString ownerText, givenName;
        QString owner = m.kind == Kind::Age ? ageOwner(w, x, places, ownerText, givenName) : QString();
        if (!owner.isEmpty() && titleCase(w) && !namedElsewhere(w, ownerText.section(u' ', -1)))
            owner.clear();
        if ((!isComparableQuantity(m.kind) && owner.isEmpty()) || x.first > x.last)
            continue;
        // "14 treatment centres, up from 4 two weeks ago": the span dates the number before it,
        // it is no fact of its own.
        const int end = std::max(x.last, x.nounLast);
        if (m.kind == Kind::Measure && end + 1 < w.size() && w.key(end + 1) == u"ago" && x.first > 0 &&
            w.numeric(x.first - 1) && !w.breakBefore(x.first))
            continue;
        MentionFacts f;
        f.doc = doc;
        f.sentence = w.sentence();
        f.mention = &m;
        f.span = absolute(m.span, w);
        f.first = x.first;
        f.last = x.last;
        f.nounLast = x.nounLast;
        f.container = x.containerOf >= 0;
        f.kindKey = kindKeyOf(m.kind);
        readUnit(w, x, f);
        readEvent(w, x, f);
        readOccasion(w, x, cues, f);
        f.revised = marksRevision(w, x.first, x.last);
        const Source source = attributedSource(w, x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first,
                                               std::max(x.last, x.nounLast));
        f.source = source.key;
        f.sourceText = source.text;
        f.agentText = x.agent;
        // Compared by the name's last word: "Democracy" and "New Democracy" are one subject.
        f.agent = x.agent.section(u' ', -1).toCaseFolded();
        readPlaces(w, x, places, links, context, contextIsArticle, f);
        if (anotherPlacesOwn(w, f, places, links, context, contextIsArticle))
            f.occasion.clear();
        if (!owner.isEmpty())
            makeAge(f, owner, ownerText, givenName);
        out.push_back(f);
    }
    return out;
}

} // namespace parallax::claims
