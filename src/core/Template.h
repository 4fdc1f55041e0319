#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hooksmith {

/// The placeholders a template may use, as on Pybytes plus Hooksmith's own.
enum class Preset : quint8
{
    DeviceToken,
    DeviceName,
    UserId,
    WebhookEventName,
    SignalNumber,
    SignalName,
    SignalUnit,
    MessagePayload,
    Timestamp,
    UnixTime,
    MessageId,
    Env, ///< {{env:NAME}}
    Var, ///< {{var:NAME}}: a variable of the active environment
};

struct PresetInfo
{
    Preset preset;
    QString name;        ///< as written in templates, e.g. "DEVICE_TOKEN"
    QString description; ///< translated, for tooltips and the preset drop-down
};

/// Preset names and descriptions. Env and Var are not listed: they are written {{env:NAME}}, {{var:NAME}}.
class Presets
{
    Q_DECLARE_TR_FUNCTIONS(Presets)
public:
    static const QList<PresetInfo>& all();
    static std::optional<Preset> fromName(QStringView name);
    static QString name(Preset p);
    /// The closest known name, for "did you mean" hints; empty when nothing is close.
    static QString closestName(QStringView unknown);
};

/// One piece of a template, viewing into the source it was scanned from (nothing is copied).
struct TemplatePiece
{
    bool placeholder = false;
    Preset preset = Preset::DeviceToken;
    QStringView text;     ///< literal text (an escaped `\{{` gives the piece "{{"), or the env or var name
    qsizetype offset = 0; ///< where the piece starts in the source
};

/// Walks a template piece by piece without allocating: the hot path of rendering.
class TemplateScanner
{
public:
    explicit TemplateScanner(QStringView source)
        : m_source(source)
    {}

    /// The next piece; false at the end, or on an error (then errorMessage() says what and where).
    bool next(TemplatePiece& piece);
    bool failed() const { return !m_error.isEmpty(); }
    const QString& errorMessage() const { return m_error; }

private:
    QStringView m_source;
    qsizetype m_pos = 0;
    QString m_error;
};

/// A parsed template: literal text and {{placeholders}}. `\{{` writes a literal `{{`.
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)
public:
    struct Part
    {
        enum class Kind : quint8
        {
            Literal,
            Placeholder
        };
        Kind kind = Kind::Literal;
        Preset preset = Preset::DeviceToken; ///< for placeholders
        QString text;                        ///< literal text, or the variable name for env:NAME and var:NAME
        qsizetype offset = 0;                ///< where the part starts in the source (UTF-16 units)
    };

    /// Parses `source`. Errors name the problem and its character position (1-based).
    static Result<Template> parse(QStringView source);

    const QList<Part>& parts() const { return m_parts; }
    bool isEmpty() const { return m_parts.isEmpty(); }
    bool hasPlaceholders() const;
    /// True when the template is exactly one placeholder (spaces inside the braces allowed).
    bool isSinglePlaceholder() const;
    /// The environment variables the template reads.
    QStringList envNames() const;
    /// The environment variables ({{var:NAME}}) the template uses.
    QStringList varNames() const;

private:
    QList<Part> m_parts;
};

/// Letters, digits and `_`, not starting with a digit: the names {{env:NAME}} and {{var:NAME}} take.
bool isVariableName(QStringView name);

} // namespace hooksmith
