#include "claims/SentenceWords.h"

#include <algorithm>

namespace parallax::claims {

SentenceWords::SentenceWords(const Document& doc, int sentence)
    : doc_(doc)
    , sentence_(sentence)
    , first_(doc.sentences[size_t(sentence)].firstToken)
    , count_(doc.sentences[size_t(sentence)].tokenCount) {}

QString SentenceWords::bareKey(int i) const {
    const QString& k = key(i);
    return possessive(i) ? k.left(k.size() - 2) : k;
}

bool SentenceWords::possessive(int i) const {
    const QString& k = key(i);
    return k.size() > 2 && k.endsWith(u"'s");
}

bool SentenceWords::capitalised(int i) const {
    const QStringView t = text(i);
    return !t.isEmpty() && t.front().isUpper();
}

bool SentenceWords::breakBefore(int i) const {
    if (i <= 0)
        return true;
    const QStringView between =
        QStringView(doc_.text).mid(token(i - 1).span.end, token(i).span.start - token(i - 1).span.end);
    for (QChar c : between) {
        switch (c.unicode()) {
        case u',':
        case u';':
        case u':':
        case u'(':
        case u')':
        case u'[':
        case u']':
        case u'.':
        case u'!':
        case u'?':
        case 0x2013: // en dash
        case 0x2014: // em dash
            return true;
        default:
            break;
        }
    }
    // A spaced hyphen is a dash typed on a keyboard: "550 drones - a record".
    return between.size() >= 3 && between.contains(QStringLiteral(" - "));
}

bool SentenceWords::strongBreakBefore(int i) const {
    if (i <= 0 || i >= count_)
        return false;
    const QStringView between =
        QStringView(doc_.text).mid(token(i - 1).span.end, token(i).span.start - token(i - 1).span.end);
    if (between.contains(u';'))
        return true;
    if (!between.contains(u'.') && !between.contains(u'!') && !between.contains(u'?'))
        return false;
    static const QStringList titles = {"mr", "mrs", "ms",  "dr",  "st",  "gen",
                                       "no", "lt",  "col", "sgt", "rev", "prof"};
    return !titles.contains(key(i - 1));
}

void SentenceWords::indexBreaks() const {
    if (!lastBreak_.empty() || count_ <= 0)
        return;
    const size_t n = size_t(count_);
    lastBreak_.resize(n);
    lastStrong_.resize(n);
    nextBreak_.resize(n);
    nextStrong_.resize(n);
    strongCount_.assign(n + 1, 0);
    std::vector<char> weak(n), strong(n);
    for (int i = 0; i < count_; ++i) {
        weak[size_t(i)] = breakBefore(i);
        strong[size_t(i)] = strongBreakBefore(i);
        strongCount_[size_t(i) + 1] = strongCount_[size_t(i)] + strong[size_t(i)];
    }
    int lastWeak = 0, lastStrongAt = 0;
    for (int i = 0; i < count_; ++i) {
        if (weak[size_t(i)])
            lastWeak = i;
        if (strong[size_t(i)])
            lastStrongAt = i;
        lastBreak_[size_t(i)] = lastWeak;
        lastStrong_[size_t(i)] = lastStrongAt;
    }
    int nextWeak = count_, nextStrongAt = count_;
    for (int i = count_ - 1; i >= 0; --i) {
        nextBreak_[size_t(i)] = nextWeak; // the first break after word i
        nextStrong_[size_t(i)] = nextStrongAt;
        if (weak[size_t(i)])
            nextWeak = i;
        if (strong[size_t(i)])
            nextStrongAt = i;
    }
}

std::pair<int, int> SentenceWords::clauseAround(int first, int last, bool strong) const {
    if (count_ <= 0)
        return {0, 0};
    indexBreaks();
    first = std::clamp(first, 0, count_ - 1);
    last = std::clamp(last, first, count_ - 1);
    return strong ? std::pair{lastStrong_[size_t(first)], nextStrong_[size_t(last)]}
                  : std::pair{lastBreak_[size_t(first)], nextBreak_[size_t(last)]};
}

bool SentenceWords::strongBreakBetween(int a, int b) const {
    if (count_ <= 0 || b <= a)
        return false;
    indexBreaks();
    a = std::clamp(a, -1, count_ - 1);
    b = std::clamp(b, 0, count_ - 1);
    return strongCount_[size_t(b) + 1] - strongCount_[size_t(a) + 1] > 0;
}

std::pair<int, int> SentenceWords::wordsOf(Span span) const {
    int first = -1;
    int last = -2;
    for (int i = 0; i < count_; ++i) {
        if (!token(i).span.overlaps(span))
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    return {first < 0 ? 0 : first, first < 0 ? -1 : last};
}

QString foldSpelling(const QString& key) {
    // Only the -ise/-isation family: that is where British and American news copy differ in the
    // words these rules read (hospitalised, fertiliser, neutralised); -our/-re words are not read.
    static const char* const endings[][2] = {
        {"isation", "ization"}, {"isations", "izations"}, {"ised", "ized"},   {"iser", "izer"},
        {"isers", "izers"},     {"ises", "izes"},         {"ising", "izing"}, {"ise", "ize"},
    };
    for (const auto& e : endings) {
        const QLatin1String from(e[0]);
        if (key.size() > from.size() + 2 && key.endsWith(from))
            return key.left(key.size() - from.size()) + QLatin1String(e[1]);
    }
    return key;
}

} // namespace parallax::claims
