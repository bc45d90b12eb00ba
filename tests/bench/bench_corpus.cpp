// Loading + segmentation throughput: decoding, paragraph layout, metadata, boilerplate, sentences
// and words, in MB/s of article text. The input is the bundled sample corpus (our own text, all
// five formats) replicated into a temporary folder; run with scripts/bench.
#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "text/SentenceSegmenter.h"
#include "text/TextDecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace parallax;

namespace {

struct SampleFile {
    QString name;
    QByteArray bytes;
};

std::vector<SampleFile> sampleFiles() {
    std::vector<SampleFile> out;
    const QDir dir(QStringLiteral(PARALLAX_SAMPLES_DIR));
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            out.push_back({info.fileName(), f.readAll()});
    }
    return out;
}

// `copies` of every sample file in one folder; returns the total bytes written.
qint64 fillFolder(const QString& folder, int copies) {
    qint64 bytes = 0;
    const auto files = sampleFiles();
    for (int i = 0; i < copies; ++i)
        for (const SampleFile& file : files) {
            QFile out(QStringLiteral("%1/%2-%3").arg(folder).arg(i, 5, 10, QLatin1Char('0')).arg(file.name));
            if (out.open(QIODevice::WriteOnly))
                bytes += out.write(file.bytes);
        }
    return bytes;
}

void BM_LoadFolder(benchmark::State& state) {
    QTemporaryDir dir;
    const qint64 bytes = fillFolder(dir.path(), int(state.range(0)));
    LoadOptions options;
    options.threads = unsigned(state.range(1));
    const std::atomic_bool cancel{false};
    for (auto _ : state) {
        Corpus corpus = loadCorpus(dir.path(), options, cancel);
        benchmark::DoNotOptimize(corpus.documents.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["files"] = double(state.range(0) * qint64(sampleFiles().size()));
}
BENCHMARK(BM_LoadFolder)->Args({200, 1})->Args({200, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

// The same work without the file system: what one core does per MB of text.
void BM_BuildDocuments(benchmark::State& state) {
    const SentenceSegmenter segmenter;
    const auto files = sampleFiles();
    qint64 bytes = 0;
    for (const SampleFile& f : files)
        bytes += f.bytes.size();
    for (auto _ : state) {
        for (const SampleFile& f : files) {
            Document doc;
            const auto format = articleFormatForFileName(f.name).value_or(ArticleFormat::Text);
            buildDocument(doc, decodeText(f.bytes).text, format, segmenter);
            benchmark::DoNotOptimize(doc.tokens.data());
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_BuildDocuments)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
