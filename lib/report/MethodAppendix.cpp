#include "report/ReportSections.h"

#include "claims/ClaimStatus.h"
#include "report/HtmlText.h"

namespace parallax {

// The method in brief, for a reader who never opens Parallax. It restates docs/reuse.md and
// docs/claims.md; when a rule there changes, this text changes with it.
QString methodAppendix(const ReportContext&) {
    QString h = html::chapter(QStringLiteral("method"), QStringLiteral("Appendix: how Parallax decides"));
    h += QStringLiteral(
        "<h2>What is compared</h2>\n"
        "<p>Each file is decoded, split into paragraphs and sentences, and its boilerplate set apart: "
        "captions, "
        "photo credits, datelines, metadata lines, promotions and closing credits are shown in the window "
        "but never "
        "compared. Words are compared case-blind, with quotes, dashes and accents folded. Times are the ones "
        "the "
        "files state (HTML metadata, front matter, timestamp lines); nothing is guessed from file "
        "dates.</p>\n"
        "<h2>How two articles relate</h2>\n"
        "<p>Every sentence is cut into runs of three words. <b>Reprint</b>: at least half of one article's "
        "runs "
        "are in the other, and at least three of its sentences are copied: an edited copy keeps most of its "
        "source's wording, independent reports share under a tenth. <b>Shared source</b>: three or more "
        "copied "
        "sentences on each side (quotations do not count: two reporters quoting one statement have not "
        "copied "
        "each other), or at least four sentences that say the same in the same order making up 40% of the "
        "shorter article (a rewrite of one wire story keeps its sequence of facts). <b>Same story</b>: three "
        "names or numbers in common and similar content words. Who copied whom is read from a closing credit "
        "(\u201c\u2013 Guardian\u201d), then from the dates, then from which article holds more of the "
        "other's "
        "wording (editors cut far more often than they pad); otherwise the original is left unknown.</p>\n"
        "<h2>How sentences are matched</h2>\n"
        "<p>Every sentence is compared with every sentence of the other article, and with pairs of adjacent "
        "sentences (a sentence split in two or two merged). <b>Identical</b>: the same words. "
        "<b>Near-identical"
        "</b>: most words equal and in order. <b>Paraphrase</b>: the same content words, names and numbers "
        "in "
        "other words, synonyms from a small news list and word stems (injured = injuries). Within matched "
        "sentences the word difference is Myers' diff over the words.</p>\n"
        "<h2>How numbers become claims</h2>\n"
        "<p>Every number is read with its hedge (\u201cat least\u201d, \u201cabout\u201d), what it counts or "
        "measures, the verb it belongs to, the place and the occasion it is about. Years, dates, times, "
        "ages, "
        "ordinals and vague quantities (\u201chundreds\u201d) are never compared. Two numbers in two "
        "articles "
        "are scored as versions of one fact by one model: matched sentences, the same counted noun, the same "
        "verb, subject, place and occasion, and the words around them; pairs above a threshold are joined, "
        "strongest first. Two numbers of one sentence are never one fact, and one article gives one value "
        "per "
        "fact unless its text marks a revision. No link is made because two values are equal, and none "
        "refused "
        "because they differ, so grouping cannot hide a disagreement.</p>\n");
    h += QStringLiteral(
             "<p><b>Confidence</b> runs from 0 to 1: how sure the grouping is that the variants are one "
             "fact, from "
             "the weakest link that joined a differing value. Below %1 a disagreement is reported as "
             "<i>possible</i>. <b>Evidence</b> lists the features that joined the variants.</p>\n")
             .arg(kFirmConfidence, 0, 'f', 1);
    h += QStringLiteral(
        "<h2>Statuses</h2>\n<ul>\n"
        "<li><b>conflict</b>: the articles give different values for one fact; a hedge does not reconcile "
        "them "
        "(\u201cat least 23\u201d and \u201c26\u201d).</li>\n"
        "<li><b>updated</b>: the value changes with publication time in one direction, or the text marks a "
        "revision (\u201crose to 130\u201d); variants are listed oldest first.</li>\n"
        "<li><b>rounding</b>: every value is a rounding of the most precise one (\u201cabout 200\u201d and "
        "197).</li>\n"
        "<li><b>hedge differs</b>: one value, different hedges (\u201cmore than 40\u201d and 40).</li>\n"
        "<li><b>spelling differs</b>: one value written differently (\u201celeven\u201d and 11).</li>\n"
        "<li><b>agree</b>: one value written alike. <b>one article</b>: nothing to compare.</li>\n</ul>\n"
        "<h2>Limits</h2>\n"
        "<p>Parallax reads English news prose. It does not convert units (\u201cnine days\u201d and "
        "\u201calmost "
        "three weeks\u201d are not compared), and it finds a disagreement only where both articles name what "
        "is counted. A conflict is a lead for a human check, not a verdict: every one is shown with the "
        "sentences it comes from so that the reader can judge.</p>\n");
    return h;
}

} // namespace parallax
