#include "analysis/AnalysisJson.h"

#include "align/AlignmentJson.h"
#include "analysis/Families.h"
#include "claims/ClaimsJson.h"
#include "reuse/ReuseJson.h"
#include "verdicts/VerdictsJson.h"

#include "util/ParallelFor.h"

#include <QJsonArray>

#include <atomic>
#include <vector>

namespace parallax {
namespace {

constexpr int formatVersion = 1;

QJsonValue stringOrNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject spanJson(const Document& doc, Span span, bool includeText) {
    QJsonObject o;
    if (includeText)
        o[u"text"] = doc.textOf(span).toString();
    o[u"start"] = qint64(span.start);
    o[u"end"] = qint64(span.end);
    return o;
}

QJsonObject documentJson(const Document& doc, const JsonOptions& options) {
    QJsonObject o;
    o[u"id"] = doc.id;
    o[u"path"] = doc.path;
    o[u"format"] = doc.format;
    o[u"encoding"] = doc.encoding;
    o[u"sha256"] = stringOrNull(doc.sha256);
    o[u"bytes"] = doc.bytes;
    o[u"title"] = doc.title;
    o[u"title_from_text"] = doc.titleFromText;
    o[u"source"] = stringOrNull(doc.source);
    o[u"attribution"] = stringOrNull(doc.attribution);
    o[u"byline"] = stringOrNull(doc.byline);
    o[u"date"] = stringOrNull(doc.date);
    o[u"published"] = stringOrNull(doc.published);
    o[u"dateline"] = stringOrNull(doc.dateline);
    o[u"words"] = doc.wordCount();
    o[u"paragraphs"] = qint64(doc.paragraphs.size());
    if (options.includeText)
        o[u"text"] = doc.text;

    o[u"sentence_count"] = qint64(doc.sentences.size());
    if (!options.includeText) {
        // Corpus-scale output: offsets without their text would only make the file large.
        o[u"warnings"] = QJsonArray::fromStringList(doc.warnings);
        return o;
    }
    QJsonArray sentences;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
        QJsonObject s = spanJson(doc, doc.sentences[i].span, options.includeText);
        s[u"index"] = qint64(i);
        s[u"paragraph"] = doc.sentences[i].paragraph;
        sentences.append(s);
    }
    o[u"sentences"] = sentences;

    QJsonArray boilerplate;
    for (const Boilerplate& b : doc.boilerplate) {
        QJsonObject j = spanJson(doc, b.span, options.includeText);
        j[u"kind"] = boilerplateKindName(b.kind);
        boilerplate.append(j);
    }
    o[u"boilerplate"] = boilerplate;
    o[u"warnings"] = QJsonArray::fromStringList(doc.warnings);
    return o;
}

} // namespace

QJsonObject analysisToJson(const Analysis& analysis, const JsonOptions& options) {
    QJsonObject root;
    root[u"format"] = QStringLiteral("parallax-analysis");
    root[u"version"] = formatVersion;
    root[u"generator"] = QStringLiteral("parallax " PARALLAX_VERSION);
    root[u"folder"] = analysis.corpus.folder;

    // Built on all cores: on a corpus-scale run the documents are most of the JSON.
    const auto& docs = analysis.corpus.documents;
    std::vector<QJsonObject> objects(docs.size());
    const std::atomic_bool never{false};
    parallelFor(docs.size(), never, [&](std::size_t d) { objects[d] = documentJson(docs[d], options); });
    QJsonArray documents;
    for (const QJsonObject& o : objects)
        documents.append(o);
    root[u"documents"] = documents;

    QJsonArray skipped;
    for (const SkippedFile& s : analysis.corpus.skipped)
        skipped.append(QJsonObject{{u"path"_qs, s.path}, {u"reason"_qs, s.reason}});
    root[u"skipped"] = skipped;

    root[u"pairs"] = pairsToJson(analysis.reuse, analysis.corpus.documents);
    // Additive to version 1: syndication families (Families.h), the biggest first.
    QJsonArray families;
    int familyId = 0;
    for (const ReprintFamily& f : findFamilies(analysis.corpus.documents, analysis.reuse)) {
        QJsonArray members;
        for (int m : f.members)
            members.append(docs[size_t(m)].id);
        families.append(QJsonObject{
            {u"id"_qs, QStringLiteral("f%1").arg(++familyId)},
            {u"representative"_qs, docs[size_t(f.representative)].id},
            {u"members"_qs, members},
            {u"original"_qs, f.original >= 0 ? QJsonValue(docs[size_t(f.original)].id) : QJsonValue()},
            {u"edited"_qs, f.edited}});
    }
    root[u"families"] = families;
    root[u"shared_sentences"] = sharedSentencesToJson(analysis.reuse, analysis.corpus.documents);
    // Present whatever the scope, so readers of version 1 can rely on every key.
    root[u"alignment"] = analysis.alignment.rows.empty()
                             ? QJsonObject{{u"documents"_qs, QJsonArray()}, {u"rows"_qs, QJsonArray()}}
                             : alignmentToJson(analysis.alignment, analysis.corpus.documents);
    root[u"claims"] = claimsToJson(analysis.claims, analysis.corpus.documents);
    if (options.verdicts)
        root[u"verdicts"] = verdictsToJson(*options.verdicts, analysis.claims, analysis.reuse.pairs,
                                           analysis.corpus.documents);
    return root;
}

} // namespace parallax
