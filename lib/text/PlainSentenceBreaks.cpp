#include "text/PlainSentenceBreaks.h"

#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>

#include <algorithm>

namespace parallax {
namespace {

// Unsafe is 0, what classOf() gives a character outside printable ASCII.
enum Class : std::uint8_t { Unsafe, Other, Upper, Lower, Numeric, Sp, ATerm, STerm, Close, SContinue };

Class classFromIcu(char16_t c) {
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
        return Other;
    case U_SB_UPPER:
        return Upper;
    case U_SB_LOWER:
        return Lower;
    case U_SB_NUMERIC:
        return Numeric;
    case U_SB_SP:
        return Sp;
    case U_SB_ATERM:
        return ATerm;
    case U_SB_STERM:
        return STerm;
    case U_SB_CLOSE:
        return Close;
    case U_SB_SCONTINUE:
        return SContinue;
    default:
        return Unsafe; // OLetter, Extend, Format, separators: rules this scanner does not carry
    }
}

bool isTerminator(std::uint8_t c) {
    return c == ATerm || c == STerm;
}

bool isLetter(std::uint8_t c) {
    return c == Upper || c == Lower;
}

// SB8's "not a letter, terminator or separator", which may stand between "etc." and a lower-case word.
bool isNotLetter(std::uint8_t c) {
    return c == Other || c == Numeric || c == Sp || c == Close || c == SContinue;
}

// The strings the filter can match backwards from a break: each abbreviation, and a dotted one's
// part up to its first full stop (ICU keeps "Ph." backwards and checks "Ph.D." forwards).
std::vector<std::u16string> backwardStrings(const std::vector<std::u16string>& abbreviations) {
    std::vector<std::u16string> out;
    for (const std::u16string& a : abbreviations) {
        out.push_back(a);
        const std::size_t dot = a.find(u'.');
        if (dot != std::u16string::npos && dot + 1 < a.size())
            out.push_back(a.substr(0, dot + 1));
    }
    return out;
}

bool packable(const std::u16string& s) {
    return !s.empty() && s.size() <= 8 && s.back() == u'.' && std::all_of(s.begin(), s.end(), [](char16_t c) {
        return c == u'.' || (c < 128 && unsigned((c | 0x20) - u'a') < 26u);
    });
}

} // namespace

std::vector<std::u16string> icuSentenceExceptions() {
    std::vector<std::u16string> out;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
    UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(list); ++i) {
        int32_t length = 0;
        const UChar* s = ures_getStringByIndex(list, i, &length, &status);
        if (U_SUCCESS(status))
            out.emplace_back(reinterpret_cast<const char16_t*>(s), std::size_t(length));
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING)
        out.clear();
    return out;
}

PlainSentenceBreaks::PlainSentenceBreaks(const std::vector<std::u16string>& abbreviations) {
    for (char16_t c = 0x20; c < 0x7F; ++c)
        classes_[c] = classFromIcu(c);
    const std::vector<std::u16string> strings = backwardStrings(abbreviations);
    if (strings.empty() || !std::all_of(strings.begin(), strings.end(), packable))
        return;
    for (const std::u16string& s : strings) {
        std::uint64_t packed = 0;
        for (std::size_t n = 0; n < s.size(); ++n) {
            packed |= std::uint64_t(s[s.size() - 1 - n]) << (8 * n);
            suffixes_.emplace_back(packed, n + 1 == s.size());
        }
    }
    std::sort(suffixes_.begin(), suffixes_.end());
    // One entry per string: whole wherever any abbreviation ends there (sorting put that one last).
    std::vector<std::pair<std::uint64_t, bool>> unique;
    for (const auto& entry : suffixes_) {
        if (!unique.empty() && unique.back().first == entry.first)
            unique.back().second = unique.back().second || entry.second;
        else
            unique.push_back(entry);
    }
    suffixes_ = std::move(unique);
    usable_ = true;
}

bool PlainSentenceBreaks::followedByLower(const char16_t* t, qsizetype from, qsizetype end) const {
    while (from < end && isNotLetter(classOf(t[from])))
        ++from;
    return from < end && classOf(t[from]) == Lower;
}

bool PlainSentenceBreaks::abbreviationBefore(const char16_t* t, qsizetype start, qsizetype at) const {
    qsizetype q = at;
    if (t[q - 1] == u' ')
        --q; // the filter looks through one space, no more
    std::uint64_t packed = 0;
    for (int n = 0; n < 8 && q - 1 - n >= start; ++n) {
        packed |= std::uint64_t(t[q - 1 - n]) << (8 * n);
        const auto it = std::lower_bound(suffixes_.begin(), suffixes_.end(), std::make_pair(packed, false));
        if (it == suffixes_.end() || it->first != packed)
            return false;
        if (it->second)
            return true;
    }
    return false;
}

bool PlainSentenceBreaks::giveUp(std::vector<qsizetype>& starts, std::size_t size) {
    starts.resize(size);
    return false;
}

bool PlainSentenceBreaks::breaks(QStringView text, qsizetype start, qsizetype end,
                                 std::vector<qsizetype>& starts) const {
    if (!usable_)
        return false;
    const char16_t* t = reinterpret_cast<const char16_t*>(text.utf16());
    const std::size_t before = starts.size();
    // Every character passes the loop below once, as a terminator, a close, a space or what lies
    // between: one that is not plain ASCII hands the line to ICU.
    for (qsizetype i = start; i < end;) {
        std::uint8_t c = classOf(t[i]);
        while (!isTerminator(c) && c != Unsafe && ++i < end)
            c = classOf(t[i]);
        if (i >= end)
            break;
        if (c == Unsafe)
            return giveUp(starts, before);
        qsizetype k = i; // the last of a run of terminators ("?!", "..."): SB8a joins them
        while (k + 1 < end && isTerminator(classOf(t[k + 1])))
            ++k;
        qsizetype p = k + 1;
        while (p < end && classOf(t[p]) == Close)
            ++p;
        while (p < end && classOf(t[p]) == Sp)
            ++p;
        if (p >= end)
            break;
        const std::uint8_t next = classOf(t[p]);
        if (next == Unsafe)
            return giveUp(starts, before);
        const bool fullStop = t[k] == u'.';
        const bool adjacent = p == k + 1;
        // What keeps the sentence going (UAX #29): SB6 "3.5", SB7 "U.S", SB8 "etc. and", SB8a "?!".
        const bool sb6 = fullStop && adjacent && next == Numeric;
        const bool sb7 = fullStop && adjacent && next == Upper && k > start && isLetter(classOf(t[k - 1]));
        const bool sb8 = fullStop && followedByLower(t, p, end);
        const bool sb8a = next == SContinue || isTerminator(next);
        const bool kept = sb6 || sb7 || sb8 || sb8a;
        if (!kept) {
            if (abbreviationBefore(t, start, p))
                return giveUp(starts, before);
            starts.push_back(p);
        }
        i = p;
    }
    return true;
}

} // namespace parallax
