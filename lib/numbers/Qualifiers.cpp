#include "numbers/Qualifiers.h"

#include <QHash>
#include <QList>

namespace parallax::numbers {

namespace {

using Q = NumberMention::Qualifier;

struct Phrase {
    QStringView text; // tokens separated by single spaces, lower case
    Q qualifier;
};

// Before the number. The longest match wins, so "no less than" beats "less than".
const Phrase kBefore[] = {
    {u"more than", Q::MoreThan},
    {u"more then", Q::MoreThan},
    {u"over", Q::MoreThan},
    {u"above", Q::MoreThan},
    {u"greater than", Q::MoreThan},
    {u"larger than", Q::MoreThan},
    {u"bigger than", Q::MoreThan},
    {u"higher than", Q::MoreThan},
    {u"in excess of", Q::MoreThan},
    {u"upwards of", Q::MoreThan},
    {u"upward of", Q::MoreThan},
    {u"exceeding", Q::MoreThan},
    {u"exceed", Q::MoreThan},
    {u"exceeds", Q::MoreThan},
    {u"surpass", Q::MoreThan},
    {u"north of", Q::MoreThan},
    {u">", Q::MoreThan},
    {u"at least", Q::AtLeast},
    {u"no fewer than", Q::AtLeast},
    {u"no less than", Q::AtLeast},
    {u"not less than", Q::AtLeast},
    {u"not fewer than", Q::AtLeast},
    {u"a minimum of", Q::AtLeast},
    {u">=", Q::AtLeast},
    {u"> =", Q::AtLeast},
    {u"≥", Q::AtLeast},
    {u"greater than or equal to", Q::AtLeast},
    {u"more than or equal to", Q::AtLeast},
    {u"bigger or equal than", Q::AtLeast},
    {u"higher or equal than", Q::AtLeast},
    {u"larger or equal than", Q::AtLeast},
    {u"greater or equal than", Q::AtLeast},
    {u"equal to or more than", Q::AtLeast},
    {u"equal to or greater than", Q::AtLeast},
    {u"at least or equal to", Q::AtLeast},
    {u"bigger than or equal to", Q::AtLeast},
    {u"less than", Q::LessThan},
    {u"fewer than", Q::LessThan},
    {u"less then", Q::LessThan},
    {u"under", Q::LessThan},
    {u"below", Q::LessThan},
    {u"smaller than", Q::LessThan},
    {u"lower than", Q::LessThan},
    {u"<", Q::LessThan},
    {u"short of", Q::LessThan},
    {u"at most", Q::AtMost},
    {u"no more than", Q::AtMost},
    {u"not more than", Q::AtMost},
    {u"a maximum of", Q::AtMost},
    {u"<=", Q::AtMost},
    {u"< =", Q::AtMost},
    {u"≤", Q::AtMost},
    {u"less than or equal to", Q::AtMost},
    {u"fewer than or equal to", Q::AtMost},
    {u"smaller or equal than", Q::AtMost},
    {u"lower or equal than", Q::AtMost},
    {u"less or equal than", Q::AtMost},
    {u"equal to or less than", Q::AtMost},
    {u"smaller than or equal to", Q::AtMost},
    {u"up to", Q::UpTo},
    {u"as many as", Q::UpTo},
    {u"as much as", Q::UpTo},
    {u"as high as", Q::UpTo},
    {u"nearly", Q::Nearly},
    {u"almost", Q::Nearly},
    {u"close to", Q::Nearly},
    {u"just under", Q::Nearly},
    {u"just shy of", Q::Nearly},
    {u"approaching", Q::Nearly},
    {u"not quite", Q::Nearly},
    {u"about", Q::About},
    {u"around", Q::About},
    {u"round about", Q::About},
    {u"roughly", Q::About},
    {u"approximately", Q::About},
    {u"approx", Q::About},
    {u"approx .", Q::About},
    {u"some", Q::About},
    {u"an estimated", Q::About},
    {u"estimated", Q::About},
    {u"an approximate", Q::About},
    {u"circa", Q::About},
    {u"~", Q::About},
    {u"in the region of", Q::About},
    {u"on the order of", Q::About},
    {u"exactly", Q::Exactly},
    {u"precisely", Q::Exactly},
    {u"equal to", Q::Exactly},
    {u"equals", Q::Exactly},
    {u"equaling to", Q::Exactly},
    {u"equalling", Q::Exactly},
    {u"a total of", Q::Exactly},
};

// After the number, straight after it.
const Phrase kAfter[] = {
    {u"or more", Q::AtLeast},
    {u"or above", Q::AtLeast},
    {u"or greater", Q::AtLeast},
    {u"or greater than", Q::AtLeast},
    {u"or higher", Q::AtLeast},
    {u"and more", Q::AtLeast},
    {u"and above", Q::AtLeast},
    {u"and over", Q::AtLeast},
    {u"or over", Q::AtLeast},
    {u"plus", Q::AtLeast},
    {u"+", Q::AtLeast},
    {u"- plus", Q::AtLeast},
    {u"or less", Q::AtMost},
    {u"or fewer", Q::AtMost},
    {u"or below", Q::AtMost},
    {u"or under", Q::AtMost},
    {u"or lower", Q::AtMost},
    {u"or so", Q::About},
    {u"or thereabouts", Q::About},
    {u"odd", Q::About},
    {u"- odd", Q::About},
};

// Words that strengthen a hedge without changing it: "just over", "well over", "slightly more".
const QStringView kIntensifiers[] = {u"just", u"well", u"slightly", u"far", u"much", u"only", u"some"};

struct Compiled {
    QList<QStringView> parts;
    Q qualifier;
};

// Phrases indexed by one of their tokens (the last for those before a number, the first for those
// after it), so that each number looks at a handful of candidates.
using PhraseIndex = QHash<QStringView, QList<Compiled>>;

PhraseIndex compile(const Phrase* begin, const Phrase* end, bool byLast) {
    PhraseIndex out;
    for (const Phrase* p = begin; p != end; ++p) {
        Compiled c{{}, p->qualifier};
        for (QStringView part : p->text.tokenize(u' '))
            c.parts.append(part);
        out[byLast ? c.parts.back() : c.parts.front()].append(c);
    }
    return out;
}

const PhraseIndex& before() {
    static const PhraseIndex index = compile(std::begin(kBefore), std::end(kBefore), true);
    return index;
}

const PhraseIndex& after() {
    static const PhraseIndex index = compile(std::begin(kAfter), std::end(kAfter), false);
    return index;
}

QStringView keyOf(const Token& tok) {
    return tok.isWord() ? tok.lower : tok.text;
}

bool matches(const Token& tok, QStringView part) {
    return tok.isWord() ? tok.lower == part : tok.text == part;
}

// Longest phrase ending at token last; returns its first token or -1.
int matchEndingAt(const TokenizedText& t, int last, const PhraseIndex& index, Q& q) {
    int best = -1;
    if (!t.valid(last))
        return best;
    const auto it = index.constFind(keyOf(t[last]));
    if (it == index.constEnd())
        return best;
    for (const Compiled& c : it.value()) {
        const int start = last - int(c.parts.size()) + 1;
        if (start < 0 || (best >= 0 && start >= best))
            continue;
        bool ok = true;
        for (int j = 0; j < int(c.parts.size()) && ok; ++j)
            ok = matches(t[start + j], c.parts[j]) && (j == 0 || !t[start + j].newlineBefore);
        if (ok) {
            best = start;
            q = c.qualifier;
        }
    }
    return best;
}

// Longest phrase starting at token first; returns one past its last token or -1.
int matchStartingAt(const TokenizedText& t, int first, const PhraseIndex& index, Q& q) {
    int best = -1;
    if (!t.valid(first))
        return best;
    const auto it = index.constFind(keyOf(t[first]));
    if (it == index.constEnd())
        return best;
    for (const Compiled& c : it.value()) {
        const int end = first + int(c.parts.size());
        if (end > t.size() || end <= best)
            continue;
        bool ok = true;
        for (int j = 0; j < int(c.parts.size()) && ok; ++j)
            ok = matches(t[first + j], c.parts[j]) && !t[first + j].newlineBefore;
        // "550-plus" and "550+" are glued; "550 plus 20" is a sum.
        if (ok && (c.parts.front() == u"+" || c.parts.front() == u"-"))
            ok = t[first].glued();
        if (ok && c.parts.front() == u"plus" && t.valid(end) && (t[end].isDigits() || t[end].gap == 0))
            ok = false;
        if (ok) {
            best = end;
            q = c.qualifier;
        }
    }
    return best;
}

bool isClauseBoundary(const Token& tok) {
    return tok.isSymbol() && QStringView(u",;:.()–—!?").contains(tok.text.front());
}

void setText(const TokenizedText& t, int first, int last, Draft& d) {
    d.m.qualifierSpan = tokenSpan(t, first, last);
    d.m.qualifierText = t.text.sliced(d.m.qualifierSpan.start, d.m.qualifierSpan.length()).toString();
}

// "drones – a record." after the number's noun phrase.
bool recordAfter(const TokenizedText& t, const Draft& d, int stop) {
    for (int k = d.nextTok; k < stop && k < d.nextTok + 10 && !t.sentenceEndAt(k); ++k) {
        if ((t[k].isDash() || t[k].isChar(u',')) && t.wordAt(k + 1, u"a") && t.wordAt(k + 2, u"record") &&
            (!t.valid(k + 3) || (t[k + 3].isSymbol() && !t[k + 3].isHyphen())))
            return true;
    }
    return false;
}

bool reportedNear(const TokenizedText& t, int from, int to, int stop) {
    for (int k = from - 1; k >= 0 && k >= from - 6 && !isClauseBoundary(t[k]); --k)
        if (t[k].is(u"reportedly"))
            return true;
    for (int k = to; k < stop && k < to + 6 && !isClauseBoundary(t[k]); ++k)
        if (t[k].is(u"reportedly"))
            return true;
    return false;
}

void qualify(const TokenizedText& t, Drafts& drafts, size_t n) {
    Draft& d = drafts[n];
    const int prevEnd = n > 0 ? drafts[n - 1].nextTok : 0;
    const int nextStart = n + 1 < drafts.size() ? drafts[n + 1].firstTok : t.size();
    int p = d.firstTok - 1;
    int first = -1;
    // "a record 539", "a new record 550", "a record-breaking 550", "a record of 550"
    if (t.wordAt(p, u"record") && p >= prevEnd) {
        d.m.record = true;
        p -= t.wordAt(p - 1, u"new") ? 2 : 1;
        p -= t.wordAt(p, u"a") ? 1 : 0;
        first = p + 1;
    } else if (t.wordAt(p, u"breaking") && t.valid(p - 2) && t[p - 1].isHyphen() &&
               t.wordAt(p - 2, u"record")) {
        d.m.record = true;
        p -= 3;
        p -= t.wordAt(p, u"a") ? 1 : 0;
        first = p + 1;
    } else if (t.wordAt(p, u"of") && t.wordAt(p - 1, u"record")) {
        d.m.record = true;
    }
    if (t.wordAt(p, u"reported") && (t.wordAt(p - 1, u"a") || t.wordAt(p - 1, u"an"))) {
        d.m.reported = true;
        p -= 2;
        first = p + 1;
    }
    Q q = Q::None;
    int start = p >= prevEnd ? matchEndingAt(t, p, before(), q) : -1;
    // "$2000 over 3 years": right after another number, "over" is a preposition.
    if (start >= 0 && n > 0 && drafts[n - 1].nextTok >= start - 1 && !isClauseBoundary(t[start - 1]) &&
        (t[start].is(u"over") || t[start].is(u"under") || t[start].is(u"above") || t[start].is(u"below")))
        start = -1;
    if (start >= 0) {
        for (QStringView w : kIntensifiers)
            if (t.wordAt(start - 1, w) && start - 1 >= prevEnd && !(w == u"some" && q == Q::About)) {
                --start;
                break;
            }
        d.m.qualifier = q;
        first = start;
    }
    if (first >= 0) {
        d.qualTok = first;
        setText(t, first, d.firstTok - 1, d);
    }
    Q tq = Q::None;
    if (const int end = matchStartingAt(t, d.nextTok, after(), tq); end > 0 && end <= nextStart) {
        // "about five hundred or more": the bound says more than the approximation.
        if (d.m.qualifier == Q::None || d.m.qualifier == Q::About) {
            d.m.qualifier = tq;
            setText(t, d.nextTok, end - 1, d);
        }
        d.nextTok = end;
    }
    if (!d.m.record && recordAfter(t, d, nextStart))
        d.m.record = true;
    if (!d.m.reported)
        d.m.reported = reportedNear(t, d.qualTok >= 0 ? d.qualTok : d.firstTok, d.nextTok, nextStart);
}

} // namespace

void attachQualifiers(const TokenizedText& t, Drafts& drafts) {
    for (size_t n = 0; n < drafts.size(); ++n)
        qualify(t, drafts, n);
}

} // namespace parallax::numbers
