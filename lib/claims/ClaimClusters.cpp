#include "claims/ClaimClusters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace parallax::claims {
namespace {

bool agree(const QString& a, const QString& b) {
    return a.isEmpty() || b.isEmpty() || a == b;
}

void addAll(QStringList& to, const QStringList& from) {
    for (const QString& s : from)
        if (!to.contains(s))
            to << s;
}

void addAll(std::vector<int>& to, const std::vector<int>& from) {
    for (int x : from)
        if (std::find(to.begin(), to.end(), x) == to.end())
            to.push_back(x);
}

} // namespace

ClaimClusters::ClaimClusters(const std::vector<MentionFacts>& facts, const PlaceIds& places)
    : facts_(facts)
    , places_(places)
    , parent_(facts.size())
    , about_(facts.size()) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (size_t i = 0; i < facts.size(); ++i) {
        const MentionFacts& f = facts[i];
        About& a = about_[i];
        if (!f.unitKey.isEmpty())
            a.unitFacts.push_back(int(i));
        if (!f.convertedUnitKey.isEmpty())
            a.convertedUnits << f.unitKey + u'\x1f' + f.convertedUnitKey;
        a.event = f.event;
        a.occasion = f.occasion;
        a.agent = f.agent;
        a.givenName = f.givenName;
        if (f.sourceContrasted)
            a.contrastedSource = f.source;
        a.kindKey = f.kindKey;
        (f.articlePlaces ? a.articlePlaces : a.sentencePlaces) = places.of(int(i));
        a.sentences.insert((quint64(quint32(f.doc)) << 32) | quint32(f.sentence));
        if (!f.revised)
            a.values.emplace_back(f.doc, f.mention->value);
        a.weakest = std::numeric_limits<double>::infinity();
    }
}

// Every unit of one claim must fit every unit of the other: the same unit, the two units of a
// member's conversion ("400km (250 miles)", then "250 miles" and "400 km"), or one kind of thing
// ("boats" and "vessels"). Every pair, not some: "ships" and "boats" are each a kind of "vessel",
// never one kind together, so a claim holding vessels may take ships or boats, not both.
bool ClaimClusters::unitsFit(const About& x, const About& y) const {
    // Building the keys is most of the cost of joining, and few claims hold a conversion.
    const bool anyConverted = !x.convertedUnits.isEmpty() || !y.convertedUnits.isEmpty();
    auto converted = [&](const QString& u, const QString& v) {
        if (!anyConverted)
            return false;
        const QString uv = u + u'\x1f' + v;
        const QString vu = v + u'\x1f' + u;
        return x.convertedUnits.contains(uv) || x.convertedUnits.contains(vu) ||
               y.convertedUnits.contains(uv) || y.convertedUnits.contains(vu);
    };
    for (int i : x.unitFacts)
        for (int j : y.unitFacts) {
            const MentionFacts& a = facts_[size_t(i)];
            const MentionFacts& b = facts_[size_t(j)];
            if (!sameUnit(a, b) && !converted(a.unitKey, b.unitKey) && !oneKindOfThing(a, b) &&
                !oneDimension(a, b))
                return false;
        }
    return true;
}

int ClaimClusters::find(int a) {
    while (parent_[size_t(a)] != a)
        a = parent_[size_t(a)] = parent_[size_t(parent_[size_t(a)])];
    return a;
}

bool ClaimClusters::join(const ClaimLink& link) {
    int ra = find(link.a);
    int rb = find(link.b);
    if (ra == rb)
        return true;
    About& x = about_[size_t(ra)];
    About& y = about_[size_t(rb)];
    if (x.kindKey != y.kindKey || x.occasion != y.occasion || !unitsFit(x, y) || !agree(x.event, y.event) ||
        !agree(x.agent, y.agent) || !agree(x.givenName, y.givenName) ||
        !agree(x.contrastedSource, y.contrastedSource))
        return false;
    // Places: what one claim's sentences name, or its articles default to, must fit the other's.
    if (!places_.compatible(x.sentencePlaces, y.sentencePlaces) ||
        !places_.compatible(x.sentencePlaces, y.articlePlaces) ||
        !places_.compatible(x.articlePlaces, y.sentencePlaces) ||
        !places_.compatible(x.articlePlaces, y.articlePlaces))
        return false;
    // Two numbers of one sentence are two facts ("23 people were injured, 14 of whom ...").
    const QSet<quint64>& small = x.sentences.size() < y.sentences.size() ? x.sentences : y.sentences;
    const QSet<quint64>& large = x.sentences.size() < y.sentences.size() ? y.sentences : x.sentences;
    for (quint64 s : small)
        if (large.contains(s))
            return false;
    // One article, one value: a second value from the same article is another fact.
    for (const auto& [doc, value] : x.values)
        for (const auto& [otherDoc, otherValue] : y.values)
            if (doc == otherDoc &&
                std::abs(value - otherValue) > 1e-9 * std::max({1.0, std::abs(value), std::abs(otherValue)}))
                return false;
    const bool crossArticle = facts_[size_t(link.a)].doc != facts_[size_t(link.b)].doc;
    if (x.sentences.size() < y.sentences.size()) {
        std::swap(ra, rb);
    }
    About& keep = about_[size_t(ra)];
    About& gone = about_[size_t(rb)];
    // One member per word: "vessels" and "ships" share a key but not their senses.
    for (int f : gone.unitFacts)
        if (std::none_of(keep.unitFacts.begin(), keep.unitFacts.end(), [&](int k) {
                return facts_[size_t(k)].unitKey == facts_[size_t(f)].unitKey &&
                       facts_[size_t(k)].unitText.compare(facts_[size_t(f)].unitText, Qt::CaseInsensitive) ==
                           0;
            }))
            keep.unitFacts.push_back(f);
    addAll(keep.convertedUnits, gone.convertedUnits);
    if (keep.event.isEmpty())
        keep.event = gone.event;
    if (keep.agent.isEmpty())
        keep.agent = gone.agent;
    if (keep.givenName.isEmpty())
        keep.givenName = gone.givenName;
    if (keep.contrastedSource.isEmpty())
        keep.contrastedSource = gone.contrastedSource;
    addAll(keep.sentencePlaces, gone.sentencePlaces);
    addAll(keep.articlePlaces, gone.articlePlaces);
    keep.sentences.unite(gone.sentences);
    keep.values.insert(keep.values.end(), gone.values.begin(), gone.values.end());
    keep.weakest = std::min(keep.weakest, gone.weakest);
    if (crossArticle)
        keep.weakest = std::min(keep.weakest, link.score);
    keep.features |= gone.features | link.evidence.features;
    keep.context = std::max({keep.context, gone.context, link.evidence.context});
    gone = About{};
    parent_[size_t(rb)] = ra;
    return true;
}

std::vector<std::vector<int>> ClaimClusters::claims() {
    std::vector<std::vector<int>> out;
    std::vector<int> slot(parent_.size(), -1);
    for (int i = 0; i < int(parent_.size()); ++i) {
        const int r = find(i);
        if (slot[size_t(r)] < 0) {
            slot[size_t(r)] = int(out.size());
            out.emplace_back();
        }
        out[size_t(slot[size_t(r)])].push_back(i);
    }
    return out;
}

} // namespace parallax::claims
