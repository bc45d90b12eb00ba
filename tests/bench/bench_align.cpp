// The alignment stage, timed.
//
//   bench_align [--benchmark_...]       Google Benchmark: alignDocuments on generated story clusters
//                                       (8 articles of ~250 sentences, 200 of ~40, 200 of ~250) and
//                                       on the seeds and samples, with and without word diffs (Arg
//                                       1/0). Matches come from findReuse, run once per input and
//                                       untimed, except for the 200-article clusters, where they are
//                                       written from the generator's record of which sentence came
//                                       from where (findReuse on them takes minutes; bench_reuse
//                                       times it).
//   bench_align run ARTICLES SENTENCES [--planted] [--no-diffs] [--threads N]
//                                       generate one cluster, find reuse (or plant the matches) and
//                                       align it once; prints each stage's seconds, rows, moves.
//
// A generated cluster is what a folder of one story looks like: three wire stories, and articles
// that each carry one of them with sentences dropped (10%), words edited (15% of sentences), one
// paragraph moved elsewhere (a third of articles), sentences of their own added (10% of
// paragraphs), "12" respelled "twelve".
#include "align/AlignDocuments.h"
#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "reuse/FindReuse.h"
#include "text/SentenceSegmenter.h"

#include <QElapsedTimer>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <random>

using namespace parallax;

namespace {

// One sentence of a generated article and where it came from.
struct Line {
    QString text;
    int origin = -1; // index of the wire sentence it carries; -1 for the article's own
    bool edited = false;
};
using Paragraphs = std::vector<std::vector<Line>>;

struct Cluster {
    std::vector<Document> docs;
    std::vector<int> wire;                // per article: the wire story it carries
    std::vector<std::vector<Line>> lines; // per article: its sentences in order
};

class ClusterGenerator {
public:
    explicit ClusterGenerator(std::uint64_t seed)
        : rng_(seed) {
        // Function words first (most frequent), then made-up content words from syllables.
        for (const char* w : {"the",  "of", "and", "to",   "a",    "in",  "was",  "said",  "on",  "for",
                              "with", "by", "at",  "from", "that", "had", "were", "after", "has", "its"})
            words_.push_back(QString::fromLatin1(w));
        const char* onsets[] = {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr"};
        const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
        for (const char* x : onsets)
            for (const char* y : vowels)
                for (const char* z : onsets)
                    for (const char* v : vowels)
                        if (words_.size() < 6000)
                            words_.push_back(QString::fromLatin1(x) + QLatin1String(y) + QLatin1String(z) +
                                             QLatin1String(v) + u'n');
        std::vector<double> weights(words_.size());
        for (size_t r = 0; r < weights.size(); ++r)
            weights[r] = 1.0 / (double(r) + 2.7);
        zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    Cluster cluster(int articles, int sentences) {
        std::vector<Paragraphs> wires;
        for (int w = 0; w < 3; ++w)
            wires.push_back(story(sentences));
        Cluster c;
        for (int k = 0; k < articles; ++k) {
            const Paragraphs article = rewrite(wires[size_t(k % 3)]);
            QStringList paragraphs;
            std::vector<Line> lines;
            for (const std::vector<Line>& p : article) {
                QStringList texts;
                for (const Line& line : p) {
                    texts << line.text;
                    lines.push_back(line);
                }
                if (!texts.isEmpty())
                    paragraphs << texts.join(u' ');
            }
            Document doc;
            doc.id = QStringLiteral("article-%1").arg(k, 4, 10, QLatin1Char('0'));
            buildDocument(doc, paragraphs.join(u"\n\n"_qs), ArticleFormat::Text, segmenter_);
            if (doc.sentences.size() != lines.size()) {
                std::fprintf(stderr, "bench_align: %s segmented into %zu sentences, written as %zu\n",
                             qPrintable(doc.id), doc.sentences.size(), lines.size());
                for (size_t i = 0; i < std::min(lines.size(), doc.sentences.size()); ++i)
                    if (doc.sentenceText(int(i)) != lines[i].text) {
                        std::fprintf(stderr, "  %s\n  %s\n", qPrintable(lines[i].text),
                                     qPrintable(doc.sentenceText(int(i)).toString()));
                        break;
                    }
            }
            c.docs.push_back(std::move(doc));
            c.wire.push_back(k % 3);
            c.lines.push_back(std::move(lines));
        }
        return c;
    }

private:
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }

    QString sentence() {
        QStringList s;
        for (int n = between(10, 28); n > 0; --n)
            s << words_[size_t(zipf_(rng_))];
        // A content word last: "... in a. Next" would read as an initial to the segmenter.
        s << words_[size_t(between(functionWords, int(words_.size()) - 1))];
        if (chance(0.3))
            s.insert(between(1, int(s.size()) - 1), QString::number(between(2, 900)));
        if (chance(0.05))
            s.insert(between(1, int(s.size()) - 1), u"12"_qs);
        s[0][0] = s[0][0].toUpper();
        return s.join(u' ') + u'.';
    }

    Paragraphs story(int sentences) {
        Paragraphs paragraphs;
        for (int n = 0; n < sentences;) {
            std::vector<Line> p;
            for (int k = between(2, 4); k > 0 && n < sentences; --k, ++n)
                p.push_back({sentence(), n, false});
            paragraphs.push_back(std::move(p));
        }
        return paragraphs;
    }

    Paragraphs rewrite(Paragraphs paragraphs) {
        for (std::vector<Line>& p : paragraphs) {
            for (Line& line : p) {
                if (chance(0.15)) {
                    QStringList w = line.text.split(u' ');
                    w[between(1, int(w.size()) - 2)] =
                        words_[size_t(zipf_(rng_))]; // not the last: it has the full stop
                    line.text = w.join(u' ');
                    line.edited = true;
                }
                if (line.text.contains(u" 12 "_qs) && chance(0.5)) {
                    line.text.replace(u" 12 "_qs, u" twelve "_qs);
                    line.edited = true;
                }
            }
            std::erase_if(p, [&](const Line&) { return chance(0.1); });
            if (chance(0.1))
                p.insert(p.begin() + between(0, int(p.size())), Line{sentence(), -1, false});
        }
        if (chance(0.33) && paragraphs.size() > 3) {
            const int from = between(1, int(paragraphs.size()) - 1);
            std::vector<Line> moved = std::move(paragraphs[size_t(from)]);
            paragraphs.erase(paragraphs.begin() + from);
            paragraphs.insert(paragraphs.begin() + between(0, int(paragraphs.size())), std::move(moved));
        }
        return paragraphs;
    }

    std::mt19937_64 rng_;
    std::vector<QString> words_;
    int functionWords = 0;
    std::discrete_distribution<int> zipf_;
    SentenceSegmenter segmenter_;
};

// The matches findReuse would report if it found every copied sentence: identical unless either
// side was edited. No word edits, so the row diffs are all computed by the alignment stage.
ReuseResult plantedMatches(const Cluster& c) {
    ReuseResult r;
    for (size_t a = 0; a < c.docs.size(); ++a)
        for (size_t b = a + 1; b < c.docs.size(); ++b) {
            if (c.wire[a] != c.wire[b])
                continue;
            std::map<int, int> inB;
            for (size_t j = 0; j < c.lines[b].size(); ++j)
                if (c.lines[b][j].origin >= 0)
                    inB[c.lines[b][j].origin] = int(j);
            for (size_t i = 0; i < c.lines[a].size(); ++i) {
                const auto it = inB.find(c.lines[a][i].origin);
                if (c.lines[a][i].origin < 0 || it == inB.end())
                    continue;
                SentenceMatch m;
                m.docA = int(a);
                m.firstA = int(i);
                m.docB = int(b);
                m.firstB = it->second;
                const bool edited = c.lines[a][i].edited || c.lines[b][size_t(it->second)].edited;
                m.kind = edited ? MatchKind::NearIdentical : MatchKind::Identical;
                m.score = edited ? 0.93 : 1.0;
                r.matches.push_back(std::move(m));
            }
        }
    return r;
}

struct Input {
    std::vector<Document> docs;
    ReuseResult reuse;
};

const Input& generated(int articles, int sentences, bool planted) {
    static std::map<std::pair<int, int>, std::unique_ptr<Input>> cache;
    auto& slot = cache[{articles, sentences}];
    if (!slot) {
        slot = std::make_unique<Input>();
        Cluster c = ClusterGenerator(std::uint64_t(articles) * 1000 + std::uint64_t(sentences))
                        .cluster(articles, sentences);
        const std::atomic_bool cancel{false};
        slot->reuse = planted ? plantedMatches(c) : findReuse(c.docs, {}, cancel);
        slot->docs = std::move(c.docs);
    }
    return *slot;
}

const Input& folder(const char* path) {
    static std::map<std::string, std::unique_ptr<Input>> cache;
    auto& slot = cache[path];
    if (!slot) {
        slot = std::make_unique<Input>();
        const std::atomic_bool cancel{false};
        slot->docs = loadCorpus(QString::fromUtf8(path), {}, cancel).documents;
        slot->reuse = findReuse(slot->docs, {}, cancel);
    }
    return *slot;
}

void run(benchmark::State& state, const Input& in) {
    if (in.docs.empty()) {
        state.SkipWithError("no documents");
        return;
    }
    AlignOptions options;
    options.wordDiffs = state.range(0) != 0;
    const std::atomic_bool cancel{false};
    size_t rows = 0;
    for (auto _ : state) {
        Alignment a = alignDocuments(in.docs, in.reuse, options, cancel);
        rows = a.rows.size();
        benchmark::DoNotOptimize(a.rows.data());
    }
    state.counters["rows"] = double(rows);
    state.counters["matches"] = double(in.reuse.matches.size());
}

void BM_AlignCluster(benchmark::State& state, int articles, int sentences, bool planted) {
    run(state, generated(articles, sentences, planted));
}
BENCHMARK_CAPTURE(BM_AlignCluster, 8x250, 8, 250, false)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AlignCluster, 200x40_planted, 200, 40, true)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AlignCluster, 200x250_planted, 200, 250, true)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond);

void BM_AlignFolder(benchmark::State& state, const char* path) {
    run(state, folder(path));
}
BENCHMARK_CAPTURE(BM_AlignFolder, seeds, PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04")
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AlignFolder, samples, PARALLAX_SAMPLES_DIR)->Arg(1)->Unit(benchmark::kMillisecond);

int runOnce(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: bench_align run ARTICLES SENTENCES [--planted] [--no-diffs] [--threads N]\n");
        return 2;
    }
    const int articles = std::atoi(argv[2]), sentences = std::atoi(argv[3]);
    AlignOptions options;
    bool planted = false;
    for (int i = 4; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--planted"))
            planted = true;
        else if (!std::strcmp(argv[i], "--no-diffs"))
            options.wordDiffs = false;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            options.threads = unsigned(std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "bench_align: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    const std::atomic_bool cancel{false};
    QElapsedTimer clock;
    clock.start();
    const Cluster cluster = ClusterGenerator(1).cluster(articles, sentences);
    const std::vector<Document>& docs = cluster.docs;
    const double generateSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const ReuseResult reuse = planted ? plantedMatches(cluster) : findReuse(docs, {}, cancel);
    const double reuseSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const Alignment a = alignDocuments(docs, reuse, options, cancel);
    const double alignSeconds = clock.nsecsElapsed() / 1e9;
    size_t moved = 0, cells = 0, sentencesIn = 0;
    for (const AlignedRow& row : a.rows)
        for (const Cell& c : row.cells) {
            moved += c.moved;
            cells += !c.isGap();
        }
    for (const Document& d : docs)
        sentencesIn += d.sentences.size();
    std::fprintf(stderr,
                 "articles %d  sentences %zu  generate %.3f s  %s %.3f s (%zu matches)  align %.3f s  "
                 "rows %zu  cells %zu  moved %zu\n",
                 articles, sentencesIn, generateSeconds, planted ? "planted" : "reuse", reuseSeconds,
                 reuse.matches.size(), alignSeconds, a.rows.size(), cells, moved);
    return 0;
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
