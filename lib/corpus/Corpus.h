#pragma once

#include "corpus/Document.h"

#include <QString>

#include <vector>

namespace parallax {

// A file the loader did not turn into a document, and why, in words a user can act on.
struct SkippedFile {
    QString path;   // as found in the folder (relative to the corpus folder)
    QString reason; // "binary file (PDF document)", "file too large (52.4 MB; the limit is 20 MB)" ...
};

// The articles of one folder, in a stable order (by relative path), and what was left out.
struct Corpus {
    QString folder; // absolute path of the folder that was read
    std::vector<Document> documents;
    std::vector<SkippedFile> skipped;
    QString error; // why nothing could be read at all (missing folder ...), else empty
    bool cancelled = false;
};

} // namespace parallax
