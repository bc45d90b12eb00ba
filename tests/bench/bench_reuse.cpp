// The reuse stage, timed two ways.
//
//   bench_reuse [--benchmark_...]          Google Benchmark: findReuse on the bundled samples and
//                                          the seeds (full mode), for scripts/bench.
//   bench_reuse run DIR [--pairs-only] [--threads N] [--json FILE] [--tsv FILE] [--matches] [--phases]
//                                          [--load-only]
//                                          load DIR and find reuse once, as `parallax-cli analyze DIR
//                                          --only pairs --json FILE` will; prints load and reuse
//                                          seconds on stderr. scripts/bench-reuse uses this.
//   bench_reuse run DIR --pipeline [--json FILE]
//                                          the full analysis parallax-cli analyze DIR runs (every
//                                          stage), each stage's seconds and the process's peak
//                                          memory so far after it on stderr.
//   bench_reuse run DIR ... --relations FILE
//                                          write only the JSON's documents' ids, pairs (a, b,
//                                          relation) and families: what tests/bench/score_story.py
//                                          scores, without the cost of the full JSON.
#include "analysis/AnalysisJson.h"
#include "analysis/Families.h"
#include "analysis/Pipeline.h"
#include "corpus/CorpusLoader.h"
#include "reuse/CandidatePairs.h"
#include "reuse/FindReuse.h"
#include "reuse/Fingerprint.h"
#include "reuse/ReuseJson.h"
#include "util/ParallelFor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/resource.h>

using namespace parallax;

namespace {

// The process's peak resident memory so far (getrusage), in MB.
long peakMegabytes() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The process's CPU time so far (user and system, every thread), in seconds: beside a stage's
// wall time it says how many cores the stage kept busy.
double cpuSeconds() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void BM_FindReuse(benchmark::State& state, const char* folder) {
    const std::atomic_bool cancel{false};
    const Corpus corpus = loadCorpus(QString::fromUtf8(folder), {}, cancel);
    if (corpus.documents.empty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    ReuseOptions options;
    options.pairsOnly = state.range(0) != 0;
    for (auto _ : state) {
        ReuseResult r = findReuse(corpus.documents, options, cancel);
        benchmark::DoNotOptimize(r.pairs.data());
    }
}
BENCHMARK_CAPTURE(BM_FindReuse, samples, PARALLAX_SAMPLES_DIR)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FindReuse, seeds, PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

int runOnce(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_reuse run DIR [--pairs-only] [--threads N] [--json FILE] "
                             "[--tsv FILE] [--matches]\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[2]);
    ReuseOptions options;
    QString jsonPath, tsvPath, relationsPath;
    bool printMatches = false, phases = false, loadOnly = false, pipelineRun = false;
    for (int i = 3; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--pairs-only"))
            options.pairsOnly = true;
        else if (!std::strcmp(argv[i], "--load-only"))
            loadOnly = true;
        else if (!std::strcmp(argv[i], "--phases"))
            phases = true;
        else if (!std::strcmp(argv[i], "--pipeline"))
            pipelineRun = true;
        else if (!std::strcmp(argv[i], "--matches"))
            printMatches = true;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            options.threads = unsigned(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--json") && i + 1 < argc)
            jsonPath = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--relations") && i + 1 < argc)
            relationsPath = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--tsv") && i + 1 < argc)
            tsvPath = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr, "bench_reuse: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    const std::atomic_bool cancel{false};
    QElapsedTimer clock;
    clock.start();
    double loadSeconds = 0, reuseSeconds = 0;
    Analysis analysis;
    if (pipelineRun) {
        // Exactly what `parallax-cli analyze DIR` runs (the full scope), each stage timed.
        PipelineOptions pipeline;
        pipeline.threads = options.threads;
        double cpu = cpuSeconds();
        analysis = analyzeFolder(folder, pipeline, cancel, {}, [&](Stage finished, const Analysis&) {
            std::fprintf(stderr, "%s %.3f s (cpu %.3f s), peak %ld MB\n", qPrintable(stageName(finished)),
                         clock.nsecsElapsed() / 1e9, cpuSeconds() - cpu, peakMegabytes());
            cpu = cpuSeconds();
            clock.restart();
        });
        std::fprintf(stderr, "%s %.3f s (cpu %.3f s), peak %ld MB\n", qPrintable(stageName(Stage::Alignment)),
                     clock.nsecsElapsed() / 1e9, cpuSeconds() - cpu, peakMegabytes());
        reuseSeconds = -1; // timed above
        phases = true;     // the JSON's two steps timed below
    } else if (options.pairsOnly && !phases && !loadOnly) {
        // Exactly what `parallax-cli analyze DIR --only pairs` runs, with the stages timed.
        PipelineOptions pipeline;
        pipeline.scope = PipelineScope::Pairs;
        pipeline.threads = options.threads;
        analysis = analyzeFolder(folder, pipeline, cancel, {}, [&](Stage finished, const Analysis&) {
            (finished == Stage::Loading ? loadSeconds : reuseSeconds) = clock.nsecsElapsed() / 1e9;
            clock.restart();
        });
    } else {
        LoadOptions load;
        load.threads = options.threads;
        analysis.corpus = loadCorpus(folder, load, cancel);
        loadSeconds = clock.nsecsElapsed() / 1e9;
    }
    const Corpus& corpus = analysis.corpus;
    if (corpus.documents.empty()) {
        std::fprintf(stderr, "bench_reuse: no documents in %s\n", argv[2]);
        return 3;
    }
    if (loadOnly) {
        std::fprintf(stderr, "documents %zu  load %.3f s\n", corpus.documents.size(), loadSeconds);
        return 0;
    }
    if (phases && !pipelineRun) {
        // The two corpus-wide steps of findReuse on their own, to see where its time goes.
        clock.restart();
        std::vector<std::vector<std::uint64_t>> prints(corpus.documents.size());
        parallelFor(
            prints.size(), cancel, [&](std::size_t d) { prints[d] = candidateSample(corpus.documents[d]); },
            options.threads);
        const double fingerprintSeconds = clock.nsecsElapsed() / 1e9;
        clock.restart();
        CandidateOptions c;
        c.threads = options.threads;
        const auto candidates = candidatePairs(prints, c, cancel);
        std::fprintf(stderr, "samples %.3f s  candidates %.3f s (%zu pairs)\n", fingerprintSeconds,
                     clock.nsecsElapsed() / 1e9, candidates.size());
    }
    if (reuseSeconds == 0) {
        clock.restart();
        analysis.reuse = findReuse(corpus.documents, options, cancel);
        reuseSeconds = clock.nsecsElapsed() / 1e9;
    }
    const ReuseResult& r = analysis.reuse;
    clock.restart();
    const auto& docs = corpus.documents;
    if (!jsonPath.isEmpty()) {
        // The JSON parallax-cli writes: the whole analysis, without text in pairs mode.
        JsonOptions json;
        json.includeText = !options.pairsOnly;
        QElapsedTimer t;
        t.start();
        const QJsonObject root = analysisToJson(analysis, json);
        const double build = t.nsecsElapsed() / 1e9;
        const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const double serialise = t.nsecsElapsed() / 1e9 - build;
        QFile f(jsonPath);
        if (jsonPath == u"-" ? !f.open(stdout, QIODevice::WriteOnly) : !f.open(QIODevice::WriteOnly))
            return 1;
        f.write(bytes);
        if (phases)
            std::fprintf(stderr, "json objects %.3f s  serialised %.3f s (%lld MB), peak %ld MB\n", build,
                         serialise, (long long)(bytes.size() >> 20), peakMegabytes());
    }
    if (!relationsPath.isEmpty()) {
        QJsonArray pairs, families;
        for (const DocumentPair& p : r.pairs)
            pairs.append(QJsonObject{{u"a"_qs, docs[size_t(p.a)].id},
                                     {u"b"_qs, docs[size_t(p.b)].id},
                                     {u"relation"_qs, relationName(p.relation)}});
        for (const ReprintFamily& f : findFamilies(docs, r)) {
            QJsonArray members;
            for (int m : f.members)
                members.append(docs[size_t(m)].id);
            families.append(QJsonObject{
                {u"representative"_qs, docs[size_t(f.representative)].id},
                {u"members"_qs, members},
                {u"original"_qs, f.original >= 0 ? QJsonValue(docs[size_t(f.original)].id) : QJsonValue()}});
        }
        QFile f(relationsPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(QJsonObject{{u"pairs"_qs, pairs}, {u"families"_qs, families}}).toJson());
    }
    if (!tsvPath.isEmpty()) {
        QFile f(tsvPath);
        if (tsvPath == u"-" ? !f.open(stdout, QIODevice::WriteOnly) : !f.open(QIODevice::WriteOnly))
            return 1;
        QTextStream out(&f);
        for (const DocumentPair& p : r.pairs)
            out << docs[size_t(p.a)].id << '\t' << docs[size_t(p.b)].id << '\t' << relationName(p.relation)
                << '\t' << (p.original >= 0 ? docs[size_t(p.original)].id : QStringLiteral("-")) << '\t'
                << QString::number(p.resemblance, 'f', 3) << '\t'
                << QString::number(p.containmentAInB, 'f', 3) << '\t'
                << QString::number(p.containmentBInA, 'f', 3) << '\t' << p.sharedSentences << '\t'
                << p.evidence << '\n';
    }
    if (printMatches) {
        QTextStream out(stdout);
        for (const SentenceMatch& m : r.matches) {
            auto text = [&](int doc, int first, int count) {
                const Document& d = docs[size_t(doc)];
                const Span s{d.sentences[size_t(first)].span.start,
                             d.sentences[size_t(first + count - 1)].span.end};
                return d.textOf(s).toString();
            };
            out << matchKindName(m.kind) << ' ' << QString::number(m.score, 'f', 2) << "  "
                << docs[size_t(m.docA)].id.left(3) << ':' << m.firstA << '+' << m.countA << "  "
                << docs[size_t(m.docB)].id.left(3) << ':' << m.firstB << '+' << m.countB
                << "\n  A: " << text(m.docA, m.firstA, m.countA)
                << "\n  B: " << text(m.docB, m.firstB, m.countB) << "\n";
        }
    }
    const double writeSeconds = clock.nsecsElapsed() / 1e9;
    std::fprintf(stderr, "documents %zu  load %.3f s  reuse %.3f s  write %.3f s  pairs %zu  matches %zu\n",
                 docs.size(), loadSeconds, reuseSeconds, writeSeconds, r.pairs.size(), r.matches.size());
    // Freeing twenty thousand documents token by token takes longer than finding their reuse (0.4 s
    // here); a one-shot command line program lets the system reclaim the memory at exit instead.
    std::fflush(nullptr);
    std::_Exit(0);
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && !std::strcmp(argv[1], "run"))
        return runOnce(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
