#include "corpus/CorpusLoader.h"

#include "corpus/DocumentBuilder.h"
#include "corpus/FileBytes.h"
#include "corpus/FileClassifier.h"
#include "corpus/FolderListing.h"
#include "text/SentenceSegmenter.h"
#include "text/TextDecoding.h"
#include "text/WordTokenizer.h"
#include "util/ParallelFor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace parallax {
namespace {

struct Candidate {
    QString path;
    QString relativePath;
    ArticleFormat format;
};

// What one file turned into: a document or a reason.
struct FileOutcome {
    std::optional<Document> document;
    QString skipReason;
};

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

class FileDiscovery {
public:
    FileDiscovery(const QString& root, const LoadOptions& options, Corpus& corpus)
        : root_(root)
        , options_(options)
        , corpus_(corpus) {}

    std::vector<Candidate> run() {
        visited_.insert(QFileInfo(root_).canonicalFilePath());
        walk(root_);
        return std::move(found_);
    }

private:
    void skip(const QString& path, const QString& reason) {
        corpus_.skipped.push_back({relative(path), reason});
    }
    QString relative(const QString& path) const { return QDir(root_).relativeFilePath(path); }

    // What every file of one folder shares, worked out once for the folder.
    struct Folder {
        // A file that is not a link resolves to this plus its name, which spares a realpath() (a
        // readlink and a stat per path component) for each of 20,000 files.
        QString canonical;
        QString relative;   // "" for the root, else "sub/": the path a file's relative path starts with
        bool clean = false; // absolute and clean, so that a file's path is its absolute path
    };

    void walk(const QString& dirPath) {
        Folder folder;
        folder.canonical = QFileInfo(dirPath).canonicalFilePath();
        folder.relative = dirPath == root_ ? QString() : relative(dirPath) + u'/';
        folder.clean = QDir::isAbsolutePath(dirPath) && QDir::cleanPath(dirPath) == dirPath;
        for (const FolderEntry& item : listFolder(dirPath)) {
            if (item.regularFile) { // the listing says so: no QFileInfo, no stat
                considerFile(item.path, item.name, false, folder,
                             folder.clean ? item.path : QFileInfo(item.path).absoluteFilePath());
                continue;
            }
            const QFileInfo entry(item.path);
            const QString path = entry.filePath();
            if (entry.fileName().startsWith(u'.'))
                continue; // .git, .DS_Store: never articles, not worth a warning
            if (entry.isSymLink() && !entry.exists()) {
                skip(path, QStringLiteral("broken symbolic link"));
            } else if (entry.isDir()) {
                visitFolder(entry);
            } else if (!entry.isFile()) {
                skip(path, QStringLiteral("not a regular file"));
            } else {
                considerFile(path, entry.fileName(), entry.isSymLink(), folder, entry.absoluteFilePath());
            }
        }
    }

    void visitFolder(const QFileInfo& entry) {
        if (!options_.recursive) {
            skip(entry.filePath(), QStringLiteral("folder not read (subfolders are read with --recursive)"));
            return;
        }
        const QString canonical = entry.canonicalFilePath();
        if (visited_.contains(canonical)) {
            skip(entry.filePath(),
                 QStringLiteral("folder already read through another path (symbolic link loop)"));
            return;
        }
        visited_.insert(canonical);
        walk(entry.filePath());
    }

    void considerFile(const QString& path, const QString& name, bool symLink, const Folder& folder,
                      const QString& absolutePath) {
        const auto format = articleFormatForFileName(name);
        if (!format) {
            skip(path, QStringLiteral("not an article file (.%1)").arg(QFileInfo(path).suffix()));
            return;
        }
        const QString canonical = symLink || folder.canonical.isEmpty() ? QFileInfo(path).canonicalFilePath()
                                                                        : folder.canonical + u'/' + name;
        if (seenFiles_.contains(canonical)) {
            skip(path, QStringLiteral("same file as %1 (symbolic link)").arg(seenFiles_.value(canonical)));
            return;
        }
        if (qsizetype(found_.size()) >= options_.maxFiles) {
            skip(path, QStringLiteral("more than %1 files in the folder").arg(options_.maxFiles));
            return;
        }
        // The folder's relative path and the name: QDir::relativeFilePath() gives the same, after
        // building a QDir and cleaning both paths for each file.
        const QString relativePath = folder.relative + name;
        seenFiles_.insert(canonical, relativePath);
        found_.push_back({absolutePath, relativePath, *format});
    }

    QString root_;
    const LoadOptions& options_;
    Corpus& corpus_;
    QSet<QString> visited_;
    QHash<QString, QString> seenFiles_;
    std::vector<Candidate> found_;
};

FileOutcome readArticle(const Candidate& candidate, const SentenceSegmenter& segmenter,
                        const LoadOptions& options) {
    // The size is checked here on the worker (the open file's size costs an fstat it makes anyway),
    // not while listing the folder, which would stat every file one after another.
    const FileBytes file = readFileBytes(candidate.path, options.maxFileBytes);
    if (!file.error.isEmpty())
        return {std::nullopt, QStringLiteral("cannot read: %1").arg(file.error)};
    if (file.tooLarge)
        return {std::nullopt, QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                                  .arg(megabytes(file.size), megabytes(options.maxFileBytes))};
    const QByteArray& bytes = file.bytes;
    if (const QString reason = reasonNotText(bytes); !reason.isEmpty())
        return {std::nullopt, reason};

    DecodedText decoded = decodeText(bytes);
    // Not trimmed().isEmpty(): that copies every article with a line end at its end.
    if (std::all_of(decoded.text.cbegin(), decoded.text.cend(), [](QChar c) { return c.isSpace(); }))
        return {std::nullopt, QStringLiteral("empty file (only white space)")};
    Document doc;
    doc.path = candidate.path;
    doc.relativePath = candidate.relativePath;
    doc.encoding = decoded.encoding;
    doc.warnings = decoded.warnings;
    doc.bytes = bytes.size();
    if (options.hashFiles)
        doc.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    thread_local std::vector<std::uint64_t> wordHashes; // reused: only the callback reads them
    buildDocument(doc, decoded.text, candidate.format, segmenter, options.keepTokens,
                  options.onDocumentWords ? &wordHashes : nullptr);
    if (doc.sentences.empty())
        return {std::nullopt, QStringLiteral("no article text found")};
    if (options.onDocument)
        options.onDocument(doc);
    if (options.onDocumentWords) {
        if (options.keepTokens) {
            wordHashes.clear();
            for (const Token& t : doc.tokens)
                wordHashes.push_back(keyHash(t.key));
        }
        options.onDocumentWords(doc, wordHashes);
    }
    return {std::move(doc), {}};
}

// File names without extension; the relative path where two files would share one.
void assignIds(std::vector<Document>& documents) {
    // One QFileInfo per document, not three: at 100,000 documents this runs alone after loading.
    std::vector<QString> baseIds;
    baseIds.reserve(documents.size());
    QHash<QString, int> uses;
    uses.reserve(qsizetype(documents.size()));
    for (const Document& d : documents)
        ++uses[baseIds.emplace_back(QFileInfo(d.relativePath).completeBaseName())];
    for (std::size_t i = 0; i < documents.size(); ++i)
        documents[i].id = uses.value(baseIds[i]) > 1 ? documents[i].relativePath : std::move(baseIds[i]);
}

} // namespace

Corpus loadCorpus(const QString& folder, const LoadOptions& options, const std::atomic_bool& cancel,
                  const LoadProgress& progress) {
    Corpus corpus;
    const QFileInfo info(folder);
    corpus.folder = info.absoluteFilePath();
    if (!info.exists()) {
        corpus.error = QStringLiteral("folder not found: %1").arg(folder);
        return corpus;
    }
    if (!info.isDir()) {
        corpus.error = QStringLiteral("not a folder: %1").arg(folder);
        return corpus;
    }
    if (!info.isReadable() || !QDir(folder).isReadable()) {
        corpus.error = QStringLiteral("folder cannot be read: %1").arg(folder);
        return corpus;
    }

    const std::vector<Candidate> candidates = FileDiscovery(corpus.folder, options, corpus).run();
    const SentenceSegmenter segmenter;
    std::vector<FileOutcome> outcomes(candidates.size());
    std::atomic<qsizetype> done{0};
    const auto total = qsizetype(candidates.size());
    parallelFor(
        candidates.size(), cancel,
        [&](size_t i) {
            outcomes[i] = readArticle(candidates[i], segmenter, options);
            const qsizetype finished = ++done;
            if (progress)
                progress(finished, total);
        },
        options.threads);

    corpus.cancelled = cancel.load();
    // Reserved: growing it would move every document again and again through fresh memory.
    corpus.documents.reserve(size_t(std::count_if(
        outcomes.begin(), outcomes.end(), [](const FileOutcome& o) { return o.document.has_value(); })));
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (outcomes[i].document)
            corpus.documents.push_back(std::move(*outcomes[i].document));
        else if (!outcomes[i].skipReason.isEmpty())
            corpus.skipped.push_back({candidates[i].relativePath, outcomes[i].skipReason});
    }
    std::sort(corpus.skipped.begin(), corpus.skipped.end(),
              [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });
    assignIds(corpus.documents);
    return corpus;
}

} // namespace parallax
