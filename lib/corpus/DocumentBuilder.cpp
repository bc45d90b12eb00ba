#include "corpus/DocumentBuilder.h"

#include "corpus/ArticleTime.h"
#include "corpus/BoilerplateDetector.h"
#include "corpus/HtmlExtractor.h"
#include "corpus/MarkdownText.h"
#include "corpus/ParagraphLayout.h"
#include "corpus/PlainTextMetadata.h"
#include "text/SentenceSegmenter.h"

#include <algorithm>

namespace parallax {
namespace {

// Paragraph spans of text whose blocks are already separated by blank lines (HTML extraction
// output), without changing the text, so spans the extractor gave stay valid.
std::vector<Span> blankLineParagraphs(QStringView text) {
    std::vector<Span> out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QStringView(u"\n\n"), start);
        if (end < 0)
            end = text.size();
        Span s{start, end};
        while (s.start < s.end && text[s.start].isSpace())
            ++s.start;
        while (s.end > s.start && text[s.end - 1].isSpace())
            --s.end;
        if (!s.isEmpty())
            out.push_back(s);
        start = end + 2;
    }
    return out;
}

// The parts of `regions` not covered by `cut` (both sorted by start), trimmed of whitespace.
std::vector<Span> subtract(QStringView text, const std::vector<Span>& regions, std::vector<Boilerplate> cut) {
    std::sort(cut.begin(), cut.end(),
              [](const Boilerplate& a, const Boilerplate& b) { return a.span.start < b.span.start; });
    std::vector<Span> out;
    auto emit = [&](Span s) {
        while (s.start < s.end && (text[s.start].isSpace() || text[s.start] == u'–' || text[s.start] == u'—'))
            ++s.start;
        while (s.end > s.start && text[s.end - 1].isSpace())
            --s.end;
        if (!s.isEmpty())
            out.push_back(s);
    };
    for (Span region : regions) {
        qsizetype pos = region.start;
        for (const Boilerplate& b : cut) {
            if (b.span.end <= pos || b.span.start >= region.end)
                continue;
            if (b.span.start > pos)
                emit({pos, b.span.start});
            pos = std::max(pos, b.span.end);
        }
        if (pos < region.end)
            emit({pos, region.end});
    }
    return out;
}

qsizetype skipSpaces(QStringView text, qsizetype pos, qsizetype end) {
    while (pos < end && text[pos].isSpace())
        ++pos;
    return pos;
}

// Metadata lines at the top of the file: timestamp, date, source and byline lines, possibly several
// in one paragraph (seed 002 starts "date 2025-07-04" and goes on with a caption). The timestamps
// of all these lines together give the publication moment: "7 July 2012" then "Last updated at
// 22:46 GMT" is one moment.
void readLeadingMetadata(Document& doc, std::vector<Boilerplate>& boilerplate) {
    constexpr size_t leadingParagraphs = 5;
    std::vector<Timestamp> stamps;
    for (size_t i = 0; i < std::min(leadingParagraphs, doc.paragraphs.size()); ++i) {
        Span rest = doc.paragraphs[i].span;
        if (auto timestamp = findTimestampLine(doc.text, rest)) {
            boilerplate.push_back(timestamp->span);
            stamps.insert(stamps.end(), timestamp->stamps.begin(), timestamp->stamps.end());
            continue;
        }
        QString kind;
        while (!rest.isEmpty()) {
            const auto field = findMetadataLine(doc.text, rest, &kind);
            if (!field)
                break;
            boilerplate.push_back(field->span);
            if (kind == u"date")
                stamps.push_back({QDate::fromString(field->value, Qt::ISODate), {}, {}, false});
            else if (kind == u"source" && doc.source.isEmpty())
                doc.source = field->value;
            else if (kind == u"byline" && doc.byline.isEmpty())
                doc.byline = field->value;
            rest.start = skipSpaces(doc.text, field->span.span.end, rest.end);
        }
    }
    const ArticleMoments moments = resolveTimestamps(std::move(stamps));
    if (doc.date.isEmpty())
        doc.date = moments.date;
    if (doc.published.isEmpty())
        doc.published = versionMoment(moments.published, moments.updated);
}

bool isWholeParagraph(const Document& doc, Span s) {
    return std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(),
                       [&](const Paragraph& p) { return p.span == s; });
}

QString titleFromFirstSentence(QStringView sentence) {
    constexpr qsizetype maxLength = 90;
    if (sentence.size() <= maxLength)
        return sentence.toString();
    qsizetype cut = sentence.lastIndexOf(u' ', maxLength);
    if (cut < maxLength / 2)
        cut = maxLength;
    return sentence.first(cut).toString() + QStringLiteral("…");
}

// `wordHashes` (optional, without tokens): every word's key hash, from the pass that counts them.
void findSentences(Document& doc, const std::vector<Span>& prose, const SentenceSegmenter& segmenter,
                   bool withTokens, std::vector<std::uint64_t>* wordHashes) {
    size_t paragraph = 0;
    int tokens = 0;
    for (Span region : prose) {
        while (paragraph + 1 < doc.paragraphs.size() && doc.paragraphs[paragraph].span.end <= region.start)
            ++paragraph;
        for (Span s : segmenter.split(doc.text, region)) {
            std::vector<Token> words;
            int count = 0;
            if (withTokens) {
                words = tokenizeWords(doc.text, s);
                count = int(words.size());
            } else {
                count = wordHashes ? hashWords(doc.text, s, *wordHashes) : countWords(doc.text, s);
            }
            if (count == 0)
                continue; // a stray bracket or dash left between boilerplate spans
            Sentence sentence;
            sentence.span = s;
            sentence.paragraph = int(paragraph);
            sentence.firstToken = tokens;
            sentence.tokenCount = count;
            doc.sentences.push_back(sentence);
            tokens += count;
            std::move(words.begin(), words.end(), std::back_inserter(doc.tokens));
        }
    }
}

} // namespace

void buildDocument(Document& doc, const QString& decodedText, ArticleFormat format,
                   const SentenceSegmenter& segmenter, bool withTokens,
                   std::vector<std::uint64_t>* wordHashes) {
    doc.format = articleFormatName(format);
    std::vector<Span> paragraphs;
    std::vector<Boilerplate> boilerplate;
    switch (format) {
    case ArticleFormat::Html: {
        HtmlArticle html = extractHtmlArticle(decodedText);
        doc.text = std::move(html.text);
        paragraphs = blankLineParagraphs(doc.text);
        boilerplate = std::move(html.boilerplate);
        if (doc.title.isEmpty())
            doc.title = html.title;
        if (doc.source.isEmpty())
            doc.source = html.source;
        if (doc.date.isEmpty())
            doc.date = html.date;
        if (doc.published.isEmpty())
            doc.published = html.published;
        break;
    }
    case ArticleFormat::Markdown: {
        MarkdownArticle md = readMarkdownArticle(decodedText);
        ParagraphText laidOut = layOutParagraphs(md.text, /*alwaysJoinLines=*/true);
        doc.text = std::move(laidOut.text);
        paragraphs = std::move(laidOut.paragraphs);
        if (doc.title.isEmpty())
            doc.title = md.title;
        if (doc.source.isEmpty())
            doc.source = md.source;
        if (doc.date.isEmpty())
            doc.date = md.date;
        if (doc.published.isEmpty())
            doc.published = md.published;
        break;
    }
    case ArticleFormat::Text: {
        ParagraphText laidOut = layOutParagraphs(decodedText);
        doc.text = std::move(laidOut.text);
        paragraphs = std::move(laidOut.paragraphs);
        break;
    }
    }
    doc.paragraphs.clear();
    for (Span p : paragraphs)
        doc.paragraphs.push_back({p});

    readLeadingMetadata(doc, boilerplate);
    std::vector<Span> remaining = subtract(doc.text, paragraphs, boilerplate);
    for (const Boilerplate& b : findBoilerplate(doc.text, remaining))
        boilerplate.push_back(b);
    remaining = subtract(doc.text, paragraphs, boilerplate);

    const bool hasTitleSpan = std::any_of(boilerplate.begin(), boilerplate.end(), [](const Boilerplate& b) {
        return b.kind == BoilerplateKind::Title;
    });
    if (!hasTitleSpan && remaining.size() > 1 && isWholeParagraph(doc, remaining.front()) &&
        looksLikeHeadline(doc.textOf(remaining.front()))) {
        boilerplate.push_back({remaining.front(), BoilerplateKind::Title});
        const QString headline = doc.textOf(remaining.front()).toString();
        if (doc.title.isEmpty() || format == ArticleFormat::Markdown)
            doc.title = doc.title.isEmpty() ? headline : doc.title;
        remaining.erase(remaining.begin());
    }
    if (!remaining.empty()) {
        if (const auto dateline = findDateline(doc.text, remaining.front())) {
            boilerplate.push_back(dateline->span);
            doc.dateline = dateline->value;
        }
        if (const auto attribution = findAttribution(doc.text, remaining.back())) {
            boilerplate.push_back(attribution->span);
            doc.attribution = attribution->value;
        }
    }
    std::sort(boilerplate.begin(), boilerplate.end(),
              [](const Boilerplate& a, const Boilerplate& b) { return a.span.start < b.span.start; });
    doc.boilerplate = boilerplate;

    doc.sentences.clear();
    doc.tokens.clear();
    if (wordHashes)
        wordHashes->clear();
    findSentences(doc, subtract(doc.text, paragraphs, boilerplate), segmenter, withTokens,
                  withTokens ? nullptr : wordHashes);
    if (doc.title.isEmpty() && !doc.sentences.empty()) {
        doc.title = titleFromFirstSentence(doc.sentenceText(0));
        doc.titleFromText = true;
    }
}

} // namespace parallax
