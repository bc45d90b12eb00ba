// The seed corpus (kyiv-2025-07-04): 000 and 002 are the Guardian piece and its reprint, 001 and
// 003 rewrite one wire story, 004 is another outlet's report.
#include "AlignTestUtil.h"
#include "SharedCorpus.h"

#include "align/AlignmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

struct Seeds {
    Corpus corpus;
    ReuseResult reuse;
};

const Seeds& seeds() {
    static const Seeds s = [] {
        Seeds out;
        out.corpus = loadFolder(seedCorpusDir());
        out.reuse = reuseOf(out.corpus.documents);
        return out;
    }();
    return s;
}

} // namespace

TEST(Seeds, Dump) {
    PARALLAX_REQUIRE_SEEDS();
    const auto& docs = seeds().corpus.documents;
    const Alignment a = align(docs, seeds().reuse);
    if (qEnvironmentVariableIsSet("PARALLAX_DUMP_ALIGNMENT"))
        printf("%s\n", qPrintable(dump(a, docs, 36)));
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty())
        << invariantViolations(a, docs).join(u'\n').toStdString();
}
