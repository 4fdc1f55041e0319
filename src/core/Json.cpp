#include "Json.h"

#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

const JsonValue::Array& emptyArray()
{
    static const JsonValue::Array empty;
    return empty;
}

const JsonValue::Object& emptyObject()
{
    static const JsonValue::Object empty;
    return empty;
}

constexpr int kMaxDepth = 256;

class Parser
{
public:
    Parser(QStringView text, JsonDuplicateKeys duplicates)
        : m_text(text)
        , m_refuseDuplicates(duplicates == JsonDuplicateKeys::Refuse)
    {}

    bool parseDocument(JsonValue& out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(u"unexpected text after the JSON value"_s);
        return true;
    }

    JsonParseError error;

private:
    bool fail(const QString& message)
    {
        error.offset = m_pos;
        error.message = message;
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? char16_t(0) : m_text[m_pos].unicode(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    bool expectWord(QStringView word, JsonValue value, JsonValue& out)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            out = std::move(value);
            return true;
        }
        return fail(u"unexpected character"_s);
    }

    bool parseValue(JsonValue& out, int depth)
    {
        if (atEnd())
            return fail(u"unexpected end of text, a value was expected"_s);
        switch (peek()) {
        case u'{':
            return parseObject(out, depth + 1);
        case u'[':
            return parseArray(out, depth + 1);
        case u'"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsonValue::string(std::move(s));
            return true;
        }
        case u't':
            return expectWord(u"true", JsonValue::boolean(true), out);
        case u'f':
            return expectWord(u"false", JsonValue::boolean(false), out);
        case u'n':
            return expectWord(u"null", JsonValue::null(), out);
        default:
            return parseNumber(out);
        }
    }

    bool parseNumber(JsonValue& out)
    {
        const qsizetype start = m_pos;
        if (peek() == u'-')
            ++m_pos;
        if (peek() == u'0') {
            ++m_pos;
        } else if (peek() >= u'1' && peek() <= u'9') {
            while (peek() >= u'0' && peek() <= u'9')
                ++m_pos;
        } else {
            m_pos = start;
            return fail(u"unexpected character"_s);
        }
        if (peek() == u'.') {
            ++m_pos;
            if (!(peek() >= u'0' && peek() <= u'9'))
                return fail(u"a digit must follow the decimal point"_s);
            while (peek() >= u'0' && peek() <= u'9')
                ++m_pos;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_pos;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            if (!(peek() >= u'0' && peek() <= u'9'))
                return fail(u"a digit must follow the exponent"_s);
            while (peek() >= u'0' && peek() <= u'9')
                ++m_pos;
        }
        out = JsonValue::numberText(m_text.sliced(start, m_pos - start).toString());
        return true;
    }

    static int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool parseString(QString& out)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        // Fast path: no escapes.
        while (!atEnd()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                out = m_text.sliced(start, m_pos - start).toString();
                ++m_pos;
                return true;
            }
            if (c == u'\\' || c < 0x20)
                break;
            ++m_pos;
        }
        out = m_text.sliced(start, m_pos - start).toString();
        while (!atEnd()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(u"control character inside a string (write it as an escape such as \\n)"_s);
            if (c != u'\\') {
                out.append(QChar(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (atEnd())
                break;
            const char16_t e = m_text[m_pos].unicode();
            ++m_pos;
            switch (e) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                if (m_pos + 4 > m_text.size())
                    return fail(u"incomplete \\u escape"_s);
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_text[m_pos + i].unicode());
                    if (h < 0) {
                        m_pos += i;
                        return fail(u"invalid hexadecimal digit in \\u escape"_s);
                    }
                    code = code * 16 + h;
                }
                m_pos += 4;
                out.append(QChar(char16_t(code)));
                break;
            }
            default:
                m_pos -= 2; // point at the backslash
                return fail(u"invalid escape sequence"_s);
            }
        }
        return fail(u"unterminated string"_s);
    }

    bool parseArray(JsonValue& out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(u"nested too deeply"_s);
        ++m_pos;
        JsonValue::Array items;
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            out = JsonValue::array(std::move(items));
            return true;
        }
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!parseValue(item, depth))
                return false;
            items.append(std::move(item));
            skipSpace();
            if (atEnd())
                return fail(u"unexpected end of text inside an array"_s);
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                out = JsonValue::array(std::move(items));
                return true;
            }
            return fail(u"expected ',' or ']'"_s);
        }
    }

    bool parseObject(JsonValue& out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(u"nested too deeply"_s);
        ++m_pos;
        JsonValue::Object members;
        // Where each key started, to name the first one when a key comes again. Objects are small
        // (a linear search) until they are not.
        QList<qsizetype> keyOffsets;
        QHash<QString, qsizetype> keyIndex;
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            out = JsonValue::object(std::move(members));
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != u'"')
                return fail(atEnd() ? u"unexpected end of text inside an object"_s
                                    : u"expected a member name in quotes"_s);
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (m_refuseDuplicates && !checkUnique(members, keyOffsets, keyIndex, key, keyOffset))
                return false;
            skipSpace();
            if (peek() != u':')
                return fail(u"expected ':' after the member name"_s);
            ++m_pos;
            skipSpace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            members.append({std::move(key), std::move(value)});
            skipSpace();
            if (atEnd())
                return fail(u"unexpected end of text inside an object"_s);
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}') {
                ++m_pos;
                out = JsonValue::object(std::move(members));
                return true;
            }
            return fail(u"expected ',' or '}'"_s);
        }
    }

    bool checkUnique(const JsonValue::Object& members, QList<qsizetype>& offsets, QHash<QString, qsizetype>& index,
                     const QString& key, qsizetype offset)
    {
        constexpr qsizetype kLinearLimit = 16;
        qsizetype earlier = -1;
        if (members.size() < kLinearLimit) {
            for (qsizetype i = 0; i < members.size() && earlier < 0; ++i) {
                if (members[i].first == key)
                    earlier = i;
            }
        } else {
            if (index.isEmpty()) {
                for (qsizetype i = 0; i < members.size(); ++i)
                    index.insert(members[i].first, i);
            }
            earlier = index.value(key, -1);
            index.insert(key, members.size());
        }
        if (earlier >= 0) {
            m_pos = offset;
            error.duplicateKey = key;
            error.firstOffset = offsets[earlier];
            // Quoted as JSON, so that a key with control characters cannot reach a terminal raw.
            QString quotedKey;
            appendJsonString(quotedKey, key);
            return fail(u"the key %1 appears twice in one object"_s.arg(quotedKey));
        }
        offsets.append(offset);
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_refuseDuplicates = false;
};

} // namespace

JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::number(double d)
{
    if (!std::isfinite(d))
        return null();
    return numberText(shortestNumber(d));
}

JsonValue JsonValue::integer(qint64 i)
{
    return numberText(QString::number(i));
}

JsonValue JsonValue::numberText(QString lexeme)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(lexeme);
    return v;
}

JsonValue JsonValue::string(QString s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(s);
    return v;
}

JsonValue JsonValue::array(Array items)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_array = std::make_shared<const Array>(std::move(items));
    return v;
}

JsonValue JsonValue::object(Object members)
{
    JsonValue v;
    v.m_type = Type::Object;
    v.m_object = std::make_shared<const Object>(std::move(members));
    return v;
}

double JsonValue::toDouble() const
{
    if (m_type != Type::Number)
        return 0.0;
    bool ok = false;
    const double d = QLocale::c().toDouble(m_text, &ok);
    return ok ? d : m_text.toDouble();
}

const JsonValue::Array& JsonValue::arrayItems() const
{
    return m_array ? *m_array : emptyArray();
}

const JsonValue::Object& JsonValue::objectMembers() const
{
    return m_object ? *m_object : emptyObject();
}

QString JsonValue::toJson() const
{
    QString out;
    appendJson(out);
    return out;
}

void JsonValue::appendJson(QString& out) const
{
    switch (m_type) {
    case Type::Null:
        out.append(u"null");
        return;
    case Type::Bool:
        out.append(m_bool ? u"true" : u"false");
        return;
    case Type::Number:
        out.append(m_text);
        return;
    case Type::String:
        appendJsonString(out, m_text);
        return;
    case Type::Array: {
        out.append(u'[');
        bool first = true;
        for (const JsonValue& item : arrayItems()) {
            if (!first)
                out.append(u',');
            first = false;
            item.appendJson(out);
        }
        out.append(u']');
        return;
    }
    case Type::Object: {
        out.append(u'{');
        bool first = true;
        for (const Member& m : objectMembers()) {
            if (!first)
                out.append(u',');
            first = false;
            appendJsonString(out, m.first);
            out.append(u':');
            m.second.appendJson(out);
        }
        out.append(u'}');
        return;
    }
    }
}

QString JsonValue::toText() const
{
    if (m_type == Type::String || m_type == Type::Number)
        return m_text;
    return toJson();
}

void JsonValue::appendText(QString& out) const
{
    if (m_type == Type::String || m_type == Type::Number)
        out.append(m_text);
    else
        appendJson(out);
}

bool operator==(const JsonValue& a, const JsonValue& b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return a.m_bool == b.m_bool;
    case JsonValue::Type::Number:
    case JsonValue::Type::String:
        return a.m_text == b.m_text;
    case JsonValue::Type::Array:
        return a.arrayItems() == b.arrayItems();
    case JsonValue::Type::Object:
        return a.objectMembers() == b.objectMembers();
    }
    return false;
}

bool parseJson(QStringView text, JsonValue& out, JsonParseError* error, JsonDuplicateKeys duplicates)
{
    Parser parser(text, duplicates);
    if (parser.parseDocument(out))
        return true;
    if (error)
        *error = parser.error;
    return false;
}

bool isJsonNumber(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    if (c != u'-' && !(c >= u'0' && c <= u'9'))
        return false;
    JsonValue v;
    return parseJson(text, v) && v.isNumber();
}

QString shortestNumber(double d)
{
    if (!std::isfinite(d))
        return u"null"_s;
    if (d == 0.0)
        return std::signbit(d) ? u"-0"_s : u"0"_s;
    QString s = QString::number(d, 'g', QLocale::FloatingPointShortest);
    // Qt writes exponents as "e+20"; JSON allows it, but keep integers readable.
    if (s.contains(u'e') && std::fabs(d) < 1e21 && d == std::floor(d))
        s = QString::number(d, 'f', 0);
    return s;
}

void appendJsonStringContent(QString& out, QStringView s)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    const qsizetype n = s.size();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype i) {
        if (i > runStart)
            out.append(s.sliced(runStart, i - runStart));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && (c < 0xD800 || c > 0xDFFF))
            continue;
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1].unicode() >= 0xDC00 && s[i + 1].unicode() <= 0xDFFF) {
            ++i; // a valid surrogate pair stays as it is
            continue;
        }
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        default: {
            const char16_t esc[6] = {u'\\',       u'u', hex[(c >> 12) & 0xF], hex[(c >> 8) & 0xF], hex[(c >> 4) & 0xF],
                                     hex[c & 0xF]};
            out.append(QStringView(esc, 6));
            break;
        }
        }
    }
    flush(n);
}

void appendJsonString(QString& out, QStringView s)
{
    out.append(u'"');
    appendJsonStringContent(out, s);
    out.append(u'"');
}

std::pair<int, int> lineAndColumn(QStringView text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace hooksmith
