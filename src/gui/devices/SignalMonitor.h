#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hooksmith {

class SignalMonitorModel;

/// The Signals monitor: the table of signals as they arrive, "Define signal" to name one (an undoable
/// edit of the workspace), "Chart" to follow the selected ones in the live chart, and the count of
/// signals that fired no webhook.
class SignalMonitor : public QWidget
{
    Q_OBJECT
public:
    SignalMonitor(SignalMonitorModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /// Starts editing the name of the selected signal.
    void defineSelected();
    /// (device token, number) of the selected rows.
    QList<QPair<QString, int>> selectedSignals() const;

Q_SIGNALS:
    void chartRequested(const QList<QPair<QString, int>>& signalKeys);

private:
    void updateSummary();
    void updateButtons();

    SignalMonitorModel* m_model;
    QTableView* m_view;
    QPushButton* m_define;
    QPushButton* m_chart;
    QLabel* m_summary;
};

} // namespace hooksmith
