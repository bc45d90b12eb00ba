#pragma once

// Helpers shared by the claims tests: articles from strings, reuse results, and finding a claim by
// one of its variants.
#include "claims/FindClaims.h"
#include "claims/Headline.h"
#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "reuse/FindReuse.h"
#include "text/SentenceSegmenter.h"

#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

namespace parallax::test {

// The text of a claim variant's sentence: a sentence of the document, or its headline.
inline QStringView sentenceOf(const Document& doc, int sentence) {
    return doc.textOf(variantSentenceSpan(doc, sentence));
}

// An article from plain text: paragraphs separated by blank lines, as the loader would read it.
inline Document makeDocument(const QString& id, const QString& text) {
    static const SentenceSegmenter segmenter;
    Document doc;
    doc.id = id;
    buildDocument(doc, text, ArticleFormat::Text, segmenter);
    return doc;
}

// Every document pair tells one story; no sentence matches. Isolates the same-measure rules from
// the reuse stage's judgement.
inline ReuseResult oneStory(size_t documents) {
    ReuseResult r;
    for (int a = 0; a < int(documents); ++a)
        for (int b = a + 1; b < int(documents); ++b) {
            DocumentPair p;
            p.a = a;
            p.b = b;
            p.relation = Relation::SameStory;
            r.pairs.push_back(p);
        }
    return r;
}

inline ReuseResult reuseOf(const std::vector<Document>& docs) {
    const std::atomic_bool cancel{false};
    return findReuse(docs, {}, cancel);
}

inline std::vector<Claim> claimsOf(const std::vector<Document>& docs, const ReuseResult& reuse) {
    const std::atomic_bool cancel{false};
    return findClaims(docs, reuse, cancel);
}

inline Corpus loadFolder(const QString& folder) {
    const std::atomic_bool cancel{false};
    return loadCorpus(folder, {}, cancel);
}

inline int docIndex(const std::vector<Document>& docs, const QString& id) {
    for (size_t i = 0; i < docs.size(); ++i)
        if (docs[i].id == id)
            return int(i);
    ADD_FAILURE() << "no document " << id.toStdString();
    return -1;
}

// The claim holding the mention written `text` in a sentence of document `doc` containing
// `sentencePart`; null when no claim holds it.
inline const Claim* claimWith(const std::vector<Claim>& claims, const std::vector<Document>& docs, int doc,
                              const QString& sentencePart, const QString& text) {
    for (const Claim& c : claims)
        for (const ClaimVariant& v : c.variants)
            if (v.doc == doc && v.mention.text == text &&
                sentenceOf(docs[size_t(doc)], v.sentence).contains(sentencePart))
                return &c;
    return nullptr;
}

inline const Claim* claimWith(const std::vector<Claim>& claims, const std::vector<Document>& docs,
                              const QString& docId, const QString& sentencePart, const QString& text) {
    return claimWith(claims, docs, docIndex(docs, docId), sentencePart, text);
}

// The ids of the documents a claim's variants come from.
inline QSet<QString> docIdsOf(const Claim& c, const std::vector<Document>& docs) {
    QSet<QString> ids;
    for (const ClaimVariant& v : c.variants)
        ids.insert(docs[size_t(v.doc)].id);
    return ids;
}

// "23 (000_...)" lines, for failure messages.
inline std::string describe(const Claim* c, const std::vector<Document>& docs) {
    if (!c)
        return "no claim";
    QStringList lines{c->label + QStringLiteral(" [") + claimStatusName(c->status) + u']'};
    for (const ClaimVariant& v : c->variants)
        lines << QStringLiteral("  %1 %2 %3 | %4")
                     .arg(docs[size_t(v.doc)].id, v.mention.qualifierText, v.mention.text,
                          sentenceOf(docs[size_t(v.doc)], v.sentence).toString());
    return lines.join(u'\n').toStdString();
}

inline QString statusOf(const Claim* c) {
    return c ? claimStatusName(c->status) : QStringLiteral("(none)");
}

// Articles from strings, every pair declared one story (oneStory): the same-measure rules alone.
struct Story {
    std::vector<Document> docs;
    std::vector<Claim> claims;

    explicit Story(const QStringList& texts) {
        for (qsizetype i = 0; i < texts.size(); ++i)
            docs.push_back(makeDocument(QStringLiteral("a%1").arg(i), texts[i]));
        claims = claimsOf(docs, oneStory(docs.size()));
    }
    const Claim* with(int doc, const QString& text, const QString& sentencePart = {}) const {
        return claimWith(claims, docs, doc, sentencePart, text);
    }
};

} // namespace parallax::test
