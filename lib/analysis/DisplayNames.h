#pragma once

#include "corpus/Document.h"

#include <QString>

#include <vector>

namespace parallax {

// What to call an article in front of a reader: the outlet when the file names one
// (Document::source), else its title (cut at a word to about 36 characters, with an ellipsis),
// else its id (the file name). One rule, here, so that the
// report, the CLI and the window name an article the same way.
QString displayName(const Document& doc);

// displayName() of each document, made unique: when two articles would be called the same (two
// pieces from one outlet), each of them gets its id in brackets, so a table never has two columns
// a reader cannot tell apart.
std::vector<QString> displayNames(const std::vector<Document>& documents);

} // namespace parallax
