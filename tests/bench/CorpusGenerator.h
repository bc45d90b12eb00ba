#pragma once

// The text generator of tests/bench/generate_corpus (and of the tests that need a generated folder):
// English words drawn with a Zipf-Mandelbrot law, sentences of 10-30 words, paragraphs of 2-5
// sentences; story sentences with names and numbers; a syndicated story with its reprints.
// Standard C++ only, deterministic for a seed. vocabulary("") makes up its rare words instead of
// reading a dictionary.
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

namespace parallax::generated {

// The most frequent English words, most frequent first (from general frequency lists; rank order
// only matters roughly).
inline const char* const frequentWords =
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

inline std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

inline std::vector<std::string> vocabulary(const std::string& dictionary, std::mt19937_64& rng) {
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
    if (rest.empty() && !dictionary.empty())
        std::fprintf(stderr,
                     "generate_corpus: no dictionary at %s; vocabulary is the %zu frequent words "
                     "only (install wamerican)\n",
                     dictionary.c_str(), words.size());
    if (dictionary.empty()) // made-up words of three syllables (tests: no dictionary needed)
        for (const char* a : {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"})
            for (const char* b : {"a", "e", "i", "o", "u"})
                for (const char* c : {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"})
                    for (const char* d : {"a", "e", "i", "o", "u"})
                        for (const char* e : {"n", "r", "s", "t", "x"})
                            rest.push_back(std::string(a) + b + c + d + e);
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
    int vocabularySize() const { return int(words_.size()); }

private:
    std::vector<std::string> words_;
    std::mt19937_64 rng_;
    std::discrete_distribution<int> zipf_;
};

inline std::vector<int> storyNames(Generator& g, int count) {
    std::vector<int> names;
    for (int i = 0; i < count; ++i)
        names.push_back(g.between(300, std::min(20000, g.vocabularySize() - 1)));
    return names;
}

// One story as a pool of sentences (names and numbers in most), and articles drawn from it: each
// takes 15-35 of them, mostly in pool order (30% move a run of 1-3 sentences elsewhere), 40% of its
// copies with one to three words edited and 20% with a number changed (generate_corpus --story).
class StoryPool {
public:
    StoryPool(Generator& g, int size) {
        const std::vector<int> names = storyNames(g, 30);
        for (int i = 0; i < size; ++i)
            pool_.push_back(g.storySentence(names));
        for (int i = 0; i < size; ++i)
            order_.push_back(i);
    }

    struct Article {
        std::string text;
        std::vector<int> sentences; // pool indices, in the article's order
    };

    Article article(Generator& g) {
        std::shuffle(order_.begin(), order_.end(), g.rng());
        std::vector<int> chosen(order_.begin(), order_.begin() + g.between(15, 35));
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
            Sentence s = pool_[size_t(i)];
            if (g.unit() < 0.4)
                s = g.editWords(s);
            if (g.unit() < 0.2)
                g.changeNumber(s);
            sentences.push_back(std::move(s));
        }
        return {g.render(g.paragraphs(sentences)), chosen};
    }

private:
    std::vector<Sentence> pool_;
    std::vector<int> order_; // shuffled anew for each article
};

struct GeneratedArticle {
    std::string text;
    std::string role; // "original", "reprint", "passage" or "other"
};

// One wire story (22-30 sentences, "Source: Wire Agency", dated 2026-03-01) and `reprints` copies of
// it among `articles` articles in all, the original first, then the reprints, the passages and the
// others. Each reprint is one outlet's copy: its own house style (four words it always writes its
// own way), 30% of sentences with a word or three edited, one or two sentences dropped, a third cut
// to 60-90% of the story; 70% end with the credit "– Wire Agency", all are dated 2026-03-01 or a day
// later. `passages` articles quote 3-5 consecutive sentences of the story inside their own text.
inline std::vector<GeneratedArticle> syndicationArticles(Generator& g, int reprints, int articles,
                                                         int passages) {
    std::vector<GeneratedArticle> out;
    const std::vector<int> names = storyNames(g, 20);
    std::vector<Sentence> story;
    for (int i = g.between(22, 30); i > 0; --i)
        story.push_back(g.storySentence(names));
    auto header = [](const std::string& source, const std::string& date) {
        return "Source: " + source + "\n\ndate " + date + "\n\n";
    };
    out.push_back({header("Wire Agency", "2026-03-01") + g.render(g.paragraphs(story)), "original"});
    for (int r = 0; r < reprints; ++r) {
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
            text += "\n\n\u2013 Wire Agency";
        out.push_back({text, "reprint"});
    }
    for (int p = 0; p < passages; ++p) {
        const int length = g.between(3, 5);
        const int from = g.between(0, int(story.size()) - length);
        std::vector<Sentence> host = g.sentences(g.between(300, 450));
        host.insert(host.begin() + g.between(0, int(host.size())), story.begin() + from,
                    story.begin() + from + length);
        out.push_back({header("Outlet " + std::to_string(reprints + p + 1), "2026-03-02") +
                           g.render(g.paragraphs(host)),
                       "passage"});
    }
    while (int(out.size()) < articles)
        out.push_back({g.render(g.paragraphs(g.sentences(g.between(450, 550)))), "other"});
    return out;
}

} // namespace parallax::generated
