#include "reuse/ContentWords.h"

#include <libstemmer.h>
#include <xxhash.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace parallax {
namespace {

// Function words, and the verbs of attribution that every news sentence carries: two sentences do
// not say the same thing because both contain "said" or "according to".
const char* const stopWords[] = {
    "a",         "about",      "above",     "after",   "again",   "against",  "all",      "also",
    "am",        "an",         "and",       "any",     "are",     "as",       "at",       "be",
    "because",   "been",       "before",    "being",   "below",   "between",  "both",     "but",
    "by",        "can",        "could",     "did",     "do",      "does",     "doing",    "down",
    "during",    "each",       "few",       "for",     "from",    "further",  "had",      "has",
    "have",      "having",     "he",        "her",     "here",    "hers",     "herself",  "him",
    "himself",   "his",        "how",       "however", "i",       "if",       "in",       "into",
    "is",        "it",         "its",       "itself",  "just",    "me",       "more",     "most",
    "my",        "myself",     "no",        "nor",     "not",     "now",      "of",       "off",
    "on",        "once",       "only",      "or",      "other",   "our",      "ours",     "ourselves",
    "out",       "over",       "own",       "same",    "she",     "should",   "so",       "some",
    "such",      "than",       "that",      "the",     "their",   "theirs",   "them",     "themselves",
    "then",      "there",      "these",     "they",    "this",    "those",    "through",  "to",
    "too",       "under",      "until",     "up",      "very",    "was",      "we",       "were",
    "what",      "when",       "where",     "which",   "while",   "who",      "whom",     "why",
    "will",      "with",       "would",     "you",     "your",    "yours",    "yourself", "its",
    "it's",      "i'm",        "don't",     "didn't",  "won't",   "can't",    "there's",  "he's",
    "she's",     "that's",     "mr",        "mrs",     "ms",      "dr",       "per",      "cent",
    "percent",   "via",        "yet",       "still",   "even",    "said",     "says",     "say",
    "saying",    "told",       "tell",      "added",   "stated",  "remarked", "asserted", "noted",
    "according", "reportedly", "meanwhile", "also",    "another", "one's",    "among",    "amid",
    "amidst",    "within",     "without",   "upon",    "onto",    "toward",   "towards",  "across",
    "around",    "since",
};

// Words a rewriter swaps for one another in news copy. Each group maps to its first word's stem.
// Kept small on purpose: a wide thesaurus makes unrelated sentences look alike.
const std::vector<std::vector<const char*>> synonymGroups = {
    {"injured", "wounded", "hurt", "injuring", "injuries", "injury"},
    {"killed", "dead", "died", "death", "killing", "deaths"},
    {"launched", "unleashed"},
    {"attack", "raid", "assault", "strike", "airstrike", "barrage", "bombardment", "bombing", "shelling",
     "onslaught"},
    {"blaze", "fire", "fires", "blazes"},
    {"footage", "video"},
    {"officials", "authorities"},
    {"siren", "alert", "alarm"},
    {"halt", "pause", "suspend", "freeze"},
    {"shipment", "delivery", "supply", "supplies"},
    {"weapons", "arms", "munitions"},
    {"ceasefire", "truce"},
    {"disappointed", "frustration", "frustrated", "disappointment"},
    {"condemned", "denounced", "criticised", "criticized"},
    {"appealed", "urged"},
    {"consulate", "embassy"},
    {"blanketed", "shrouded", "covered"},
    {"penetrated", "breached", "penetrating", "breach"},
    {"region", "province"},
    {"children", "kids", "child"},
    {"began", "started", "begin", "start"},
    {"discussions", "talks"},
    {"fighting", "war", "conflict"},
    {"capital"},
};

const char* const numberWords[][2] = {
    {"zero", "0"},      {"one", "1"},         {"two", "2"},           {"three", "3"},
    {"four", "4"},      {"five", "5"},        {"six", "6"},           {"seven", "7"},
    {"eight", "8"},     {"nine", "9"},        {"ten", "10"},          {"eleven", "11"},
    {"twelve", "12"},   {"thirteen", "13"},   {"fourteen", "14"},     {"fifteen", "15"},
    {"sixteen", "16"},  {"seventeen", "17"},  {"eighteen", "18"},     {"nineteen", "19"},
    {"twenty", "20"},   {"thirty", "30"},     {"forty", "40"},        {"fifty", "50"},
    {"sixty", "60"},    {"seventy", "70"},    {"eighty", "80"},       {"ninety", "90"},
    {"hundred", "100"}, {"thousand", "1000"}, {"million", "1000000"}, {"billion", "1000000000"},
};

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

QString stem(const QString& word) {
    // libstemmer keeps state per stemmer object, so every thread owns one.
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* out = sb_stemmer_stem(
        stemmer.get(), reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    if (!out)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char*>(out), sb_stemmer_length(stemmer.get()));
}

struct Tables {
    QSet<QString> stop;
    QHash<QString, QString> numbers;
    QHash<QString, QString> synonymOfStem; // stem -> the group's canonical stem

    Tables() {
        for (const char* w : stopWords)
            stop.insert(QString::fromLatin1(w));
        for (const auto& n : numberWords)
            numbers.insert(QString::fromLatin1(n[0]), QString::fromLatin1(n[1]));
        for (const auto& group : synonymGroups) {
            const QString head = stem(QString::fromLatin1(group.front()));
            for (const char* w : group)
                synonymOfStem.insert(stem(QString::fromLatin1(w)), head);
        }
    }
};

const Tables& tables() {
    static const Tables t; // thread-safe initialisation
    return t;
}

std::uint64_t unitHash(const QString& unit) {
    return XXH3_64bits(unit.utf16(), size_t(unit.size()) * sizeof(char16_t));
}

void sortUnique(std::vector<std::uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

QString contentUnit(const QString& key, bool isNumeric) {
    const Tables& t = tables();
    if (isNumeric) {
        QString digits = key;
        digits.remove(u',');
        return u'#' + digits;
    }
    if (const auto it = t.numbers.constFind(key); it != t.numbers.constEnd())
        return u'#' + *it;
    if (key.size() < 2 || t.stop.contains(key))
        return {};
    const QString s = stem(key);
    return t.synonymOfStem.value(s, s);
}

ContentProfile contentProfile(const Document& doc) {
    ContentProfile p;
    p.units.resize(doc.sentences.size());
    p.specifics.resize(doc.sentences.size());
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        for (int i = 0; i < sentence.tokenCount; ++i) {
            const Token& token = doc.tokens[size_t(sentence.firstToken + i)];
            const QString unit = contentUnit(token.key, token.isNumeric);
            if (unit.isEmpty())
                continue;
            const std::uint64_t h = unitHash(unit);
            p.units[s].push_back(h);
            // A capital inside a sentence marks a name; the first word is capitalised anyway.
            const bool name = i > 0 && doc.text[token.span.start].isUpper();
            if (unit.startsWith(u'#') || name)
                p.specifics[s].push_back(h);
        }
        sortUnique(p.units[s]);
        sortUnique(p.specifics[s]);
        p.documentUnits.insert(p.documentUnits.end(), p.units[s].begin(), p.units[s].end());
        p.documentSpecifics.insert(p.documentSpecifics.end(), p.specifics[s].begin(), p.specifics[s].end());
    }
    sortUnique(p.documentUnits);
    sortUnique(p.documentSpecifics);
    return p;
}

} // namespace parallax
