#include "claims/Attribution.h"

#include "numbers/WordForms.h"

#include <algorithm>
#include <cmath>

namespace parallax::claims {
namespace {

// Verbs that give a figure on someone's word. "put" and "estimated" take the number later ("put
// the crowd at 30,000"); "counted" and "claimed" are how the two sides of a crowd are told.
const QSet<QString>& speechVerbs() {
    static const QSet<QString> verbs =
        wordSet({"said",   "says",      "say",       "claimed",  "claims",   "claim",   "counted",
                 "counts", "estimated", "estimates", "estimate", "reported", "reports", "put",
                 "puts",   "insisted",  "insists",   "insist",   "told",     "tallied"});
    return verbs;
}

// Words between a source and its verb that are not the source: "Police have said", "officials
// also said".
const QSet<QString>& beforeVerb() {
    static const QSet<QString> words =
        wordSet({"also", "have", "has", "had", "later", "earlier", "initially"});
    return words;
}

// Who can be no source: pronouns say nothing of whose figure it is, and a relative "who said".
const QSet<QString>& noSources() {
    static const QSet<QString> words = wordSet({"he", "she", "it", "they", "we", "i", "you", "who", "which",
                                                "that", "this", "there", "reports", "report", "media"});
    return words;
}

Source sourceAt(const SentenceWords& w, int i) {
    if (i < 0 || i >= w.size() || w.numeric(i))
        return {};
    const QString key = w.bareKey(i);
    if (key.isEmpty() || noSources().contains(key) || numbers::isFunctionWord(key) ||
        speechVerbs().contains(key))
        return {};
    QString text = w.text(i).toString();
    if (w.possessive(i))
        text.chop(2);
    // A sentence's first word is capitalised anyway: "Police said" is the police.
    if (i == 0 && text.size() > 1 && text[1].isLower())
        text = text.toLower();
    return {numbers::singularNoun(key), text};
}

// The source named before verb `verb`: the word before it, past "have" and "also".
Source subjectOf(const SentenceWords& w, int verb) {
    int i = verb - 1;
    while (i >= 0 && !w.breakBefore(i + 1) && beforeVerb().contains(w.key(i)))
        --i;
    if (i < 0 || w.breakBefore(i + 1))
        return {};
    return sourceAt(w, i);
}

// "according to [the] interior ministry": the last word of the noun phrase after "to".
Source accordingTo(const SentenceWords& w, int according) {
    int j = according + 2;
    while (j < w.size() && !w.breakBefore(j) && (w.key(j) == u"the" || w.key(j) == u"a" || w.key(j) == u"an"))
        ++j;
    int head = -1;
    for (int taken = 0; j < w.size() && taken < 4 && !w.breakBefore(j) && !w.numeric(j) &&
                        !numbers::isFunctionWord(w.key(j)) && !speechVerbs().contains(w.key(j));
         ++j, ++taken)
        head = j;
    return head < 0 ? Source{} : sourceAt(w, head);
}

} // namespace

Source attributedSource(const SentenceWords& w, int first, int last) {
    // "Police said [as many as] 38,000", "organisers put the number at 150,000": a verb of saying
    // shortly before the number, in its clause.
    constexpr int kVerbReach = 6;
    for (int i = first - 1; i >= 0 && first - i <= kVerbReach && !w.breakBefore(i + 1); --i)
        if (speechVerbs().contains(w.key(i)))
            return subjectOf(w, i);
    // "according to police", near the number in its clause, or opening the sentence. Near: a
    // table pasted as one sentence must not cost a scan of it per number.
    constexpr int kAccordingReach = 12;
    const auto [from, to] = w.clauseAround(first, last);
    auto according = [&](int i) {
        return i + 1 < w.size() && w.key(i) == u"according" && w.key(i + 1) == u"to";
    };
    const int nearFrom = std::max(from, first - kAccordingReach),
              nearTo = std::min(to, last + kAccordingReach);
    for (int i = 0; i < nearTo; i = i == 0 ? std::max(1, nearFrom) : i + 1)
        if (according(i) && (i == 0 || i >= nearFrom))
            if (Source source = accordingTo(w, i); !source.key.isEmpty())
                return source;
    // "... 38,000 people took part, police said.": a verb of saying closing the sentence, after a
    // break that follows the number.
    for (int v = w.size() - 1; v > last && w.size() - v <= 3; --v) {
        if (!speechVerbs().contains(w.key(v)))
            continue;
        bool broken = false;
        for (int i = last + 1; i <= v - 1 && !broken; ++i)
            broken = w.breakBefore(i);
        if (!broken)
            return {};
        // "..., police said." or "..., said police."
        if (Source source = subjectOf(w, v); !source.key.isEmpty())
            return source;
        if (v + 1 < w.size() && !w.breakBefore(v + 1))
            return sourceAt(w, v + 1);
        return {};
    }
    return {};
}

void markContrastedSources(std::vector<MentionFacts>& facts) {
    std::vector<size_t> sourced;
    for (size_t i = 0; i < facts.size(); ++i)
        if (!facts[i].source.isEmpty())
            sourced.push_back(i);
    for (size_t x = 0; x < sourced.size(); ++x)
        for (size_t y = x + 1; y < sourced.size(); ++y) {
            MentionFacts& a = facts[sourced[x]];
            MentionFacts& b = facts[sourced[y]];
            if (a.sentence != b.sentence)
                continue;
            const double va = a.mention->value, vb = b.mention->value;
            if (a.source == b.source || a.kindKey != b.kindKey || a.occasion != b.occasion || a.revised ||
                b.revised || (!a.unitKey.isEmpty() && !b.unitKey.isEmpty() && a.unitKey != b.unitKey) ||
                std::abs(va - vb) <= 1e-9 * std::max({1.0, std::abs(va), std::abs(vb)}))
                continue;
            a.sourceContrasted = b.sourceContrasted = true;
        }
}

bool otherSourcesEstimates(const MentionFacts& a, const MentionFacts& b) {
    return !a.source.isEmpty() && !b.source.isEmpty() && a.source != b.source &&
           (a.sourceContrasted || b.sourceContrasted);
}

} // namespace parallax::claims
