#include "analysis/AnalysisJsonWriter.h"

#include "align/Alignment.h"
#include "analysis/Families.h"
#include "claims/ClaimsJson.h"
#include "verdicts/VerdictsJson.h"

#include "util/ParallelFor.h"

#include <QIODevice>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <future>
#include <limits>
#include <span>
#include <string_view>
#include <thread>
#include <vector>

namespace parallax {
namespace {

constexpr int formatVersion = 1;
// Collected text goes to the device once there is this much: large writes, little held.
constexpr qsizetype drainAt = 4 << 20;

// Three decimals, as ReuseJson rounds them.
double rounded(double v) {
    return std::round(v * 1000) / 1000;
}

// The JSON text of every document id, escaped once: a pair or shared sentence names two.
std::vector<QByteArray> quotedIds(const std::vector<Document>& docs) {
    std::vector<QByteArray> ids;
    ids.reserve(docs.size());
    for (const Document& d : docs)
        ids.push_back(JsonWriter::quoted(d.id));
    return ids;
}

class AnalysisWriter {
public:
    AnalysisWriter(QIODevice& device, const Analysis& analysis, const JsonOptions& options, JsonStyle style)
        : device_(device)
        , analysis_(analysis)
        , docs_(analysis.corpus.documents)
        , options_(options)
        , out_(style)
        , ids_(quotedIds(docs_)) {}

    bool write();

private:
    // `count` elements written by writeOne(writer, i) into an array, a slice at a time, each slice
    // formatted on all cores in pieces of `piece` elements and written out in order.
    template <typename WriteOne>
    void parallelArray(std::size_t count, std::size_t piece, WriteOne&& writeOne);
    void alignment();
    void document(JsonWriter& w, const Document& doc) const;
    void pair(JsonWriter& w, const DocumentPair& p) const;
    void match(JsonWriter& w, const SentenceMatch& m) const;
    void families();
    void drainIfFull() {
        if (out_.size() >= drainAt)
            ok_ = out_.drainTo(device_) && ok_;
    }

    QIODevice& device_;
    const Analysis& analysis_;
    const std::vector<Document>& docs_;
    const JsonOptions& options_;
    JsonWriter out_;
    std::vector<QByteArray> ids_;
    bool ok_ = true;
};

template <typename WriteOne>
void AnalysisWriter::parallelArray(std::size_t count, std::size_t piece, WriteOne&& writeOne) {
    const std::size_t pieces = (count + piece - 1) / piece;
    out_.beginArray();
    const JsonWriter shape = out_.fragment(0);
    // Every thread formats a piece, waits for its turn, writes it and takes the next: a piece is
    // written while the other thread formats its own. (Formatting a slice on all threads and then
    // writing it on one left the other core idle for every write, a third of the 1 GB of a
    // one-story folder of 1,000 articles; a separate writer thread made three busy threads on two
    // cores.) `turn` is the number of pieces written, or `abandoned` once a thread failed, so that
    // no thread waits for a piece that will never come.
    constexpr std::size_t abandoned = std::numeric_limits<std::size_t>::max();
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> turn{0};
    auto formatAndWrite = [&] {
        JsonWriter part = shape;
        for (std::size_t k = next++; k < pieces; k = next++) {
            part.restartFragment(qsizetype(k * piece));
            try {
                for (std::size_t i = k * piece; i < std::min(count, (k + 1) * piece); ++i)
                    writeOne(part, i);
            } catch (...) {
                turn.store(abandoned);
                turn.notify_all();
                throw;
            }
            for (std::size_t t = turn.load(); t != k; t = turn.load()) {
                if (t == abandoned)
                    return;
                turn.wait(t);
            }
            if (ok_)
                ok_ = out_.drainWith(part, device_);
            std::size_t expected = k;
            const bool going = turn.compare_exchange_strong(expected, k + 1);
            turn.notify_all();
            if (!going)
                return;
        }
    };
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    const std::atomic_bool never{false};
    parallelFor(
        threads, never, [&](std::size_t) { formatAndWrite(); }, threads);
    out_.endArray();
}

// The alignment as alignmentToJson() gives it, written as it goes: at 1,000 one-story articles its
// rows are a million cells, which as a QJsonObject tree were built and then written on one thread
// before anything else (keys in QJsonObject's sorted order).
void AnalysisWriter::alignment() {
    const Alignment& a = analysis_.alignment;
    JsonWriter& w = out_;
    auto range = [&w](int first, int count) {
        w.beginArray();
        w.value(first);
        w.value(count);
        w.endArray();
    };
    w.beginObject();
    w.key("documents");
    w.beginArray();
    for (int d : a.documents)
        w.value(d >= 0 && d < int(docs_.size()) ? docs_[size_t(d)].id : QString());
    w.endArray();
    w.key("reference");
    if (a.reference >= 0 && a.reference < int(docs_.size()))
        w.value(docs_[size_t(a.reference)].id);
    else
        w.null();
    w.key("row_info");
    w.beginArray();
    for (const AlignedRow& row : a.rows) {
        w.beginObject();
        if (row.counterpart >= 0) {
            w.key("counterpart");
            w.value(row.counterpart);
        }
        if (!row.diffs.empty()) {
            w.key("diffs");
            w.beginArray();
            for (const CellDiff& d : row.diffs) {
                w.beginObject();
                w.key("base");
                w.beginArray();
                w.value(d.baseRow);
                w.value(d.baseColumn);
                w.endArray();
                w.key("changes");
                w.beginArray();
                for (const WordEdit& e : d.edits) {
                    if (e.op == EditOp::Equal)
                        continue;
                    w.beginObject();
                    w.key("a");
                    range(e.firstA, e.countA);
                    w.key("b");
                    range(e.firstB, e.countB);
                    w.key("op");
                    w.value(editOpName(e.op));
                    w.endObject();
                }
                w.endArray();
                w.key("column");
                w.value(d.column);
                if (!d.formatting.empty()) {
                    w.key("formatting");
                    w.beginArray();
                    for (const NumberFormatting& f : d.formatting) {
                        w.beginObject();
                        w.key("a");
                        range(f.firstA, f.countA);
                        w.key("b");
                        range(f.firstB, f.countB);
                        w.key("value");
                        // As QJsonValue(double) keeps it: a whole number up to 2^53 is an integer
                        // ("3000000", where the double would be written 3e+06).
                        if (std::trunc(f.value) == f.value && std::fabs(f.value) <= 9007199254740992.0)
                            w.value(qint64(f.value));
                        else
                            w.value(f.value);
                        w.endObject();
                    }
                    w.endArray();
                }
                w.endObject();
            }
            w.endArray();
        }
        const auto grouped = [](const Cell& cell) { return cell.count > 1; };
        if (std::any_of(row.cells.begin(), row.cells.end(), grouped)) {
            w.key("groups");
            w.beginArray();
            for (int c = 0; c < int(row.cells.size()); ++c)
                if (grouped(row.cells[size_t(c)])) {
                    w.beginArray();
                    w.value(c);
                    w.value(row.cells[size_t(c)].first);
                    w.value(row.cells[size_t(c)].count);
                    w.endArray();
                }
            w.endArray();
        }
        w.key("kind");
        w.value(rowKindName(row.kind));
        if (std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return cell.moved; })) {
            w.key("moved");
            w.beginArray();
            for (int c = 0; c < int(row.cells.size()); ++c)
                if (row.cells[size_t(c)].moved)
                    w.value(c);
            w.endArray();
        }
        if (!row.movedRows.empty()) {
            w.key("moved_rows");
            w.beginArray();
            for (int r : row.movedRows)
                w.value(r);
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    w.key("rows");
    w.beginArray();
    for (const AlignedRow& row : a.rows) {
        w.beginArray();
        for (const Cell& cell : row.cells)
            if (cell.isGap())
                w.null();
            else
                w.value(cell.first);
        w.endArray();
    }
    w.endArray();
    w.endObject();
}

void AnalysisWriter::document(JsonWriter& w, const Document& doc) const {
    const bool text = options_.includeText;
    w.beginObject();
    w.key("attribution");
    w.stringOrNull(doc.attribution);
    if (text) {
        w.key("boilerplate");
        w.beginArray();
        for (const Boilerplate& b : doc.boilerplate) {
            w.beginObject();
            w.key("end");
            w.value(qint64(b.span.end));
            w.key("kind");
            w.value(boilerplateKindName(b.kind));
            w.key("start");
            w.value(qint64(b.span.start));
            w.key("text");
            w.value(doc.textOf(b.span));
            w.endObject();
        }
        w.endArray();
    }
    w.key("byline");
    w.stringOrNull(doc.byline);
    w.key("bytes");
    w.value(qint64(doc.bytes));
    w.key("date");
    w.stringOrNull(doc.date);
    w.key("dateline");
    w.stringOrNull(doc.dateline);
    w.key("encoding");
    w.value(doc.encoding);
    w.key("format");
    w.value(doc.format);
    w.key("id");
    w.value(doc.id);
    w.key("paragraphs");
    w.value(qint64(doc.paragraphs.size()));
    w.key("path");
    w.value(doc.path);
    w.key("published");
    w.stringOrNull(doc.published);
    w.key("sentence_count");
    w.value(qint64(doc.sentences.size()));
    if (text) {
        w.key("sentences");
        w.beginArray();
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            const Span s = doc.sentences[i].span;
            w.beginObject();
            w.key("end");
            w.value(qint64(s.end));
            w.key("index");
            w.value(qint64(i));
            w.key("paragraph");
            w.value(doc.sentences[i].paragraph);
            w.key("start");
            w.value(qint64(s.start));
            w.key("text");
            w.value(doc.textOf(s));
            w.endObject();
        }
        w.endArray();
    }
    w.key("sha256");
    w.stringOrNull(doc.sha256);
    w.key("source");
    w.stringOrNull(doc.source);
    if (text) {
        w.key("text");
        w.value(doc.text);
    }
    w.key("title");
    w.value(doc.title);
    w.key("title_from_text");
    w.value(doc.titleFromText);
    w.key("warnings");
    w.beginArray();
    for (const QString& warning : doc.warnings)
        w.value(warning);
    w.endArray();
    w.key("words");
    w.value(doc.wordCount());
    w.endObject();
}

void AnalysisWriter::pair(JsonWriter& w, const DocumentPair& p) const {
    w.beginObject();
    w.key("a");
    w.preformatted(ids_[size_t(p.a)]);
    w.key("b");
    w.preformatted(ids_[size_t(p.b)]);
    w.key("containment_a_in_b");
    w.value(rounded(p.containmentAInB));
    w.key("containment_b_in_a");
    w.value(rounded(p.containmentBInA));
    w.key("evidence");
    w.value(p.evidence);
    w.key("original");
    if (p.original >= 0)
        w.preformatted(ids_[size_t(p.original)]);
    else
        w.null();
    w.key("relation");
    w.value(relationName(p.relation));
    w.key("resemblance");
    w.value(rounded(p.resemblance));
    w.key("shared_sentences");
    w.value(p.sharedSentences);
    w.endObject();
}

// The names of the match kinds and edit operations as JSON strings, for the compact fast path:
// matchKindName and editOpName quoted once, not once per shared sentence.
std::string_view quotedKind(MatchKind kind) {
    static const QByteArray names[] = {JsonWriter::quoted(matchKindName(MatchKind::Identical)),
                                       JsonWriter::quoted(matchKindName(MatchKind::NearIdentical)),
                                       JsonWriter::quoted(matchKindName(MatchKind::Paraphrase))};
    const QByteArray& name = names[std::min<std::size_t>(std::size_t(kind), std::size(names) - 1)];
    return {name.constData(), std::size_t(name.size())};
}

std::string_view quotedOp(EditOp op) {
    static const QByteArray names[] = {
        JsonWriter::quoted(editOpName(EditOp::Equal)), JsonWriter::quoted(editOpName(EditOp::Insert)),
        JsonWriter::quoted(editOpName(EditOp::Delete)), JsonWriter::quoted(editOpName(EditOp::Replace))};
    const QByteArray& name = names[std::min<std::size_t>(std::size_t(op), std::size(names) - 1)];
    return {name.constData(), std::size_t(name.size())};
}

void AnalysisWriter::match(JsonWriter& w, const SentenceMatch& m) const {
    if (w.compact()) {
        // Three million of these in a one-story folder of 1,000 articles: written as bytes, the
        // same bytes as the general path below and as QJsonDocument (tests/pipeline/test_json_writer.cpp).
        // They are put together in a buffer on the stack and appended at once: thirty appends of a
        // few bytes each, every one a call to memcpy, were a third of the time of the JSON.
        const std::span<const WordEdit> edits = analysis_.reuse.editsOf(m);
        const QByteArray& a = ids_[size_t(m.docA)];
        const QByteArray& b = ids_[size_t(m.docB)];
        constexpr std::size_t number = JsonWriter::maxNumberBytes;
        // Literal text and names, then the numbers: a match has five numbers, an edit four.
        const std::size_t room =
            128 + 5 * number + std::size_t(a.size() + b.size()) + edits.size() * (48 + 4 * number);
        char onStack[4096];
        thread_local std::vector<char> onHeap;
        if (room > sizeof onStack)
            onHeap.resize(room);
        char* const start = room > sizeof onStack ? onHeap.data() : onStack;
        char* p = start;
        auto put = [&p](std::string_view text) {
            std::memcpy(p, text.data(), text.size());
            p += text.size();
        };
        put("{\"a\":");
        put({a.constData(), std::size_t(a.size())});
        put(",\"a_count\":");
        p = JsonWriter::writeNumber(p, qint64(m.countA));
        put(",\"a_index\":");
        p = JsonWriter::writeNumber(p, qint64(m.firstA));
        put(",\"b\":");
        put({b.constData(), std::size_t(b.size())});
        put(",\"b_count\":");
        p = JsonWriter::writeNumber(p, qint64(m.countB));
        put(",\"b_index\":");
        p = JsonWriter::writeNumber(p, qint64(m.firstB));
        put(",\"edits\":[");
        for (std::size_t k = 0; k < edits.size(); ++k) {
            const WordEdit& e = edits[k];
            put(k ? ",{\"a\":[" : "{\"a\":[");
            p = JsonWriter::writeNumber(p, qint64(e.firstA));
            put(",");
            p = JsonWriter::writeNumber(p, qint64(e.countA));
            put("],\"b\":[");
            p = JsonWriter::writeNumber(p, qint64(e.firstB));
            put(",");
            p = JsonWriter::writeNumber(p, qint64(e.countB));
            put("],\"op\":");
            put(quotedOp(e.op));
            put("}");
        }
        put("],\"kind\":");
        put(quotedKind(m.kind));
        put(",\"score\":");
        p = JsonWriter::writeNumber(p, rounded(m.score));
        put("}");
        w.rawValue().append(start, std::size_t(p - start));
        return;
    }
    w.beginObject();
    w.key("a");
    w.preformatted(ids_[size_t(m.docA)]);
    w.key("a_count");
    w.value(m.countA);
    w.key("a_index");
    w.value(m.firstA);
    w.key("b");
    w.preformatted(ids_[size_t(m.docB)]);
    w.key("b_count");
    w.value(m.countB);
    w.key("b_index");
    w.value(m.firstB);
    w.key("edits");
    w.beginArray();
    for (const WordEdit& e : analysis_.reuse.editsOf(m)) {
        w.beginObject();
        w.key("a");
        w.beginArray();
        w.value(e.firstA);
        w.value(e.countA);
        w.endArray();
        w.key("b");
        w.beginArray();
        w.value(e.firstB);
        w.value(e.countB);
        w.endArray();
        w.key("op");
        w.value(editOpName(e.op));
        w.endObject();
    }
    w.endArray();
    w.key("kind");
    w.value(matchKindName(m.kind));
    w.key("score");
    w.value(rounded(m.score));
    w.endObject();
}

// Additive to version 1: syndication families (Families.h), the biggest first.
void AnalysisWriter::families() {
    out_.beginArray();
    int familyId = 0;
    for (const ReprintFamily& f : findFamilies(docs_, analysis_.reuse)) {
        out_.beginObject();
        out_.key("edited");
        out_.value(f.edited);
        out_.key("id");
        out_.value(QStringLiteral("f%1").arg(++familyId));
        out_.key("members");
        out_.beginArray();
        for (int m : f.members)
            out_.preformatted(ids_[size_t(m)]);
        out_.endArray();
        out_.key("original");
        if (f.original >= 0)
            out_.preformatted(ids_[size_t(f.original)]);
        else
            out_.null();
        out_.key("representative");
        out_.preformatted(ids_[size_t(f.representative)]);
        out_.endObject();
    }
    out_.endArray();
}

bool AnalysisWriter::write() {
    // The claims' tree is built on another core while the alignment's is built and written here:
    // each is a few megabytes at 1,000 one-story articles, and both were made on this thread alone.
    // (Built here, later, when the system refuses a thread.)
    std::future<QJsonArray> claims = std::async(std::launch::async | std::launch::deferred,
                                                [this] { return claimsToJson(analysis_.claims, docs_); });
    out_.beginObject();
    out_.key("alignment");
    // Present whatever the scope, so readers of version 1 can rely on every key.
    if (analysis_.alignment.rows.empty())
        out_.value(QJsonObject{{u"documents"_qs, QJsonArray()}, {u"rows"_qs, QJsonArray()}});
    else
        alignment();
    out_.key("claims");
    out_.value(claims.get());
    drainIfFull();
    out_.key("documents");
    // A document with its text is kilobytes of JSON, without it a few hundred bytes: pieces of
    // 256 keep both cores busy on 20,000 of those instead of starting threads for 128 at a time.
    const std::size_t documentsPerPiece = options_.includeText ? 8 : 256;
    parallelArray(docs_.size(), documentsPerPiece,
                  [&](JsonWriter& w, std::size_t d) { document(w, docs_[d]); });
    out_.key("families");
    families();
    out_.key("folder");
    out_.value(analysis_.corpus.folder);
    out_.key("format");
    out_.value(QStringLiteral("parallax-analysis"));
    out_.key("generator");
    out_.value(QStringLiteral("parallax " PARALLAX_VERSION));
    const ReuseResult& reuse = analysis_.reuse;
    out_.key("pairs");
    parallelArray(reuse.pairs.size(), 1024, [&](JsonWriter& w, std::size_t i) { pair(w, reuse.pairs[i]); });
    out_.key("shared_sentences");
    parallelArray(reuse.matches.size(), 1024,
                  [&](JsonWriter& w, std::size_t i) { match(w, reuse.matches[i]); });
    out_.key("skipped");
    out_.beginArray();
    for (const SkippedFile& s : analysis_.corpus.skipped) {
        out_.beginObject();
        out_.key("path");
        out_.value(s.path);
        out_.key("reason");
        out_.value(s.reason);
        out_.endObject();
    }
    out_.endArray();
    if (options_.verdicts) {
        out_.key("verdicts");
        out_.value(verdictsToJson(*options_.verdicts, analysis_.claims, analysis_.reuse.pairs, docs_));
    }
    out_.key("version");
    out_.value(formatVersion);
    out_.endObject();
    return out_.drainTo(device_) && ok_;
}

} // namespace

bool writeAnalysisJson(QIODevice& device, const Analysis& analysis, const JsonOptions& options,
                       JsonStyle style) {
    return AnalysisWriter(device, analysis, options, style).write();
}

} // namespace parallax
