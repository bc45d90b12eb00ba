#pragma once

#include "corpus/Corpus.h"

namespace parallax {

// Everything the engine found in one folder: one immutable value, handed whole to the window, the
// report and the JSON writer. Stages add their results here as their issues land (pairs, shared
// sentences, alignment, claims); a stage that did not run leaves its part empty.
struct Analysis {
    Corpus corpus;
};

} // namespace parallax
