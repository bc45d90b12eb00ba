// The claims stage, timed, on generated story clusters whose numbers are planted.
//
//   bench_claims [--benchmark_...]      Google Benchmark: extractMentions and groupClaims on a
//                                       generated corpus (Arg: stories of 6 articles), findClaims on
//                                       the seeds and samples. findReuse runs once per input, untimed.
//   bench_claims run STORIES [ARTICLES] generate STORIES stories of ARTICLES articles (default 6),
//                                       find reuse, extract and group once; prints seconds per stage,
//                                       mentions per second, claims per status, and the grouping
//                                       against the planted truth (claims mixing two facts, planted
//                                       conflicts found, conflicts that are not planted). With
//                                       BENCH_CLAIMS_SHOW set, lists each of those claims and misses.
//
// A story is one event in a made-up city: facts (people injured, killed, taken to hospital, drones
// and missiles launched, attack length, firefighters, share of homes without power), each with a
// planted value. Every article of the story carries 20-30 wire sentences of Zipf-distributed
// made-up words (so the reuse stage pairs the articles) and states most facts in a template of its
// own choosing (synonym verbs, "the N-hour raid" or "for N hours", number words, hedges); about one
// fact in seven gets another value in one article (a planted conflict). Decoys: a separate attack
// in another city with its own toll, the previous record of drones, years and times of day.
#include "claims/ClaimStatus.h"
#include "claims/FindClaims.h"
#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "reuse/FindReuse.h"
#include "text/SentenceSegmenter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <random>

using namespace parallax;

namespace {

// The facts with templates first; the two decoys last: a separate attack elsewhere, the previous
// record of drones (another occasion). Each has one value per story.
enum Fact {
    Injured,
    Killed,
    Hospital,
    Drones,
    Missiles,
    Hours,
    Firefighters,
    Power,
    Elsewhere,
    Record,
    FactCount
};
constexpr int templatedFacts = Elsewhere;

// Templates per fact: %1 the number, %2 the city. Each says the fact in other words.
const std::vector<std::vector<const char*>> templates = {
    {"At least %1 people were injured in %2, officials said.", "Officials said %1 people were wounded in %2.",
     "The attack on %2 left %1 people injured, according to the mayor.", "In %2, %1 people were hurt."},
    {"%1 people were killed in %2.", "The strikes on %2 killed %1 people, the governor said.",
     "Officials in %2 said %1 people died."},
    {"%1 people were taken to hospital in %2.", "In %2, %1 people were hospitalised."},
    {"Russia launched %1 drones at %2 overnight.",
     "According to the air force, %1 drones were launched at %2.",
     "Russia fired %1 drones at %2 during the night."},
    {"Russia also fired %1 missiles at %2.", "In %2, %1 missiles were launched overnight."},
    {"Residents in %2 sheltered in the metro during the %1-hour raid.",
     "Air raid sirens sounded in %2 for %1 hours.", "The %1-hour attack on %2 damaged dozens of buildings."},
    {"More than %1 firefighters fought the fires in %2.",
     "The city of %2 sent %1 firefighters to the scene."},
    {"%1 per cent of homes in %2 lost power.", "In %2, %1% of homes lost power."},
};

const char* const numberWords[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                   "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                   "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                   "eighteen", "nineteen", "twenty"};

struct Generated {
    std::vector<Document> docs;
    std::vector<int> storyOf; // per document
    // Per document: planted sentence -> the fact it states.
    std::vector<QHash<QString, int>> factOfSentence;

    // The fact a mention states: the planted sentence around it (the segmenter may have glued
    // that to a neighbour), else -1.
    int factOf(const ClaimVariant& v) const {
        const QString sentence = docs[size_t(v.doc)].sentenceText(v.sentence).toString();
        for (auto it = factOfSentence[size_t(v.doc)].cbegin(); it != factOfSentence[size_t(v.doc)].cend();
             ++it)
            for (qsizetype at = sentence.indexOf(it.key()); at >= 0; at = sentence.indexOf(it.key(), at + 1))
                if (v.mention.span.start >= at && v.mention.span.end <= at + it.key().size())
                    return it.value();
        return -1;
    }
    // Per story and fact: (article, value) of every planted sentence.
    std::vector<std::array<std::vector<std::pair<int, int>>, FactCount>> planted;

    // Two articles give the fact different values: a conflict the claims stage should report (one
    // article contradicting itself is a single claim by definition).
    bool conflictPlanted(size_t story, int fact) const {
        for (const auto& [docA, a] : planted[story][size_t(fact)])
            for (const auto& [docB, b] : planted[story][size_t(fact)])
                if (docA != docB && a != b)
                    return true;
        return false;
    }
};

class Generator {
public:
    explicit Generator(std::uint64_t seed)
        : rng_(seed) {
        const char* onsets[] = {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr"};
        const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
        for (const char* x : onsets)
            for (const char* y : vowels)
                for (const char* z : onsets)
                    for (const char* v : vowels)
                        words_.push_back(QString::fromLatin1(x) + QLatin1String(y) + QLatin1String(z) +
                                         QLatin1String(v) + u'n');
        std::shuffle(words_.begin(), words_.end(), rng_);
        std::vector<double> weights(words_.size());
        for (size_t r = 0; r < weights.size(); ++r)
            weights[r] = 1.0 / (double(r) + 2.7);
        zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    Generated corpus(int stories, int articles) {
        Generated g;
        g.planted.resize(size_t(stories));
        for (int s = 0; s < stories; ++s)
            story(g, s, articles);
        return g;
    }

private:
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }

    // A city no other story uses: two stories in one city would rightly share claims.
    QString city() {
        QString c;
        do {
            c = words_[size_t(between(0, int(words_.size()) - 1))];
            c[0] = c[0].toUpper();
        } while (cities_.contains(c));
        cities_.insert(c);
        return c;
    }

    QString filler() {
        static const char* const function[] = {"the", "of",   "and", "to",   "in",
                                               "was", "said", "for", "with", "by"};
        QStringList s;
        for (int n = between(10, 24); n > 0; --n)
            s << (chance(0.35) ? QString::fromLatin1(function[between(0, 9)]) : words_[size_t(zipf_(rng_))]);
        s << words_[size_t(between(0, int(words_.size()) - 1))];
        if (chance(0.1))
            s.insert(between(1, int(s.size()) - 1), QStringLiteral("in %1").arg(between(1990, 2024)));
        if (chance(0.1))
            s.insert(between(1, int(s.size()) - 1), QStringLiteral("at %1am").arg(between(1, 11)));
        s[0][0] = s[0][0].toUpper();
        return s.join(u' ') + u'.';
    }

    QString spell(int value) {
        if (value <= 20 && chance(0.4))
            return QString::fromLatin1(numberWords[value]);
        return QString::number(value);
    }

    void story(Generated& g, int s, int articles) {
        const QString place = city();
        const QString elsewhere = city();
        const int base[FactCount] = {between(5, 80), between(1, 12), between(2, 20),  between(100, 700),
                                     between(2, 20), between(3, 14), between(20, 90), between(5, 60),
                                     between(1, 9),  between(50, 90)};
        std::vector<QString> wire;
        for (int n = between(20, 30); n > 0; --n)
            wire.push_back(filler());
        for (int a = 0; a < articles; ++a) {
            QStringList paragraphs;
            QHash<QString, int> facts;
            QStringList paragraph;
            auto add = [&](const QString& sentence) {
                paragraph << sentence;
                if (paragraph.size() >= between(2, 4)) {
                    paragraphs << paragraph.join(u' ');
                    paragraph.clear();
                }
            };
            // The lead names the city, so sentences that do not still happen there.
            add(QStringLiteral("Russia attacked the city of %1 overnight, officials said.").arg(place));
            for (const QString& w : wire) {
                if (chance(0.8))
                    add(w);
                if (chance(0.25)) {
                    const int f = between(0, templatedFacts - 1);
                    int value = base[f];
                    if (chance(1.0 / 7))
                        value += between(1, 5);
                    const auto& forms = templates[size_t(f)];
                    QString sentence = QString::fromLatin1(forms[size_t(between(0, int(forms.size()) - 1))])
                                           .arg(spell(value), place);
                    sentence[0] = sentence[0].toUpper();
                    if (facts.contains(sentence))
                        continue;
                    facts.insert(sentence, f);
                    g.planted[size_t(s)][size_t(f)].push_back({int(g.docs.size()), value});
                    add(sentence);
                }
                const QString decoys[] = {
                    QStringLiteral("In a separate attack on %1, %2 people were killed.")
                        .arg(elsewhere)
                        .arg(base[Elsewhere]),
                    QStringLiteral("The attack surpassed the previous record of %1 drones.")
                        .arg(base[Record])};
                for (int d = 0; d < 2; ++d)
                    if (chance(0.03) && !facts.contains(decoys[d])) {
                        facts.insert(decoys[d], Elsewhere + d);
                        g.planted[size_t(s)][size_t(Elsewhere + d)].push_back(
                            {int(g.docs.size()), base[Elsewhere + d]});
                        add(decoys[d]);
                    }
            }
            if (!paragraph.isEmpty())
                paragraphs << paragraph.join(u' ');
            Document doc;
            doc.id = QStringLiteral("s%1-a%2").arg(s, 4, 10, QLatin1Char('0')).arg(a);
            buildDocument(doc, paragraphs.join(QStringLiteral("\n\n")), ArticleFormat::Text, segmenter_);
            g.docs.push_back(std::move(doc));
            g.storyOf.push_back(s);
            g.factOfSentence.push_back(facts);
        }
    }

    std::mt19937_64 rng_;
    std::vector<QString> words_;
    std::discrete_distribution<int> zipf_;
    SentenceSegmenter segmenter_;
    QSet<QString> cities_;
};

struct Input {
    Generated g;
    ReuseResult reuse;
};

const Input& generated(int stories) {
    static std::map<int, Input> cache;
    auto it = cache.find(stories);
    if (it == cache.end()) {
        Input in;
        in.g = Generator(42).corpus(stories, 6);
        const std::atomic_bool cancel{false};
        in.reuse = findReuse(in.g.docs, {}, cancel);
        it = cache.emplace(stories, std::move(in)).first;
    }
    return it->second;
}

qsizetype mentionCount(const CorpusMentions& m) {
    qsizetype n = 0;
    for (const auto& doc : m)
        for (const auto& sentence : doc)
            n += qsizetype(sentence.size());
    return n;
}

void BM_ExtractMentions(benchmark::State& state) {
    const Input& in = generated(int(state.range(0)));
    const std::atomic_bool cancel{false};
    qsizetype mentions = 0;
    for (auto _ : state) {
        const CorpusMentions m = extractMentions(in.g.docs, cancel);
        mentions = mentionCount(m);
        benchmark::DoNotOptimize(m.data());
    }
    state.counters["mentions"] = double(mentions);
    state.counters["mentions/s"] =
        benchmark::Counter(double(mentions), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ExtractMentions)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_GroupClaims(benchmark::State& state) {
    const Input& in = generated(int(state.range(0)));
    const std::atomic_bool cancel{false};
    const CorpusMentions m = extractMentions(in.g.docs, cancel);
    size_t claims = 0;
    for (auto _ : state) {
        const std::vector<Claim> c = groupClaims(in.g.docs, m, in.reuse, cancel);
        claims = c.size();
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["claims"] = double(claims);
    state.counters["mentions/s"] =
        benchmark::Counter(double(mentionCount(m)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_GroupClaims)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_FindClaimsFolder(benchmark::State& state, const char* folder) {
    const std::atomic_bool cancel{false};
    const Corpus corpus = loadCorpus(QString::fromUtf8(folder), {}, cancel);
    if (corpus.documents.empty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    const ReuseResult reuse = findReuse(corpus.documents, {}, cancel);
    for (auto _ : state)
        benchmark::DoNotOptimize(findClaims(corpus.documents, reuse, cancel).data());
}
BENCHMARK_CAPTURE(BM_FindClaimsFolder, seeds, PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FindClaimsFolder, samples, PARALLAX_SAMPLES_DIR)->Unit(benchmark::kMillisecond);

// The grouping against the planted truth.
void score(const Generated& g, const std::vector<Claim>& claims) {
    int mixed = 0;
    int falseConflicts = 0;
    QSet<QPair<int, int>> conflictFound; // (story, fact)
    for (const Claim& c : claims) {
        QSet<QPair<int, int>> facts;
        bool unplanted = false;
        for (const ClaimVariant& v : c.variants) {
            const int f = g.factOf(v);
            if (f < 0)
                unplanted = true;
            else
                facts.insert({g.storyOf[size_t(v.doc)], f});
        }
        if (facts.size() > 1 || (unplanted && !facts.isEmpty())) {
            ++mixed;
            if (qEnvironmentVariableIsSet("BENCH_CLAIMS_SHOW"))
                for (const ClaimVariant& v : c.variants)
                    std::printf("  mixed %s: %s | %s\n", qPrintable(c.label),
                                qPrintable(g.docs[size_t(v.doc)].id),
                                qPrintable(g.docs[size_t(v.doc)].sentenceText(v.sentence).toString()));
        }
        // Any status that shows the values differ: a planted "about 40" against 41 is a rounding.
        if (isDisagreement(c) || c.status == ClaimStatus::Rounding) {
            if (facts.size() == 1 && !unplanted) {
                conflictFound.insert(*facts.begin());
            } else {
                ++falseConflicts;
                if (qEnvironmentVariableIsSet("BENCH_CLAIMS_SHOW"))
                    for (const ClaimVariant& v : c.variants)
                        std::printf("  false %s: %s | %s\n", qPrintable(c.label),
                                    qPrintable(g.docs[size_t(v.doc)].id),
                                    qPrintable(g.docs[size_t(v.doc)].sentenceText(v.sentence).toString()));
            }
        }
    }
    int planted = 0;
    int plantedFound = 0;
    for (size_t s = 0; s < g.planted.size(); ++s)
        for (int f = 0; f < FactCount; ++f)
            if (g.conflictPlanted(s, f)) {
                ++planted;
                plantedFound += conflictFound.contains({int(s), f}) ? 1 : 0;
                if (!conflictFound.contains({int(s), f}) && qEnvironmentVariableIsSet("BENCH_CLAIMS_SHOW")) {
                    std::printf("  missed story %zu fact %d\n", s, f);
                    for (const Claim& c : claims)
                        for (const ClaimVariant& v : c.variants)
                            if (g.storyOf[size_t(v.doc)] == int(s) && g.factOf(v) == f)
                                std::printf(
                                    "    %s [%s %.2f] %s | %s\n", qPrintable(c.id),
                                    qPrintable(claimStatusName(c.status)), c.confidence,
                                    qPrintable(g.docs[size_t(v.doc)].id),
                                    qPrintable(g.docs[size_t(v.doc)].sentenceText(v.sentence).toString()));
                }
            }
    std::printf("grouping: %d claims mix two facts (or a fact and a decoy); planted conflicts between "
                "articles found %d of "
                "%d; conflicts not planted %d\n",
                mixed, plantedFound, planted, falseConflicts);
}

int runOnce(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_claims run STORIES [ARTICLES]\n");
        return 2;
    }
    const int stories = std::atoi(argv[2]);
    const int articles = argc > 3 ? std::atoi(argv[3]) : 6;
    QElapsedTimer t;
    t.start();
    const Generated g = Generator(42).corpus(stories, articles);
    qsizetype sentences = 0;
    for (const Document& d : g.docs)
        sentences += qsizetype(d.sentences.size());
    std::printf("generated %zu articles, %lld sentences in %.2f s\n", g.docs.size(), (long long)sentences,
                double(t.nsecsElapsed()) / 1e9);
    const std::atomic_bool cancel{false};
    t.restart();
    const ReuseResult reuse = findReuse(g.docs, {}, cancel);
    std::printf("findReuse: %.2f s, %zu pairs, %zu sentence matches\n", double(t.nsecsElapsed()) / 1e9,
                reuse.pairs.size(), reuse.matches.size());
    t.restart();
    const CorpusMentions m = extractMentions(g.docs, cancel);
    const double extract = double(t.nsecsElapsed()) / 1e9;
    const qsizetype mentions = mentionCount(m);
    std::printf("extractMentions: %.3f s, %lld mentions, %.0f mentions/s\n", extract, (long long)mentions,
                double(mentions) / extract);
    t.restart();
    const std::vector<Claim> claims = groupClaims(g.docs, m, reuse, cancel);
    const double group = double(t.nsecsElapsed()) / 1e9;
    std::printf("groupClaims: %.3f s, %.0f mentions/s; findClaims total %.3f s\n", group,
                double(mentions) / group, extract + group);
    // As the pipeline calls it: with the sentences compared but not joined, for the rows.
    t.restart();
    std::vector<ComparedSentences> compared;
    groupClaims(g.docs, m, reuse, cancel, {}, &compared);
    std::printf("groupClaims with compared sentences: %.3f s, %zu sentence pairs\n",
                double(t.nsecsElapsed()) / 1e9, compared.size());
    int counts[int(ClaimStatus::Single) + 1] = {};
    int possible = 0;
    for (const Claim& c : claims) {
        ++counts[int(c.status)];
        possible += isPossibleDisagreement(c) ? 1 : 0;
    }
    std::printf(
        "claims: %zu (conflict %d, updated %d, rounding %d, qualifier %d, formatting %d, consistent %d, "
        "single %d; possible disagreements %d)\n",
        claims.size(), counts[int(ClaimStatus::Conflict)], counts[int(ClaimStatus::Updated)],
        counts[int(ClaimStatus::Rounding)], counts[int(ClaimStatus::Qualifier)],
        counts[int(ClaimStatus::Formatting)], counts[int(ClaimStatus::Consistent)],
        counts[int(ClaimStatus::Single)], possible);
    score(g, claims);
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
