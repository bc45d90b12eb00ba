// Number extraction throughput, in mentions per second and MB/s of UTF-8 text. The input is news
// prose generated here from templates (counts with hedges, money, percents, dates, times, ranges,
// hyphenated measures, ordinals, number words, and sentences with no number at all, in the
// proportions of wire copy), plus the seed corpus when it is beside the checkout. Run with
// scripts/bench.
#include "numbers/NumberExtractor.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <random>

using namespace parallax;

namespace {

const char* const kPlaces[] = {"Kyiv", "Kharkiv", "Odesa",       "Dnipro",
                               "Lviv", "Rostov",  "the capital", "the region"};
const char* const kHedges[] = {"",       "",      "",       "at least ",     "more than ",  "nearly ",
                               "about ", "some ", "up to ", "an estimated ", "fewer than ", "around "};
const char* const kCounted[] = {"people",    "drones",         "missiles",
                                "civilians", "soldiers",       "homes",
                                "buildings", "Russian drones", "ballistic and cruise missiles",
                                "residents", "children"};
const char* const kVerbs[] = {"were injured",     "were killed",   "were evacuated",
                              "were intercepted", "were launched", "were taken to hospital",
                              "were damaged",     "were rescued"};
const char* const kWords[] = {"two",         "three",     "five",         "seven",
                              "eleven",      "Fourteen",  "twenty-three", "a dozen",
                              "hundreds of", "dozens of", "several",      "five hundred and thirty-seven"};
const char* const kMonths[] = {"January", "March", "June", "July", "September", "November"};
const char* const kFiller[] = {
    "Officials said the situation remained tense as rescue teams worked through the night.",
    "The Kremlin did not immediately respond to a request for comment.",
    "Residents described hearing loud explosions and the sound of air defence systems.",
    "The foreign minister called on allies to step up pressure on Moscow.",
    "Trains were delayed and several roads were closed while crews cleared debris.",
    "Analysts said the strikes appeared designed to exhaust the country's air defences.",
};

class NewsGenerator {
public:
    explicit NewsGenerator(unsigned seed)
        : rng_(seed) {}

    QString sentence() {
        switch (pick(12)) {
        case 0:
            return QStringLiteral("According to officials in %1, %2%3 %4 %5.")
                .arg(any(kPlaces), any(kHedges), number(), any(kCounted), any(kVerbs));
        case 1:
            return QStringLiteral("%1 %2 %3 on %4 %5, %6.")
                .arg(cap(any(kWords)), any(kCounted), any(kVerbs), any(kMonths))
                .arg(1 + pick(28))
                .arg(2019 + pick(7));
        case 2:
            return QStringLiteral("The government pledged £%1bn in aid, while the EU offered $%2.%3 million.")
                .arg(1 + pick(9))
                .arg(10 + pick(90))
                .arg(pick(10));
        case 3:
            return QStringLiteral("Turnout fell to %1 per cent, down %2.%3%% on the %4th round.")
                .arg(30 + pick(50))
                .arg(pick(9))
                .arg(pick(10))
                .arg(4 + pick(10));
        case 4:
            return QStringLiteral("The %1-hour attack ended at %2am, and between %3 and %4 people were hurt.")
                .arg(3 + pick(12))
                .arg(1 + pick(11))
                .arg(10 + pick(10))
                .arg(25 + pick(20));
        case 5:
            return QStringLiteral(
                       "Of the %1 drones launched overnight, %2 were shot down and %3 hit targets.")
                .arg(300 + pick(300))
                .arg(200 + pick(100))
                .arg(pick(80));
        case 6:
            return QStringLiteral(
                       "A %1-year-old man and a woman, %2, were taken to hospital No. %3 at 21:%4.")
                .arg(18 + pick(70))
                .arg(18 + pick(70))
                .arg(1 + pick(30))
                .arg(10 + pick(49));
        case 7:
            return QStringLiteral(
                       "The city of %1 million people lies %2km from the front, in its %3 year of war.")
                .arg(1 + pick(4))
                .arg(20 + pick(400))
                .arg(pick(2) ? QStringLiteral("fourth") : QStringLiteral("third"));
        default:
            return any(kFiller);
        }
    }

    QString paragraph(int sentences) {
        QStringList parts;
        for (int i = 0; i < sentences; ++i)
            parts << sentence();
        return parts.join(u' ');
    }

private:
    int pick(int n) { return int(rng_() % unsigned(n)); }
    template <size_t N> QString any(const char* const (&list)[N]) {
        return QString::fromUtf8(list[pick(int(N))]);
    }
    QString number() {
        switch (pick(4)) {
        case 0:
            return QString::number(1 + pick(30));
        case 1:
            return QString::number(100 + pick(900));
        case 2:
            return QStringLiteral("%1,%2").arg(1 + pick(9)).arg(pick(1000), 3, 10, QLatin1Char('0'));
        default:
            return any(kWords);
        }
    }
    static QString cap(QString s) {
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }

    std::mt19937 rng_;
};

struct Input {
    QStringList texts;
    qint64 utf8Bytes = 0;
};

Input generated(int paragraphs, int sentencesEach) {
    NewsGenerator gen(20250704);
    Input in;
    for (int i = 0; i < paragraphs; ++i) {
        in.texts << gen.paragraph(sentencesEach);
        in.utf8Bytes += in.texts.back().toUtf8().size();
    }
    return in;
}

Input seedCorpus() {
    Input in;
    const QDir dir(QStringLiteral(PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& line : QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts))
            in.texts << line;
        in.utf8Bytes += bytes.size();
    }
    return in;
}

void run(benchmark::State& state, const Input& in) {
    if (in.texts.isEmpty()) {
        state.SkipWithError("no input text");
        return;
    }
    qint64 mentions = 0;
    for (auto _ : state) {
        for (const QString& text : in.texts) {
            const auto found = extractNumbers(text);
            mentions += qint64(found.size());
            benchmark::DoNotOptimize(found.data());
        }
    }
    state.SetBytesProcessed(state.iterations() * in.utf8Bytes);
    state.counters["mentions/s"] = benchmark::Counter(double(mentions), benchmark::Counter::kIsRate);
    state.counters["texts/s"] =
        benchmark::Counter(double(state.iterations() * in.texts.size()), benchmark::Counter::kIsRate);
}

// One call per sentence, as the analysis does it.
void BM_ExtractNumbers_Sentences(benchmark::State& state) {
    static const Input in = generated(2000, 1);
    run(state, in);
}
BENCHMARK(BM_ExtractNumbers_Sentences)->Unit(benchmark::kMillisecond);

// The same from several threads at once (each thread does the whole input): extraction shares no
// mutable state, so throughput should scale with cores.
void BM_ExtractNumbers_SentencesThreads(benchmark::State& state) {
    static const Input in = generated(2000, 1);
    run(state, in);
}
BENCHMARK(BM_ExtractNumbers_SentencesThreads)
    ->Unit(benchmark::kMillisecond)
    ->ThreadRange(2, 8)
    ->UseRealTime();

// One call per paragraph of eight sentences.
void BM_ExtractNumbers_Paragraphs(benchmark::State& state) {
    static const Input in = generated(250, 8);
    run(state, in);
}
BENCHMARK(BM_ExtractNumbers_Paragraphs)->Unit(benchmark::kMillisecond);

// The real articles of the seed corpus, paragraph by paragraph.
void BM_ExtractNumbers_SeedCorpus(benchmark::State& state) {
    static const Input in = seedCorpus();
    run(state, in);
}
BENCHMARK(BM_ExtractNumbers_SeedCorpus)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
