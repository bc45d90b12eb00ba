#pragma once

#include "align/Alignment.h"
#include "claims/Claim.h"
#include "claims/ComparedSentences.h"
#include "corpus/Corpus.h"
#include "reuse/ReuseResult.h"

namespace parallax {

// Everything the engine found in one folder: one immutable value, handed whole to the window, the
// report and the JSON writer. A stage that did not run (see PipelineScope) leaves its part empty.
struct Analysis {
    Corpus corpus;
    ReuseResult reuse;         // pairs of articles and the sentences they share
    Alignment alignment;       // the articles' sentences in rows, with word diffs
    std::vector<Claim> claims; // numbers grouped across articles, conflicts first
    // Sentences whose numbers the claims model compared but did not join: lined up by the alignment
    // where nothing else ties them (claims/ComparedSentences.h). Not in the JSON.
    std::vector<ComparedSentences> comparedSentences;
    // Empty unless a stage failed (an exception, in any of its threads): then what stopped it, as
    // "STAGE failed: REASON". The stages before it are kept; the failed one and those after it are
    // empty. Not the same as corpus.error, which is the user's folder being unusable.
    QString failure;
};

} // namespace parallax
