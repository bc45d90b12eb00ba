#include "ReportTestUtil.h"

#include "analysis/Pipeline.h"

#include <QProcess>
#include <QStandardPaths>

namespace parallax::test {

Analysis analyseFolder(const QString& folder) {
    const std::atomic_bool never{false};
    return analyzeFolder(folder, PipelineOptions{}, never);
}

QString pdfText(const QString& pdfPath, bool* available) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    *available = !tool.isEmpty();
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    process.waitForFinished(30000);
    // NFKC undoes the ligatures the PDF sets ("ﬂ" in "conflict") and spells "…" as "...".
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace parallax::test
