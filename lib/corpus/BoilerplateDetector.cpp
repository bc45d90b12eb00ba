#include "corpus/BoilerplateDetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace parallax {
namespace {

// Words that end an agency name of two words ("Getty Images", "Associated Press").
bool isAgencySuffix(QStringView word) {
    static const QStringList suffixes{
        QStringLiteral("Images"), QStringLiteral("Pictures"), QStringLiteral("Photos"),
        QStringLiteral("Press"),  QStringLiteral("News"),     QStringLiteral("Agency"),
        QStringLiteral("Media"),  QStringLiteral("Wire"),     QStringLiteral("Service"),
        QStringLiteral("Photo"),  QStringLiteral("Stock"),    QStringLiteral("Pool")};
    return suffixes.contains(word.toString());
}

bool isNameWord(QStringView word) {
    return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
}

struct Word {
    qsizetype start;
    qsizetype end;
};

// The next run of non-space characters in [from, limit).
std::optional<Word> nextWord(QStringView text, qsizetype from, qsizetype limit) {
    while (from < limit && text[from].isSpace())
        ++from;
    if (from >= limit)
        return std::nullopt;
    qsizetype end = from;
    while (end < limit && !text[end].isSpace())
        ++end;
    return Word{from, end};
}

// Where the caption that ends just before `marker` begins: after the previous sentence end in the
// same paragraph, or at the paragraph start.
qsizetype captionStart(QStringView text, Span paragraph, qsizetype marker) {
    qsizetype i = marker - 1;
    while (i > paragraph.start && (text[i].isSpace() || QStringView(u".!?”\"’)").contains(text[i])))
        --i; // skip the caption's own closing punctuation
    for (; i > paragraph.start; --i) {
        if (!QStringView(u".!?").contains(text[i - 1]) || !text[i].isSpace())
            continue;
        qsizetype next = i;
        while (next < marker && text[next].isSpace())
            ++next;
        // "Mr. Smith", "J. Smith": a short word before the stop is an abbreviation, not an end.
        qsizetype wordStart = i - 1;
        while (wordStart > paragraph.start && text[wordStart - 1].isLetter())
            --wordStart;
        const bool abbreviation = (i - 1 - wordStart) <= 2 && text[wordStart].isUpper();
        if (next < marker && (text[next].isUpper() || text[next] == u'“' || text[next] == u'"') &&
            !abbreviation)
            return next;
    }
    return paragraph.start;
}

void findCaptions(QStringView text, Span paragraph, std::vector<Boilerplate>& out) {
    static const QRegularExpression marker(QStringLiteral(
        R"(\b(?:Photograph|Photo|Photos|Picture|Image|Illustration|Composite|Video|Credit)s?\s*:\s+)"));
    const QString p = text.mid(paragraph.start, paragraph.length()).toString();
    qsizetype searchFrom = 0;
    for (auto it = marker.globalMatch(p); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < searchFrom)
            continue;
        const qsizetype markerStart = paragraph.start + m.capturedStart();
        const qsizetype start =
            std::max(captionStart(text, paragraph, markerStart), paragraph.start + searchFrom);
        qsizetype end = creditEnd(text, paragraph.start + m.capturedEnd(), paragraph.end);
        // Trailing brackets or a full stop after the credit belong to it.
        while (end < paragraph.end && QStringView(u").]").contains(text[end]))
            ++end;
        const BoilerplateKind kind =
            start == markerStart ? BoilerplateKind::Credit : BoilerplateKind::Caption;
        out.push_back({{start, end}, kind});
        searchFrom = end - paragraph.start;
    }
}

bool isWholeParagraph(QStringView p, const QRegularExpression& re) {
    return re.match(p).hasMatch();
}

} // namespace

qsizetype creditEnd(QStringView text, qsizetype from, qsizetype limit) {
    // Name words up to a slash ("Andrew Kravchenko/Bloomberg"), the agency after it (two words with
    // a suffix such as "Images"), then "via AGENCY" the same way. Anything else ends the credit: the
    // next sentence of prose often follows on the same line.
    auto wordAt = [&](const Word& w) { return text.sliced(w.start, w.end - w.start); };
    auto withSuffix = [&](qsizetype agencyEnd) {
        auto second = nextWord(text, agencyEnd, limit);
        return second && isAgencySuffix(wordAt(*second)) ? second->end : agencyEnd;
    };
    qsizetype end = from;
    qsizetype pos = from;
    int nameWords = 0;
    while (auto word = nextWord(text, pos, limit)) {
        const QStringView w = wordAt(*word);
        if (w == u"via") {
            auto agency = nextWord(text, word->end, limit);
            if (agency && isNameWord(wordAt(*agency)))
                end = withSuffix(agency->end);
            break;
        }
        if (const qsizetype slash = w.indexOf(u'/'); slash >= 0) {
            if (slash + 1 < w.size()) {
                end = withSuffix(word->end); // "FILIPPOV/AFP", "ROE/Coastline Images"
            } else if (auto agency = nextWord(text, word->end, limit);
                       agency && isNameWord(wordAt(*agency))) {
                end = withSuffix(agency->end); // "Kravchenko/ Bloomberg"
            } else {
                end = word->end;
            }
            pos = end;
            auto after = nextWord(text, pos, limit);
            if (after && wordAt(*after) == u"via")
                continue;
            break;
        }
        if (!isNameWord(w) || ++nameWords > 5)
            break;
        end = word->end;
        pos = word->end;
    }
    // A short tail of capitalised words ("AP Photo/Efrem Lukatsky") is still the credit.
    const QStringView rest = text.sliced(end, limit - end).trimmed();
    const QList<QStringView> tail = rest.split(u' ', Qt::SkipEmptyParts);
    if (!tail.isEmpty() && tail.size() <= 3 &&
        std::all_of(tail.begin(), tail.end(), [](QStringView w) { return !w.front().isLower(); }))
        end = limit;
    return std::max(end, from);
}

std::vector<Boilerplate> findBoilerplate(QStringView text, const std::vector<Span>& paragraphs) {
    static const QRegularExpression related(
        QStringLiteral(
            R"(^(?:Also Read|Read More|Read more|Related|See also|More on this story|Recommended|Most read|Watch|Listen)\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression promotion(
        QStringLiteral(
            R"(^(?:Advertisement|Advertising|Sponsored(?: content)?|Skip past newsletter promotion|)"
            R"(after newsletter promotion|Sign up\b|Subscribe\b|Follow us\b|Follow [A-Z]\w* on\b|)"
            R"(Share (?:this|on)\b|Click here\b|Download (?:the|our)\b|Get (?:the|our)\b.*\bnewsletter|)"
            R"(Support (?:our|independent) journalism|Copyright\b|©|All rights reserved|)"
            R"(This (?:article|story) (?:was|has been) (?:amended|updated|corrected)))"),
        QRegularExpression::CaseInsensitiveOption);

    std::vector<Boilerplate> out;
    for (Span paragraph : paragraphs) {
        const QStringView p = text.sliced(paragraph.start, paragraph.length());
        // Cheap tests first: the regular expressions run on the few paragraphs that can match. Only
        // "40 words or fewer" matters, so counting stops there instead of reading every paragraph.
        qsizetype words = 1;
        for (qsizetype i = 0; i < p.size() && words <= 40; ++i)
            words += p[i] == u' ';
        const bool hasColon = p.contains(u':');
        if (hasColon && words <= 40 && isWholeParagraph(p, related)) {
            out.push_back({paragraph, BoilerplateKind::Related});
            continue;
        }
        if (words <= 30 && isWholeParagraph(p, promotion)) {
            out.push_back({paragraph, BoilerplateKind::Promotion});
            continue;
        }
        if (hasColon)
            findCaptions(text, paragraph, out);
    }
    std::sort(out.begin(), out.end(),
              [](const Boilerplate& a, const Boilerplate& b) { return a.span.start < b.span.start; });
    return out;
}

} // namespace parallax
