#include "corpus/HtmlExtractor.h"

#include "corpus/ArticleTime.h"
#include "corpus/HtmlDom.h"
#include "corpus/HtmlDomMetadata.h"

#include <QRegularExpression>

#include <optional>
#include <unordered_map>

namespace parallax {
namespace {

// An <article> holding less than this share of the page's paragraph text is a teaser card, not the
// story (front pages are lists of <article>s).
constexpr double kArticleShare = 0.25;
// Without <article>/<main>, the search for the body steps into a child holding at least this share
// of its parent's paragraph text; lower would cut off the end of a story split by an ad slot.
constexpr double kDominantShare = 0.7;
// Class names mark a block as related links or promotion only when it holds less paragraph text
// than this: a body wrapper named "story ads-enabled" must not turn the whole story into an ad.
constexpr qsizetype kMarkedBlockLimit = 500;

using ParagraphText = std::unordered_map<const GumboNode*, qsizetype>;

qsizetype visibleBytes(const char* text) {
    qsizetype n = 0;
    for (const char* c = text; *c; ++c)
        n += (*c != ' ' && *c != '\n' && *c != '\t' && *c != '\r' && *c != '\f');
    return n;
}

// For every element, how much text its <p> descendants hold, chrome excluded.
ParagraphText measureParagraphText(const GumboNode* root) {
    ParagraphText sizes;
    std::vector<qsizetype> sums;
    int inParagraph = 0;
    walkTree(
        root,
        [&](const GumboNode* n) {
            if (isTextNode(n) && inParagraph > 0 && !sums.empty())
                sums.back() += visibleBytes(n->v.text.text);
            if (n->type != GUMBO_NODE_ELEMENT || isDroppedElement(n))
                return false;
            sums.push_back(0);
            inParagraph += isElement(n, GUMBO_TAG_P);
            return true;
        },
        [&](const GumboNode* n) {
            const qsizetype sum = sums.back();
            sums.pop_back();
            inParagraph -= isElement(n, GUMBO_TAG_P);
            sizes[n] = sum;
            if (!sums.empty())
                sums.back() += sum;
        });
    return sizes;
}

qsizetype sizeOf(const ParagraphText& sizes, const GumboNode* n) {
    const auto it = sizes.find(n);
    return it == sizes.end() ? 0 : it->second;
}

bool contains(const GumboNode* ancestor, const GumboNode* node) {
    for (; node; node = node->parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

// The element that holds the story: the largest <article> (or itemprop=articleBody), else <main>,
// else the element holding most of the paragraph text.
const GumboNode* chooseBody(const GumboNode* body, const ParagraphText& sizes) {
    const qsizetype total = sizeOf(sizes, body);
    std::vector<const GumboNode*> articles;
    const GumboNode* main = nullptr;
    walkTree(body, [&](const GumboNode* n) {
        if (n->type != GUMBO_NODE_ELEMENT || isDroppedElement(n))
            return false;
        if (isElement(n, GUMBO_TAG_ARTICLE) || attribute(n, "itemprop") == u"articleBody")
            articles.push_back(n);
        if (!main && (isElement(n, GUMBO_TAG_MAIN) || attribute(n, "role") == u"main"))
            main = n;
        return true;
    });
    const GumboNode* article = nullptr;
    for (const GumboNode* a : articles) {
        if (!article || sizeOf(sizes, a) > sizeOf(sizes, article))
            article = a;
    }
    // Front pages are lists of <article> teasers of like size; none of them is the story.
    for (const GumboNode* a : articles) {
        if (article && a != article && !contains(a, article) && !contains(article, a) &&
            2 * sizeOf(sizes, a) > sizeOf(sizes, article))
            article = nullptr;
    }
    for (const GumboNode* candidate : {article, main}) {
        if (candidate && sizeOf(sizes, candidate) >= kArticleShare * double(total))
            return candidate;
    }
    const GumboNode* node = body;
    for (;;) {
        const GumboNode* best = nullptr;
        const GumboVector& kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
            // A paragraph is never the body: its container also holds lists, quotes and subheads.
            if (kid->type == GUMBO_NODE_ELEMENT && !isElement(kid, GUMBO_TAG_P) &&
                (!best || sizeOf(sizes, kid) > sizeOf(sizes, best)))
                best = kid;
        }
        if (!best || sizeOf(sizes, best) == 0 ||
            sizeOf(sizes, best) < kDominantShare * double(sizeOf(sizes, node)))
            return node;
        node = best;
    }
}

bool sameHeadline(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty() &&
           (a.contains(b, Qt::CaseInsensitive) || b.contains(a, Qt::CaseInsensitive));
}

// The story's <h1>: inside the body, else the last one before it (the body found by paragraph text
// often leaves the headline in a sibling), if that one is not the site's name or logo.
const GumboNode* findHeadline(const GumboNode* page, const GumboNode* body, const HtmlPageMeta& meta) {
    if (const GumboNode* h1 = findFirst(body, GUMBO_TAG_H1); h1 && !collapsedText(h1).isEmpty())
        return h1;
    const GumboNode* last = nullptr;
    bool reachedBody = false;
    walkTree(page, [&](const GumboNode* n) {
        reachedBody = reachedBody || n == body;
        if (reachedBody || n->type != GUMBO_NODE_ELEMENT)
            return false;
        if (isElement(n, GUMBO_TAG_H1) && !collapsedText(n).isEmpty())
            last = n;
        return isElement(n, GUMBO_TAG_HEADER) || !isDroppedElement(n);
    });
    if (!last)
        return nullptr;
    const QString text = collapsedText(last);
    const QString claimed = meta.ogTitle.isEmpty() ? meta.ldHeadline : meta.ogTitle;
    if (text.compare(meta.siteName, Qt::CaseInsensitive) == 0 ||
        (!claimed.isEmpty() && !sameHeadline(text, claimed)))
        return nullptr;
    return last;
}

// The publication date the article shows: a <time> in the body, else in the body's enclosing
// elements below <body> (the byline often sits beside the text, not in it). `normalise` reads the
// value: normaliseHtmlDate for the day, htmlMoment for the moment.
QString bodyDate(const GumboNode* pageBody, const GumboNode* body, QString (*normalise)(QStringView)) {
    for (const GumboNode* scope = body;; scope = scope->parent) {
        if (const GumboNode* time = findFirst(scope, GUMBO_TAG_TIME)) {
            const QString date = normalise(attribute(time, "datetime"));
            return date.isEmpty() ? normalise(collapsedText(time)) : date;
        }
        // The page's own header shows today's date, not the story's.
        if (scope == pageBody || !scope->parent || scope->parent == pageBody)
            return {};
    }
}

std::optional<BoilerplateKind> kindFromMarkup(const GumboNode* n, const ParagraphText& sizes) {
    if (isElement(n, GUMBO_TAG_FIGCAPTION))
        return BoilerplateKind::Caption;
    if (!isElement(n, GUMBO_TAG_FIGURE) && !hasAttribute(n, "class") && !hasAttribute(n, "id"))
        return std::nullopt;
    if (sizeOf(sizes, n) >= kMarkedBlockLimit)
        return std::nullopt;
    if (isElement(n, GUMBO_TAG_FIGURE))
        return BoilerplateKind::Caption;
    const QString names = (attribute(n, "class") + u' ' + attribute(n, "id")).toLower();
    static const QRegularExpression related(
        QStringLiteral(R"(related|read-?more|recommend|more-stories|also-read)"));
    static const QRegularExpression promotion(QStringLiteral(
        R"((^|[^a-z])(ads?|advert\w*|promo\w*|sponsor\w*|newsletter\w*|subscri\w*|sign-?up|paywall|share|sharing|social|outbrain|taboola)($|[^a-z]))"));
    if (related.match(names).hasMatch())
        return BoilerplateKind::Related;
    if (promotion.match(names).hasMatch())
        return BoilerplateKind::Promotion;
    return std::nullopt;
}

std::optional<BoilerplateKind> kindFromText(const QString& block) {
    static const QRegularExpression related(
        QStringLiteral(R"(^(also read|read more|read also|related|see also|more on this story)\s*[:|–—-])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression advert(
        QStringLiteral(R"(^(advertisement|advert|ad|sponsored|sponsored content)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression promptStart(
        QStringLiteral(R"(^(sign up|subscribe|share this (article|story)|follow us|click here to)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression newsletter(
        QStringLiteral(
            R"(\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b|\b(sign up|subscribe)\b.*\bnewsletters?\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (related.match(block).hasMatch())
        return BoilerplateKind::Related;
    // Prose can mention a newsletter; a promotion is short.
    if (block.size() <= 300 && (advert.match(block).hasMatch() || promptStart.match(block).hasMatch() ||
                                newsletter.match(block).hasMatch()))
        return BoilerplateKind::Promotion;
    return std::nullopt;
}

// Builds the output text one block at a time, so every span is a QString offset by construction.
class TextWriter {
public:
    explicit TextWriter(HtmlArticle& out)
        : m_out(out) {}

    void text(QStringView raw, std::optional<BoilerplateKind> context) {
        const qsizetype before = m_block.size();
        appendCollapsed(m_block, raw, m_pendingSpace);
        if (m_block.size() == before)
            return;
        if (before == 0)
            m_kind = context;
        m_breaks = 0;
    }

    void space() { m_pendingSpace = true; }

    // One <br> is a space inside the paragraph; two in a row are how old pages separate paragraphs.
    void lineBreak() {
        if (m_block.isEmpty())
            return;
        if (++m_breaks >= 2)
            endBlock();
        else
            m_pendingSpace = true;
    }

    void endBlock() {
        m_pendingSpace = false;
        m_breaks = 0;
        if (m_block.isEmpty())
            return;
        if (!m_out.text.isEmpty())
            m_out.text += QStringLiteral("\n\n");
        const qsizetype start = m_out.text.size();
        m_out.text += m_block;
        if (const auto kind = m_kind ? m_kind : kindFromText(m_block))
            m_out.boilerplate.push_back({Span{start, m_out.text.size()}, *kind});
        m_block.clear();
        m_kind.reset();
    }

private:
    HtmlArticle& m_out;
    QString m_block;
    bool m_pendingSpace = false;
    int m_breaks = 0;
    std::optional<BoilerplateKind> m_kind;
};

void writeBody(TextWriter& writer, const GumboNode* body, const GumboNode* headline,
               const ParagraphText& sizes) {
    std::vector<std::optional<BoilerplateKind>> context{std::nullopt};
    walkTree(
        body,
        [&](const GumboNode* n) {
            if (isTextNode(n)) {
                writer.text(QString::fromUtf8(n->v.text.text), context.back());
                return false;
            }
            if (n->type != GUMBO_NODE_ELEMENT || n == headline || (n != body && isDroppedElement(n)))
                return false;
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_BR)
                writer.lineBreak();
            else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                writer.space();
            else if (isBlockElement(n))
                writer.endBlock();
            const auto marked = kindFromMarkup(n, sizes);
            context.push_back(marked ? marked : context.back());
            return true;
        },
        [&](const GumboNode* n) {
            context.pop_back();
            if (isBlockElement(n))
                writer.endBlock();
            else if (isElement(n, GUMBO_TAG_TD) || isElement(n, GUMBO_TAG_TH))
                writer.space();
        });
    writer.endBlock();
}

} // namespace

HtmlArticle extractHtmlArticle(const QString& html) {
    HtmlArticle out;
    const ParsedHtml page(html);
    const GumboNode* root = page.root();
    if (!root || root->type != GUMBO_NODE_ELEMENT)
        return out;
    const HtmlPageMeta meta = readPageMeta(page.document());
    const ParagraphText sizes = measureParagraphText(root);

    // A frameset page has no <body>; everything visible hangs under <html> then.
    const GumboNode* pageBody = root;
    for (unsigned i = 0; i < root->v.element.children.length; ++i) {
        const auto* kid = static_cast<const GumboNode*>(root->v.element.children.data[i]);
        if (isElement(kid, GUMBO_TAG_BODY))
            pageBody = kid;
    }
    const GumboNode* body = chooseBody(pageBody, sizes);
    const GumboNode* headline = findHeadline(pageBody, body, meta);

    TextWriter writer(out);
    if (headline) {
        out.title = collapsedText(headline);
        writer.text(out.title, BoilerplateKind::Title);
        writer.endBlock();
    }
    writeBody(writer, body, headline, sizes);

    if (out.title.isEmpty())
        out.title = meta.ogTitle.isEmpty()
                        ? (meta.ldHeadline.isEmpty() ? meta.documentTitle : meta.ldHeadline)
                        : meta.ogTitle;
    out.source = meta.siteName;
    out.date = meta.publishedDate;
    if (out.date.isEmpty())
        out.date = bodyDate(pageBody, body, normaliseHtmlDate);
    if (out.date.isEmpty())
        out.date = meta.looseDate;
    QString published = meta.publishedMoment;
    if (published.isEmpty())
        published = bodyDate(pageBody, body, htmlMoment);
    if (published.isEmpty())
        published = meta.looseMoment;
    out.published = versionMoment(published, meta.modifiedMoment);
    return out;
}

} // namespace parallax
