#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace parallax {

// Bytes of a file turned into the text the user sees.
//
//     DecodedText decoded = decodeText(file.readAll());
//     if (!decoded.warnings.isEmpty()) report(decoded.warnings);
//
// Accepts UTF-8 with or without BOM, UTF-16 LE/BE with BOM (and without, when the zero bytes give it
// away), UTF-32 with BOM. Anything that is not valid UTF-8 is read as windows-1252, the encoding old
// newsroom systems and Word exports actually use, with a warning, so no byte is lost silently.
// The result has "\n" line ends (CRLF, CR, U+2028/2029, form feed become "\n"), no NULs or other C0
// controls except "\n" and "\t", no zero-width or BOM characters, and is NFC-normalised, because
// that is how it is displayed and what every offset indexes. Thread-safe.
struct DecodedText {
    QString text;
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE", "windows-1252" ...
    QStringList warnings; // one sentence each, e.g. "not valid UTF-8; read as windows-1252"
};

DecodedText decodeText(QByteArrayView bytes);

// Line ends, control characters and NFC as described above, for text that is already decoded
// (HTML extraction output, test input).
QString cleanDisplayText(QString text);

} // namespace parallax
