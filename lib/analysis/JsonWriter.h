#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace parallax {

// How JSON is laid out: QJsonDocument's two formats, byte for byte.
enum class JsonStyle { Indented, Compact };

// JSON written as it is produced, in exactly the bytes QJsonDocument::toJson would give for the same
// tree (same escaping, number formatting and indentation), so a large analysis never exists as a
// tree of QJsonObjects. QJsonObject sorts its keys: callers write keys in sorted order to keep the
// output identical.
//
// The text collects in a buffer; drainTo() moves it to a device, so a caller streaming gigabytes
// holds only what was written since. A writer can also make a fragment of an array (fragment()),
// so elements are formatted on several threads and appended in order.
class JsonWriter {
public:
    explicit JsonWriter(JsonStyle style = JsonStyle::Indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view key); // ASCII without characters to escape, as every key of the format is

    void value(QStringView s);
    void value(const QString& s) { value(QStringView(s)); }
    void value(const char16_t* s) = delete; // say QStringView or QString
    void value(qint64 n);
    void value(int n) { value(qint64(n)); }
    void value(double d);
    void value(bool b);
    void null();
    void stringOrNull(const QString& s); // null for an empty string
    void value(const QJsonValue& v);     // a tree, as QJsonDocument writes it
    // A value already in JSON form (from quoted()): a string written millions of times, such as a
    // document id, is escaped once.
    void preformatted(const QByteArray& json);
    static QByteArray quoted(QStringView s);

    // For a value written millions of times (a shared sentence): the separator it needs, then the
    // buffer itself, to which the caller appends exactly one complete value in this writer's
    // style. Its numbers go through appendNumber() so the bytes stay those of value().
    std::string& rawValue() {
        beforeValue();
        return out_;
    }
    bool compact() const { return style_ == JsonStyle::Compact; }
    static void appendNumber(std::string& out, qint64 n);
    static void appendNumber(std::string& out, double d);
    // The same bytes written at `out`, which has room for maxNumberBytes; returns their end.
    static constexpr std::size_t maxNumberBytes = 32;
    static char* writeNumber(char* out, qint64 n);
    static char* writeNumber(char* out, double d);

    // A writer whose output continues the array open here, at its depth, as if `before` elements
    // were already in it; append() takes its text back with the number of elements it wrote.
    JsonWriter fragment(qsizetype before) const;
    // For a fragment: empties it, keeping its buffer, and makes it continue its array anew as if
    // `before` elements were already in it, so one fragment serves piece after piece.
    void restartFragment(qsizetype before);
    void append(const JsonWriter& fragment);
    // As append() then drainTo(), without copying the fragment's text into this buffer first.
    bool drainWith(JsonWriter& fragment, QIODevice& device);

    QByteArray bytes() const { return QByteArray(out_.data(), qsizetype(out_.size())); }
    qsizetype size() const { return qsizetype(out_.size()); }
    // Writes what collected to `device` and empties the buffer; false when the device failed.
    bool drainTo(QIODevice& device);

private:
    struct Level {
        bool object = false;
        qsizetype count = 0;
    };
    void beforeValue(); // the separator and indentation an element or member needs
    void open(char bracket, bool object);
    void close(char bracket);
    void indent(int depth);
    void string(QStringView s);

    JsonStyle style_;
    std::string out_; // appends cost less than QByteArray's, which go through insert()
    std::vector<Level> levels_;
    bool afterKey_ = false;
    int baseDepth_ = 0; // for a fragment: the depth of the array it continues, less one
};

} // namespace parallax
