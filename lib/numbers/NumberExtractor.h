#pragma once

// Every number in a sentence, understood: value, kind, hedge, unit or counted noun, verb, spans.
//
//     #include "numbers/NumberExtractor.h"
//
//     const QString s = QStringLiteral("According to officials, at least 23 people were injured. "
//                                      "Fourteen were taken to hospital after the seven-hour raid.");
//     for (const parallax::NumberMention& m : parallax::extractNumbers(s)) {
//         // 23  Count      AtLeast "at least"  unit "people"  predicate "injured"
//         // 14  Count                          unit "people" (implicit)  predicate "hospitalised"
//         // 7   Measure                        unit "hour"  head "raid"
//         qDebug() << m.value << numberKindName(m.kind) << m.text << m.unit << m.predicate;
//     }
//
// The rules, where a reader could expect otherwise:
//
// - Spans. span covers the characters that spell the value (NumberMention.h): "550" in "more than
//   550 Russian drones", "£4bn", "40 per cent", "9.30am", "July 4th, 2025", "between 20 and 30",
//   "seven" in "seven-hour", "hour-long" in "hour-long call". The hedge has qualifierSpan, the
//   unit or noun unitSpan. Offsets are UTF-16 units into the string passed in.
// - Values. Scales are multiplied in ("£4bn" 4e9, "three million" 3e6, "1.2m" 1.2e6 unless it is
//   metres: "1.8m tall"). Percent keeps its number (40 for "40%"). Fraction is the proportion
//   (0.5 for "half", 0.666... for "two-thirds"). TimeOfDay is hours after midnight (9.5 for
//   "9.30am", 16 for "4pm"). Date is the day of the month, or the year when there is no day;
//   compare dates by normalized ("2025-07-04"). Vague is an order of magnitude only (several 3, a
//   few 3, a couple of 2, dozens 12, scores 20, hundreds 100, thousands 1000, tens of thousands
//   1e4); never compare it with a count. Identifier is the number inside the label (22 for
//   "school number 22", 370 for "MH370").
// - Ranges. "10 to 12", "between 20 and 30", "10-12", "five or six" give one mention with value
//   10 and rangeEnd 12; a scale or unit written on the second end applies to both ("between 2 and
//   3 million" is 2e6..3e6). "rose from 10 to 20" is a change, not a range: two mentions.
// - "one". A count of one ("one person was killed", "One senior official") unless it is a
//   pronoun ("the one you mentioned", "which one", "one after another", "one by one") or the idiom
//   "one of the most severe assaults", "one of the war's deadliest": those are not numbers here,
//   since they never state a quantity a reader could check. "one of the 550 drones" is a count.
// - "a"/"an" are never a number alone ("a record number of drones" has none); "a dozen" 12, "a
//   hundred" 100, "a half" 0.5, "a third of" 1/3 are.
// - Ordinals name positions ("fourth year", "22nd", "a second drone"); ordinals that are part of
//   a name ("the 47th Brigade", "Fifth Avenue") and numbers after a label word or glued to letters
//   ("school number 22", "No. 22", "Route 12", "Boeing 737", "MH370", "SCP-173", phone numbers)
//   are Identifier. A bare four-digit number from 1000 to 2100 is a Year unless a hedge is before
//   it or a counted noun or unit after it ("2,000 troops", "about 2000 troops" are counts).
// - Units. A unit written after the number makes a Measure or Money; otherwise the counted noun
//   is the head of the words after the number ("550 Russian drones" -> "drone"; adjectives,
//   "ballistic and cruise", and compounds "home-produced" are skipped). person, persons, people and
//   individuals are all "people". Partitives share the noun: "72 out of 550 drones", "476 of a
//   record 539 Russian drones", "six of Kyiv’s 10 districts". A count with no noun of its own
//   ("Fourteen were taken to hospital", "14 of whom", "26 others", "72 managed to") takes the noun
//   of the nearest earlier count in the same sentence, else "people" when its verb happens only to
//   people; implicitUnit is then true.
// - Predicates. The past participle of a news verb next to the number's noun phrase: after it
//   ("were injured", "were taken to hospital" -> "hospitalised", "hit their targets") or before it
//   ("launched a record 550 drones", "injuring at least one person"). In a partitive the verb after
//   the phrase belongs to the part: "476 of 539 drones were intercepted" gives 476 "intercepted"
//   and 539 none. Unknown verbs give no predicate rather than a guess.
//
// Hedges (qualifier) and flags: see NumberMention::Qualifier. "about 500 or more" is AtLeast: a
// bound written after the number says more than an approximation before it.
//
// Cost: one pass over the characters to tokenise, then a few passes over the tokens; no regular
// expressions, no allocation per character. Tables are built once, on first use, thread-safely.

#include "numbers/NumberMention.h"

#include <QStringView>

#include <vector>

namespace parallax {

// The number mentions of text, in order of span start, spans not overlapping. text is usually one
// sentence; a paragraph works too (an implicit unit never crosses a sentence end). Thread-safe and
// reentrant: no shared mutable state. Never throws; text with no number gives an empty vector.
std::vector<NumberMention> extractNumbers(QStringView text);

} // namespace parallax
