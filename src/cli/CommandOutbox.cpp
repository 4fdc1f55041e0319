#include "Commands.h"
#include "LogSink.h"
#include "Outbox.h"
#include "OutboxControl.h"
#include "OutboxDatabase.h"
#include "Paths.h"
#include "RetryPolicy.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

QString OutboxCommand::name() const
{
    return u"outbox"_s;
}

QString OutboxCommand::summary() const
{
    return tr("List, show, retry or drop what an outbox holds (also while a relay runs on it).");
}

namespace {

/// What the command works on: the outbox file, and the workspace when one was given (for webhook names).
struct Target
{
    QString outboxPath;
    std::optional<Workspace> workspace;
};

/// Indented JSON without a raw control character: errors and requests quote servers and devices.
QString jsonText(const QJsonDocument& document)
{
    return escapeJsonControls(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

QString webhookName(const Target& t, const QString& id)
{
    if (t.workspace) {
        for (const Webhook& w : t.workspace->webhooks) {
            if (w.id == id)
                return w.name;
        }
    }
    return {};
}

QJsonObject deliveryJson(const Target& t, const DeliveryItem& d)
{
    QJsonObject o{{u"message_id"_s, d.messageId},
                  {u"state"_s, deliveryStateName(d.state)},
                  {u"webhook_id"_s, d.webhookId},
                  {u"device"_s, d.signal.deviceToken},
                  {u"signal"_s, d.signal.number},
                  {u"value"_s, d.signal.value.toJson()},
                  {u"received_at"_s, d.signal.receivedAt.toString(Qt::ISODateWithMs)},
                  {u"accepted_at"_s, d.acceptedAt.toString(Qt::ISODateWithMs)},
                  {u"attempts"_s, d.attempts},
                  {u"ordered"_s, d.ordered}};
    if (const QString name = webhookName(t, d.webhookId); !name.isEmpty())
        o.insert(u"webhook"_s, name);
    if (d.state == DeliveryItem::State::Pending)
        o.insert(u"next_attempt_at"_s, d.nextAttemptAt.toString(Qt::ISODateWithMs));
    if (!d.lastError.isEmpty())
        o.insert(u"last_error"_s, d.lastError);
    if (!d.finalReason.isEmpty())
        o.insert(u"reason"_s, d.finalReason);
    return o;
}

void printCounts(Io& io, const OutboxCounts& c)
{
    io.out << OutboxCommand::tr("%1 pending, %2 queued, %3 parked, %4 failed")
                  .arg(c.pending)
                  .arg(c.queued)
                  .arg(c.parked)
                  .arg(c.failed);
    if (c.oldestWaiting.isValid())
        io.out << OutboxCommand::tr("; the oldest waiting was accepted %1")
                      .arg(c.oldestWaiting.toString(Qt::ISODateWithMs));
    io.out << '\n';
}

/// How many of `ids` the outbox still holds (after a drop: those under way are left alone).
qsizetype stillThere(OutboxDatabase& reader, const QStringList& ids)
{
    DeliveryQuery query;
    query.messageIds = ids;
    query.limit = 0;
    const auto rows = reader.list(query);
    return rows ? rows->size() : 0;
}

QJsonObject countsJson(const OutboxCounts& c)
{
    QJsonObject o{{u"pending"_s, c.pending}, {u"queued"_s, c.queued}, {u"parked"_s, c.parked}, {u"failed"_s, c.failed}};
    if (c.oldestWaiting.isValid())
        o.insert(u"oldest_waiting"_s, c.oldestWaiting.toString(Qt::ISODateWithMs));
    return o;
}

} // namespace

int OutboxCommand::run(const QStringList& args, Io& io)
{
    const QStringList actions{u"list"_s, u"show"_s, u"retry"_s, u"drop"_s, u"counts"_s};
    const QString action = args.value(0);
    if (!actions.contains(action)) {
        if (action == u"--help"_s || action == u"-h"_s) {
            io.out << tr("Usage: hooksmith-cli outbox (list|show|retry|drop|counts) [WORKSPACE] [options]\n"
                         "Run hooksmith-cli outbox ACTION --help for the options of each.")
                   << '\n';
            return ExitOk;
        }
        io.err << tr("hooksmith-cli outbox: give an action: list, show, retry, drop or counts") << '\n';
        return ExitBadInput;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Looks into and acts on the outbox of a workspace (WORKSPACE, with --outbox DIR when the relay used one) "
           "or the outbox file (or folder with one) given with --outbox. list and show read it even while a relay "
           "or the app runs on it; retry and drop go through that relay or app when one owns it."));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file (for webhook names)."), u"[WORKSPACE]"_s);
    parser.addPositionalArgument(u"ID"_s, tr("Message ids (show: one; retry, drop: any)."), u"[ID...]"_s);
    const QCommandLineOption outboxOpt(u"outbox"_s, tr("The outbox folder, or the outbox file itself."), u"PATH"_s);
    const QCommandLineOption webhookOpt(u"webhook"_s, tr("Only deliveries to this webhook (name or id)."),
                                        u"WEBHOOK"_s);
    const QCommandLineOption stateOpt(u"state"_s, tr("Only these states: pending, queued, parked, failed (commas)."),
                                      u"STATE"_s);
    const QCommandLineOption olderOpt(u"older-than"_s,
                                      tr("Only deliveries accepted longer ago than this (30s, 10m, 2h)."), u"AGE"_s);
    const QCommandLineOption newerOpt(u"newer-than"_s, tr("Only deliveries accepted within this long (30s, 10m, 2h)."),
                                      u"AGE"_s);
    const QCommandLineOption limitOpt(u"limit"_s,
                                      tr("At most this many (list: default 100; retry and drop: every match; 0: all)."),
                                      u"N"_s, u"100"_s);
    const QCommandLineOption allOpt(u"all"_s, tr("retry, drop: every delivery that matches the filters."));
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print JSON."));
    parser.addOptions({outboxOpt, webhookOpt, stateOpt, olderOpt, newerOpt, limitOpt, allOpt, jsonOpt});
    if (auto code = CommandSupport::parse(parser, name() + u' ' + action, u"[options] [WORKSPACE] [ID...]"_s,
                                          args.mid(1), io)) {
        return *code;
    }
    const QString prefix = u"hooksmith-cli outbox "_s + action + u": "_s;

    // ---- parse ----
    QStringList ids;
    QString workspacePath;
    for (const QString& a : parser.positionalArguments()) {
        if (a.startsWith(u"msg_"_s)) {
            ids.append(a);
        } else if (workspacePath.isEmpty()) {
            workspacePath = a;
        } else {
            io.err << prefix << tr("give at most one WORKSPACE (message ids start with msg_)") << '\n';
            return ExitBadInput;
        }
    }
    Target target;
    const QString outboxArg = parser.value(outboxOpt);
    if (parser.isSet(outboxOpt) && outboxArg.trimmed().isEmpty()) {
        io.err << prefix << tr("--outbox needs a folder or an outbox file") << '\n';
        return ExitBadInput;
    }
    if (!workspacePath.isEmpty()) {
        LoadResult loaded = WorkspaceFile::load(workspacePath);
        if (loaded.workspace)
            target.workspace = std::move(loaded.workspace);
        else
            io.err << prefix
                   << tr("%1 cannot be read (%2): webhooks are shown by id")
                          .arg(workspacePath,
                               loaded.problems.isEmpty() ? QString() : loaded.problems.front().format(workspacePath))
                   << '\n';
        target.outboxPath =
            outboxArg.endsWith(u".outbox.sqlite"_s) ? outboxArg : Outbox::fileFor(workspacePath, outboxArg);
    } else if (QFileInfo(outboxArg).isDir()) {
        const QStringList files = QDir(outboxArg).entryList({u"*.outbox.sqlite"_s}, QDir::Files, QDir::Name);
        if (files.size() != 1) {
            io.err << prefix
                   << (files.isEmpty() ? tr("%1 holds no outbox").arg(outboxArg)
                                       : tr("%1 holds %2 outboxes (%3): give the WORKSPACE too, or the file")
                                             .arg(outboxArg)
                                             .arg(files.size())
                                             .arg(files.join(u", "_s)))
                   << '\n';
            return ExitBadInput;
        }
        target.outboxPath = QDir(outboxArg).filePath(files.front());
    } else if (!outboxArg.isEmpty()) {
        target.outboxPath = outboxArg;
    } else {
        io.err << prefix
               << tr("give the WORKSPACE, or --outbox with the outbox file (default folder: %1)")
                      .arg(QDir::toNativeSeparators(Paths::outboxDir()))
               << '\n';
        return ExitBadInput;
    }

    DeliveryQuery query;
    if (parser.isSet(stateOpt)) {
        for (const QString& s : parser.value(stateOpt).split(u',', Qt::SkipEmptyParts)) {
            const auto state = deliveryStateFromName(s.trimmed());
            if (!state) {
                io.err << prefix << tr("--state: \"%1\" is not a state (pending, queued, parked, failed)").arg(s)
                       << '\n';
                return ExitBadInput;
            }
            query.states.append(*state);
        }
    }
    if (parser.isSet(webhookOpt)) {
        const QString key = parser.value(webhookOpt);
        const Webhook* w = target.workspace ? target.workspace->findWebhook(key) : nullptr;
        query.webhookId = w ? w->id : key;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [opt, bound] :
         {std::pair{&olderOpt, &query.acceptedBefore}, std::pair{&newerOpt, &query.acceptedAfter}}) {
        if (!parser.isSet(*opt))
            continue;
        const auto age = RetrySchedule::parse(parser.value(*opt));
        if (!age || age->delaysMs.size() != 1) {
            io.err << prefix
                   << tr("--%1: \"%2\" is not an age: write a number with s, m or h, e.g. 10m")
                          .arg(opt->names().front(), parser.value(*opt))
                   << '\n';
            return ExitBadInput;
        }
        *bound = now.addMSecs(-age->delaysMs.front());
    }
    bool limitOk = false;
    query.limit = parser.value(limitOpt).toInt(&limitOk);
    // retry and drop --all act on every match unless a limit is given.
    if ((action == u"retry"_s || action == u"drop"_s) && !parser.isSet(limitOpt))
        query.limit = 0;
    if (!limitOk || query.limit < 0) {
        io.err << prefix << tr("--limit: give a number (0: all)") << '\n';
        return ExitBadInput;
    }
    const bool json = parser.isSet(jsonOpt);
    if (action == u"show"_s && ids.size() != 1) {
        io.err << prefix << tr("give one message id (msg_...)") << '\n';
        return ExitBadInput;
    }
    const bool acts = action == u"retry"_s || action == u"drop"_s;
    if (acts && ids.isEmpty() == !parser.isSet(allOpt)) {
        io.err << prefix << tr("give message ids, or --all (with filters) for every one that matches") << '\n';
        return ExitBadInput;
    }

    // ---- look (read-only: works while a relay or the app owns the outbox) ----
    OutboxDatabase reader(target.outboxPath, false, Outbox::Options().restartLogBytes);
    if (Status st = reader.openReadOnly(); !st) {
        io.err << prefix << st.errorMessage() << '\n';
        return ExitBadInput;
    }
    if (action == u"counts"_s) {
        const Result<OutboxSummary> s = reader.summary();
        if (!s) {
            io.err << prefix << s.errorMessage() << '\n';
            return ExitBadInput;
        }
        if (json) {
            QJsonObject byWebhook;
            for (auto it = s->byWebhook.cbegin(); it != s->byWebhook.cend(); ++it) {
                QJsonObject c = countsJson(it.value());
                if (const QString n = webhookName(target, it.key()); !n.isEmpty())
                    c.insert(u"webhook"_s, n);
                byWebhook.insert(it.key(), c);
            }
            io.out << QJsonDocument(QJsonObject{{u"outbox"_s, target.outboxPath},
                                                {u"total"_s, countsJson(s->total)},
                                                {u"webhooks"_s, byWebhook}})
                          .toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        io.out << tr("outbox %1").arg(QDir::toNativeSeparators(target.outboxPath)) << '\n';
        for (auto it = s->byWebhook.cbegin(); it != s->byWebhook.cend(); ++it) {
            const QString n = webhookName(target, it.key());
            io.out << "  " << (n.isEmpty() ? it.key() : u"\""_s + n + u"\" ("_s + it.key() + u')') << ": ";
            printCounts(io, it.value());
        }
        io.out << tr("in all: ");
        printCounts(io, s->total);
        return ExitOk;
    }
    if (action == u"show"_s) {
        DeliveryQuery one;
        one.messageIds = ids;
        const auto rows = reader.list(one);
        if (!rows || rows->isEmpty()) {
            io.err << prefix << tr("%1 is not in outbox %2").arg(ids.front(), target.outboxPath) << '\n';
            return ExitBadInput;
        }
        const auto attempts = reader.attempts(ids.front());
        const DeliveryItem& d = rows->front();
        if (json) {
            QJsonObject o = deliveryJson(target, d);
            QJsonArray list;
            for (const AttemptRecord& a : attempts ? *attempts : QList<AttemptRecord>{}) {
                list.append(QJsonObject{{u"number"_s, a.number},
                                        {u"started_at"_s, a.startedAt.toString(Qt::ISODateWithMs)},
                                        {u"duration_ms"_s, a.durationMs},
                                        {u"status"_s, a.status},
                                        {u"error"_s, a.error},
                                        {u"request"_s, a.request}});
            }
            o.insert(u"attempt_log"_s, list);
            io.out << jsonText(QJsonDocument(o));
            return ExitOk;
        }
        const QString n = webhookName(target, d.webhookId);
        io.out << d.messageId << '\n'
               << tr("  state: %1").arg(deliveryStateName(d.state)) << '\n'
               << tr("  webhook: %1").arg(n.isEmpty() ? d.webhookId : u"\""_s + n + u"\" ("_s + d.webhookId + u')')
               << '\n'
               << tr("  signal %1 = %2 from %3, received %4, accepted %5")
                      .arg(d.signal.number)
                      .arg(d.signal.value.toJson(), d.signal.deviceToken,
                           d.signal.receivedAt.toString(Qt::ISODateWithMs), d.acceptedAt.toString(Qt::ISODateWithMs))
               << '\n';
        // Reasons, errors and the request quote what servers and devices sent: shown escaped.
        if (!d.finalReason.isEmpty())
            io.out << tr("  reason: %1").arg(escapeControl(d.finalReason)) << '\n';
        if (d.state == DeliveryItem::State::Pending && d.attempts > 0)
            io.out << tr("  next attempt: %1").arg(d.nextAttemptAt.toString(Qt::ISODateWithMs)) << '\n';
        for (const AttemptRecord& a : attempts ? *attempts : QList<AttemptRecord>{}) {
            io.out << tr("  attempt %1 at %2, %3 ms: %4")
                          .arg(a.number)
                          .arg(a.startedAt.toString(Qt::ISODateWithMs))
                          .arg(a.durationMs)
                          .arg(a.error.isEmpty() ? QString::number(a.status) : escapeControl(a.error))
                   << '\n';
            if (!a.request.isEmpty()) {
                for (const QString& line : a.request.split(u'\n'))
                    io.out << u"    "_s << escapeControl(line) << '\n';
            }
        }
        return ExitOk;
    }
    const auto rows = reader.list(query);
    if (!rows) {
        io.err << prefix << rows.errorMessage() << '\n';
        return ExitBadInput;
    }
    if (action == u"list"_s) {
        if (json) {
            QJsonArray list;
            for (const DeliveryItem& d : *rows)
                list.append(deliveryJson(target, d));
            io.out << jsonText(QJsonDocument(list));
            return ExitOk;
        }
        for (const DeliveryItem& d : *rows) {
            const QString n = webhookName(target, d.webhookId);
            const QString why = d.finalReason.isEmpty() ? d.lastError : d.finalReason;
            io.out << d.messageId << "  " << deliveryStateName(d.state).leftJustified(7) << "  "
                   << (n.isEmpty() ? d.webhookId : u"\""_s + n + u'"') << "  "
                   << tr("signal %1 from %2").arg(d.signal.number).arg(d.signal.deviceToken) << "  "
                   << tr("%n attempt(s)", nullptr, d.attempts) << "  " << d.acceptedAt.toString(Qt::ISODate)
                   << (why.isEmpty() ? QString() : u"  "_s + escapeControl(why)) << '\n';
        }
        if (const auto c = reader.counts())
            printCounts(io, *c);
        return ExitOk;
    }

    // ---- act: in the file when nobody owns it, else through the relay or app that does ----
    if (ids.isEmpty()) {
        for (const DeliveryItem& d : *rows)
            ids.append(d.messageId);
    } else {
        DeliveryQuery given;
        given.messageIds = ids;
        given.limit = 0;
        QStringList unknown = ids;
        if (const auto found = reader.list(given)) {
            for (const DeliveryItem& d : *found)
                unknown.removeAll(d.messageId);
        }
        if (!unknown.isEmpty()) {
            io.err << prefix
                   << tr("not in outbox %1: %2 (nothing was done)").arg(target.outboxPath, unknown.join(u", "_s))
                   << '\n';
            return ExitBadInput;
        }
    }
    if (ids.isEmpty()) {
        io.out << tr("nothing matches") << '\n';
        return ExitOk;
    }
    const bool retry = action == u"retry"_s;
    QLockFile lock(target.outboxPath + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        const QJsonObject request{{u"command"_s, action}, {u"ids"_s, QJsonArray::fromStringList(ids)}};
        const Result<QJsonObject> answer = OutboxControl::ask(target.outboxPath, request);
        if (!answer || !answer->value(u"ok"_s).toBool()) {
            io.err << prefix
                   << tr("%1 (process %2) owns the outbox and %3; stop it, then run this again")
                          .arg(app.isEmpty() ? tr("another program") : app)
                          .arg(pid)
                          .arg(!answer ? answer.errorMessage()
                                       : tr("refused: %1").arg(answer->value(u"error"_s).toString()))
                   << '\n';
            return ExitBadInput;
        }
        if (retry) {
            io.out << tr("%n delivery(ies) retried now by process %1, which owns the outbox", nullptr, int(ids.size()))
                          .arg(pid)
                   << '\n';
        } else {
            const qsizetype left = stillThere(reader, ids);
            io.out << tr("%n delivery(ies) dropped by process %1, which owns the outbox", nullptr,
                         int(ids.size() - left))
                          .arg(pid)
                   << '\n';
            if (left > 0)
                io.out << tr("%n were being attempted at that moment and were left alone: run this again", nullptr,
                             int(left))
                       << '\n';
        }
        return ExitOk;
    }
    lock.unlock();
    OutboxDatabase db(target.outboxPath, false, Outbox::Options().restartLogBytes);
    Status st = db.open();
    if (st) {
        st = db.begin();
        if (st) {
            st = retry ? db.retryNow(ids, now.toMSecsSinceEpoch()) : db.discard(ids);
            st = st ? db.commit() : st;
            if (!st)
                db.rollback();
        }
    }
    if (!st) {
        io.err << prefix << st.errorMessage() << '\n';
        return ExitBadInput;
    }
    io.out << (retry ? tr("%n delivery(ies) will be attempted when a relay or the app next runs on this outbox",
                          nullptr, int(ids.size()))
                     : tr("%n delivery(ies) dropped", nullptr, int(ids.size())))
           << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli
