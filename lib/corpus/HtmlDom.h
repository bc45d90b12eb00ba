#pragma once

// Internal to lib/corpus: a thin layer over gumbo's parse tree for HtmlExtractor and
// HtmlDomMetadata. Nothing outside lib/corpus includes this (gumbo is a private dependency).

#include <gumbo.h>

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace parallax {

// Owns one gumbo parse of `html`; the tree lives as long as this object.
class ParsedHtml {
public:
    explicit ParsedHtml(const QString& html);
    ~ParsedHtml();
    ParsedHtml(const ParsedHtml&) = delete;
    ParsedHtml& operator=(const ParsedHtml&) = delete;

    const GumboNode* document() const { return m_output ? m_output->document : nullptr; }
    const GumboNode* root() const { return m_output ? m_output->root : nullptr; }

private:
    QByteArray m_utf8; // gumbo's tree points into this buffer
    GumboOutput* m_output = nullptr;
};

inline bool isElement(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag &&
           node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

inline bool isTextNode(const GumboNode* node) {
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

// The node's children, or null for text and comment nodes.
const GumboVector* childrenOf(const GumboNode* node);

// An attribute's decoded value; empty when absent.
QString attribute(const GumboNode* node, const char* name);
bool hasAttribute(const GumboNode* node, const char* name);

// Chrome that never holds article prose: script, style, nav, header, footer, aside, form, button,
// iframe, svg, template, select, ... and elements marked hidden.
bool isDroppedElement(const GumboNode* node);

// Elements that start a new paragraph of output text.
bool isBlockElement(const GumboNode* node);

// Appends `raw` to `out`, folding every run of whitespace (including no-break spaces) into one
// space and removing invisible characters (soft hyphens, zero-width spaces, control characters).
// `pendingSpace` carries a space owed from earlier text across calls; a space is only written
// before further visible text, so `out` never ends with one.
void appendCollapsed(QString& out, QStringView raw, bool& pendingSpace);

// Visits `root` and its descendants depth-first without recursion (pages can nest deeply).
// `enter(node)` returns true to visit the node's children; `leave(node)` is then called after them.
template <typename Enter, typename Leave> void walkTree(const GumboNode* root, Enter&& enter, Leave&& leave) {
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    if (!root || !enter(root))
        return;
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        Frame& top = stack.back();
        const GumboVector* kids = childrenOf(top.node);
        if (kids && top.next < kids->length) {
            const auto* child = static_cast<const GumboNode*>(kids->data[top.next++]);
            if (enter(child))
                stack.push_back({child, 0}); // invalidates `top`; it is not used again
        } else {
            const GumboNode* done = top.node;
            stack.pop_back();
            leave(done);
        }
    }
}

template <typename Enter> void walkTree(const GumboNode* root, Enter&& enter) {
    walkTree(root, std::forward<Enter>(enter), [](const GumboNode*) {});
}

// The visible text under `node` with whitespace collapsed, skipping dropped elements.
QString collapsedText(const GumboNode* node);

// The first element under `root` (or `root` itself) with `tag`, not inside a dropped element
// other than <header> (a headline or date often sits in the article's own <header>).
const GumboNode* findFirst(const GumboNode* root, GumboTag tag);

} // namespace parallax
