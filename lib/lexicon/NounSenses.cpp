#include "lexicon/NounSenses.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace parallax::lexicon {
namespace {

qsizetype lineEnd(QByteArrayView text, qsizetype from) {
    const qsizetype end = text.indexOf('\n', from);
    return end < 0 ? text.size() : end;
}

QList<QByteArrayView> fields(QByteArrayView line) {
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i)
        if (i == line.size() || line[i] == ' ') {
            if (i > start)
                out.push_back(line.sliced(start, i - start));
            start = i + 1;
        }
    return out;
}

// A file mapped read-only for as long as it lives. Plain POSIX rather than QFile: the WordNet
// tables are first opened by whichever thread asks, often a worker of parallelFor, and a QFile (a
// QObject) kept in a static would stay tied to that thread after it ended.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() {
        if (data_)
            munmap(data_, size_t(size_));
    }

    bool open(const QString& path) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        struct stat st {};
        void* data = fstat(fd, &st) == 0 && st.st_size > 0
                         ? mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0)
                         : MAP_FAILED;
        ::close(fd);
        if (data == MAP_FAILED)
            return false;
        data_ = data;
        size_ = qsizetype(st.st_size);
        return true;
    }

    QByteArrayView text() const { return {static_cast<const char*>(data_), size_}; }

private:
    void* data_ = nullptr;
    qsizetype size_ = 0;
};

// One of WordNet's index files (index.noun, index.verb, ...), mapped: sorted by lemma, so a lemma
// is found by binary search in place.
class SortedIndex {
public:
    bool open(const QString& path) {
        if (!file_.open(path))
            return false;
        text_ = file_.text();
        // The licence at the top: lines that begin with a space.
        while (start_ < text_.size() && text_[start_] == ' ')
            start_ = lineEnd(text_, start_) + 1;
        return true;
    }

    // The line of `lemma`, or an empty view.
    QByteArrayView line(const QByteArray& lemma) const {
        qsizetype lo = start_, hi = text_.size(); // lines starting in [lo, hi)
        while (lo < hi) {
            qsizetype mid = lo + (hi - lo) / 2;
            // The line holding `mid`, from its start.
            while (mid > lo && text_[mid - 1] != '\n')
                --mid;
            const qsizetype end = lineEnd(text_, mid);
            const QByteArrayView line = text_.sliced(mid, end - mid);
            const qsizetype space = line.indexOf(' ');
            const QByteArrayView key = space < 0 ? line : line.first(space);
            const int order = key.compare(lemma);
            if (order == 0)
                return line;
            if (order < 0)
                lo = end + 1;
            else
                hi = mid;
        }
        return {};
    }

    bool has(const QByteArray& lemma) const { return !lemma.isEmpty() && !line(lemma).isEmpty(); }

private:
    MappedFile file_;
    QByteArrayView text_;
    qsizetype start_ = 0;
};

// "word base" lines: WordNet's irregular forms of one part of speech (noun.exc, verb.exc, ...).
QHash<QByteArray, QByteArray> readExceptions(const QString& path) {
    QHash<QByteArray, QByteArray> out;
    MappedFile file;
    if (!file.open(path))
        return out;
    const QByteArrayView text = file.text();
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype end = lineEnd(text, at);
        const QList<QByteArrayView> f = fields(text.sliced(at, end - at).trimmed());
        if (f.size() >= 2)
            out.insert(f[0].toByteArray(), f[1].toByteArray());
        at = end + 1;
    }
    return out;
}

QString wordNetDir() {
    const QString dir = qEnvironmentVariable("PARALLAX_WORDNET_DIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/wordnet") : dir;
}

// "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..."
std::vector<quint32> synsetsOf(QByteArrayView line) {
    std::vector<quint32> out;
    if (line.isEmpty())
        return out;
    const QList<QByteArrayView> f = fields(line);
    if (f.size() < 4)
        return out;
    const int synsets = f[2].toInt();
    const int pointers = f[3].toInt();
    for (qsizetype i = 4 + pointers + 2; i < f.size() && int(out.size()) < synsets; ++i)
        out.push_back(f[i].toUInt());
    return out;
}

// "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ...", where a
// pointer is "symbol offset pos source/target": the offsets of the line's pointers of `symbol`
// to synsets of part of speech `pos`.
std::vector<quint32> pointersIn(QByteArrayView data, quint32 offset, QByteArrayView symbol, char pos) {
    std::vector<quint32> out;
    if (qsizetype(offset) >= data.size())
        return out;
    const QList<QByteArrayView> f = fields(data.sliced(offset, lineEnd(data, offset) - offset));
    if (f.size() < 4)
        return out;
    bool ok = false;
    const int words = f[3].toInt(&ok, 16);
    const qsizetype pointerCount = 4 + 2 * qsizetype(words);
    if (!ok || pointerCount >= f.size())
        return out;
    const int pointers = f[pointerCount].toInt();
    for (qsizetype p = 0; p < pointers; ++p) {
        const qsizetype at = pointerCount + 1 + 4 * p;
        if (at + 2 >= f.size())
            break;
        if (f[at] == symbol && f[at + 2].size() == 1 && f[at + 2].front() == pos)
            out.push_back(f[at + 1].toUInt());
    }
    return out;
}

// WordNet's noun database: index.noun searched in place, data.noun read at the byte offsets the
// index gives.
class WordNetNouns {
public:
    WordNetNouns() {
        const QString dir = wordNetDir();
        if (!index_.open(dir + QStringLiteral("/index.noun")) ||
            !data_.open(dir + QStringLiteral("/data.noun")))
            return;
        dataText_ = data_.text();
        exceptions_ = readExceptions(dir + QStringLiteral("/noun.exc"));
        available_ = true;
    }

    bool available() const { return available_; }

    NounSenses senses(const QByteArray& word) const {
        NounSenses out;
        for (const QByteArray& lemma : baseForms(word)) {
            const std::vector<quint32> synsets = synsetsOf(indexLine_(lemma));
            for (size_t i = 0; i < synsets.size() && i < size_t(kCommonSenses); ++i) {
                out.own.push_back(synsets[i]);
                for (quint32 h : hypernymsOf(synsets[i]))
                    out.broader.push_back(h);
            }
        }
        if (!out.own.empty())
            out.compoundHead = compoundHeadOf(baseForms(word).front(), out.broader);
        return out;
    }

    // The first synset of `lemma` if WordNet files it under noun.location, else 0.
    quint32 firstPlace(const QByteArray& lemma) const {
        const std::vector<quint32> synsets = synsetsOf(indexLine_(lemma));
        constexpr int kLocation = 15;
        return !synsets.empty() && lexfileOf(synsets.front()) == kLocation ? synsets.front() : 0;
    }

    // WordNet's lexicographer file (noun.person is 18) of the first sense of the word's first base
    // form, or -1 when WordNet does not know it as a noun.
    int firstSenseFile(const QByteArray& word) const {
        for (const QByteArray& lemma : baseForms(word))
            if (const std::vector<quint32> synsets = synsetsOf(indexLine_(lemma)); !synsets.empty())
                return lexfileOf(synsets.front());
        return -1;
    }

    // True when any sense of the lemma is filed among locations: "Reading" is first the act, and a
    // town too; "Split" a town in Croatia.
    bool anySensePlace(const QByteArray& lemma) const {
        constexpr int kLocation = 15;
        for (quint32 synset : synsetsOf(indexLine_(lemma)))
            if (lexfileOf(synset) == kLocation)
                return true;
        return false;
    }

    // WordNet's lexicographer file of a noun synset (15 a location, 18 a person), or -1.
    int lexfileOf(quint32 offset) const {
        if (qsizetype(offset) >= dataText_.size())
            return -1;
        const QByteArrayView line = dataText_.sliced(offset);
        const QList<QByteArrayView> f = fields(line.first(std::min<qsizetype>(line.size(), 32)));
        return f.size() > 1 ? f[1].toInt() : -1;
    }

    // Whether the synset's first word is written with a capital: a proper name ("Greece", "Thai"),
    // not a common noun ("city", "president").
    bool namedWithCapital(quint32 offset) const {
        if (qsizetype(offset) >= dataText_.size())
            return false;
        const QByteArrayView line = dataText_.sliced(offset);
        const QList<QByteArrayView> f = fields(line.first(std::min<qsizetype>(line.size(), 96)));
        return f.size() > 4 && !f[4].isEmpty() && f[4].front() >= 'A' && f[4].front() <= 'Z';
    }

private:
    // '@' marks a hypernym ('@i', an instance's class, is not one: a city is not a kind of noun).
    std::vector<quint32> hypernymsOf(quint32 offset) const { return pointersIn(dataText_, offset, "@", 'n'); }

    // The senses of the last part of `lemma` ("boat" in "speedboat", at least three letters after
    // a modifier of at least three) that stand two or three steps above it, from its direct
    // hypernyms `broader`.
    std::vector<quint32> compoundHeadOf(const QByteArray& lemma, const std::vector<quint32>& broader) const {
        constexpr qsizetype kShortestPart = 3;
        std::vector<quint32> out;
        if (lemma.contains('_') || lemma.contains('-') || lemma.size() < 2 * kShortestPart)
            return out;
        std::vector<quint32> higher, level = broader;
        for (int step = 2; step <= 3; ++step) {
            std::vector<quint32> next;
            for (quint32 s : level)
                for (quint32 h : hypernymsOf(s))
                    next.push_back(h);
            higher.insert(higher.end(), next.begin(), next.end());
            level = std::move(next);
        }
        for (qsizetype cut = kShortestPart; lemma.size() - cut >= kShortestPart; ++cut)
            for (quint32 s : synsetsOf(indexLine_(lemma.sliced(cut))))
                if (std::find(higher.begin(), higher.end(), s) != higher.end())
                    out.push_back(s);
        return out;
    }

public:
    // WordNet's own lemmatising ("morphy") for nouns: the word if the index has it, its listed
    // irregular base ("men" -> "man") and the first regular detachment the index has. A plural
    // can itself be a lemma of another noun ("KOs" is also the island of Kos): all are kept.
    std::vector<QByteArray> baseForms(const QByteArray& word) const {
        std::vector<QByteArray> out;
        if (word.isEmpty())
            return out;
        if (!indexLine_(word).isEmpty())
            out.push_back(word);
        if (const auto it = exceptions_.constFind(word); it != exceptions_.constEnd())
            out.push_back(*it);
        static const std::pair<const char*, const char*> kDetachments[] = {
            {"ses", "s"},   {"xes", "x"},   {"zes", "z"}, {"ches", "ch"},
            {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""},
        };
        for (const auto& [suffix, replacement] : kDetachments)
            if (word.endsWith(suffix)) {
                const QByteArray base = word.chopped(qsizetype(qstrlen(suffix))) + replacement;
                if (!base.isEmpty() && !indexLine_(base).isEmpty()) {
                    out.push_back(base);
                    break;
                }
            }
        return out;
    }

private:
    QByteArrayView indexLine_(const QByteArray& lemma) const { return index_.line(lemma); }

    SortedIndex index_;
    MappedFile data_;
    QByteArrayView dataText_;
    QHash<QByteArray, QByteArray> exceptions_;
    bool available_ = false;
};

// WordNet's verbs, adjectives and adverbs: only whether a word is one of them, in any inflection
// ("threw" is "throw", "bigger" is "big"), by the same morphy rules as the nouns.
class WordNetOtherClasses {
public:
    WordNetOtherClasses() {
        const QString dir = wordNetDir();
        available_ = verbs_.open(dir + QStringLiteral("/index.verb")) &&
                     adjectives_.open(dir + QStringLiteral("/index.adj")) &&
                     adverbs_.open(dir + QStringLiteral("/index.adv"));
        verbExceptions_ = readExceptions(dir + QStringLiteral("/verb.exc"));
        adjectiveExceptions_ = readExceptions(dir + QStringLiteral("/adj.exc"));
        adverbExceptions_ = readExceptions(dir + QStringLiteral("/adv.exc"));
        if (adjectiveData_.open(dir + QStringLiteral("/data.adj")))
            adjectiveText_ = adjectiveData_.text();
    }

    // The nouns the adjective's two commonest senses pertain to (backslash pointers): "Greek" pertains
    // to Greece, "Thai" to the Thai, "northern" to nothing.
    std::vector<quint32> pertainyms(const QByteArray& word) const {
        std::vector<quint32> out;
        const std::vector<quint32> synsets = synsetsOf(adjectives_.line(word));
        for (size_t i = 0; i < synsets.size() && i < size_t(kCommonSenses); ++i)
            for (quint32 noun : pointersIn(adjectiveText_, synsets[i], "\\", 'n'))
                out.push_back(noun);
        return out;
    }

    bool isAdjective(const QByteArray& word) const {
        return available_ && (adjectives_.has(word) || adjectiveExceptions_.contains(word));
    }

    bool knows(const QByteArray& word) const {
        return isVerb(word) || isAdjectiveForm(word) || isAdverb(word);
    }

    // Any inflection: "threw" (verb.exc), "voted", "voting".
    bool isVerb(const QByteArray& word) const {
        static const std::pair<const char*, const char*> kVerbDetachments[] = {
            {"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
            {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
        return available_ && !word.isEmpty() &&
               (verbs_.has(word) || verbExceptions_.contains(word) ||
                detached(word, kVerbDetachments, verbs_));
    }

private:
    bool isAdjectiveForm(const QByteArray& word) const {
        static const std::pair<const char*, const char*> kAdjectiveDetachments[] = {
            {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
        return available_ && !word.isEmpty() &&
               (isAdjective(word) || detached(word, kAdjectiveDetachments, adjectives_));
    }

    bool isAdverb(const QByteArray& word) const {
        return available_ && !word.isEmpty() && (adverbs_.has(word) || adverbExceptions_.contains(word));
    }

    template <size_t N>
    static bool detached(const QByteArray& word, const std::pair<const char*, const char*> (&rules)[N],
                         const SortedIndex& index) {
        for (const auto& [suffix, replacement] : rules)
            if (word.endsWith(suffix) && index.has(word.chopped(qsizetype(qstrlen(suffix))) + replacement))
                return true;
        return false;
    }

private:
    SortedIndex verbs_, adjectives_, adverbs_;
    MappedFile adjectiveData_;
    QByteArrayView adjectiveText_;
    QHash<QByteArray, QByteArray> verbExceptions_, adjectiveExceptions_, adverbExceptions_;
    bool available_ = false;
};

const WordNetOtherClasses& otherClasses() {
    static const WordNetOtherClasses instance;
    return instance;
}

const WordNetNouns& wordNet() {
    static const WordNetNouns instance;
    return instance;
}

// "KO's" -> "ko", "Coast Guard" -> "coast_guard": WordNet's spelling of a lemma.
QByteArray lemmaKey(QStringView word) {
    QString w = word.trimmed().toString().toLower();
    w.replace(QChar(0x2019), u'\'');
    if (w.endsWith(u"'s"))
        w.chop(2);
    else if (w.endsWith(u'\''))
        w.chop(1);
    w.replace(u' ', u'_');
    return w.toUtf8();
}

bool intersects(const std::vector<quint32>& a, const std::vector<quint32>& b) {
    return std::any_of(a.begin(), a.end(),
                       [&](quint32 x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

} // namespace

NounSenses nounSenses(QStringView word) {
    const WordNetNouns& wn = wordNet();
    if (!wn.available())
        return {};
    const QByteArray key = lemmaKey(word);
    static QMutex mutex;
    static QHash<QByteArray, NounSenses> cache;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    NounSenses senses = wn.senses(key);
    const QMutexLocker lock(&mutex);
    cache.insert(key, senses);
    return senses;
}

bool nameOneKind(const NounSenses& a, const NounSenses& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    return intersects(a.own, b.own) || intersects(a.own, b.broader) || intersects(b.own, a.broader) ||
           intersects(a.compoundHead, b.own) || intersects(b.compoundHead, a.own);
}

quint32 placeSynset(QStringView name) {
    const WordNetNouns& wn = wordNet();
    if (!wn.available())
        return 0;
    return wn.firstPlace(lemmaKey(name));
}

int firstSenseFile(QStringView word) {
    const WordNetNouns& wn = wordNet();
    if (!wn.available())
        return -1;
    return wn.firstSenseFile(lemmaKey(word));
}

namespace {

// What WordNet says of one word, looked up once: the answers of the public functions below.
struct WordClass {
    QString lemma;
    bool isLemma = false;
    bool otherOnly = false;
    bool verbOnly = false;
};

WordClass wordClass(QStringView word) {
    const WordNetNouns& wn = wordNet();
    if (!wn.available())
        return {};
    // Asked for every word after a number, on every core: each thread keeps its own answers, by
    // the word as asked, in front of the shared ones, so the lookups neither queue on one lock
    // nor spell the word WordNet's way again.
    thread_local QHash<QString, WordClass> known;
    const QString asked = word.toString();
    if (const auto it = known.constFind(asked); it != known.constEnd())
        return *it;
    const QByteArray key = lemmaKey(word);
    static QMutex mutex;
    static QHash<QByteArray, WordClass> cache;
    std::optional<WordClass> shared;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            shared = *it;
    }
    if (shared)
        return *known.insert(asked, *shared);
    WordClass c;
    const std::vector<QByteArray> bases = wn.baseForms(key);
    // A word WordNet lists itself is its own lemma ("boss", not the genus "bos"; "glasses", whose
    // singular the plural rules find); else its first base form ("movies" -> "movie").
    if (!bases.empty())
        c.lemma = QString::fromUtf8(bases.front()).replace(u'_', u' ');
    c.isLemma = !bases.empty() && bases.front() == key;
    c.otherOnly = bases.empty() && otherClasses().knows(key);
    c.verbOnly = c.otherOnly && otherClasses().isVerb(key) && !otherClasses().isAdjective(key);
    known.insert(asked, c);
    const QMutexLocker lock(&mutex);
    cache.insert(key, c);
    return c;
}

} // namespace

QString nounLemma(QStringView word) {
    return wordClass(word).lemma;
}

bool knownOnlyAsVerb(QStringView word) {
    return wordClass(word).verbOnly;
}

bool isNounLemma(QStringView word) {
    return wordClass(word).isLemma;
}

bool knownOnlyAsNonNoun(QStringView word) {
    return wordClass(word).otherOnly;
}

bool isNationality(QStringView word) {
    const WordNetNouns& wn = wordNet();
    if (!wn.available())
        return false;
    // Asked only of capitalised words, far fewer than wordClass's: a cache of its own.
    thread_local QHash<QString, bool> known;
    const QString asked = word.toString();
    if (const auto it = known.constFind(asked); it != known.constEnd())
        return *it;
    // A people's adjective pertains to a country or a people with a proper name: "Greek" to
    // Greece, "Somali" to Somalia, "Thai" to the Thai; not "urban" (city), "presidential"
    // (president), "Northern", "Latin", "Christian", "Frank". A place's own name ("Burundi") is
    // no adjective of a people.
    const QByteArray key = lemmaKey(word);
    constexpr int kLocation = 15;
    bool nationality = false;
    if (!wn.firstPlace(key))
        for (quint32 noun : otherClasses().pertainyms(key)) {
            const int file = wn.lexfileOf(noun);
            nationality =
                nationality || ((file == kLocation || file == kNounPerson) && wn.namedWithCapital(noun));
        }
    known.insert(asked, nationality);
    return nationality;
}

bool isPlaceInSomeSense(QStringView word) {
    const WordNetNouns& wn = wordNet();
    return wn.available() && wn.anySensePlace(lemmaKey(word));
}

bool wordNetAvailable() {
    return wordNet().available();
}

} // namespace parallax::lexicon
