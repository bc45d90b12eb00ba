#include "report/ArticleSharing.h"

#include <algorithm>
#include <map>

namespace parallax {
namespace {

int wordsOf(const Document& doc, const std::vector<bool>& sentences) {
    int words = 0;
    for (size_t s = 0; s < sentences.size(); ++s)
        if (sentences[s])
            words += doc.sentences[s].tokenCount;
    return words;
}

void mark(std::vector<bool>& sentences, int first, int count) {
    for (int s = first; s < first + count && s < int(sentences.size()); ++s)
        if (s >= 0)
            sentences[size_t(s)] = true;
}

} // namespace

std::vector<ArticleSharing> articleSharing(const Analysis& analysis) {
    const auto& docs = analysis.corpus.documents;
    // Per document, per other document: which of its sentences are matched there.
    std::vector<std::map<int, std::vector<bool>>> covered(docs.size());
    auto coverage = [&](int doc, int other) -> std::vector<bool>& {
        auto& slot = covered[size_t(doc)][other];
        if (slot.empty())
            slot.assign(docs[size_t(doc)].sentences.size(), false);
        return slot;
    };
    for (const SentenceMatch& m : analysis.reuse.matches) {
        mark(coverage(m.docA, m.docB), m.firstA, m.countA);
        mark(coverage(m.docB, m.docA), m.firstB, m.countB);
    }
    std::vector<ArticleSharing> result(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
        const Document& doc = docs[d];
        ArticleSharing& sharing = result[d];
        sharing.words = doc.wordCount();
        std::vector<bool> any(doc.sentences.size(), false);
        for (const auto& [other, sentences] : covered[d]) {
            sharing.shared.push_back(SharedWith{other, wordsOf(doc, sentences)});
            for (size_t s = 0; s < sentences.size(); ++s)
                any[s] = any[s] || sentences[s];
        }
        sharing.ownWords = sharing.words - wordsOf(doc, any);
        std::stable_sort(sharing.shared.begin(), sharing.shared.end(),
                         [](const SharedWith& x, const SharedWith& y) { return x.words > y.words; });
    }
    return result;
}

} // namespace parallax
