// The public contract: JSON shape, thread safety, odd input.

#include "NumbersTestUtil.h"
#include "numbers/NumberJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <cmath>
#include <thread>

using namespace parallax;
using namespace Qt::StringLiterals;

TEST(NumbersJson, KeysOfAMention) {
    const QString s = u"Russia launched more than 550 drones, 10 to 12 of which hit the 13-hour target."_s;
    const QJsonArray array = numberMentionsToJson(extractNumbers(s));
    ASSERT_EQ(array.size(), 3);
    const QJsonObject first = array[0].toObject();
    EXPECT_EQ(first[u"value"_s].toDouble(), 550);
    EXPECT_EQ(first[u"text"_s].toString(), u"550"_s);
    EXPECT_EQ(first[u"start"_s].toInt(), s.indexOf(u"550"_s));
    EXPECT_EQ(first[u"end"_s].toInt(), s.indexOf(u"550"_s) + 3);
    EXPECT_EQ(first[u"kind"_s].toString(), u"count"_s);
    EXPECT_EQ(first[u"qualifier"_s].toString(), u"more_than"_s);
    EXPECT_EQ(first[u"qualifier_text"_s].toString(), u"more than"_s);
    EXPECT_EQ(first[u"unit"_s].toString(), u"drone"_s);
    EXPECT_EQ(first[u"predicate"_s].toString(), u"launched"_s);
    const QJsonObject range = array[1].toObject();
    EXPECT_EQ(range[u"range_end"_s].toDouble(), 12);
    EXPECT_TRUE(range[u"qualifier"_s].isNull());
    const QJsonObject hours = array[2].toObject();
    EXPECT_EQ(hours[u"head"_s].toString(), u"target"_s);
    EXPECT_FALSE(hours.contains(u"range_end"_s));
}

TEST(NumbersJson, NullUnitAndNormalized) {
    const QJsonObject o = numberMentionsToJson(extractNumbers(u"at 9.30am"_s))[0].toObject();
    EXPECT_TRUE(o[u"unit"_s].isNull());
    EXPECT_EQ(o[u"normalized"_s].toString(), u"09:30"_s);
    EXPECT_EQ(o[u"kind"_s].toString(), u"time"_s);
}

TEST(NumbersApi, OddInputDoesNotBreak) {
    EXPECT_TRUE(extractNumbers(QString()).empty());
    EXPECT_TRUE(extractNumbers(u"   \n\t "_s).empty());
    EXPECT_TRUE(extractNumbers(u"—–-…%$£"_s).empty());
    const auto huge = extractNumbers(QString(400, u'9'));
    for (const NumberMention& m : huge)
        EXPECT_TRUE(std::isfinite(m.value));
    const auto emoji = extractNumbers(u"🚀 3 rockets 🚀"_s);
    ASSERT_EQ(emoji.size(), 1u);
    EXPECT_EQ(emoji[0].text, u"3"_s);
}

TEST(NumbersApi, SameResultsFromManyThreads) {
    const QStringList sentences = {
        u"Russia launched a record-breaking 550 drones and 11 missiles during the attack."_s,
        u"According to officials, one person was killed and at least 23 people were injured."_s,
        u"The 13-hour attack ended at 9am; £4bn in aid and 40 per cent more shelters followed."_s,
    };
    std::vector<QJsonArray> expected;
    for (const QString& s : sentences)
        expected.push_back(numberMentionsToJson(extractNumbers(s)));
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int n = 0; n < 4; ++n)
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round)
                for (int i = 0; i < sentences.size(); ++i)
                    if (numberMentionsToJson(extractNumbers(sentences[i])) != expected[size_t(i)])
                        ++mismatches;
        });
    for (std::thread& th : threads)
        th.join();
    EXPECT_EQ(mismatches.load(), 0);
}
