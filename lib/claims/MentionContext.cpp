#include "claims/MentionContext.h"

#include "claims/Headline.h"
#include "claims/SentenceWords.h"
#include "reuse/ContentWords.h"
#include "util/ParallelFor.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>

namespace parallax::claims {
namespace {

// Words of the number's own clause say more about it than the rest of the sentence.
constexpr float kClauseWeight = 1.0f;
constexpr float kSentenceWeight = 0.4f;

} // namespace

// Words farther from the number than this, on either side, are not its context (see below).
constexpr int kContextWindow = 60;

MentionContexts::MentionContexts(const std::vector<Document>& docs, const std::vector<Document>& headlines,
                                 const std::vector<MentionFacts>& facts)
    : vectors_(facts.size()) {
    auto wordsOf = [&](const MentionFacts& f) {
        return f.sentence == kHeadlineSentence ? SentenceWords(headlines[size_t(f.doc)], 0)
                                               : SentenceWords(docs[size_t(f.doc)], f.sentence);
    };
    QHash<QString, int> ids;        // content unit -> id
    QHash<QString, int> idOfKey;    // word key -> id, -1 for a function word
    std::vector<int> sentenceCount; // by word id: sentences with numbers that hold it
    // Word ids per token of each fact's sentence, computed once per sentence.
    QHash<quint64, std::vector<int>> sentenceWords;
    for (const MentionFacts& f : facts) {
        const quint64 key = (quint64(quint32(f.doc)) << 32) | quint32(f.sentence);
        if (sentenceWords.contains(key))
            continue;
        const SentenceWords w = wordsOf(f);
        std::vector<int> words(size_t(w.size()), -1);
        std::vector<int> seen;
        for (int i = 0; i < w.size(); ++i) {
            if (w.numeric(i))
                continue;
            // Stemming is the cost here: each distinct word is stemmed once.
            auto known = idOfKey.constFind(w.key(i));
            if (known == idOfKey.constEnd()) {
                const QString unit = contentUnit(w.key(i), false);
                int id = -1;
                if (!unit.isEmpty()) {
                    auto it = ids.constFind(unit);
                    if (it == ids.constEnd()) {
                        it = ids.insert(unit, int(ids.size()));
                        sentenceCount.push_back(0);
                    }
                    id = *it;
                }
                known = idOfKey.insert(w.key(i), id);
            }
            const int id = *known;
            if (id < 0)
                continue;
            words[size_t(i)] = id;
            if (std::find(seen.begin(), seen.end(), id) == seen.end()) {
                seen.push_back(id);
                ++sentenceCount[size_t(id)];
            }
        }
        sentenceWords.insert(key, std::move(words));
    }
    const double sentences = double(std::max<qsizetype>(1, sentenceWords.size()));
    std::vector<float> rarity(sentenceCount.size());
    for (size_t id = 0; id < rarity.size(); ++id)
        rarity[id] = float(std::log(1.0 + sentences / sentenceCount[id]));

    // Each fact's vector is its own: built in slices on every core, one SentenceWords per run of
    // facts of one sentence (it indexes the sentence's breaks once).
    constexpr size_t kFactsPerSlice = 1024;
    const size_t slices = (facts.size() + kFactsPerSlice - 1) / kFactsPerSlice;
    const std::atomic_bool never{false};
    parallelFor(slices, never, [&](size_t slice) {
        std::optional<SentenceWords> current;
        quint64 currentKey = ~quint64(0);
        const size_t end = std::min(facts.size(), (slice + 1) * kFactsPerSlice);
        for (size_t k = slice * kFactsPerSlice; k < end; ++k) {
            const MentionFacts& f = facts[k];
            const quint64 sentenceKey = (quint64(quint32(f.doc)) << 32) | quint32(f.sentence);
            const std::vector<int>& words = *sentenceWords.constFind(sentenceKey);
            if (sentenceKey != currentKey) {
                current.emplace(wordsOf(f));
                currentKey = sentenceKey;
            }
            const SentenceWords& w = *current;
            const int numberLast = std::max(f.last, f.nounLast);
            // The clause: back to the last clause break before the number, on to the next after it.
            const auto [from, to] = w.clauseAround(f.first, numberLast);
            // The sentence, within a window no prose sentence reaches: a table pasted as one line
            // of thousands of numbers must not give each number thousands of context words.
            const int windowFirst = std::max(0, f.first - kContextWindow);
            const int windowEnd = std::min(int(words.size()), numberLast + 1 + kContextWindow);
            // (word id, weight) pairs; duplicates keep the larger weight after sorting.
            auto& v = vectors_[k];
            v.reserve(size_t(windowEnd - windowFirst));
            for (int i = windowFirst; i < windowEnd; ++i) {
                if (words[size_t(i)] < 0 || (i >= f.first && i <= numberLast))
                    continue;
                const float near = (i >= from && i < to) ? kClauseWeight : kSentenceWeight;
                v.emplace_back(words[size_t(i)], near * rarity[size_t(words[size_t(i)])]);
            }
            std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : a.second > b.second;
            });
            v.erase(std::unique(v.begin(), v.end(),
                                [](const auto& a, const auto& b) { return a.first == b.first; }),
                    v.end());
            double norm = 0;
            for (const auto& [id, weight] : v)
                norm += double(weight) * weight;
            if (norm > 0)
                for (auto& [id, weight] : v)
                    weight = float(weight / std::sqrt(norm));
        }
    });
}

double MentionContexts::similarity(int a, int b) const {
    const auto& x = vectors_[size_t(a)];
    const auto& y = vectors_[size_t(b)];
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i].first < y[j].first)
            ++i;
        else if (y[j].first < x[i].first)
            ++j;
        else
            dot += double(x[i++].second) * y[j++].second;
    }
    return std::clamp(dot, 0.0, 1.0);
}

std::vector<std::pair<int, int>>
MentionContexts::alikePairs(const std::vector<MentionFacts>& facts, double minimum, int perFact,
                            const std::function<bool(int, int)>& accept) const {
    // A word used beside numbers in more sentences than this says little of any one of them, and
    // its list of facts would make the search quadratic.
    constexpr size_t kMaxHolders = 64;
    constexpr size_t kWordsLookedUp = 3; // each fact's heaviest (rarest, nearest) words
    QHash<int, std::vector<int>> holders;
    for (size_t f = 0; f < vectors_.size(); ++f)
        for (const auto& [id, weight] : vectors_[f])
            holders[id].push_back(int(f));
    std::vector<std::pair<int, int>> out;
    for (size_t f = 0; f < vectors_.size(); ++f) {
        std::vector<std::pair<int, float>> heaviest = vectors_[f];
        std::sort(heaviest.begin(), heaviest.end(),
                  [](const auto& x, const auto& y) { return x.second > y.second; });
        heaviest.resize(std::min(heaviest.size(), kWordsLookedUp));
        std::vector<std::pair<double, int>> found;
        std::vector<int> seen;
        for (const auto& [id, weight] : heaviest) {
            const std::vector<int>& list = holders[id];
            if (list.size() > kMaxHolders)
                continue;
            for (int g : list) {
                if (g == int(f) || facts[size_t(g)].doc == facts[f].doc ||
                    std::find(seen.begin(), seen.end(), g) != seen.end())
                    continue;
                seen.push_back(g);
                if (!accept(int(f), g))
                    continue;
                const double alike = similarity(int(f), g);
                if (alike >= minimum)
                    found.push_back({alike, g});
            }
        }
        std::sort(found.begin(), found.end(), std::greater<>());
        found.resize(std::min(found.size(), size_t(perFact)));
        for (const auto& [alike, g] : found)
            out.push_back({std::min(int(f), g), std::max(int(f), g)});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace parallax::claims
