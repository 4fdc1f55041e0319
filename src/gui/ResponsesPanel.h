#pragma once

#include "DeliveryEngine.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace hooksmith {

class BodyView;
class ResponsesModel;

/// The inspector's "Responses" tab: every attempt the engine finished, newest at the bottom, and the
/// selected one in detail: the request as sent, status, response headers, body, sizes, timings, remote
/// address and TLS.
class ResponsesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsesPanel(QWidget* parent = nullptr);

    ResponsesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Adds an attempt. Attempts that arrive in the same event-loop turn reach the model together
    /// (one row insertion), so that bursts of deliveries do not make the view lay out each row.
    void append(const AttemptReport& report);
    /// Hands queued attempts to the model now; the view follows the newest row unless the user
    /// scrolled away.
    void flush();
    /// Selects a row and shows it in the detail view.
    void selectRow(int row);
    /// The status line of the detail view (e.g. "200 OK"), for tests.
    QString detailStatus() const;

    /// A test send under way: a row above the list with the time it has taken so far and a Cancel button,
    /// until finishInFlight().
    void addInFlight(const QString& messageId, const QString& webhookName);
    void finishInFlight(const QString& messageId);
    QStringList inFlight() const;

Q_SIGNALS:
    /// The user cancelled the test send `messageId`.
    void cancelRequested(const QString& messageId);

private:
    struct InFlightRow
    {
        QString messageId;
        QString webhookName;
        QElapsedTimer clock;
        QWidget* row = nullptr;
        QLabel* label = nullptr;
    };

    void showRow(int row);
    void updateInFlight();

    ResponsesModel* m_model;
    QList<AttemptReport> m_queued;
    QTimer m_flushTimer;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_facts;
    QTabWidget* m_tabs;
    BodyView* m_body;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_timing;
    QWidget* m_inFlightBox;
    QList<InFlightRow> m_inFlight;
    QTimer m_inFlightTimer;
};

} // namespace hooksmith
