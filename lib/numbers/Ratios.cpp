#include "numbers/Ratios.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

bool plainCount(const Draft& d) {
    return d.m.kind == Kind::Count && !d.m.rangeEnd && !d.kindFixed && !d.unitFixed && d.m.value >= 1;
}

// The words between the two numbers, when they make a ratio: "in", "in every", "of every", "out
// of every". Returns whether "every" (or "each") was among them.
std::optional<bool> ratioWords(const TokenizedText& t, int from, int to) {
    QStringList words;
    for (int k = from; k < to; ++k) {
        if (!t[k].isWord())
            return std::nullopt;
        words << t[k].lower.toString();
    }
    const QString joined = words.join(u' ');
    if (joined == u"in")
        return false;
    if (joined == u"in every" || joined == u"of every" || joined == u"out of every" || joined == u"in each" ||
        joined == u"of each")
        return true;
    return std::nullopt;
}

// "three in 10 days" is a count over a time, not one in ten: without "every" a ratio's whole is no
// span of time and no year.
bool timeAfter(const TokenizedText& t, const Draft& b) {
    static const QSet<QString> spans = {"second", "seconds", "minute", "minutes", "hour",   "hours",
                                        "day",    "days",    "week",   "weeks",   "month",  "months",
                                        "year",   "years",   "decade", "decades", "season", "seasons"};
    return t.valid(b.nextTok) && t[b.nextTok].isWord() && spans.contains(t[b.nextTok].lower.toString());
}

bool looksLikeYear(const Draft& b) {
    return !b.spelled && b.intDigits == 4 && b.m.value >= 1000 && b.m.value <= 2100;
}

} // namespace

void mergeRatios(const TokenizedText& t, Drafts& drafts) {
    Drafts out;
    out.reserve(drafts.size());
    for (size_t n = 0; n < drafts.size(); ++n) {
        Draft a = drafts[n];
        if (n + 1 < drafts.size() && plainCount(a) && plainCount(drafts[n + 1])) {
            const Draft& b = drafts[n + 1];
            const std::optional<bool> every =
                b.firstTok > a.nextTok ? ratioWords(t, a.nextTok, b.firstTok) : std::nullopt;
            const bool ratio = every && a.m.value < b.m.value && !looksLikeYear(b) &&
                               (*every || (!timeAfter(t, b) && b.m.value <= 1000));
            if (ratio) {
                a.m.kind = Kind::Fraction;
                a.m.value = a.m.value / b.m.value;
                a.m.span.end = b.m.span.end;
                a.m.normalized = t.text.sliced(a.m.span.start, a.m.span.length()).toString();
                a.lastTok = b.lastTok;
                a.nextTok = b.nextTok;
                a.kindFixed = true;
                out.push_back(std::move(a));
                ++n;
                continue;
            }
        }
        out.push_back(std::move(a));
    }
    drafts = std::move(out);
}

} // namespace parallax::numbers
