#pragma once

#include "DeviceHub.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hooksmith {

/// The serial console of a board: what it prints, live, with the protocol's warnings and what the app
/// says about the connection; a line to send to its REPL, and Ctrl-C to interrupt its program. Lines
/// are added in batches (a board printing hundreds of lines per second costs a few repaints), and the
/// view keeps the last kMaxLines.
class SerialConsole : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5000;
    static constexpr int kBatchMs = 50;

    explicit SerialConsole(DeviceHub* hub, QWidget* parent = nullptr);

    /// Shows the console of `key` (a port path or DeviceHub::kVirtualKey).
    void setKey(const QString& key);
    QString key() const { return m_key; }

    /// Sends the typed line; Return in the input does the same.
    void sendTyped();
    void interrupt();
    /// The text shown (after the pending batch).
    QString text();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillSources();
    void flush();
    void appendEntry(const ConsoleEntry& entry);
    void updateInput();

    DeviceHub* m_hub;
    QString m_key;
    QComboBox* m_sources;
    QPlainTextEdit* m_view;
    QLineEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_interrupt;
    QList<ConsoleEntry> m_pending;
    QTimer m_batch;
};

} // namespace hooksmith
