#include "text/SentenceSegmenter.h"

#include "text/PlainSentenceBreaks.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace parallax {

namespace {

using Word = std::u16string_view;

// Abbreviations that never end a sentence in news copy. They go to ICU's filter and, because the
// filter only looks through a single ASCII space ("Mr.  Smith", "Mr.\u00A0Smith" still break), they
// are checked again, word-bounded, by the repairs below. "No" is not here: "He said No." ends a
// sentence; "No. 22" is a repair of its own. "etc", "Inc", "Jr" end sentences too often to list.
constexpr Word kTitles[] = {
    u"Adm", u"Atty", u"Aug",  u"Brig", u"Capt", u"Cdr",    u"Cmdr", u"Col",    u"Cpl",
    u"Dec", u"Det",  u"Dr",   u"Feb",  u"Fr",   u"Ft",     u"Gen",  u"Gov",    u"Govs",
    u"Hon", u"Insp", u"Jan",  u"Lt",   u"Maj",  u"Messrs", u"Mr",   u"Mrs",    u"Ms",
    u"Mt",  u"Mx",   u"Nov",  u"Oct",  u"Pres", u"Prof",   u"Pvt",  u"Rep",    u"Reps",
    u"Rev", u"Sen",  u"Sens", u"Sept", u"Sgt",  u"St",     u"Supt", u"approx", u"vs",
};

// Entries of ICU's English list that do harm on news copy. ICU matches them without a word boundary
// and single letters unconditionally, so "NATO." (O.), "SpaceX." (X.) and "the IMF." (F.) never end
// a sentence; the dotted ones are half-applied (an entry that prefixes another, like "U.S." of
// "U.S.A.", only counts when the longer one follows), so "U.S. President" broke while "NATO. The"
// did not. Initials and dotted abbreviations are decided by the repairs below instead, which look at
// the next word. The last group are words that end news sentences ("the Patriot Act.", "in 79 AD.").
// clang-format off
constexpr const char* kIcuUnsuppress[] = {
    // single letters: initials are decided by context
    "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.", "L.", "M.", "N.", "O.", "P.",
    "Q.", "R.", "S.", "T.", "U.", "V.", "W.", "X.", "Y.", "Z.",
    // dotted: decided by context, so that "the U.S. The" can break
    "L.P.", "E.G.", "P.O.", "J.D.", "D.C.", "M.T.", "N.V.", "S.A.", "M.I.T.", "A.M.", "L.A.", "U.S.",
    "Ph.D.", "I.T.", "N.Y.", "D.A.", "A.D.", "R.L.", "P.M.", "M.R.", "I.e.", "U.S.C.", "A.S.",
    "C.O.D.", "C.F.", "I.D.", "R.T.", "B.V.", "J.K.", "S.A.R.", "Lt.Cdr.", "Hon.B.A.", "J.B.",
    "S.p.A.", "P.V.", "K.R.", "E.g.", "U.S.A.", "S.E.", "a.m.",
    // words and acronyms that end news sentences
    "Act.", "Joe.", "Ed.", "Card.", "Link.", "Hat.", "Job.", "Long.", "Jam.", "Lev.", "Pro.", "Lib.",
    "Cap.", "Id.", "Mart.", "Ok.", "OK.", "PC.", "AD.", "AA.", "AB.", "DC.", "Is.", "In.", "On.",
    "To.", "Go.", "Do.", "Up.", "By.", "As.", "All.", "Or.",
};
// clang-format on

// Abbreviations that stand before a number ("Fig. 3", "pp. 12", "Vol. 2"): a full stop after them
// followed by a figure does not end a sentence. ("No. 22" is a repair of its own.)
constexpr Word kBeforeNumbers[] = {
    u"Art",  u"Ch",  u"Fig", u"Figs", u"Nr",  u"Op", u"Para", u"Pt",  u"Sec",
    u"Sect", u"Tel", u"Vol", u"Vols", u"art", u"ch", u"ext",  u"fig", u"no",
    u"nos",  u"nr",  u"p",   u"para", u"pp",  u"pt", u"sec",  u"tel", u"vol",
};

// Capitalised words that open sentences but hardly ever follow an initial or "U.S." inside one. A
// break after "U.S." or "W." stands only when one of these comes next: "the U.S. The visit" breaks,
// "U.S. President" and "George W. Bush" do not.
constexpr Word kOpeners[] = {
    u"A",       u"According", u"After", u"Also",   u"Although", u"An",     u"And",       u"As",      u"At",
    u"Because", u"Before",    u"Both",  u"But",    u"Despite",  u"During", u"Each",      u"Earlier", u"Even",
    u"For",     u"He",        u"Her",   u"Here",   u"His",      u"How",    u"However",   u"I",       u"If",
    u"In",      u"It",        u"Its",   u"Last",   u"Later",    u"Many",   u"Meanwhile", u"Most",    u"My",
    u"No",      u"Not",       u"Now",   u"On",     u"Only",     u"Our",    u"Several",   u"She",     u"Since",
    u"So",      u"Some",      u"Still", u"That",   u"The",      u"Their",  u"Then",      u"There",   u"These",
    u"They",    u"This",      u"Those", u"Though", u"To",       u"We",     u"What",      u"When",    u"Where",
    u"While",   u"Who",       u"Why",   u"With",   u"Yet",      u"You",    u"Your",
};

// The last word of a bare attribution ("Mr Trump said.") that follows a quote closed after its full
// stop; such a fragment belongs to the quote's sentence.
constexpr Word kSpeechVerbs[] = {
    u"acknowledged", u"added",     u"admitted", u"announced", u"argued",    u"asked",   u"claimed",
    u"concluded",    u"continued", u"declared", u"explained", u"insisted",  u"noted",   u"posted",
    u"recalled",     u"remarked",  u"replied",  u"said",      u"says",      u"shouted", u"stated",
    u"stressed",     u"told",      u"tweeted",  u"warned",    u"whispered", u"wrote",
};

constexpr bool isSorted(const Word* begin, const Word* end) {
    return std::is_sorted(begin, end);
}
static_assert(isSorted(std::begin(kTitles), std::end(kTitles)));
static_assert(isSorted(std::begin(kOpeners), std::end(kOpeners)));
static_assert(isSorted(std::begin(kBeforeNumbers), std::end(kBeforeNumbers)));
static_assert(isSorted(std::begin(kSpeechVerbs), std::end(kSpeechVerbs)));

template <std::size_t N> bool contains(const Word (&set)[N], QStringView w) {
    return std::binary_search(std::begin(set), std::end(set),
                              Word(reinterpret_cast<const char16_t*>(w.utf16()), size_t(w.size())));
}

bool isLineBreak(QChar c) {
    const char16_t u = c.unicode();
    // One comparison for the letters and spaces that make up most of the text.
    if (u > u'\r' && u < 0x85)
        return false;
    return u == '\n' || u == '\r' || u == '\v' || u == '\f' || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// Byte-order marks and zero-width spaces survive decoding of scraped pages; they are not text.
bool isBlank(QChar c) {
    return c.isSpace() || c.unicode() == 0xFEFF || c.unicode() == 0x200B;
}

qsizetype trimEnd(QStringView text, qsizetype start, qsizetype end) {
    while (end > start && isBlank(text[end - 1]))
        --end;
    return end;
}

// Straight quotes count as both: ICU gives them to the sentence they close, and so do the repairs.
bool isClosing(QChar c) {
    return Word(u"\"')]}\u2019\u201D\u00BB\u203A").find(c.unicode()) != Word::npos;
}

bool isOpeningQuote(QChar c) {
    return Word(u"\"'([\u2018\u201C\u00AB\u2039").find(c.unicode()) != Word::npos;
}

// A sentence-level view of one line: `starts` are where its segments begin, in order, starting with
// the first non-blank position of the line; each segment runs to the next start or to `end`.
struct Line {
    QStringView text; // the whole document, so offsets stay absolute
    qsizetype end = 0;
    std::vector<qsizetype> starts;

    qsizetype segmentEnd(size_t i) const { return i + 1 < starts.size() ? starts[i + 1] : end; }
    qsizetype trimmedEnd(size_t i) const;
};

qsizetype Line::trimmedEnd(size_t i) const {
    return trimEnd(text, starts[i], segmentEnd(i));
}

// The letters-and-dots word ending just before `dot` ("U.S", "Mr", "J"): that is what decides whether
// the full stop at `dot` is an abbreviation's.
QStringView wordBeforeDot(QStringView text, qsizetype lineStart, qsizetype dot) {
    qsizetype b = dot;
    while (b > lineStart && (text[b - 1].isLetter() || text[b - 1] == u'.'))
        --b;
    while (b < dot && text[b] == u'.')
        ++b;
    return text.sliced(b, dot - b);
}

QStringView wordAt(QStringView text, qsizetype pos, qsizetype end) {
    qsizetype e = pos;
    while (e < end && text[e].isLetter())
        ++e;
    return text.sliced(pos, e - pos);
}

// "U.S", "Ph.D", "a.m": letter groups of one or two, joined by dots.
bool isDotted(QStringView w) {
    if (!w.contains(u'.'))
        return false;
    qsizetype run = 0;
    for (QChar c : w) {
        if (c == u'.') {
            if (run == 0)
                return false;
            run = 0;
        } else if (++run > 2) {
            return false;
        }
    }
    return run > 0;
}

bool isInitial(QStringView w) {
    return w.size() == 1 && w[0].isUpper();
}

// Whether text[s, e) (a fragment like "Mr Trump said.") is a bare attribution: one to four
// capitalised words and a speech verb, ending in a full stop.
bool isBareAttribution(QStringView t, qsizetype s, qsizetype e) {
    if (e - s < 4 || t[e - 1] != u'.')
        return false;
    int words = 0;
    QStringView last;
    for (qsizetype p = s; p < e - 1;) {
        if (isBlank(t[p])) {
            ++p;
            continue;
        }
        qsizetype q = p;
        while (q < e - 1 && !isBlank(t[q]))
            ++q;
        last = t.sliced(p, q - p);
        if (++words > 5)
            return false;
        p = q;
        if (p < e - 1 && !last[0].isUpper())
            return false; // every word but the verb is a name, title or pronoun
    }
    return words >= 2 && contains(kSpeechVerbs, last);
}

// Whether the ICU break at `next` is wrong: text[prevStart, next) and text[next, nextEnd) are one
// sentence.
bool shouldJoin(QStringView t, qsizetype prevStart, qsizetype next, qsizetype nextEnd) {
    const qsizetype e = trimEnd(t, prevStart, next);
    if (e <= prevStart)
        return true;

    qsizetype term = e - 1; // the terminator, behind any closing quotes and brackets
    while (term > prevStart && isClosing(t[term]))
        --term;
    const bool closedAfter = term != e - 1;
    const QChar nextChar = t[next];

    if ((t[term] == u'?' || t[term] == u'!') && nextChar.isLower())
        return true; // “Why now?” he asked.
    if (t[term] == u'.' && closedAfter && isBareAttribution(t, next, trimEnd(t, next, nextEnd)))
        return true; // “We will win.” Zelensky said.
    if (t[term] != u'.' || closedAfter)
        return false;

    const QStringView word = wordBeforeDot(t, prevStart, term);
    if (word.isEmpty())
        return false;
    if (contains(kTitles, word))
        return true;
    if ((word == u"No" || word == u"Nos") && nextChar.isDigit())
        return true; // school No. 22
    if ((isInitial(word) || isDotted(word)) && nextChar.isUpper()) {
        const QStringView following = wordAt(t, next, nextEnd);
        const bool nextIsInitial = following.size() == 1 && next + 1 < nextEnd && t[next + 1] == u'.';
        return nextIsInitial || !contains(kOpeners, following); // J. K. Rowling, U.S. President
    }
    return false;
}

// Whether a full stop at `dot`, followed by blanks and a sentence opener, ends a sentence that ICU's
// filter kept open: its suppressions match without a word boundary, so "ATMs. The" is taken for
// "Ms." and any entry left in ICU's list would hide a break before "The".
bool isSentenceEndBeforeOpener(QStringView t, qsizetype lineStart, qsizetype dot, qsizetype next,
                               qsizetype lineEnd) {
    if (!t[next].isUpper())
        return false;
    const QStringView following = wordAt(t, next, lineEnd);
    const qsizetype afterFollowing = next + following.size();
    if (!contains(kOpeners, following) || (afterFollowing < lineEnd && t[afterFollowing] == u'.'))
        return false; // "A. Smith" is an initial, not the article
    const QStringView word = wordBeforeDot(t, lineStart, dot);
    return word.size() >= 2 && !word.contains(u'.') && !contains(kTitles, word);
}

// Whether a full stop at `dot`, behind closing quotes and blanks, ends a sentence that the figure at
// `next` starts ("at dawn. 23 people were injured"): UAX #29 never breaks there when a lower-case
// word follows the number. The sentence before must have two words or more (so list numbering
// "1. 23 people" stays) and end in a word or a stand-alone number, not an abbreviation that takes
// a number ("Fig. 3", "No. 22", "Gen. 5").
bool isSentenceEndBeforeFigure(QStringView t, qsizetype lineStart, qsizetype dot, qsizetype next) {
    if (!t[next].isDigit() || dot == lineStart)
        return false;
    bool twoWords = false;
    for (qsizetype p = lineStart; p < dot && !twoWords; ++p)
        twoWords = isBlank(t[p]);
    if (!twoWords)
        return false;
    if (t[dot - 1].isDigit()) {
        qsizetype b = dot - 1;
        while (b > lineStart && (t[b - 1].isDigit() || t[b - 1] == u',' || t[b - 1] == u'.'))
            --b;
        return b > lineStart && isBlank(t[b - 1]); // "52 to 48." and "3.5 million." end; "v2." does not
    }
    const QStringView word = wordBeforeDot(t, lineStart, dot);
    return word.size() >= 2 && !word.contains(u'.') && !contains(kTitles, word) &&
           !contains(kBeforeNumbers, word) && word != u"No" && word != u"Nos";
}

// Breaks ICU does not make: an ellipsis character before a capital ("We waited… Then it came"; ICU
// breaks after "..." but not after "…"), sentences glued without a space ("said.The") that a
// stripped <p> leaves behind, and ends of sentences hidden by the filter (above).
void addMissingBreaks(Line& line) {
    const QStringView t = line.text;
    const qsizetype start = line.starts.front();
    std::vector<qsizetype> added;
    // Every break added here follows a full stop or an ellipsis; without the rarer ellipsis in the
    // line, the search jumps from full stop to full stop.
    const bool ellipsis = t.sliced(start, line.end - start).contains(QChar(0x2026));
    for (qsizetype p = start + 1; p + 1 < line.end; ++p) {
        if (!ellipsis) {
            p = t.first(line.end).indexOf(u'.', p);
            if (p < 0 || p + 1 >= line.end)
                break;
        }
        const QChar c = t[p];
        if (c != u'.' && c.unicode() != 0x2026)
            continue;
        if (c.unicode() == 0x2026 && t[p - 1] != u'[' && t[p - 1] != u'(') {
            qsizetype q = p + 1;
            while (q < line.end && isClosing(t[q]))
                ++q;
            const qsizetype afterClose = q;
            while (q < line.end && isBlank(t[q]))
                ++q;
            qsizetype r = q;
            while (r < line.end && isOpeningQuote(t[r]))
                ++r;
            if (q > afterClose && r < line.end && t[r].isUpper())
                added.push_back(q);
        } else if (c == u'.' && (isBlank(t[p + 1]) || isClosing(t[p + 1]))) {
            qsizetype q = p + 1;
            while (q < line.end && isClosing(t[q]))
                ++q;
            const qsizetype afterClose = q;
            while (q < line.end && isBlank(t[q]))
                ++q;
            if (q < line.end && q > afterClose &&
                ((afterClose == p + 1 && isSentenceEndBeforeOpener(t, start, p, q, line.end)) ||
                 isSentenceEndBeforeFigure(t, start, p, q)))
                added.push_back(q);
        } else if (c == u'.' && t[p - 1].isLower() && t[p + 1].isUpper() && p + 2 < line.end &&
                   t[p + 2].isLower()) {
            qsizetype b = p - 1;
            while (b > start && t[b - 1].isLetter())
                --b;
            const bool wordBefore = p - b >= 2 && (b == start || !(t[b - 1] == u'.' || t[b - 1] == u'@'));
            qsizetype a = p + 1;
            while (a < line.end && t[a].isLetter())
                ++a;
            const bool addressAfter =
                a < line.end && (t[a] == u'@' || (t[a] == u'.' && a + 1 < line.end && t[a + 1].isLetter()));
            if (wordBefore && !addressAfter)
                added.push_back(p + 1);
        }
    }
    if (added.empty())
        return;
    line.starts.insert(line.starts.end(), added.begin(), added.end());
    std::sort(line.starts.begin(), line.starts.end());
    line.starts.erase(std::unique(line.starts.begin(), line.starts.end()), line.starts.end());
}

// ICU gives a curly opening quote glued to a full stop (`war.“The`) to the sentence before it.
void moveStrandedOpeners(Line& line) {
    for (size_t i = 1; i < line.starts.size(); ++i) {
        qsizetype& s = line.starts[i];
        const qsizetype e = line.trimmedEnd(i - 1);
        if (e == s && e - 1 > line.starts[i - 1] &&
            (line.text[e - 1].unicode() == 0x201C || line.text[e - 1].unicode() == 0x2018))
            --s;
    }
}

bool hasWordCharacter(QStringView text, qsizetype from, qsizetype to) {
    for (qsizetype p = from; p < to; ++p) {
        if (text[p].isLetterOrNumber() || text[p].isHighSurrogate())
            return true;
    }
    return false;
}

void repair(Line& line) {
    addMissingBreaks(line);
    moveStrandedOpeners(line);
    std::vector<qsizetype> kept{line.starts.front()};
    for (size_t i = 1; i < line.starts.size(); ++i) {
        if (!shouldJoin(line.text, kept.back(), line.starts[i], line.segmentEnd(i)))
            kept.push_back(line.starts[i]);
    }
    line.starts = std::move(kept);

    // A piece with no letter or digit (a stray quote, a dash) is not a sentence of its own.
    std::vector<qsizetype> merged;
    for (size_t i = 0; i < line.starts.size(); ++i) {
        if (hasWordCharacter(line.text, line.starts[i], line.segmentEnd(i)) || merged.empty())
            merged.push_back(line.starts[i]);
    }
    if (merged.size() > 1 && !hasWordCharacter(line.text, merged[0], merged[1]))
        merged.erase(merged.begin() + 1); // a leading piece goes with the sentence after it
    line.starts = std::move(merged);
}

std::atomic<std::uint64_t> nextSegmenterId{1};

// The abbreviations our ICU filter is built from, as the plain shortcut must know them: ICU's own
// and the titles. The entries unsuppressed below stay in: the shortcut only needs every string the
// filter could match, and one more makes it ask ICU about a line it could have decided itself.
std::vector<std::u16string> filterAbbreviations() {
    std::vector<std::u16string> out = icuSentenceExceptions();
    if (out.empty())
        return out;
    for (Word w : kTitles)
        out.push_back(std::u16string(w) + u'.');
    return out;
}

} // namespace

struct SentenceSegmenter::Impl {
    std::unique_ptr<icu::BreakIterator> prototype; // never iterated, only cloned
    std::optional<PlainSentenceBreaks> plain;
    std::uint64_t id = nextSegmenterId.fetch_add(1);

    icu::BreakIterator& iterator() const;
    void icuBreaks(Line& line, qsizetype lineStart, qsizetype lineEnd) const;
};

// Iterators carry per-text state, so each thread iterates its own clone. A clone and its first
// setText cost about 0.5 us, a third of ICU's time on a typical paragraph; kept per thread, that is
// paid once per thread (and per segmenter it alternates between), not once per paragraph.
icu::BreakIterator& SentenceSegmenter::Impl::iterator() const {
    thread_local struct {
        std::uint64_t owner = 0;
        std::unique_ptr<icu::BreakIterator> iterator;
    } cache;
    if (cache.owner != id) {
        cache.iterator.reset(prototype->clone());
        cache.owner = id;
    }
    return *cache.iterator;
}

void SentenceSegmenter::Impl::icuBreaks(Line& line, qsizetype lineStart, qsizetype lineEnd) const {
    icu::BreakIterator& it = iterator();
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar*>(line.text.utf16() + lineStart),
                     int64_t(lineEnd - lineStart), &status);
    it.setText(&ut, status);
    if (U_SUCCESS(status)) {
        it.first();
        for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
            if (lineStart + b < lineEnd)
                line.starts.push_back(lineStart + b);
        }
    }
    utext_close(&ut);
}

SentenceSegmenter::SentenceSegmenter(Engine engine)
    : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
    if (U_SUCCESS(status)) {
        for (const char* s : kIcuUnsuppress)
            builder->unsuppressBreakAfter(icu::UnicodeString(s, -1, US_INV), status);
        for (Word w : kTitles) {
            icu::UnicodeString entry(w.data(), int32_t(w.size()));
            builder->suppressBreakAfter(entry.append(u'.'), status);
        }
    }
    std::unique_ptr<icu::BreakIterator> base(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_SUCCESS(status))
        impl_->prototype.reset(builder->build(base.release(), status));
    if (U_FAILURE(status) || !impl_->prototype)
        throw std::runtime_error(std::string("ICU sentence break iterator unavailable: ") +
                                 u_errorName(status));
    if (engine == Engine::PlainShortcut) {
        impl_->plain.emplace(filterAbbreviations());
        if (!impl_->plain->usable())
            impl_->plain.reset();
    }
}

SentenceSegmenter::~SentenceSegmenter() = default;

std::vector<Span> SentenceSegmenter::split(QStringView text, Span region) const {
    std::vector<Span> sentences;
    region.start = std::clamp<qsizetype>(region.start, 0, text.size());
    region.end = std::clamp<qsizetype>(region.end, region.start, text.size());

    Line line{text, 0, {}};
    for (qsizetype lineStart = region.start; lineStart < region.end;) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < region.end && !isLineBreak(text[lineEnd]))
            ++lineEnd;
        const qsizetype next = lineEnd + 1;
        while (lineStart < lineEnd && isBlank(text[lineStart]))
            ++lineStart;
        while (lineEnd > lineStart && isBlank(text[lineEnd - 1]))
            --lineEnd;
        if (lineStart < lineEnd) {
            // ICU sees one line at a time: a line break always ends a sentence, and no repair can
            // reach across one.
            line.end = lineEnd;
            line.starts.assign(1, lineStart);
            if (!impl_->plain || !impl_->plain->breaks(text, lineStart, lineEnd, line.starts))
                impl_->icuBreaks(line, lineStart, lineEnd);
            repair(line);
            for (size_t i = 0; i < line.starts.size(); ++i) {
                const Span s{line.starts[i], line.trimmedEnd(i)};
                if (!s.isEmpty() && hasWordCharacter(text, s.start, s.end))
                    sentences.push_back(s);
            }
        }
        lineStart = next;
    }
    return sentences;
}

} // namespace parallax
