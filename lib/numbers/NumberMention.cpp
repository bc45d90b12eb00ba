#include "numbers/NumberMention.h"

namespace parallax {

QString numberKindName(NumberMention::Kind kind) {
    using K = NumberMention::Kind;
    switch (kind) {
    case K::Count:
        return QStringLiteral("count");
    case K::Measure:
        return QStringLiteral("measure");
    case K::Money:
        return QStringLiteral("money");
    case K::Percent:
        return QStringLiteral("percent");
    case K::Fraction:
        return QStringLiteral("fraction");
    case K::Ordinal:
        return QStringLiteral("ordinal");
    case K::Year:
        return QStringLiteral("year");
    case K::Date:
        return QStringLiteral("date");
    case K::TimeOfDay:
        return QStringLiteral("time");
    case K::Age:
        return QStringLiteral("age");
    case K::Identifier:
        return QStringLiteral("identifier");
    case K::Vague:
        return QStringLiteral("vague");
    }
    return {};
}

QString numberQualifierName(NumberMention::Qualifier qualifier) {
    using Q = NumberMention::Qualifier;
    switch (qualifier) {
    case Q::None:
        return {};
    case Q::Exactly:
        return QStringLiteral("exactly");
    case Q::About:
        return QStringLiteral("about");
    case Q::Nearly:
        return QStringLiteral("nearly");
    case Q::AtLeast:
        return QStringLiteral("at_least");
    case Q::MoreThan:
        return QStringLiteral("more_than");
    case Q::AtMost:
        return QStringLiteral("at_most");
    case Q::UpTo:
        return QStringLiteral("up_to");
    case Q::LessThan:
        return QStringLiteral("less_than");
    }
    return {};
}

bool isComparableQuantity(NumberMention::Kind kind) {
    using K = NumberMention::Kind;
    return kind == K::Count || kind == K::Measure || kind == K::Money || kind == K::Percent ||
           kind == K::Fraction;
}

} // namespace parallax
