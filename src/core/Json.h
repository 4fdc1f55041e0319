#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <utility>

namespace hooksmith {

/// A JSON value that keeps numbers exactly as they were written ("0.70" stays "0.70", a 20-digit
/// integer keeps every digit). Used for device signal values and for rendering JSON bodies.
class JsonValue
{
public:
    enum class Type : quint8
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    using Array = QList<JsonValue>;
    using Member = std::pair<QString, JsonValue>;
    using Object = QList<Member>;

    JsonValue() = default;

    static JsonValue null() { return {}; }
    static JsonValue boolean(bool b);
    /// A number written in the shortest form that reads back to the same double.
    static JsonValue number(double d);
    static JsonValue integer(qint64 i);
    /// A number kept as written; `lexeme` must be a valid JSON number (see isJsonNumber()).
    static JsonValue numberText(QString lexeme);
    static JsonValue string(QString s);
    static JsonValue array(Array items);
    static JsonValue object(Object members);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const;
    /// The number's text as written, or the string's content.
    const QString& text() const { return m_text; }
    const Array& arrayItems() const;
    const Object& objectMembers() const;

    /// Compact JSON; numbers as written; unpaired surrogates escaped as \uXXXX so that the text
    /// reads back to exactly the same value.
    QString toJson() const;
    void appendJson(QString& out) const;

    /// Text form used outside JSON: a string's content, anything else as compact JSON.
    QString toText() const;
    void appendText(QString& out) const;

    friend bool operator==(const JsonValue& a, const JsonValue& b);
    friend bool operator!=(const JsonValue& a, const JsonValue& b) { return !(a == b); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::shared_ptr<const Array> m_array;
    std::shared_ptr<const Object> m_object;
};

struct JsonParseError
{
    qsizetype offset = 0; ///< in UTF-16 code units from the start of the text
    QString message;
    /// For a key given twice in one object (JsonDuplicateKeys::Refuse): the key, and the offset of its
    /// first occurrence; `offset` is then that of the second.
    QString duplicateKey;
    qsizetype firstOffset = -1;
};

/// What the parser does with an object that names the same key twice. RFC 8259 leaves it open, and
/// readers disagree (some keep the first value, jq and Python the last), so a file that someone
/// reviews must not have one.
enum class JsonDuplicateKeys : quint8
{
    Keep,  ///< both members are kept, in order (values passed through as they came, e.g. from a device)
    Refuse ///< a parse error naming the key (workspace files)
};

/// Strict RFC 8259 parser. Returns false and fills `error` on failure. Nesting deeper than 256
/// levels is refused.
bool parseJson(QStringView text, JsonValue& out, JsonParseError* error = nullptr,
               JsonDuplicateKeys duplicates = JsonDuplicateKeys::Keep);

/// True when `text` is exactly one JSON number.
bool isJsonNumber(QStringView text);

/// Shortest decimal text that reads back to `d` (JSON has no NaN or infinity: those give "null").
QString shortestNumber(double d);

/// Appends `s` as a JSON string literal, quotes included.
void appendJsonString(QString& out, QStringView s);
/// Appends `s` escaped for use inside a JSON string literal, without quotes.
void appendJsonStringContent(QString& out, QStringView s);

/// 1-based line and column of a UTF-16 offset in `text`.
std::pair<int, int> lineAndColumn(QStringView text, qsizetype offset);

} // namespace hooksmith
