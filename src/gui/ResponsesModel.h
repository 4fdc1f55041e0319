#pragma once

#include "DeliveryEngine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QStringList>

#include <deque>
#include <memory>

namespace hooksmith {

/// The inspector's responses list: one row per attempt the engine finished. Rows are compact records
/// (about 40 bytes each, strings interned), so that 100,000 of them cost a few megabytes; the full
/// report (request as sent, response headers and body) is kept only for the most recent attempts,
/// within a count and a byte budget.
class ResponsesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        WebhookColumn,
        StatusColumn,
        DurationColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Roles
    {
        OutcomeRole = Qt::UserRole + 1, ///< "ok", "retry", "failed", "not-sent"
        MessageIdRole,
        StatusCodeRole,
    };

    struct Limits
    {
        int maxRows = 100000;           ///< the oldest rows go beyond this
        int maxFullReports = 200;       ///< full reports kept for the most recent attempts
        qint64 maxFullBytes = 64 << 20; ///< and at most this many body and head bytes in all
    };

    /// One row, as small as it can be: what the columns show.
    struct Record
    {
        qint64 startedAtMs = 0; ///< UTC milliseconds since the epoch
        quint64 serial = 0;     ///< finds the full report while it is kept
        quint32 webhook = 0;    ///< index into the interned names
        quint32 summary = 0;    ///< index into the interned summaries
        qint32 durationMs = 0;
        qint16 status = 0;
        quint16 attempt = 0;
        quint16 maxAttempts = 0;
        quint8 outcome = 0;
        bool direct = false; ///< a test send
    };

    explicit ResponsesModel(QObject* parent = nullptr);
    ~ResponsesModel() override;

    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }

    void append(const AttemptReport& report);
    /// Adds several attempts with one row insertion (what the panel does once per event-loop turn).
    void append(const QList<AttemptReport>& reports);
    void clear();

    /// The full report of a row while it is kept (the most recent ones), else nullptr.
    const AttemptReport* report(int row) const;
    const Record& record(int row) const { return m_rows[size_t(row)]; }
    QString webhookName(int row) const;
    QString summary(int row) const;

    int fullReportCount() const { return int(m_full.size()); }
    qint64 fullReportBytes() const { return m_fullBytes; }
    int internedCount() const { return int(m_names.size() + m_summaries.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Body and head bytes a report holds (what the byte budget counts).
    static qint64 reportBytes(const AttemptReport& report);

private:
    quint32 intern(QStringList& list, QHash<QString, quint32>& index, const QString& text);
    void dropOldest(int count);
    void keep(quint64 serial, const AttemptReport& report);

    Limits m_limits;
    std::deque<Record> m_rows;
    std::deque<std::pair<quint64, std::unique_ptr<AttemptReport>>> m_full; ///< oldest first
    qint64 m_fullBytes = 0;
    quint64 m_nextSerial = 1;
    QStringList m_names;
    QHash<QString, quint32> m_nameIndex;
    QStringList m_summaries;
    QHash<QString, quint32> m_summaryIndex;
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};

} // namespace hooksmith
