#pragma once

// One number found in a sentence, as a plain value. See NumberExtractor.h for how to get them and
// for the rules that decide each field.

#include "text/Span.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace parallax {

struct NumberMention {
    // What the number is. Only Count, Measure, Money, Percent and Fraction are quantities that two
    // articles can contradict each other on; the other kinds name a point in time, a position or a
    // label, and a consumer must never compare them as counts.
    enum class Kind : quint8 {
        Count,      // "23 people", "eleven missiles", "Fourteen were taken to hospital"
        Measure,    // a unit of measurement: "seven-hour", "3km", "16-storey", "2.4 billion gallons"
        Money,      // a currency: "£4bn", "$48.2 million", "420 million finnish markka"
        Percent,    // "40%", "40 per cent", "twenty percent"; value is 40, not 0.4
        Fraction,   // a proportion: "half", "two-thirds of the city", "3/4"
        Ordinal,    // "fourth year", "22nd", "a second drone"
        Year,       // "2022", "in 2019", "the 1980s"
        Date,       // "July 4th, 2025", "4 July", "2025-07-04"
        TimeOfDay,  // "9am", "9.30am", "4 a.m.", "21:00"
        Age,        // "54-year-old", "aged 54", "30 years old"
        Identifier, // "school number 22", "No. 22", "MH370", "Route 12", phone numbers, scores
                    // ("3-1", "lost 1-3"), records ("52-3"), ranks ("ranked 3"), list items ("1.")
        Vague,      // "hundreds of", "dozens of", "several", "a few": an order of magnitude only
    };

    // The hedge written next to the number, reduced to what it means for comparison. The words
    // themselves stay in qualifierText ("over", "more than" and "upwards of" are all MoreThan).
    enum class Qualifier : quint8 {
        None,
        Exactly,  // exactly, precisely, equal to
        About,    // about, around, roughly, approximately, some, an estimated, circa, ~, or so
        Nearly,   // nearly, almost, close to, just under, approaching
        AtLeast,  // at least, no fewer than, no less than, or more, -plus, >=
        MoreThan, // more than, over, above, upwards of, in excess of, exceeding, >
        AtMost,   // at most, no more than, or less, or fewer, <=
        UpTo,     // up to, as many as, as much as
        LessThan, // less than, fewer than, under, below, <
    };

    // The characters that spell the value: sign, currency symbol, digits or number words, scale
    // ("million", "bn", "k"), percent ("%", "per cent"), "am"/"pm", ordinal suffix, and for a
    // range both ends with the words between ("between 20 and 30", "10-12"). The hedge is not in
    // it (qualifierSpan), nor a unit or noun written as its own word (unitSpan): "more than 550
    // Russian drones" has span "550". UTF-16 offsets into the string given to extractNumbers().
    Span span;
    QString text; // the characters of span, as written

    double value = 0;               // negative for "minus 5"; Percent 40 for "40%"; see kinds below
    std::optional<double> rangeEnd; // upper end of "10 to 12", "between 20 and 30", "10-12"
    Kind kind = Kind::Count;

    Qualifier qualifier = Qualifier::None;
    // The words before (or after) the number that carry the hedge or a flag, as written: "more
    // than", "an estimated", "a record", "or more". Empty when there are none.
    QString qualifierText;
    Span qualifierSpan;    // where qualifierText is; empty with it
    bool record = false;   // "a record 539", "record-breaking 550", "550 drones – a record"
    bool reported = false; // "reportedly", "a reported $125,000"

    // What is counted or measured, normalised to lower-case singular: the counted noun ("550
    // Russian drones" -> "drone"; person, persons and people -> "people"), the unit of a Measure
    // ("hour", "km", "tonne", "storey", "°C"), an ISO 4217 code for Money ("GBP"; "pence" and
    // "cent" for those), "%" for Percent, the noun an Ordinal orders ("fourth year" -> "year"),
    // the unit of an Age ("year"), the label of an Identifier: its word ("number" for "No. 22",
    // "route", "school"), its letters ("mh" for "MH370"), or "phone", "score", "address", "rank",
    // "list item".
    // Empty when nothing is found.
    QString unit;
    Span unitSpan;             // where unit is written; empty when implicit or absent
    bool implicitUnit = false; // unit inferred, not written next to the number (see extractNumbers)

    // The noun the number describes when that is not what it counts: "raid" in "the seven-hour
    // raid", "man" in "a 54-year-old man", "call" in "an hour-long call", "contract" in "a $48.2
    // million army contract", "drone" in "80% of the drones", "fuel" in "2.4 billion gallons of
    // jet fuel". Empty otherwise.
    QString head;

    // The verb the number is subject or object of, when it is next to it, as a lower-case past
    // participle from a table of news verbs: "injured", "killed", "launched", "intercepted",
    // "hospitalised" (also for "taken to hospital"), "lasted". Empty when none is near.
    QString predicate;

    // A canonical spelling for kinds whose value alone is not enough: Date "2025-07-04",
    // "--07-04" (no year) or "2022-02" (no day); TimeOfDay "09:30"; Year "1980s" for a decade;
    // Identifier as written without spaces ("MH370", "9/11", "3-1"), a phone number as its digits
    // ("+380441234567"), empty for a label given by a word ("Route 12": see unit). Empty for
    // quantities.
    QString normalized;

    // The same quantity restated in another unit in brackets right after it: "400km (250 miles)"
    // has value 400, unit "km", convertedValue 250, convertedUnit "mile"; "EUR85m ($108m)" has
    // convertedUnit "USD". The bracketed number is not a mention of its own. Empty when none.
    std::optional<double> convertedValue;
    QString convertedUnit;
    Span convertedSpan; // where the bracketed number is written (without its unit)
};

// Stable lower-case names used in JSON and messages: "count", "time", "at_least", "more_than".
QString numberKindName(NumberMention::Kind kind);
QString numberQualifierName(NumberMention::Qualifier qualifier); // "" for None

// True for the kinds two articles can disagree on as quantities (Count, Measure, Money, Percent,
// Fraction). Vague is not one of them: "hundreds" does not contradict "550".
bool isComparableQuantity(NumberMention::Kind kind);

} // namespace parallax
