#include "corpus/DocumentTokens.h"

#include <stdexcept>

namespace parallax {

void releaseTokens(Document& doc) {
    std::vector<Token>().swap(doc.tokens);
}

bool tokensReleased(const Document& doc) {
    return doc.tokens.empty() && doc.wordCount() > 0;
}

void restoreTokens(Document& doc) {
    if (!tokensReleased(doc))
        return;
    doc.tokens.reserve(size_t(doc.wordCount()));
    for (const Sentence& s : doc.sentences) {
        std::vector<Token> words = tokenizeWords(doc.text, s.span);
        // The builder tokenised these very spans; a different count would shift every later
        // sentence's tokens, so it is a broken invariant, not a case to handle.
        if (int(words.size()) != s.tokenCount || int(doc.tokens.size()) != s.firstToken)
            throw std::logic_error("restoreTokens: sentence tokens differ from the document's");
        std::move(words.begin(), words.end(), std::back_inserter(doc.tokens));
    }
}

} // namespace parallax
