#include "report/ReportSections.h"

#include "report/HtmlText.h"
#include "report/ReprintEdits.h"

namespace parallax {
namespace {

using html::esc;

// Reprints shown word by word; past it the rest are listed with their counts only, so a folder of
// a hundred copies of one wire story stays a report, not the story a hundred times.
constexpr int kReprintsInDetail = 6;

QString tokensText(const Document& doc, int first, int count) {
    if (count <= 0 || first < 0 || first + count > int(doc.tokens.size()))
        return QString();
    return esc(
        doc.textOf({doc.tokens[size_t(first)].span.start, doc.tokens[size_t(first + count - 1)].span.end}));
}

// The copy's sentence as printed, with the source's words it dropped struck through and the
// words it put in underlined. Text between the words (spaces, punctuation) is the copy's.
QString diffedSentence(const ReportContext& c, const ReprintEdits& e, const SentenceMatch& m) {
    const Document& copy = c.doc(e.copy);
    const Document& source = c.doc(e.source);
    const MatchSide side = matchSideOf(m, e.copy);
    const Span sentence{copy.sentences[size_t(side.first)].span.start,
                        copy.sentences[size_t(side.first + side.count - 1)].span.end};
    const std::span<const WordEdit> edits = c.analysis.reuse.editsOf(m);
    if (edits.empty() || copy.tokens.empty() || source.tokens.empty())
        return esc(copy.textOf(sentence));
    const bool copyIsA = m.docA == e.copy;
    QString h;
    qsizetype cursor = sentence.start;
    auto copyRun = [&](int first, int count, const char* cls) {
        if (count <= 0)
            return;
        const Span run{copy.tokens[size_t(first)].span.start,
                       copy.tokens[size_t(first + count - 1)].span.end};
        h += esc(copy.textOf({cursor, run.start}));
        h += cls ? QStringLiteral("<span class=\"%1\">%2</span>")
                       .arg(QLatin1String(cls), esc(copy.textOf(run)))
                 : esc(copy.textOf(run));
        cursor = run.end;
    };
    for (const WordEdit& w : edits) {
        const int copyFirst = copyIsA ? w.firstA : w.firstB, copyCount = copyIsA ? w.countA : w.countB;
        const int sourceFirst = copyIsA ? w.firstB : w.firstA, sourceCount = copyIsA ? w.countB : w.countA;
        if (w.op == EditOp::Equal) {
            copyRun(copyFirst, copyCount, nullptr);
            continue;
        }
        if (sourceCount > 0)
            h += QStringLiteral(" <span class=\"del\">%1</span>")
                     .arg(tokensText(source, sourceFirst, sourceCount));
        copyRun(copyFirst, copyCount, "ins");
    }
    return h + esc(copy.textOf({cursor, sentence.end}));
}

QString sentenceList(const Document& doc, const std::vector<int>& sentences) {
    QString h = QStringLiteral("<ul class=\"sentences\">\n");
    for (int s : sentences)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(doc.sentenceText(s)));
    return h + QStringLiteral("</ul>\n");
}

QString reprintDetail(const ReportContext& c, const DocumentPair& p) {
    const ReprintEdits e = reprintEdits(c.analysis, p);
    QString h =
        QStringLiteral("<h2>%1 %2 %3</h2>\n")
            .arg(esc(c.name(e.copy)), e.directionKnown ? QStringLiteral("reprints") : QStringLiteral("and"),
                 esc(c.name(e.source)));
    h +=
        QStringLiteral(
            "<p>%1 <b>Kept:</b> %2 sentences word for word. <b>Edited:</b> %3 sentences (%4 words "
            "changed, %5 added, %6 dropped). <b>Added:</b> %7 sentences. <b>Dropped:</b> %8 sentences.</p>\n")
            .arg(esc(p.evidence))
            .arg(e.sentencesKept)
            .arg(e.sentencesEdited)
            .arg(e.wordsChanged)
            .arg(e.wordsAdded)
            .arg(e.wordsDropped)
            .arg(e.sentencesAdded.size())
            .arg(e.sentencesDropped.size());
    h += html::tableStart(
        {QStringLiteral("#"), QStringLiteral("%1, against %2").arg(c.name(e.copy), c.name(e.source))},
        QStringLiteral("diff"), {5, 95});
    for (const SentenceMatch* m : e.matches)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                 .arg(matchSideOf(*m, e.copy).first + 1)
                 .arg(diffedSentence(c, e, *m));
    h += html::tableEnd();
    if (!e.sentencesAdded.empty())
        h += QStringLiteral("<h3>Only in %1</h3>\n").arg(esc(c.name(e.copy))) +
             sentenceList(c.doc(e.copy), e.sentencesAdded);
    if (!e.sentencesDropped.empty())
        h += QStringLiteral("<h3>Only in %1</h3>\n").arg(esc(c.name(e.source))) +
             sentenceList(c.doc(e.source), e.sentencesDropped);
    return h;
}

} // namespace

QString reprintSection(const ReportContext& c) {
    std::vector<const DocumentPair*> reprints;
    for (const DocumentPair& p : c.analysis.reuse.pairs)
        if (p.relation == Relation::Reprint)
            reprints.push_back(&p);
    QString h = html::chapter(QStringLiteral("reprints"), QStringLiteral("Reprints, word by word"));
    if (reprints.empty())
        return h + QStringLiteral("<p>No article is a reprint of another.</p>\n");
    h += QStringLiteral(
        "<p>Each sentence of the copy beside the source's: <span class=\"del\">struck through</span> "
        "are the source's words the copy dropped or replaced, <span class=\"ins\">underlined</span> "
        "the words the copy put in.</p>\n");
    for (size_t i = 0; i < reprints.size() && i < size_t(kReprintsInDetail); ++i)
        h += reprintDetail(c, *reprints[i]);
    if (reprints.size() > size_t(kReprintsInDetail)) {
        h += QStringLiteral("<h2>Further reprints</h2>\n<ul>\n");
        for (size_t i = kReprintsInDetail; i < reprints.size(); ++i)
            h += QStringLiteral("<li>%1</li>\n")
                     .arg(esc(
                         QStringLiteral("%1 ~ %2: %3")
                             .arg(c.name(reprints[i]->a), c.name(reprints[i]->b), reprints[i]->evidence)));
        h += QStringLiteral("</ul>\n");
    }
    return h;
}

} // namespace parallax
