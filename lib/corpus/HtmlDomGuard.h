#pragma once

// Internal to lib/corpus: makes markup safe to hand to gumbo 0.10 (Debian 12's libgumbo), which has
// three weaknesses an article extractor must never pass on to its caller.
//
// - Crashes: gumbo's assertions are compiled in, and some fire on foreign content (<svg>, <math>),
//   e.g. "<table><math><mtext><![CDATA[x]]>" aborts the process in handle_in_table.
// - Time: gumbo walks the whole stack of open elements on many start tags, so parse time grows
//   with the square of the nesting depth (100,000 nested <div>s take half a minute).
// - Memory: the parser re-creates every open formatting element (<b>, <a>, <font>...) after each
//   block that closed them, so 160 KB of "<b id=1>...<b id=500></div>" and "<p>x</p>" become
//   ten million elements and 4 GB.
//
// None of it matters to the article's text: SVG and MathML hold icons and formulas, not prose; real
// pages nest a few dozen elements deep; formatting elements only style the words inside them.

#include <QByteArray>

namespace parallax {

// Deeper nesting than any real page has.
inline constexpr int kMaxHtmlNesting = 512;

// Returns `utf8` rewritten so that gumbo never builds an SVG, MathML or formatting element and
// never nests elements deeper than about `maxDepth`:
// - every <svg>/<math> element is cut out with its content (up to its end tag, or to where the
//   HTML parser would leave foreign content); inside script, style, title and the like only the
//   start tag is cut, in case the parser does not treat that text as raw;
// - the tags of formatting elements (a, b, big, code, em, font, i, nobr, s, small, strike, strong,
//   tt, u) are cut, their text stays;
// - start tags that would open an element deeper than `maxDepth` are cut, with their end tags;
// - NUL bytes are removed.
// The scan follows the HTML tokenizer (comments, raw text, script escapes, attribute quoting), so
// that what it takes for a tag is a tag to gumbo too, and a cut never joins the bytes around it into
// new markup. Linear time. A page that needs none of this comes back unchanged.
QByteArray guardHtmlForGumbo(const QByteArray& utf8, int maxDepth = kMaxHtmlNesting);

} // namespace parallax
