#pragma once

#include <QTextDocument>

namespace parallax {

// A QTextDocument that loads nothing it was not given: QTextDocument would otherwise read a local
// file for an <img src> or stylesheet it has no resource for. The report escapes all article text,
// so no such element should exist; this makes sure one never reaches the disk.
class SealedTextDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace parallax
