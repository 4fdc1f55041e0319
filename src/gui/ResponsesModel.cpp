#include "ResponsesModel.h"

#include "Theme.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
/// Distinct summaries kept; error texts beyond this show as their outcome only (memory stays bounded).
constexpr qsizetype kMaxSummaries = 4096;

enum Outcome : quint8
{
    Ok,
    Retry,
    Failed,
    NotSent
};

quint8 outcomeOf(const AttemptReport& r)
{
    if (!r.sent)
        return NotSent;
    switch (r.decision.action) {
    case RetryDecision::Action::Delivered:
        return Ok;
    case RetryDecision::Action::RetryLater:
        return Retry;
    case RetryDecision::Action::GiveUp:
    case RetryDecision::Action::DisableWebhook:
        break;
    }
    return Failed;
}

template <typename T>
T clampTo(qint64 v)
{
    return T(qBound(qint64(std::numeric_limits<T>::min()), v, qint64(std::numeric_limits<T>::max())));
}
} // namespace

ResponsesModel::ResponsesModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_warningIcon(Theme::icon(u"warning"_s))
    , m_errorIcon(Theme::icon(u"error"_s))
{
    // Index 0 of both tables is the empty string.
    m_names.append(QString());
    m_summaries.append(QString());
}

ResponsesModel::~ResponsesModel() = default;

void ResponsesModel::setLimits(const Limits& limits)
{
    m_limits = limits;
    if (int(m_rows.size()) > m_limits.maxRows)
        dropOldest(int(m_rows.size()) - m_limits.maxRows);
}

qint64 ResponsesModel::reportBytes(const AttemptReport& report)
{
    qint64 n = report.result.body.size() + report.result.requestHead.size();
    for (const auto& [name, value] : report.result.headers)
        n += name.size() + value.size();
    if (report.request)
        n += report.request->body.size();
    return n;
}

quint32 ResponsesModel::intern(QStringList& list, QHash<QString, quint32>& index, const QString& text)
{
    if (text.isEmpty())
        return 0;
    if (auto it = index.constFind(text); it != index.cend())
        return it.value();
    if (list.size() >= kMaxSummaries && &list == &m_summaries)
        return 0;
    const auto i = quint32(list.size());
    list.append(text);
    index.insert(text, i);
    return i;
}

void ResponsesModel::append(const AttemptReport& report)
{
    append(QList<AttemptReport>{report});
}

void ResponsesModel::append(const QList<AttemptReport>& reports)
{
    if (reports.isEmpty() || m_limits.maxRows <= 0)
        return;
    // Of a batch larger than the list, only the newest fit.
    const qsizetype first = qMax<qsizetype>(0, reports.size() - m_limits.maxRows);
    const int count = int(reports.size() - first);
    if (int(m_rows.size()) + count > m_limits.maxRows)
        dropOldest(int(m_rows.size()) + count - m_limits.maxRows);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + count - 1);
    for (qsizetype i = first; i < reports.size(); ++i) {
        const AttemptReport& report = reports[i];
        Record r;
        r.startedAtMs = report.startedAt.isValid() ? report.startedAt.toMSecsSinceEpoch() : 0;
        r.serial = m_nextSerial++;
        r.webhook = intern(m_names, m_nameIndex, report.webhookName);
        r.summary = intern(m_summaries, m_summaryIndex, report.summary);
        r.durationMs = clampTo<qint32>(report.durationMs);
        r.status = clampTo<qint16>(report.result.status);
        r.attempt = clampTo<quint16>(report.attemptInRound);
        r.maxAttempts = clampTo<quint16>(report.maxAttempts);
        r.outcome = outcomeOf(report);
        r.direct = report.direct;
        m_rows.push_back(r);
        // Only the newest maxFullReports of the batch can stay.
        if (i >= reports.size() - m_limits.maxFullReports)
            keep(r.serial, report);
    }
    endInsertRows();
}

void ResponsesModel::keep(quint64 serial, const AttemptReport& report)
{
    // Reports hold no secret bytes: the sender's head and the request are masked views already.
    auto kept = std::make_unique<AttemptReport>(report);
    m_fullBytes += reportBytes(*kept);
    m_full.emplace_back(serial, std::move(kept));
    while (!m_full.empty() && (int(m_full.size()) > m_limits.maxFullReports ||
                               (m_fullBytes > m_limits.maxFullBytes && m_full.size() > 1))) {
        m_fullBytes -= reportBytes(*m_full.front().second);
        m_full.pop_front();
    }
}

void ResponsesModel::dropOldest(int count)
{
    count = qMin(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void ResponsesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_full.clear();
    m_fullBytes = 0;
    m_names = {QString()};
    m_nameIndex.clear();
    m_summaries = {QString()};
    m_summaryIndex.clear();
    endResetModel();
}

const AttemptReport* ResponsesModel::report(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_full.empty())
        return nullptr;
    const quint64 serial = m_rows[size_t(row)].serial;
    // Serials grow with the rows, so the kept reports are sorted by serial.
    auto it = std::lower_bound(m_full.begin(), m_full.end(), serial,
                               [](const auto& entry, quint64 s) { return entry.first < s; });
    return it != m_full.end() && it->first == serial ? it->second.get() : nullptr;
}

QString ResponsesModel::webhookName(int row) const
{
    return m_names.value(qsizetype(m_rows[size_t(row)].webhook));
}

QString ResponsesModel::summary(int row) const
{
    const Record& r = m_rows[size_t(row)];
    if (r.summary != 0)
        return m_summaries.value(qsizetype(r.summary));
    if (r.status != 0)
        return QString::number(r.status);
    return r.outcome == NotSent ? tr("not sent") : tr("no response");
}

int ResponsesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponsesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.startedAtMs, Qt::UTC).toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case WebhookColumn:
            return webhookName(index.row());
        case StatusColumn:
            return summary(index.row());
        case DurationColumn:
            return tr("%1 ms").arg(r.durationMs);
        case AttemptsColumn:
            if (r.direct)
                return tr("test");
            return r.maxAttempts > 0 ? tr("%1 of %2").arg(r.attempt).arg(r.maxAttempts) : QString::number(r.attempt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAtMs, Qt::UTC).toLocalTime(),
                                      QLocale::LongFormat);
        if (index.column() == StatusColumn)
            return summary(index.row());
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && r.outcome != Ok) {
            const QPalette palette = QGuiApplication::palette();
            return Theme::color(r.outcome == Retry ? Theme::Role::Warning : Theme::Role::Error, palette);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && r.outcome != Ok)
            return r.outcome == Retry ? m_warningIcon : m_errorIcon;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OutcomeRole:
        switch (r.outcome) {
        case Ok:
            return u"ok"_s;
        case Retry:
            return u"retry"_s;
        case Failed:
            return u"failed"_s;
        default:
            return u"not-sent"_s;
        }
    case StatusCodeRole:
        return int(r.status);
    case MessageIdRole:
        if (const AttemptReport* full = report(index.row()))
            return full->delivery.messageId;
        break;
    }
    return {};
}

QVariant ResponsesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WebhookColumn:
        return tr("Webhook");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case AttemptsColumn:
        return tr("Attempts");
    }
    return {};
}

} // namespace hooksmith
