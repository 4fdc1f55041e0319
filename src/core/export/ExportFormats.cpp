#include "ExportFormats.h"

#include "EnvReferences.h"
#include "SystemdUnit.h"
#include "Template.h"
#include "WorkspaceFile.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hooksmith {

QStringList ExportFormats::names()
{
    return {u"server"_s, u"systemd"_s, u"curl"_s, u"httpie"_s, u"postman"_s, u"bruno"_s, u"node-red"_s};
}

QString ExportFormats::description(QStringView format)
{
    if (format == u"server")
        return tr("a directory for a server: workspace, variables to set, systemd unit, README");
    if (format == u"systemd")
        return tr("the relay's systemd unit");
    if (format == u"curl")
        return tr("a shell script that sends the request with curl");
    if (format == u"httpie")
        return tr("a shell script that sends the request with HTTPie");
    if (format == u"postman")
        return tr("a Postman Collection v2.1 (runs in newman)");
    if (format == u"bruno")
        return tr("a Bruno request (.bru), or a collection directory for several");
    if (format == u"node-red")
        return tr("a Node-RED flow: inject, function, http request");
    return QString();
}

bool ExportFormats::allowsSeveral(QStringView format)
{
    return format == u"server" || format == u"postman" || format == u"bruno" || format == u"node-red";
}

bool ExportFormats::needsWebhook(QStringView format)
{
    return format != u"systemd";
}

Result<ExportOutput> ExportFormats::run(QStringView format, const ExportJob& job)
{
    if (needsWebhook(format) && job.webhooks.isEmpty())
        return Error(tr("no webhook to export"));
    if (job.webhooks.size() > 1 && !allowsSeveral(format))
        return Error(tr("%1 exports one webhook at a time").arg(format));
    if (format == u"curl")
        return curl(job);
    if (format == u"httpie")
        return httpie(job);
    if (format == u"postman")
        return postman(job);
    if (format == u"bruno")
        return bruno(job);
    if (format == u"node-red")
        return nodeRed(job);
    if (format == u"server")
        return server(job);
    if (format == u"systemd")
        return systemd(job);
    return Error(tr("unknown export format \"%1\" (known: %2)").arg(format, names().join(u", "_s)));
}

QByteArray ExportFormats::systemdUnit()
{
    return QByteArray(generated::kSystemdUnit);
}

Result<ExportOutput> ExportFormats::systemd(const ExportJob&)
{
    ExportOutput out;
    out.files.append({u"hooksmith-relay@.service"_s, systemdUnit()});
    return out;
}

Result<ExportOutput> ExportFormats::server(const ExportJob& job)
{
    ExportOutput out;
    const QString instance = job.instanceName.isEmpty() ? u"hooksmith"_s : job.instanceName;

    // The workspace as the relay reads it: the chosen webhooks with their ids, secrets from the
    // environment, and nothing the relay does not use.
    Workspace ws;
    ws.userId = job.workspace->userId;
    ws.devices = job.workspace->devices;
    for (Device& d : ws.devices)
        d.extra.clear();
    ws.signalDefs = job.workspace->signalDefs;
    for (SignalDef& s : ws.signalDefs)
        s.extra.clear();
    QStringList envLines;
    QSet<QString> listed;
    QSet<QString> devicesUsed;
    for (const Webhook* source : job.webhooks) {
        Webhook w = ExportRequests::withSecretsFromEnvironment(*source);
        w.idDerived = false;
        w.extra.clear();
        for (BodyRow& row : w.body)
            row.extra.clear();
        for (NameValueRow& row : w.headers)
            row.extra.clear();
        for (NameValueRow& row : w.query)
            row.extra.clear();
        for (const QString& token : w.devices)
            devicesUsed.insert(token);
        for (const EnvReference& ref : EnvReferences::find(w)) {
            if (listed.contains(ref.name))
                continue;
            listed.insert(ref.name);
            const bool secret = ref.field == u"auth.password"_s || ref.field == u"signing.secret"_s;
            envLines << u"# webhook \"%1\", %2%3"_s.arg(w.name, ref.field, secret ? u" (a secret)"_s : QString())
                     << ref.name + u'=';
        }
        ws.webhooks.append(std::move(w));
    }
    // The environments, the chosen one first: the relay takes the first unless told otherwise with --env.
    // A secret variable is read from the relay's environment, never written.
    const Environment* chosen = job.workspace->activeEnvironment();
    QList<Environment> environments = job.workspace->environments;
    if (chosen) {
        const qsizetype at = chosen - job.workspace->environments.constData();
        environments.move(at, 0);
    }
    for (Environment& e : environments) {
        e.extra.clear();
        bool first = true;
        for (EnvVariable& v : e.variables) {
            v.extra.clear();
            if (v.secret)
                v.value = u"{{env:"_s + ExportRequests::secretVariableEnvName(e, v) + u"}}"_s;
            if (!v.value)
                continue;
            const auto parsed = Template::parse(*v.value);
            if (!parsed)
                continue;
            for (const QString& name : parsed->envNames()) {
                if (listed.contains(name))
                    continue;
                listed.insert(name);
                if (first && &e != &environments.front())
                    envLines << u"# The environment \"%1\" (the relay uses it with --env \"%1\"):"_s.arg(e.name);
                first = false;
                envLines << u"# environment \"%1\", variable %2%3"_s.arg(e.name, v.name,
                                                                         v.secret ? u" (a secret)"_s : QString())
                         << name + u'=';
            }
        }
    }
    ws.environments = environments;
    if (!devicesUsed.isEmpty()) {
        // Only the devices the exported webhooks are bound to.
        QList<Device> kept;
        for (const Device& d : ws.devices) {
            if (devicesUsed.contains(d.token))
                kept.append(d);
        }
        ws.devices = kept;
    }

    const QString workspaceName = instance + u".hooksmith.json"_s;
    out.directory = true;
    out.files.append({workspaceName, WorkspaceFile::serialize(ws)});

    QString env = u"# The environment of the relay for \"%1\": copy to /etc/hooksmith/%1.env (mode 0600), then\n"
                  "# give every variable its value. The workspace reads them as {{env:NAME}}.\n"_s.arg(instance);
    if (envLines.isEmpty())
        env += u"# (no variable is needed)\n"_s;
    for (const QString& line : envLines)
        env += line + u'\n';
    out.files.append({u"hooksmith.env.example"_s, env.toUtf8()});
    out.files.append({u"hooksmith-relay@.service"_s, systemdUnit()});

    QString readme;
    readme += u"# Hooksmith relay for %1\n\n"_s.arg(instance);
    readme +=
        u"This directory runs the webhooks exported from the desktop app on a server, with `hooksmith-cli relay`\n"
        "reading the board on USB. Install Hooksmith (the `hooksmith-cli` command) on the server, copy this\n"
        "directory there, and from inside it run:\n\n"_s;
    readme += u"```sh\n"_s;
    readme +=
        u"sudo install -D -m 0644 %1 /etc/hooksmith/%1 && sudo install -m 0644 hooksmith-relay@.service /etc/systemd/system/\n"_s
            .arg(workspaceName);
    readme +=
        u"sudo install -m 0600 hooksmith.env.example /etc/hooksmith/%1.env && sudoedit /etc/hooksmith/%1.env\n"_s.arg(
            instance);
    readme += u"sudo systemctl daemon-reload && sudo systemctl enable --now hooksmith-relay@%1\n"_s.arg(instance);
    readme += u"```\n\n"_s;
    if (chosen) {
        readme += u"The relay uses the environment \"%1\", the first in the workspace; add `--env NAME` to the unit's\n"
                  "`ExecStart` line to use another.\n\n"_s.arg(chosen->name);
    }
    readme += u"The second command opens the variables file: give each variable its value (passwords and signing\n"
              "secrets are never written into the exported files). Check the workspace with\n"
              "`hooksmith-cli validate /etc/hooksmith/%1`, follow the relay with\n"
              "`journalctl -u hooksmith-relay@%2 -f`, and see its queue with\n"
              "`sudo hooksmith-cli outbox list --outbox /var/lib/hooksmith/%2`.\n"_s.arg(workspaceName, instance);
    out.files.append({u"README.md"_s, readme.toUtf8()});
    return out;
}

} // namespace hooksmith
