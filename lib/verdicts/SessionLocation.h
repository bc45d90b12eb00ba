#pragma once

#include <QString>

namespace parallax {

// Where a folder's session (its verdicts and notes) is kept. By default in the user's data
// location (QStandardPaths::GenericDataLocation, "parallax/sessions"), one file per folder named by
// a hash of the folder's canonical path: Parallax never writes into the user's folder unasked.
// A user who wants the notes to travel with the articles keeps them in the folder instead
// (sessionFileInFolder); when that file exists it wins.
QString sessionFileInDataLocation(const QString& folder);
QString
sessionFileInFolder(const QString& folder); // FOLDER/.parallax-session.json (hidden: never an article)
QString sessionFileForFolder(
    const QString& folder); // the one in use: in the folder if it exists, else the data location

} // namespace parallax
