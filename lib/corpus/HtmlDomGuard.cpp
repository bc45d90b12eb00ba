#include "corpus/HtmlDomGuard.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cstring>
#include <vector>

namespace parallax {
namespace {

bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool endsTagName(char c) {
    return isSpace(c) || c == '/' || c == '>';
}

bool isForeignRoot(const QByteArray& name) {
    return name == "svg" || name == "math";
}

enum class RawText { None, Text, Script };

// Elements whose content the tokenizer reads as text up to their end tag (scripting disabled, as in
// gumbo, so <noscript> is ordinary markup).
RawText rawTextKind(const QByteArray& name) {
    if (name == "script")
        return RawText::Script;
    static const QList<QByteArray> raw = {"style",  "textarea", "title",   "xmp",
                                          "iframe", "noembed",  "noframes"};
    return raw.contains(name) ? RawText::Text : RawText::None;
}

// Whether a start tag can deepen the tree. Void elements never have children; elements whose end
// tag is optional (<p>, <li>, <td>...) are closed by their next sibling, so counting them would
// make unclosed tag soup look deeply nested when it is not.
bool countsForDepth(const QByteArray& name) {
    static const QList<QByteArray> flat = {
        "area",  "base",  "basefont", "bgsound", "br",       "col",     "embed",    "frame",  "hr",
        "image", "img",   "input",    "keygen",  "link",     "meta",    "param",    "source", "track",
        "wbr",   "p",     "li",       "dt",      "dd",       "option",  "optgroup", "tr",     "td",
        "th",    "thead", "tbody",    "tfoot",   "colgroup", "caption", "rb",       "rt",     "rtc",
        "rp",    "html",  "head",     "body",    "plaintext"};
    return !flat.contains(name);
}

// Tags the parser closes when the same tag opens again, instead of nesting them.
bool closesItself(const QByteArray& name) {
    return name == "button" || name == "form";
}

// The elements the parser clones (adoption agency, reconstruction of active formatting elements).
bool isFormatting(const QByteArray& name) {
    static const QList<QByteArray> names = {"a",    "b", "big",   "code",   "em",     "font", "i",
                                            "nobr", "s", "small", "strike", "strong", "tt",   "u"};
    return names.contains(name);
}

// HTML start tags that end foreign content (HTML5 tree construction, "in foreign content").
bool breaksOutOfForeign(const QByteArray& name) {
    static const QList<QByteArray> names = {
        "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
        "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
        "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
        "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
        "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var",  "font"};
    return names.contains(name);
}

struct Tag {
    QByteArray name; // lower case
    qsizetype end = 0;
    bool isEnd = false;
    bool selfClosing = false;
    bool complete = false; // false when the input ends inside the tag: the tokenizer drops it
};

class Guard {
public:
    Guard(const QByteArray& utf8, int maxDepth)
        : m_in(utf8)
        , m_d(m_in.constData())
        , m_n(m_in.size())
        , m_maxDepth(maxDepth) {}

    QByteArray run();

private:
    bool startsWith(qsizetype at, const char* s) const {
        const size_t len = std::strlen(s);
        return at + qsizetype(len) <= m_n && std::memcmp(m_d + at, s, len) == 0;
    }
    qsizetype afterNext(qsizetype from, char c) const {
        const qsizetype at = m_in.indexOf(c, from);
        return at < 0 ? m_n : at + 1;
    }
    bool isTagStart(qsizetype at) const {
        return (at + 1 < m_n && isAlpha(m_d[at + 1])) ||
               (at + 2 < m_n && m_d[at + 1] == '/' && isAlpha(m_d[at + 2]));
    }
    // "</name" followed by what ends a tag name: the end tag that closes raw text.
    bool isEndTagOf(qsizetype at, const QByteArray& name) const {
        const qsizetype after = at + 2 + name.size();
        return after < m_n && m_d[at + 1] == '/' &&
               qstrnicmp(m_d + at + 2, name.constData(), name.size()) == 0 && endsTagName(m_d[after]);
    }

    Tag readTag(qsizetype at) const;
    qsizetype commentEnd(qsizetype from) const;
    qsizetype declarationEnd(qsizetype at, bool foreign) const;
    qsizetype rawTextEnd(qsizetype from, const QByteArray& name) const;
    qsizetype scriptEnd(qsizetype from) const;
    qsizetype foreignEnd(qsizetype from) const;
    qsizetype cutForeignTags(qsizetype from, qsizetype to);
    void handleStartTag(const Tag& tag, qsizetype at);
    void handleEndTag(const Tag& tag, qsizetype at);

    // Removes [from, to). A '<' or '&' left before the cut gets a space after it, so that it
    // cannot join what follows into a tag or an entity the scan never saw.
    void cut(qsizetype from, qsizetype to) {
        if (m_out.isEmpty())
            m_out.reserve(m_n);
        m_out.append(m_d + m_copied, from - m_copied);
        if (!m_out.isEmpty() && (m_out.back() == '<' || m_out.back() == '&'))
            m_out.append(' ');
        m_copied = to;
        m_changed = true;
    }

    const QByteArray m_in;
    const char* m_d;
    const qsizetype m_n;
    const int m_maxDepth;
    QByteArray m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
    std::vector<QByteArray> m_open;      // the elements open at this point, as far as a scan can tell
    QHash<QByteArray, int> m_suppressed; // start tags cut for depth, by name, whose end tags must go too
};

// The tokenizer's tag states: a quote only opens a value after '=', and a '>' inside an attribute
// name ends the tag.
Tag Guard::readTag(qsizetype at) const {
    Tag tag;
    tag.isEnd = m_d[at + 1] == '/';
    qsizetype p = at + (tag.isEnd ? 2 : 1);
    const qsizetype nameStart = p;
    while (p < m_n && !endsTagName(m_d[p]))
        ++p;
    tag.name = QByteArray(m_d + nameStart, p - nameStart).toLower();
    enum State { BeforeName, Name, AfterName, BeforeValue, Quoted, Unquoted, AfterQuoted, SelfClosing };
    State state = BeforeName;
    char quote = 0;
    auto finish = [&](qsizetype gt) {
        tag.end = gt + 1;
        tag.complete = true;
        tag.selfClosing = state == SelfClosing;
        return tag;
    };
    while (p < m_n) {
        const char c = m_d[p];
        switch (state) {
        case BeforeName:
        case AfterName:
            if (c == '/')
                state = SelfClosing;
            else if (c == '=' && state == AfterName)
                state = BeforeValue;
            else if (c == '>')
                return finish(p);
            else if (!isSpace(c))
                state = Name;
            break;
        case Name:
            if (isSpace(c))
                state = AfterName;
            else if (c == '/')
                state = SelfClosing;
            else if (c == '=')
                state = BeforeValue;
            else if (c == '>')
                return finish(p);
            break;
        case BeforeValue:
            if (c == '"' || c == '\'') {
                quote = c;
                state = Quoted;
            } else if (c == '>')
                return finish(p);
            else if (!isSpace(c))
                state = Unquoted;
            break;
        case Quoted:
            if (const void* close = std::memchr(m_d + p, quote, size_t(m_n - p))) {
                p = static_cast<const char*>(close) - m_d;
                state = AfterQuoted;
            } else {
                p = m_n - 1;
            }
            break;
        case Unquoted:
            if (isSpace(c))
                state = BeforeName;
            else if (c == '>')
                return finish(p);
            break;
        case AfterQuoted:
        case SelfClosing:
            if (c == '>')
                return finish(p);
            state = BeforeName;
            continue; // reconsume
        }
        ++p;
    }
    tag.end = m_n;
    return tag;
}

// After "<!--": "<!-->" and "<!--->" are whole comments; otherwise "-->" or "--!>" ends one.
qsizetype Guard::commentEnd(qsizetype from) const {
    if (startsWith(from, ">"))
        return from + 1;
    if (startsWith(from, "->"))
        return from + 2;
    const qsizetype dashes = m_in.indexOf("-->", from);
    const qsizetype bang = m_in.indexOf("--!>", from);
    if (dashes < 0 && bang < 0)
        return m_n;
    if (bang < 0 || (dashes >= 0 && dashes < bang))
        return dashes + 3;
    return bang + 4;
}

// The end of a comment, doctype, CDATA section (foreign content only) or bogus comment starting at
// `at`, or -1 when `at` starts none of them.
qsizetype Guard::declarationEnd(qsizetype at, bool foreign) const {
    if (at + 1 >= m_n)
        return -1;
    const char next = m_d[at + 1];
    if (next == '!') {
        if (startsWith(at, "<!--"))
            return commentEnd(at + 4);
        if (foreign && startsWith(at, "<![CDATA[")) {
            const qsizetype close = m_in.indexOf("]]>", at + 9);
            return close < 0 ? m_n : close + 3;
        }
        return afterNext(at + 2, '>');
    }
    if (next == '?')
        return afterNext(at + 2, '>');
    if (next == '/' && at + 2 < m_n) {
        if (m_d[at + 2] == '>')
            return at + 3;
        if (!isAlpha(m_d[at + 2]))
            return afterNext(at + 2, '>');
    }
    return -1;
}

// Where the end tag of a raw text or RCDATA element starts.
qsizetype Guard::rawTextEnd(qsizetype from, const QByteArray& name) const {
    for (qsizetype p = from; (p = m_in.indexOf("</", p)) >= 0; p += 2) {
        if (isEndTagOf(p, name))
            return p;
    }
    return m_n;
}

// Where </script> starts, following the script data states: after "<!--", a "<script" hides the
// next "</script>" from the tokenizer (old pages write document.write("<script>...</script>")).
qsizetype Guard::scriptEnd(qsizetype from) const {
    enum { Data, Escaped, EscapedDash, EscapedDashDash, Double, DoubleDash, DoubleDashDash } s = Data;
    static const QByteArray script = "script";
    auto scriptName = [&](qsizetype p) {
        return p + 6 < m_n && qstrnicmp(m_d + p, "script", 6) == 0 && endsTagName(m_d[p + 6]);
    };
    for (qsizetype p = from; p < m_n; ++p) {
        const char c = m_d[p];
        if (s == Data) {
            if (c == '<' && isEndTagOf(p, script))
                return p;
            if (c == '<' && startsWith(p, "<!--")) {
                s = EscapedDashDash;
                p += 3;
            }
        } else if (s == Escaped || s == EscapedDash || s == EscapedDashDash) {
            if (c == '-') {
                s = s == Escaped ? EscapedDash : EscapedDashDash;
            } else if (c == '<') {
                if (isEndTagOf(p, script))
                    return p;
                s = scriptName(p + 1) ? Double : Escaped;
                if (s == Double)
                    p += 6;
            } else {
                s = c == '>' && s == EscapedDashDash ? Data : Escaped;
            }
        } else {
            if (c == '-') {
                s = s == Double ? DoubleDash : DoubleDashDash;
            } else if (c == '<') {
                s = p + 1 < m_n && m_d[p + 1] == '/' && scriptName(p + 2) ? Escaped : Double;
                if (s == Escaped)
                    p += 7;
            } else {
                s = c == '>' && s == DoubleDashDash ? Data : Double;
            }
        }
    }
    return m_n;
}

// The end of foreign content opened by an <svg>/<math> start tag that ends at `from`: its own end
// tag, or the first tag that would take the parser back to HTML. Ending early is harmless (what
// is left parses as unknown HTML elements), so any end tag it cannot match ends it.
qsizetype Guard::foreignEnd(qsizetype from) const {
    std::vector<QByteArray> open{QByteArray()}; // the root's name does not matter to matching
    for (qsizetype p = from; p < m_n;) {
        const qsizetype lt = m_in.indexOf('<', p);
        if (lt < 0)
            return m_n;
        if (const qsizetype end = declarationEnd(lt, true); end >= 0) {
            p = end;
            continue;
        }
        if (!isTagStart(lt)) {
            p = lt + 1;
            continue;
        }
        const Tag tag = readTag(lt);
        if (!tag.complete)
            return m_n;
        if (!tag.isEnd) {
            if (breaksOutOfForeign(tag.name))
                return lt;
            if (!tag.selfClosing)
                open.push_back(tag.name);
        } else {
            auto match = std::find(open.rbegin(), open.rend() - 1, tag.name);
            if (match == open.rend() - 1 && !isForeignRoot(tag.name))
                return lt;
            open.erase(match == open.rend() - 1 ? open.begin() : std::prev(match.base()), open.end());
            if (open.empty())
                return tag.end;
        }
        p = tag.end;
    }
    return m_n;
}

// Inside raw text only a stray <svg>/<math> start tag is cut: the parser may not read that text
// as raw (a <style> inside <select> is ignored and what follows it is markup again).
qsizetype Guard::cutForeignTags(qsizetype from, qsizetype to) {
    for (qsizetype p = from; p < to;) {
        const qsizetype lt = m_in.indexOf('<', p);
        if (lt < 0 || lt >= to)
            break;
        if (isTagStart(lt) && m_d[lt + 1] != '/') {
            const Tag tag = readTag(lt);
            if (tag.complete && isForeignRoot(tag.name)) {
                cut(lt, tag.end);
                if (tag.end > to)
                    return tag.end;
                p = tag.end;
                continue;
            }
        }
        p = lt + 1;
    }
    return to;
}

void Guard::handleStartTag(const Tag& tag, qsizetype at) {
    if (isFormatting(tag.name))
        return cut(at, tag.end);
    if (!countsForDepth(tag.name))
        return;
    if (closesItself(tag.name)) {
        if (auto it = std::find(m_open.rbegin(), m_open.rend(), tag.name); it != m_open.rend())
            m_open.erase(std::prev(it.base()), m_open.end());
    }
    if (qsizetype(m_open.size()) >= m_maxDepth) {
        ++m_suppressed[tag.name];
        cut(at, tag.end);
    } else {
        m_open.push_back(tag.name);
    }
}

void Guard::handleEndTag(const Tag& tag, qsizetype at) {
    if (isFormatting(tag.name))
        return cut(at, tag.end);
    if (auto s = m_suppressed.find(tag.name); s != m_suppressed.end() && *s > 0) {
        --*s;
        cut(at, tag.end);
    } else if (auto it = std::find(m_open.rbegin(), m_open.rend(), tag.name); it != m_open.rend()) {
        m_open.erase(std::prev(it.base()), m_open.end());
    }
}

QByteArray Guard::run() {
    for (qsizetype i = 0; i < m_n;) {
        const qsizetype lt = m_in.indexOf('<', i);
        if (lt < 0)
            break;
        if (const qsizetype end = declarationEnd(lt, false); end >= 0) {
            i = end;
            continue;
        }
        if (!isTagStart(lt)) {
            i = lt + 1;
            continue;
        }
        const Tag tag = readTag(lt);
        if (!tag.complete)
            break;
        i = tag.end;
        if (tag.isEnd) {
            handleEndTag(tag, lt);
        } else if (isForeignRoot(tag.name)) {
            i = tag.selfClosing ? tag.end : foreignEnd(tag.end);
            cut(lt, i);
        } else if (const RawText kind = rawTextKind(tag.name); kind != RawText::None) {
            const qsizetype end =
                kind == RawText::Script ? scriptEnd(tag.end) : rawTextEnd(tag.end, tag.name);
            i = cutForeignTags(tag.end, end);
        } else {
            handleStartTag(tag, lt);
        }
    }
    if (!m_changed)
        return m_in;
    m_out.append(m_d + m_copied, m_n - m_copied);
    return m_out;
}

} // namespace

QByteArray guardHtmlForGumbo(const QByteArray& utf8, int maxDepth) {
    QByteArray withoutNul = utf8;
    withoutNul.replace('\0', QByteArray());
    return Guard(withoutNul, maxDepth).run();
}

} // namespace parallax
