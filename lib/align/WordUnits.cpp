#include "align/WordUnits.h"

#include "numbers/NumberExtractor.h"
#include "reuse/Fingerprint.h"

#include <QHash>

#include <bit>

namespace parallax {
namespace {

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t combine(std::uint64_t h, std::uint64_t x) {
    return mix(h ^ std::rotl(x, 23) ^ 0x9e3779b97f4a7c15ULL);
}

// What two spellings of one number share. The hedge is left out: "more than" is its own words,
// diffed as words. A counted noun is left out too: it is a word of its own ("550 drones").
std::uint64_t numberHash(const NumberMention& m) {
    std::uint64_t h = combine(0x6e756d626572ULL, std::uint64_t(m.kind));
    h = combine(h, std::bit_cast<std::uint64_t>(m.value));
    h = combine(h, std::bit_cast<std::uint64_t>(m.rangeEnd.value_or(-1.0)));
    if (!m.normalized.isEmpty())
        h = combine(h, qHash(m.normalized, 1));
    if (m.kind == NumberMention::Kind::Measure || m.kind == NumberMention::Kind::Money)
        h = combine(h, qHash(m.unit, 2));
    return h;
}

bool isUnitOfMeasure(NumberMention::Kind kind) {
    return kind == NumberMention::Kind::Measure || kind == NumberMention::Kind::Money;
}

} // namespace

WordUnitReader::WordUnitReader(const Document& doc, int firstToken, int tokenCount)
    : doc_(doc)
    , first_(firstToken)
    , count_(tokenCount)
    , numberOf_(size_t(std::max(0, tokenCount)), -1) {
    if (tokenCount <= 0)
        return;
    const qsizetype base = doc.tokens[size_t(firstToken)].span.start;
    const qsizetype end = doc.tokens[size_t(firstToken + tokenCount - 1)].span.end;
    const QStringView text = QStringView(doc.text).mid(base, end - base);
    // Tokens overlapping [start, end) of the text, as a run [from, to) of range indices.
    auto tokensOver = [&](qsizetype start, qsizetype stop, int from) {
        while (from < count_ && doc.tokens[size_t(first_ + from)].span.end <= base + start)
            ++from;
        int to = from;
        while (to < count_ && doc.tokens[size_t(first_ + to)].span.start < base + stop)
            ++to;
        return std::pair{from, to};
    };
    int cursor = 0;
    for (const NumberMention& m : extractNumbers(text)) {
        auto [from, to] = tokensOver(m.span.start, m.span.end, cursor);
        if (from >= to)
            continue;
        // A unit of measurement written as the next word belongs to the spelling: "2 kilometers"
        // against "2km".
        if (isUnitOfMeasure(m.kind) && !m.unitSpan.isEmpty()) {
            const auto [uFrom, uTo] = tokensOver(m.unitSpan.start, m.unitSpan.end, to);
            if (uFrom == to && uTo > uFrom)
                to = uTo;
        }
        cursor = to;
        WordUnit u;
        u.firstToken = first_ + from;
        u.tokenCount = to - from;
        u.isNumber = true;
        u.value = m.value;
        u.hash = numberHash(m);
        // Two mentions in one token (rare: "10-12" is one) read as one number.
        if (numberOf_[size_t(from)] >= 0) {
            WordUnit& last = numbers_[size_t(numberOf_[size_t(from)])];
            last.hash = combine(last.hash, u.hash);
            last.tokenCount = to - (last.firstToken - first_);
            for (int t = from; t < to; ++t)
                numberOf_[size_t(t)] = numberOf_[size_t(from)];
            continue;
        }
        for (int t = from; t < to; ++t)
            numberOf_[size_t(t)] = int(numbers_.size());
        numbers_.push_back(u);
    }
    for (WordUnit& u : numbers_) {
        for (int t = u.firstToken; t < u.firstToken + u.tokenCount; ++t)
            u.spelling += (t > u.firstToken ? u" "_qs : QString()) + doc.tokens[size_t(t)].key;
        const qsizetype after = doc.tokens[size_t(u.firstToken + u.tokenCount - 1)].span.end;
        if (after < doc.text.size() && doc.text[after] == u'%')
            u.spelling += u'%';
    }
}

bool WordUnitReader::hasNumber(int first, int count) const {
    for (int t = first; t < first + count; ++t)
        if (numberOf_[size_t(t - first_)] >= 0)
            return true;
    return false;
}

std::vector<WordUnit> WordUnitReader::units(int first, int count) const {
    std::vector<WordUnit> out;
    for (int t = first; t < first + count;) {
        const int n = numberOf_.empty() ? -1 : numberOf_[size_t(t - first_)];
        if (n >= 0) {
            const WordUnit& u = numbers_[size_t(n)];
            if (u.firstToken >= first && u.firstToken + u.tokenCount <= first + count) {
                out.push_back(u);
                t += u.tokenCount;
                continue;
            }
        }
        WordUnit w;
        w.firstToken = t;
        w.hash = tokenHash(doc_.tokens[size_t(t)]);
        w.spelling = doc_.tokens[size_t(t)].key;
        out.push_back(std::move(w));
        ++t;
    }
    return out;
}

} // namespace parallax
