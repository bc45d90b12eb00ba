#include "corpus/HtmlDom.h"

#include "corpus/HtmlDomGuard.h"

namespace parallax {

ParsedHtml::ParsedHtml(const QString& html)
    : m_utf8(guardHtmlForGumbo(html.toUtf8())) {
    GumboOptions options = kGumboDefaultOptions;
    // Gumbo copies the open-element stack into every parse error it records: on tag soup with
    // thousands of unclosed tags that alone exhausts memory. We never read the errors.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

ParsedHtml::~ParsedHtml() {
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboVector* childrenOf(const GumboNode* node) {
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

QString attribute(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboNode* node, const char* name) {
    return node->type == GUMBO_NODE_ELEMENT && gumbo_get_attribute(&node->v.element.attributes, name);
}

bool isDroppedElement(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEMPLATE || node->type == GUMBO_NODE_COMMENT)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
        return true;
    default:
        break;
    }
    if (hasAttribute(node, "hidden"))
        return true;
    QString style = attribute(node, "style");
    style.remove(u' ');
    return style.contains(u"display:none", Qt::CaseInsensitive);
}

bool isBlockElement(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

void appendCollapsed(QString& out, QStringView raw, bool& pendingSpace) {
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        // Invisible characters would split words for the tokenizer without showing anything.
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xad || u == 0x200b || u == 0xfeff)
            continue;
        if (pendingSpace && !out.isEmpty() && !out.back().isSpace())
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
}

QString collapsedText(const GumboNode* node) {
    QString out;
    bool pendingSpace = false;
    // Block boundaries and <br> separate words even where no whitespace was written.
    auto separates = [](const GumboNode* n) { return isBlockElement(n) || isElement(n, GUMBO_TAG_BR); };
    walkTree(
        node,
        [&](const GumboNode* n) {
            if (isTextNode(n))
                appendCollapsed(out, QString::fromUtf8(n->v.text.text), pendingSpace);
            pendingSpace = pendingSpace || separates(n);
            return n == node || !isDroppedElement(n);
        },
        [&](const GumboNode* n) { pendingSpace = pendingSpace || separates(n); });
    return out;
}

const GumboNode* findFirst(const GumboNode* root, GumboTag tag) {
    const GumboNode* found = nullptr;
    walkTree(root, [&](const GumboNode* n) {
        if (found)
            return false;
        if (isElement(n, tag)) {
            found = n;
            return false;
        }
        return n == root || isElement(n, GUMBO_TAG_HEADER) || !isDroppedElement(n);
    });
    return found;
}

} // namespace parallax
