#include "Template.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

int editDistance(QStringView a, QStringView b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toUpper() == b[j - 1].toUpper() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool isEnvNameChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_')
        return true;
    return !first && u >= u'0' && u <= u'9';
}

} // namespace

const QList<PresetInfo>& Presets::all()
{
    static const QList<PresetInfo> table = {
        {Preset::DeviceToken, u"DEVICE_TOKEN"_s, tr("The sending device's token")},
        {Preset::DeviceName, u"DEVICE_NAME"_s, tr("The sending device's name")},
        {Preset::UserId, u"USER_ID"_s, tr("The workspace user id")},
        {Preset::WebhookEventName, u"WEBHOOK_EVENT_NAME"_s, tr("The webhook's event name")},
        {Preset::SignalNumber, u"SIGNAL_NUMBER"_s, tr("The signal number (a number)")},
        {Preset::SignalName, u"SIGNAL_NAME"_s, tr("The signal's name, empty when it is not defined")},
        {Preset::SignalUnit, u"SIGNAL_UNIT"_s, tr("The signal's unit, empty when it is not defined")},
        {Preset::MessagePayload, u"MESSAGE_PAYLOAD"_s,
         tr("The signal's value with its JSON type: number, string, list, true/false/null")},
        {Preset::Timestamp, u"TIMESTAMP"_s, tr("When the signal was received, ISO 8601 UTC with milliseconds")},
        {Preset::UnixTime, u"UNIX_TIME"_s, tr("When the signal was received, in whole Unix seconds (a number)")},
        {Preset::MessageId, u"MESSAGE_ID"_s, tr("This delivery's id, the same on every retry")},
    };
    return table;
}

std::optional<Preset> Presets::fromName(QStringView name)
{
    for (const PresetInfo& info : all()) {
        if (info.name == name)
            return info.preset;
    }
    return std::nullopt;
}

QString Presets::name(Preset p)
{
    if (p == Preset::Env)
        return u"env"_s;
    if (p == Preset::Var)
        return u"var"_s;
    for (const PresetInfo& info : all()) {
        if (info.preset == p)
            return info.name;
    }
    return {};
}

QString Presets::closestName(QStringView unknown)
{
    QString best;
    int bestDistance = 3;
    for (const PresetInfo& info : all()) {
        const int d = editDistance(unknown, info.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = info.name;
        }
    }
    return best;
}

bool TemplateScanner::next(TemplatePiece& piece)
{
    const QStringView source = m_source;
    const qsizetype n = source.size();
    qsizetype i = m_pos;
    if (i >= n || failed())
        return false;
    const QChar c = source[i];
    if (c == u'\\' && i + 2 < n && source[i + 1] == u'{' && source[i + 2] == u'{') {
        piece = {false, Preset::DeviceToken, source.sliced(i + 1, 2), i};
        m_pos = i + 3;
        return true;
    }
    if (c == u'{' && i + 1 < n && source[i + 1] == u'{') {
        const qsizetype close = source.indexOf(u"}}", i + 2);
        if (close < 0) {
            m_error = Template::tr("\"{{\" at character %1 is not closed by \"}}\" (write \\{{ for a literal \"{{\")")
                          .arg(i + 1);
            return false;
        }
        const QStringView inner = source.sliced(i + 2, close - i - 2).trimmed();
        piece = {true, Preset::DeviceToken, {}, i};
        if (inner.startsWith(u"env:") || inner.startsWith(u"var:")) {
            const bool env = inner.startsWith(u"env:");
            const QStringView var = inner.sliced(4).trimmed();
            bool valid = !var.isEmpty();
            for (qsizetype k = 0; valid && k < var.size(); ++k)
                valid = isEnvNameChar(var[k], k == 0);
            if (!valid) {
                m_error = (env ? Template::tr("\"%1\" at character %2 is not a valid environment variable name")
                               : Template::tr("\"%1\" at character %2 is not a valid variable name (letters, digits "
                                              "and _, not starting with a digit)"))
                              .arg(var.toString())
                              .arg(i + 1);
                return false;
            }
            piece.preset = env ? Preset::Env : Preset::Var;
            piece.text = var;
        } else if (const auto preset = Presets::fromName(inner)) {
            piece.preset = *preset;
        } else if (inner.isEmpty()) {
            m_error = Template::tr("empty placeholder \"{{}}\" at character %1").arg(i + 1);
            return false;
        } else {
            const QString hint = Presets::closestName(inner);
            m_error = Template::tr("unknown preset \"%1\" at character %2").arg(inner.toString()).arg(i + 1);
            if (!hint.isEmpty())
                m_error += Template::tr(" (did you mean %1?)").arg(hint);
            return false;
        }
        m_pos = close + 2;
        return true;
    }
    // A run of plain text up to the next '{' or '\\'.
    qsizetype j = i + 1;
    while (j < n && source[j] != u'{' && source[j] != u'\\')
        ++j;
    piece = {false, Preset::DeviceToken, source.sliced(i, j - i), i};
    m_pos = j;
    return true;
}

Result<Template> Template::parse(QStringView source)
{
    Template t;
    TemplateScanner scanner(source);
    TemplatePiece piece;
    while (scanner.next(piece)) {
        if (piece.placeholder) {
            t.m_parts.append({Part::Kind::Placeholder, piece.preset, piece.text.toString(), piece.offset});
        } else if (!t.m_parts.isEmpty() && t.m_parts.back().kind == Part::Kind::Literal) {
            t.m_parts.back().text.append(piece.text);
        } else {
            t.m_parts.append({Part::Kind::Literal, Preset::DeviceToken, piece.text.toString(), piece.offset});
        }
    }
    if (scanner.failed())
        return Error(scanner.errorMessage());
    return t;
}

bool Template::hasPlaceholders() const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [](const Part& p) { return p.kind == Part::Kind::Placeholder; });
}

bool Template::isSinglePlaceholder() const
{
    return m_parts.size() == 1 && m_parts.front().kind == Part::Kind::Placeholder;
}

QStringList Template::envNames() const
{
    QStringList names;
    for (const Part& p : m_parts) {
        if (p.kind == Part::Kind::Placeholder && p.preset == Preset::Env && !names.contains(p.text))
            names.append(p.text);
    }
    return names;
}

QStringList Template::varNames() const
{
    QStringList names;
    for (const Part& p : m_parts) {
        if (p.kind == Part::Kind::Placeholder && p.preset == Preset::Var && !names.contains(p.text))
            names.append(p.text);
    }
    return names;
}

bool isVariableName(QStringView name)
{
    bool valid = !name.isEmpty();
    for (qsizetype k = 0; valid && k < name.size(); ++k)
        valid = isEnvNameChar(name[k], k == 0);
    return valid;
}

} // namespace hooksmith
