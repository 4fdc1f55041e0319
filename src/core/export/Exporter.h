#pragma once

#include "Renderer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hooksmith {

/// Turns the request shown in the preview into something another tool runs (a curl command line, for
/// "Copy as curl"). Exporters are pure: they write what the Renderer produced and never assemble
/// headers or bodies themselves; a masked request exports masked. Whole webhooks, with presets and
/// secrets left as variables, are exported by ExportFormats.
class Exporter
{
public:
    virtual ~Exporter() = default;

    /// Stable identifier, e.g. "curl".
    virtual QString id() const = 0;
    /// For menus, translated, e.g. "Copy as curl".
    virtual QString actionText() const = 0;
    virtual QString exportRequest(const RenderedRequest& request) const = 0;

    /// Every exporter, in menu order.
    static QList<const Exporter*> all();
    static const Exporter* find(QStringView id);
};

/// A POSIX shell command line that runs curl with every header, the method, the URL and the body.
class CurlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CurlExporter)
public:
    QString id() const override;
    QString actionText() const override;
    QString exportRequest(const RenderedRequest& request) const override;
};

/// Quotes one argument for a POSIX shell: single quotes, with ' written as '\''.
QString shellQuote(QStringView argument);

} // namespace hooksmith
