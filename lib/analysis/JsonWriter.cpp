#include "analysis/JsonWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace parallax {
namespace {

char hexDigit(unsigned u) {
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

} // namespace

JsonWriter::JsonWriter(JsonStyle style)
    : style_(style) {}

void JsonWriter::indent(int depth) {
    if (style_ == JsonStyle::Indented)
        out_.append(size_t(4) * size_t(depth), ' ');
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (levels_.empty())
        return; // the document itself
    Level& level = levels_.back();
    if (level.count++ > 0)
        out_ += style_ == JsonStyle::Indented ? ",\n" : ",";
    indent(baseDepth_ + int(levels_.size()));
}

void JsonWriter::open(char bracket, bool object) {
    beforeValue();
    out_ += bracket;
    if (style_ == JsonStyle::Indented)
        out_ += '\n';
    levels_.push_back(Level{object, 0});
}

void JsonWriter::close(char bracket) {
    const bool any = levels_.back().count > 0;
    levels_.pop_back();
    if (any && style_ == JsonStyle::Indented)
        out_ += '\n';
    indent(baseDepth_ + int(levels_.size()));
    out_ += bracket;
    // QJsonDocument ends an indented document with a line end.
    if (levels_.empty() && baseDepth_ == 0 && style_ == JsonStyle::Indented)
        out_ += '\n';
}

void JsonWriter::beginObject() {
    open('{', true);
}
void JsonWriter::endObject() {
    close('}');
}
void JsonWriter::beginArray() {
    open('[', false);
}
void JsonWriter::endArray() {
    close(']');
}

void JsonWriter::key(std::string_view key) {
    beforeValue();
    out_ += '"';
    out_ += key;
    out_ += style_ == JsonStyle::Indented ? "\": " : "\":";
    afterKey_ = true;
}

// QJsonDocument's escaping: the two JSON specials and control characters escaped (\b \f \n \r \t
// by name, the rest as \u00XX), everything else UTF-8, and an unpaired surrogate as \uXXXX.
void JsonWriter::string(QStringView s) {
    const std::size_t at = out_.size();
    out_.resize(at + 6 * size_t(s.size()) + 2);
    char* cursor = out_.data() + at;
    *cursor++ = '"';
    const char16_t* src = s.utf16();
    const char16_t* const end = src + s.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case 0x8:
                *cursor++ = 'b';
                break;
            case 0xc:
                *cursor++ = 'f';
                break;
            case 0xa:
                *cursor++ = 'n';
                break;
            case 0xd:
                *cursor++ = 'r';
                break;
            case 0x9:
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            *cursor++ = '\\';
            *cursor++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *cursor++ = hexDigit((u >> shift) & 0xf);
        }
    }
    *cursor++ = '"';
    out_.resize(size_t(cursor - out_.data()));
}

void JsonWriter::value(QStringView s) {
    beforeValue();
    string(s);
}

void JsonWriter::value(qint64 n) {
    beforeValue();
    appendNumber(out_, n);
}

void JsonWriter::appendNumber(std::string& out, qint64 n) {
    char digits[maxNumberBytes];
    out.append(digits, size_t(writeNumber(digits, n) - digits));
}

char* JsonWriter::writeNumber(char* out, qint64 n) {
    return std::to_chars(out, out + maxNumberBytes, n).ptr;
}

void JsonWriter::value(double d) {
    beforeValue();
    appendNumber(out_, d);
}

void JsonWriter::appendNumber(std::string& out, double d) {
    char digits[maxNumberBytes];
    out.append(digits, size_t(writeNumber(digits, d) - digits));
}

char* JsonWriter::writeNumber(char* out, double d) {
    // Between a thousandth and ten thousand QByteArray::number(d, 'g', shortest) is always the
    // shortest fixed notation, which to_chars writes without a locale (most scores are here);
    // elsewhere it may choose an exponent, so it is asked. Either is at most 25 bytes ("-" and 17
    // digits with a point, or an exponent).
    const double magnitude = std::fabs(d);
    if (magnitude >= 1e-3 && magnitude < 1e4)
        return std::to_chars(out, out + maxNumberBytes, d, std::chars_format::fixed).ptr;
    if (!std::isfinite(d))
        return std::copy_n("null", 4, out); // as QJsonDocument: JSON has no infinity or NaN
    const QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    return std::copy_n(text.constData(), std::min<qsizetype>(text.size(), maxNumberBytes), out);
}

void JsonWriter::preformatted(const QByteArray& json) {
    beforeValue();
    out_.append(json.constData(), size_t(json.size()));
}

QByteArray JsonWriter::quoted(QStringView s) {
    JsonWriter w(JsonStyle::Compact);
    w.string(s);
    return w.bytes();
}

void JsonWriter::value(bool b) {
    beforeValue();
    out_ += b ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    out_ += "null";
}

void JsonWriter::stringOrNull(const QString& s) {
    if (s.isEmpty())
        null();
    else
        value(s);
}

void JsonWriter::value(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        value(v.toBool());
        return;
    case QJsonValue::Double:
        // QJsonValue keeps a qint64 apart from a double, and QJsonDocument writes it as an integer
        // (1000000, where the double would be 1e+06).
        if (v.toVariant().typeId() == QMetaType::LongLong)
            value(v.toInteger());
        else
            value(v.toDouble());
        return;
    case QJsonValue::String:
        value(v.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue& e : v.toArray())
            value(e);
        endArray();
        return;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            beforeValue();
            string(it.key());
            out_ += style_ == JsonStyle::Indented ? ": " : ":";
            afterKey_ = true;
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

JsonWriter JsonWriter::fragment(qsizetype before) const {
    JsonWriter w(style_);
    w.baseDepth_ = baseDepth_ + int(levels_.size()) - 1;
    w.levels_.push_back(Level{false, before});
    return w;
}

void JsonWriter::restartFragment(qsizetype before) {
    out_.clear();
    levels_.resize(1);
    levels_.front() = Level{false, before};
    afterKey_ = false;
}

void JsonWriter::append(const JsonWriter& fragment) {
    out_ += fragment.out_;
    levels_.back().count = std::max(levels_.back().count, fragment.levels_.front().count);
}

bool JsonWriter::drainWith(JsonWriter& fragment, QIODevice& device) {
    levels_.back().count = std::max(levels_.back().count, fragment.levels_.front().count);
    return drainTo(device) && fragment.drainTo(device);
}

bool JsonWriter::drainTo(QIODevice& device) {
    const bool ok = out_.empty() || device.write(out_.data(), qint64(out_.size())) == qint64(out_.size());
    out_.clear(); // keeps the capacity for what comes next
    return ok;
}

} // namespace parallax
