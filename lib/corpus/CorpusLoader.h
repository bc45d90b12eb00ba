#pragma once

#include "corpus/Corpus.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace parallax {

struct LoadOptions {
    bool recursive = false;                 // read subfolders too
    qint64 maxFileBytes = 20 * 1024 * 1024; // larger files are skipped, not truncated
    qsizetype maxFiles = 100000;            // files beyond this are skipped with a reason
    unsigned threads = 0;                   // 0: one per core
    // SHA-256 of every file, the evidence the report lists. Corpus-scale reuse runs turn it off:
    // it is a sixth of the loading time and nothing there shows it.
    bool hashFiles = true;
    // False: documents come with their tokens released (DocumentTokens.h), for a corpus-scale run
    // that restores them only for the few documents it compares closely.
    bool keepTokens = true;
    // Called on the worker thread with each document as soon as it is built, before the loader
    // keeps it (a corpus-scale run takes each document's candidate sample here). Runs concurrently
    // for different documents, so it must be thread-safe. Optional.
    std::function<void(const Document&)> onDocument;
    // The same, also given keyHash() of every word's key in token order (WordTokenizer.h): made in
    // the pass that counts a document's words when keepTokens is false, from the tokens otherwise.
    // Optional.
    std::function<void(const Document&, const std::vector<std::uint64_t>& wordHashes)> onDocumentWords;
};

// Called with (files done, files in all); from any worker thread, so it must be thread-safe.
using LoadProgress = std::function<void(qsizetype done, qsizetype total)>;

// Reads every article of `folder` into a Corpus.
//
//     std::atomic_bool cancel{false};
//     Corpus corpus = loadCorpus("/data/kyiv", {}, cancel);
//     if (!corpus.error.isEmpty()) fail(corpus.error);
//     for (const SkippedFile& s : corpus.skipped) warn(s.path, s.reason);
//
// Articles are .txt/.text, .md/.markdown, .html/.htm/.xhtml and files with no extension. Hidden
// files and folders are passed over silently; every other file that does not become a document is
// listed in `skipped` with its reason: other extensions, empty, binary, too large, unreadable,
// undecodable, a broken link, a folder reached again through a link (a loop), no prose left after
// boilerplate. Files are only ever opened for reading.
//
// Document ids are file names without extension; where two files would share one, those files use
// their relative path instead. Order is by relative path, so ids and order are stable between runs.
// Files are read and segmented on `options.threads` threads. When `cancel` becomes true the loader
// returns soon with `cancelled` set and the documents finished so far.
Corpus loadCorpus(const QString& folder, const LoadOptions& options, const std::atomic_bool& cancel,
                  const LoadProgress& progress = {});

} // namespace parallax
