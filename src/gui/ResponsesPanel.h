#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace hooksmith {

class BodyView;
class ResponsesModel;
struct AttemptReport;

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

    /// Adds an attempt; the view follows the newest row unless the user scrolled away.
    void append(const AttemptReport& report);
    /// Selects a row and shows it in the detail view.
    void selectRow(int row);
    /// The status line of the detail view (e.g. "200 OK"), for tests.
    QString detailStatus() const;

private:
    void showRow(int row);

    ResponsesModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_facts;
    QTabWidget* m_tabs;
    BodyView* m_body;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_timing;
};

} // namespace hooksmith
