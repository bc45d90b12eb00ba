#include "claims/Headline.h"

#include "text/WordTokenizer.h"

namespace parallax {

std::optional<Span> headlineSpan(const Document& doc) {
    for (const Boilerplate& b : doc.boilerplate)
        if (b.kind == BoilerplateKind::Title && b.span.start >= 0 && b.span.end <= doc.text.size() &&
            b.span.start < b.span.end)
            return b.span;
    return std::nullopt;
}

Span variantSentenceSpan(const Document& doc, int sentence) {
    if (sentence == kHeadlineSentence)
        return headlineSpan(doc).value_or(Span{});
    if (sentence < 0 || size_t(sentence) >= doc.sentences.size())
        return {};
    return doc.sentences[size_t(sentence)].span;
}

Document headlineDocument(const Document& doc) {
    Document h;
    h.id = doc.id;
    h.text = doc.text; // implicitly shared: no copy
    h.dateline = doc.dateline;
    const std::optional<Span> span = headlineSpan(doc);
    if (!span)
        return h;
    h.tokens = tokenizeWords(h.text, *span);
    Sentence s;
    s.span = *span;
    s.firstToken = 0;
    s.tokenCount = int(h.tokens.size());
    h.sentences.push_back(s);
    return h;
}

} // namespace parallax
