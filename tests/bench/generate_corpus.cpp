// Writes generated corpora for the reuse benchmarks (scripts/bench-reuse, scripts/bench-story):
// plain-text articles of Zipf-distributed English words, with what was planted written beside them.
//
//   generate_corpus OUT [--articles N] [--reprints R] [--passages P] [--seed S] [--words FILE]
//   generate_corpus OUT --story N [--pool P] [--seed S] [--words FILE]
//   generate_corpus OUT --syndication R [--articles N] [--passages P] [--seed S] [--words FILE]
//
// Default mode, planted pairs (scripts/bench-reuse):
// OUT/corpus/NNNNN.txt  the articles (names shuffled, so planted pairs are not neighbours)
// OUT/truth.tsv         one planted pair a line: id, id, "reprint" or "passage"
//
// Reprint: the original with about 4% of its words edited (replaced, deleted or inserted) and one
// or two sentences dropped. Passage: 4-6 consecutive sentences of one article, verbatim, inside an
// otherwise new article. Every other article is new text. Articles in planted pairs take part in
// one pair only, so the truth needs no transitive pairs.
//
// --story N: one story in N outlets. A pool of P sentences (default 100) is the story: each has a
// name or two and a number or two. Each article takes 15-35 of them, mostly in pool order, and
// edits its copies: 40% get one to three words replaced, inserted or deleted, 20% a number changed.
// So nearly every pair of articles is related, and most share five or more sentences.
// OUT/story.tsv         one article a line: id, then the pool indices of its sentences in order,
//                       comma-separated (two articles share a sentence when they share an index)
//
// --syndication R: one wire story (22-30 sentences, "Source: Wire Agency", dated 2026-03-01) and R
// reprints of it among N articles in all (default 1,000). Each reprint is one outlet's copy: its own
// house style (a few words it always spells its own way), about 2% of words edited, one or two
// sentences dropped, a third cut to 60-90% of the story; 70% end with the credit "– Wire Agency",
// all are dated 2026-03-01 or a day later. P other articles (default 50) quote a passage of 3-5 of
// the story's sentences inside their own text; the rest are new text.
// OUT/family.tsv        one article a line: id, then "original", "reprint", "passage" or "other"
//
// The words: the most frequent English words first (a list below), then a dictionary (FILE, by
// default /usr/share/dict/words from Debian's wamerican) in a fixed shuffled order, drawn with a
// Zipf-Mandelbrot law p(r) ~ 1/(r + 2.7). Sentences are 10-30 words, paragraphs 2-5 sentences, so
// word shingles repeat across unrelated articles about as often as they do in news text, not as in
// random strings.
#include "CorpusGenerator.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace parallax::generated;

// Article file names: the slots' numbers shuffled, so related articles are not neighbours.
class Names {
public:
    Names(int articles, std::mt19937_64& rng)
        : names_(static_cast<size_t>(articles)) {
        for (int i = 0; i < articles; ++i)
            names_[size_t(i)] = i;
        std::shuffle(names_.begin(), names_.end(), rng);
    }
    std::string operator()(int slot) const {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%05d", names_[size_t(slot)]);
        return buf;
    }

private:
    std::vector<int> names_;
};

void writeArticle(const std::filesystem::path& out, const std::string& id, const std::string& text) {
    std::ofstream f(out / "corpus" / (id + ".txt"), std::ios::binary);
    f << text << '\n';
}

int oneStory(const std::filesystem::path& out, std::vector<std::string> words, std::uint64_t seed,
             int articles, int poolSize) {
    if (poolSize < 35) {
        std::fprintf(stderr, "generate_corpus: the pool needs at least 35 sentences\n");
        return 2;
    }
    Generator g(std::move(words), seed);
    StoryPool pool(g, poolSize);
    const Names id(articles, g.rng());
    std::filesystem::create_directories(out / "corpus");
    std::ofstream truth(out / "story.tsv");
    for (int a = 0; a < articles; ++a) {
        const StoryPool::Article article = pool.article(g);
        writeArticle(out, id(a), article.text);
        truth << id(a);
        for (size_t i = 0; i < article.sentences.size(); ++i)
            truth << (i ? ',' : '\t') << article.sentences[i];
        truth << '\n';
    }
    std::fprintf(stderr, "generate_corpus: one story of a %d-sentence pool in %d articles in %s\n", poolSize,
                 articles, out.string().c_str());
    return 0;
}

int syndication(const std::filesystem::path& out, std::vector<std::string> words, std::uint64_t seed,
                int reprints, int articles, int passages) {
    if (reprints + passages + 1 > articles) {
        std::fprintf(stderr, "generate_corpus: %d reprints and %d passages do not fit in %d articles\n",
                     reprints, passages, articles);
        return 2;
    }
    Generator g(std::move(words), seed);
    const std::vector<GeneratedArticle> texts = syndicationArticles(g, reprints, articles, passages);
    const Names id(articles, g.rng());
    std::filesystem::create_directories(out / "corpus");
    std::ofstream truth(out / "family.tsv");
    for (int slot = 0; slot < articles; ++slot) {
        writeArticle(out, id(slot), texts[size_t(slot)].text);
        truth << id(slot) << '\t' << texts[size_t(slot)].role << '\n';
    }
    std::fprintf(stderr, "generate_corpus: one story and %d reprints, %d passages, %d articles in %s\n",
                 reprints, passages, articles, out.string().c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: generate_corpus OUT [--articles N] [--reprints R] [--passages P] "
                             "[--seed S] [--words FILE]\n"
                             "       generate_corpus OUT --story N [--pool P] [--seed S] [--words FILE]\n"
                             "       generate_corpus OUT --syndication R [--articles N] [--passages P] "
                             "[--seed S] [--words FILE]\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    int articles = 20000, reprints = 1000, passages = 1000, story = 0, pool = 100, syndicated = 0;
    bool articlesGiven = false, passagesGiven = false;
    std::uint64_t seed = 1;
    std::string dictionary = "/usr/share/dict/words";
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--articles")
            articles = std::atoi(argv[i + 1]), articlesGiven = true;
        else if (opt == "--story")
            story = std::atoi(argv[i + 1]);
        else if (opt == "--pool")
            pool = std::atoi(argv[i + 1]);
        else if (opt == "--syndication")
            syndicated = std::atoi(argv[i + 1]);
        else if (opt == "--reprints")
            reprints = std::atoi(argv[i + 1]);
        else if (opt == "--passages")
            passages = std::atoi(argv[i + 1]), passagesGiven = true;
        else if (opt == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (opt == "--words")
            dictionary = argv[i + 1];
        else {
            std::fprintf(stderr, "generate_corpus: unknown option %s\n", opt.c_str());
            return 2;
        }
    }
    if (2 * (reprints + passages) > articles) {
        std::fprintf(stderr, "generate_corpus: too many planted pairs for %d articles\n", articles);
        return 2;
    }
    std::mt19937_64 vocabularyRng(seed ^ 0x5eed);
    std::vector<std::string> words = vocabulary(dictionary, vocabularyRng);
    if (story > 0)
        return oneStory(out, std::move(words), seed, story, pool);
    if (syndicated > 0)
        return syndication(out, std::move(words), seed, syndicated, articlesGiven ? articles : 1000,
                           passagesGiven ? passages : 50);
    Generator g(std::move(words), seed);

    std::vector<int> names(static_cast<size_t>(articles));
    for (int i = 0; i < articles; ++i)
        names[size_t(i)] = i;
    std::shuffle(names.begin(), names.end(), g.rng());
    auto id = [&](int slot) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%05d", names[size_t(slot)]);
        return std::string(buf);
    };

    std::filesystem::create_directories(out / "corpus");
    auto write = [&](int slot, const Article& a) {
        std::ofstream f(out / "corpus" / (id(slot) + ".txt"), std::ios::binary);
        f << g.render(a) << '\n';
    };
    std::ofstream truth(out / "truth.tsv");
    int slot = 0;
    for (int r = 0; r < reprints; ++r, slot += 2) {
        const std::vector<Sentence> original = g.sentences(g.between(450, 550));
        write(slot, g.paragraphs(original));
        write(slot + 1, g.paragraphs(g.reprint(original)));
        truth << id(slot) << '\t' << id(slot + 1) << "\treprint\n";
    }
    for (int p = 0; p < passages; ++p, slot += 2) {
        const std::vector<Sentence> source = g.sentences(g.between(450, 550));
        const int length = g.between(4, 6);
        const int from = g.between(0, int(source.size()) - length);
        std::vector<Sentence> host = g.sentences(g.between(350, 450));
        const int at = g.between(0, int(host.size()));
        host.insert(host.begin() + at, source.begin() + from, source.begin() + from + length);
        write(slot, g.paragraphs(source));
        write(slot + 1, g.paragraphs(host));
        truth << id(slot) << '\t' << id(slot + 1) << "\tpassage\n";
    }
    for (; slot < articles; ++slot)
        write(slot, g.paragraphs(g.sentences(g.between(450, 550))));
    std::fprintf(stderr, "generate_corpus: %d articles, %d reprint pairs, %d passage pairs in %s\n", articles,
                 reprints, passages, out.string().c_str());
    return 0;
}
