#pragma once

// Internal to lib/claims: the words of one sentence, with the few facts about them that the
// grouping rules read (capitals, possessives, clause punctuation between words).

#include "corpus/Document.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>

#include <utility>
#include <vector>

namespace parallax::claims {

class SentenceWords {
public:
    SentenceWords(const Document& doc, int sentence);

    int size() const { return count_; }
    const Document& doc() const { return doc_; }
    int sentence() const { return sentence_; }
    Span sentenceSpan() const { return doc_.sentences[size_t(sentence_)].span; }

    const Token& token(int i) const { return doc_.tokens[size_t(first_ + i)]; }
    int documentToken(int i) const { return first_ + i; } // index into Document::tokens
    const QString& key(int i) const { return token(i).key; }
    QStringView text(int i) const { return doc_.textOf(token(i).span); }

    // The key without a possessive ending: "kyiv's" -> "kyiv".
    QString bareKey(int i) const;
    bool possessive(int i) const;
    // Starts with a capital letter. Sentence-initial words are capitalised anyway; callers decide.
    bool capitalised(int i) const;
    bool numeric(int i) const { return token(i).isNumeric; }
    // True when punctuation that ends a clause (, ; : ( ) or a dash) stands between word i-1 and
    // word i, and for i == 0: the rules never read a verb or a place across it.
    bool breakBefore(int i) const;

    // True when a sentence ends between word i-1 and word i although the segmenter kept them in one
    // sentence ("... were killed. 28 per cent of homes ..."), or a semicolon stands there: what is
    // said on either side is told apart (places, see MentionFacts). Not after "Mr." and the like.
    bool strongBreakBefore(int i) const;

    // The clause around words [first, last]: from the last break at or before `first` (0 when
    // none) to the first break after `last` (size() when none), as [from, to). With `strong`, the
    // segment between glued-on sentence ends instead. O(1): the breaks are indexed once, so a
    // sentence of thousands of numbers (a table pasted as one line) costs linear time, not square.
    std::pair<int, int> clauseAround(int first, int last, bool strong = false) const;
    // True when a strong break stands before one of the words (a, b].
    bool strongBreakBetween(int a, int b) const;

    // Words overlapping `span` (document offsets) as [first, last]; first > last when none do.
    std::pair<int, int> wordsOf(Span span) const;

private:
    void indexBreaks() const;

    const Document& doc_;
    int sentence_;
    int first_;
    int count_;
    // Built on first use: for each word, the last break at or before it, the next after it, and the
    // strong breaks counted up to it; for both kinds of break.
    mutable std::vector<int> lastBreak_, nextBreak_, lastStrong_, nextStrong_, strongCount_;
};

// A set of words for the tables of the claims rules.
inline QSet<QString> wordSet(std::initializer_list<const char*> words) {
    QSet<QString> s;
    for (const char* w : words)
        s.insert(QString::fromLatin1(w));
    return s;
}

// The key a word is compared by in the claims tables: British spellings folded to American so
// "fertiliser" and "fertilizer", "hospitalised" and "hospitalized" stem alike.
QString foldSpelling(const QString& key);

} // namespace parallax::claims
