#pragma once

#include "analysis/Analysis.h"

#include <QString>

namespace parallax::test {

// The full analysis of `folder`, as the window and `parallax-cli report` run it.
Analysis analyseFolder(const QString& folder);

// The text of a PDF file as pdftotext reads it, in NFKC (no ligatures; "…" is "..."), whitespace
// runs made one space; empty (and `available` false) when pdftotext is missing.
QString pdfText(const QString& pdfPath, bool* available);

} // namespace parallax::test

// Skips the current test when pdftotext (poppler-utils) is missing.
#define PARALLAX_PDF_TEXT(var, path)                                                                         \
    bool var##Available = false;                                                                             \
    const QString var = parallax::test::pdfText(path, &var##Available);                                      \
    if (!var##Available)                                                                                     \
        GTEST_SKIP() << "pdftotext not found (install poppler-utils: scripts/lib/common.sh lists it)";
