#pragma once

#include "ExportRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hooksmith {

/// One file of an export, by its name relative to the export's target.
struct ExportFile
{
    QString name;
    QByteArray data;
    bool executable = false;
};

/// What an export writes: one file (printed, or written where asked) or a directory of files.
struct ExportOutput
{
    QList<ExportFile> files;
    bool directory = false;
    QStringList warnings;
    /// The environment variables the output reads where it runs (secrets and {{env:NAME}} values).
    QStringList environmentVariables;
};

/// What to export.
struct ExportJob
{
    const Workspace* workspace = nullptr;
    /// The workspace file's name without `.hooksmith.json`: names the relay's systemd instance.
    QString instanceName;
    QList<const Webhook*> webhooks;
    const ExportFill* fill = nullptr;
    /// The environment's variables: written in, or kept as the tool's variables.
    ExportVariables variables = ExportVariables::Resolve;
};

/// The export formats of `hooksmith-cli export` and the Export dialog. Each writes what
/// ExportRequests::build() read from the Renderer, in the syntax of the tool that runs it.
class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)
public:
    /// server, systemd, curl, httpie, postman, bruno, node-red
    static QStringList names();
    /// A short description for help texts and the dialog, translated.
    static QString description(QStringView format);
    /// Whether one export may hold several webhooks.
    static bool allowsSeveral(QStringView format);
    /// Whether the format needs a webhook at all (systemd does not).
    static bool needsWebhook(QStringView format);
    static Result<ExportOutput> run(QStringView format, const ExportJob& job);

    // One per format.
    static Result<ExportOutput> curl(const ExportJob& job);
    /// The curl command of the curl script alone (no checks, no `set -eu`): one command a person pastes
    /// into a terminal, as "Copy as curl" copies it. One webhook; its file is named like the script's.
    static Result<ExportOutput> curlCommand(const ExportJob& job);
    static Result<ExportOutput> httpie(const ExportJob& job);
    static Result<ExportOutput> postman(const ExportJob& job);
    static Result<ExportOutput> bruno(const ExportJob& job);
    static Result<ExportOutput> nodeRed(const ExportJob& job);
    static Result<ExportOutput> server(const ExportJob& job);
    static Result<ExportOutput> systemd(const ExportJob& job);

    /// The relay's systemd unit as packaged (packaging/systemd/hooksmith-relay@.service).
    static QByteArray systemdUnit();
};

} // namespace hooksmith
