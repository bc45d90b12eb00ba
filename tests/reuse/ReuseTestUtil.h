#pragma once

// Helpers shared by the reuse tests: load a folder, find a document or pair by id.
#include "corpus/CorpusLoader.h"
#include "reuse/FindReuse.h"

#include <gtest/gtest.h>

#include <optional>

namespace parallax::test {

inline Corpus loadFolder(const QString& folder) {
    const std::atomic_bool cancel{false};
    return loadCorpus(folder, {}, cancel);
}

inline ReuseResult reuseOf(const Corpus& corpus, ReuseOptions options = {}) {
    const std::atomic_bool cancel{false};
    return findReuse(corpus.documents, options, cancel);
}

inline int indexOf(const Corpus& corpus, const QString& id) {
    for (size_t i = 0; i < corpus.documents.size(); ++i)
        if (corpus.documents[i].id == id)
            return int(i);
    ADD_FAILURE() << "no document " << id.toStdString();
    return -1;
}

// The reported pair of the two ids, in either order; nullopt when left out (unrelated).
inline std::optional<DocumentPair> pairOf(const Corpus& corpus, const ReuseResult& r, const QString& x,
                                          const QString& y) {
    const int a = indexOf(corpus, x), b = indexOf(corpus, y);
    for (const DocumentPair& p : r.pairs)
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return p;
    return std::nullopt;
}

inline Relation relationOf(const Corpus& corpus, const ReuseResult& r, const QString& x, const QString& y) {
    const auto p = pairOf(corpus, r, x, y);
    return p ? p->relation : Relation::Unrelated;
}

inline QString originalOf(const Corpus& corpus, const ReuseResult& r, const QString& x, const QString& y) {
    const auto p = pairOf(corpus, r, x, y);
    return p && p->original >= 0 ? corpus.documents[size_t(p->original)].id : QString();
}

// The text of the sentences a match covers on one side.
inline QString matchText(const Corpus& corpus, int doc, int first, int count) {
    const Document& d = corpus.documents[size_t(doc)];
    const Span s{d.sentences[size_t(first)].span.start, d.sentences[size_t(first + count - 1)].span.end};
    return d.textOf(s).toString();
}

} // namespace parallax::test
