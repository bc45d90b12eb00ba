#pragma once

#include "text/Span.h"
#include "text/WordTokenizer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace parallax {

// Text that is kept for display but never analysed: captions, credits, metadata lines, promotions.
enum class BoilerplateKind {
    Metadata,    // a leading "date 2025-07-04" line, a "Source: ..." header, front matter
    Title,       // the headline, when the file carries one
    Dateline,    // "KYIV, Ukraine —" at the start of the first paragraph
    Caption,     // a photo caption together with its credit
    Credit,      // a credit line on its own ("Photograph: NAME/AGENCY")
    Attribution, // a closing "– Guardian"
    Related,     // "Also Read: ...", "Read more: ...", "Related: ..."
    Promotion,   // newsletter sign-ups, "Advertisement", "Share this article"
};

QString boilerplateKindName(BoilerplateKind kind); // the JSON spelling: "caption", "also-read" ...

struct Boilerplate {
    Span span;
    BoilerplateKind kind;
};

struct Paragraph {
    Span span;
};

struct Sentence {
    Span span;
    int paragraph = 0;  // index into Document::paragraphs
    int firstToken = 0; // tokens [firstToken, firstToken + tokenCount) of Document::tokens
    int tokenCount = 0;
};

// One article as the user sees it and as the engine analyses it. A plain value: copyable, no Qt
// object, safe to hand between threads. Every span indexes `text`.
struct Document {
    QString id;   // file name without extension, unique in the corpus (see CorpusLoader)
    QString path; // absolute path of the file it was read from
    QString relativePath;
    QString format;   // "text", "markdown" or "html"
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1252" ...
    QString sha256;   // hex digest of the file's bytes, for the report's evidence list
    qint64 bytes = 0;

    QString title;              // headline if the file has one; otherwise the start of the first sentence
    bool titleFromText = false; // true when `title` was derived from the first sentence
    QString source;             // the publishing outlet: og:site_name, front matter or a "Source:" line
    QString attribution;        // whom a closing credit names as the author ("– Guardian"): in a reprint,
                                // the original outlet, which is why it is not taken as `source`
    QString byline;             // "Jane Roe" from a "By Jane Roe" line
    QString date;               // ISO 8601 date (YYYY-MM-DD) when the file says it: the day as written
    QString published; // ISO 8601 moment of the version we have, when the file says it (ArticleTime.h):
                       // "2005-11-28T02:24Z" (zone given, in UTC), "2005-11-28T02:24" (local time,
                       // zone unknown) or "2005-11-28" (no time known). The last update when it came
                       // within three days of the publication, else the publication.
    QString dateline;  // "KYIV, Ukraine" when the first paragraph starts with one

    QString text; // the display text: decoded, NFC, line ends "\n", paragraphs split by "\n\n"
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences; // analysed prose only: boilerplate is never in a sentence
    std::vector<Token> tokens;       // the words of the sentences, in order (empty while released)
    std::vector<Boilerplate> boilerplate;
    QStringList warnings; // e.g. "not valid UTF-8: read as windows-1252"

    // From the sentences, so it holds while the tokens are released (DocumentTokens.h).
    int wordCount() const {
        return sentences.empty() ? 0 : sentences.back().firstToken + sentences.back().tokenCount;
    }
    QStringView textOf(Span span) const { return QStringView(text).mid(span.start, span.length()); }
    QStringView sentenceText(int index) const { return textOf(sentences[size_t(index)].span); }
};

} // namespace parallax
