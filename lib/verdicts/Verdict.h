#pragma once

// A verdict is the user's judgement of one thing the engine found: a claim (a conflict is a claim
// whose status is Conflict) or a pair of articles. It is kept by content, not by index, so that it
// stays with its claim when the articles change and the claims are renumbered (VerdictMatching.h).

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace parallax {

enum class VerdictTarget { Claim, Pair };

enum class VerdictStatus {
    Checked, // the user has looked at it and verified it against the sources
    Wrong,   // the engine is wrong here (numbers that are not one fact, a pair that is not a reprint)
    Fine,    // what the engine says is right, and needs no more attention
};

QString verdictTargetName(VerdictTarget target); // the session's and JSON's spelling: "claim", "pair"
QString verdictStatusName(VerdictStatus status); // "checked", "wrong", "fine"
std::optional<VerdictTarget> verdictTargetFromName(const QString& name);
std::optional<VerdictStatus> verdictStatusFromName(const QString& name);

// What identifies a claim across edits of its articles: its label, its distinct values and the
// sentences that state it. Any one of them may change with an edit; the matching weighs all three.
struct ClaimKey {
    QString label;
    QStringList values;    // distinct values, sorted, as written by claimValueText()
    QStringList sentences; // distinct sentences (or headlines) of its variants, sorted
    friend bool operator==(const ClaimKey&, const ClaimKey&) = default;
};

// A pair of articles, by their ids (file names: stable across edits of the text) and their titles
// (stable across renames). a < b.
struct PairKey {
    QString a;
    QString b;
    QString titleA;
    QString titleB;
    friend bool operator==(const PairKey&, const PairKey&) = default;
};

struct Verdict {
    VerdictTarget target = VerdictTarget::Claim;
    VerdictStatus status = VerdictStatus::Checked;
    QString note;
    ClaimKey claim;    // when target is Claim
    PairKey pair;      // when target is Pair
    QDateTime changed; // when the user last set it (UTC)
    friend bool operator==(const Verdict&, const Verdict&) = default;
};

} // namespace parallax
