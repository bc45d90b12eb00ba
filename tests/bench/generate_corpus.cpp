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
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The most frequent English words, most frequent first (from general frequency lists; rank order
// only matters roughly).
const char* const frequentWords =
    "the of and to a in is that for it was on with he as be by at are his this from had not but have "
    "they or an were which she her one all their been has there who more would will if can what when "
    "we no said so out up its about into them than only other new some could time these two may then "
    "do first any my now such like our over man me even most made after also did many before must "
    "through back years where much your way well down should because each just those people how too "
    "little state good very make world still own see men work long get here between both life being "
    "under never day same another know while last might us great old year off come since against go "
    "came right used take three states himself few house use during without again place american "
    "around however home small found thought went say part once general high upon school every does "
    "got united left number course war until always away something fact though water less public put "
    "think almost hand enough far took head yet government system better set told nothing night end "
    "why called didn eyes find going look asked later knew point next program city business give group "
    "toward young days let room president side social given present several order national possible "
    "rather second face per among form important often things looked early white case john become large "
    "big need four within felt along children saw best church ever least power development light thing "
    "seemed family interest want members others mind country area done turned although open god service "
    "certain kind problem began different door thus help sense means whole matter perhaps itself york "
    "times law human line above name example action company hands local show whether five history gave "
    "today either act feet across taken past quite anything seen having death week experience body word "
    "half really field am car words already themselves information tell together college shall money "
    "period held keep sure real probably free seems political cannot behind miss question air office "
    "making brought whose special major heard problems federal became study ago moment known result "
    "street economic boy position reason change south board individual job society areas west close "
    "turn love community true court force full seem police";

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

std::vector<std::string> vocabulary(const std::string& dictionary, std::mt19937_64& rng) {
    std::vector<std::string> words = split(frequentWords);
    std::set<std::string> seen(words.begin(), words.end());
    std::vector<std::string> rest;
    std::ifstream in(dictionary);
    for (std::string w; std::getline(in, w);) {
        if (w.size() < 3 || w.size() > 12)
            continue;
        if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            continue;
        if (seen.insert(w).second)
            rest.push_back(w);
    }
    if (rest.empty())
        std::fprintf(stderr,
                     "generate_corpus: no dictionary at %s; vocabulary is the %zu frequent words "
                     "only (install wamerican)\n",
                     dictionary.c_str(), words.size());
    std::shuffle(rest.begin(), rest.end(), rng);
    words.insert(words.end(), rest.begin(), rest.end());
    return words;
}

// Word ranks; a negative entry -v is the number v, an entry from nameBase up the word of rank
// (entry - nameBase) written capitalised (a name).
using Sentence = std::vector<int>;
constexpr int nameBase = 1 << 24;
using Article = std::vector<std::vector<Sentence>>; // paragraphs of sentences

class Generator {
public:
    Generator(std::vector<std::string> words, std::uint64_t seed)
        : words_(std::move(words))
        , rng_(seed) {
        std::vector<double> weights(words_.size());
        for (size_t r = 0; r < weights.size(); ++r)
            weights[r] = 1.0 / (double(r) + 2.7);
        zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    int word() { return zipf_(rng_); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    double unit() { return std::uniform_real_distribution<double>(0, 1)(rng_); }

    Sentence sentence() {
        Sentence s(size_t(between(10, 30)));
        for (int& w : s)
            w = word();
        return s;
    }

    std::vector<Sentence> sentences(int words) {
        std::vector<Sentence> out;
        for (int n = 0; n < words;) {
            out.push_back(sentence());
            n += int(out.back().size());
        }
        return out;
    }

    Article paragraphs(std::vector<Sentence> sentences) {
        Article a;
        for (size_t i = 0; i < sentences.size();) {
            const size_t n = std::min(sentences.size() - i, size_t(between(2, 5)));
            a.emplace_back(sentences.begin() + std::ptrdiff_t(i), sentences.begin() + std::ptrdiff_t(i + n));
            i += n;
        }
        return a;
    }

    // About 4% of words edited, one or two sentences dropped.
    std::vector<Sentence> reprint(std::vector<Sentence> s) {
        for (int drop = between(1, 2); drop > 0 && s.size() > 3; --drop)
            s.erase(s.begin() + between(0, int(s.size()) - 1));
        for (Sentence& sentence : s) {
            Sentence edited;
            for (int w : sentence) {
                if (unit() >= 0.04) {
                    edited.push_back(w);
                    continue;
                }
                const double kind = unit();
                if (kind < 0.5)
                    edited.push_back(word()); // replaced
                else if (kind < 0.75)
                    edited.insert(edited.end(), {w, word()}); // a word inserted
                // else deleted
            }
            sentence = edited.empty() ? sentence : edited;
        }
        return s;
    }

    std::string render(const Article& article) const {
        std::string out;
        for (const auto& paragraph : article) {
            std::string line;
            for (const Sentence& s : paragraph) {
                for (size_t i = 0; i < s.size(); ++i) {
                    std::string w = s[i] < 0           ? std::to_string(-s[i])
                                    : s[i] >= nameBase ? words_[size_t(s[i] - nameBase)]
                                                       : words_[size_t(s[i])];
                    if ((i == 0 || s[i] >= nameBase) && w[0] >= 'a' && w[0] <= 'z')
                        w[0] = char(w[0] - 'a' + 'A');
                    if (!line.empty())
                        line += ' ';
                    line += w;
                }
                line += '.';
            }
            out += line + "\n\n";
        }
        out.pop_back();
        return out;
    }

    // One to three words replaced, inserted or deleted at random places (numbers and names kept).
    Sentence editWords(Sentence s) {
        for (int edits = between(1, 3); edits > 0 && s.size() > 4; --edits) {
            const int at = between(0, int(s.size()) - 1);
            if (s[size_t(at)] < 0 || s[size_t(at)] >= nameBase)
                continue;
            const double kind = unit();
            if (kind < 0.5)
                s[size_t(at)] = word();
            else if (kind < 0.75)
                s.insert(s.begin() + at, word());
            else
                s.erase(s.begin() + at);
        }
        return s;
    }

    // Another value for one of the sentence's numbers; false when it has none.
    bool changeNumber(Sentence& s) {
        std::vector<size_t> numbers;
        for (size_t i = 0; i < s.size(); ++i)
            if (s[i] < 0)
                numbers.push_back(i);
        if (numbers.empty())
            return false;
        int& n = s[numbers[size_t(between(0, int(numbers.size()) - 1))]];
        const int old = -n;
        do
            n = -between(2, 900);
        while (-n == old);
        return true;
    }

    // A sentence of a story: words, and most often a name or two and a number with its noun.
    Sentence storySentence(const std::vector<int>& names) {
        Sentence s = sentence();
        for (int k = 0; k < 2; ++k)
            if (unit() < 0.5)
                s.insert(s.begin() + between(1, int(s.size()) - 1),
                         nameBase + names[size_t(between(0, int(names.size()) - 1))]);
        if (unit() < 0.7) {
            const int at = between(1, int(s.size()) - 1);
            s.insert(s.begin() + at, {-between(2, 900), between(40, 400)});
        }
        return s;
    }

    std::mt19937_64& rng() { return rng_; }

private:
    std::vector<std::string> words_;
    std::mt19937_64 rng_;
    std::discrete_distribution<int> zipf_;
};

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

std::vector<int> storyNames(Generator& g, int count) {
    std::vector<int> names;
    for (int i = 0; i < count; ++i)
        names.push_back(g.between(300, 20000));
    return names;
}

int oneStory(const std::filesystem::path& out, std::vector<std::string> words, std::uint64_t seed,
             int articles, int poolSize) {
    if (poolSize < 35) {
        std::fprintf(stderr, "generate_corpus: the pool needs at least 35 sentences\n");
        return 2;
    }
    Generator g(std::move(words), seed);
    const std::vector<int> names = storyNames(g, 30);
    std::vector<Sentence> pool;
    for (int i = 0; i < poolSize; ++i)
        pool.push_back(g.storySentence(names));
    const Names id(articles, g.rng());
    std::filesystem::create_directories(out / "corpus");
    std::ofstream truth(out / "story.tsv");
    std::vector<int> order(static_cast<size_t>(poolSize));
    for (int i = 0; i < poolSize; ++i)
        order[size_t(i)] = i;
    for (int a = 0; a < articles; ++a) {
        std::shuffle(order.begin(), order.end(), g.rng());
        std::vector<int> chosen(order.begin(), order.begin() + g.between(15, 35));
        std::sort(chosen.begin(), chosen.end()); // the story's order of facts ...
        if (g.unit() < 0.3) {                    // ... with a run of sentences moved elsewhere
            const int n = int(chosen.size());
            const int from = g.between(0, n - 3), length = g.between(1, 3);
            std::vector<int> run(chosen.begin() + from, chosen.begin() + from + length);
            chosen.erase(chosen.begin() + from, chosen.begin() + from + length);
            chosen.insert(chosen.begin() + g.between(0, int(chosen.size())), run.begin(), run.end());
        }
        std::vector<Sentence> sentences;
        for (int i : chosen) {
            Sentence s = pool[size_t(i)];
            if (g.unit() < 0.4)
                s = g.editWords(s);
            if (g.unit() < 0.2)
                g.changeNumber(s);
            sentences.push_back(std::move(s));
        }
        writeArticle(out, id(a), g.render(g.paragraphs(sentences)));
        truth << id(a);
        for (size_t i = 0; i < chosen.size(); ++i)
            truth << (i ? ',' : '\t') << chosen[i];
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
    const std::vector<int> names = storyNames(g, 20);
    std::vector<Sentence> story;
    for (int i = g.between(22, 30); i > 0; --i)
        story.push_back(g.storySentence(names));
    const Names id(articles, g.rng());
    std::filesystem::create_directories(out / "corpus");
    std::ofstream truth(out / "family.tsv");
    auto header = [](const std::string& source, const std::string& date) {
        return "Source: " + source + "\n\ndate " + date + "\n\n";
    };
    int slot = 0;
    writeArticle(out, id(slot), header("Wire Agency", "2026-03-01") + g.render(g.paragraphs(story)));
    truth << id(slot++) << "\toriginal\n";
    for (int r = 0; r < reprints; ++r, ++slot) {
        // The outlet's house style: four words it always writes its own way.
        std::vector<std::pair<int, int>> style;
        for (int k = 0; k < 4; ++k)
            style.emplace_back(g.between(100, 2000), g.between(100, 2000));
        std::vector<Sentence> copy = story;
        for (int drop = g.between(1, 2); drop > 0; --drop)
            copy.erase(copy.begin() + g.between(0, int(copy.size()) - 1));
        if (g.unit() < 1.0 / 3)
            copy.resize(size_t(double(copy.size()) * (0.6 + 0.3 * g.unit())));
        for (Sentence& s : copy) {
            for (int& w : s)
                for (const auto& [from, to] : style)
                    if (w == from)
                        w = to;
            if (g.unit() < 0.3)
                s = g.editWords(s);
        }
        std::string text =
            header("Outlet " + std::to_string(r + 1), g.unit() < 0.5 ? "2026-03-01" : "2026-03-02") +
            g.render(g.paragraphs(copy));
        if (g.unit() < 0.7)
            text += "\n\n– Wire Agency";
        writeArticle(out, id(slot), text);
        truth << id(slot) << "\treprint\n";
    }
    for (int p = 0; p < passages; ++p, ++slot) {
        const int length = g.between(3, 5);
        const int from = g.between(0, int(story.size()) - length);
        std::vector<Sentence> host = g.sentences(g.between(300, 450));
        host.insert(host.begin() + g.between(0, int(host.size())), story.begin() + from,
                    story.begin() + from + length);
        writeArticle(out, id(slot),
                     header("Outlet " + std::to_string(reprints + p + 1), "2026-03-02") +
                         g.render(g.paragraphs(host)));
        truth << id(slot) << "\tpassage\n";
    }
    for (; slot < articles; ++slot) {
        writeArticle(out, id(slot), g.render(g.paragraphs(g.sentences(g.between(450, 550)))));
        truth << id(slot) << "\tother\n";
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
