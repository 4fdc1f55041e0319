#pragma once

#include "LocalReceiver.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <deque>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hooksmith {

class BodyView;
class Config;
class WorkspaceDocument;

/// The requests the built-in receiver got, newest last, for the Receiver tab (bounded like the
/// receiver's own history).
class ReceivedRequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        SizeColumn,
        ResultColumn, ///< "taken", or the status of a refusal
        ColumnCount
    };

    explicit ReceivedRequestsModel(QObject* parent = nullptr);

    void setLimit(int limit);
    void append(const ReceivedRequest& request);
    void clear();
    const ReceivedRequest& request(int row) const { return m_requests[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<ReceivedRequest> m_requests;
    int m_limit = LocalReceiver::kDefaultLimit;
};

/// The inspector's "Receiver" tab: a LocalReceiver on 127.0.0.1 to send webhooks to without a
/// network (like webhook.site, offline): start and stop it, copy its URL, point the selected webhook
/// at it (an undoable edit), and see every request it received with its headers and body.
class ReceiverPanel : public QWidget
{
    Q_OBJECT
public:
    /// The port the demo workspace's "Local receiver" webhook points at.
    static constexpr quint16 kDefaultPort = 8471;

    ReceiverPanel(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~ReceiverPanel() override;

    /// The port start() listens on (0: any free port; tests use that).
    void setPort(quint16 port) { m_port = port; }
    /// Sets the port, and moves a receiver that listens on another one to it (Preferences).
    void changePort(quint16 port);
    quint16 configuredPort() const { return m_port; }

    /// Starts listening; false (and the reason in the panel and errorString()) when the port is taken.
    bool start();
    void stop();
    bool isListening() const;
    QString errorString() const { return m_error; }
    /// The receiver (created on the first start).
    LocalReceiver* receiver() const { return m_receiver; }
    /// http://127.0.0.1:PORT/hooks/{{DEVICE_TOKEN}}: what "Use for this webhook" sets.
    QString webhookUrl() const;

    ReceivedRequestsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Where the receiver's limits are kept (read at start, written by editLimits()); none: defaults.
    void setConfig(Config* config);
    /// Applies to the receiver now if it runs, and at every later start.
    void setLimits(const ReceiverLimits& limits);
    ReceiverLimits limits() const { return m_limits; }
    /// Opens the limits dialog; what it accepts is saved and applied.
    void editLimits();

    /// The webhook "Use for this webhook" changes.
    void setWebhookIndex(int index);
    void useForWebhook();
    void copyUrl();

    /// True when a webhook of the workspace points at the receiver's configured port on loopback.
    static bool workspaceUsesPort(const WorkspaceDocument* doc, quint16 port);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void listeningChanged(bool listening);

private:
    void updateState();
    void showRow(int row);

    WorkspaceDocument* m_doc;
    LocalReceiver* m_receiver = nullptr;
    quint16 m_port = kDefaultPort;
    int m_webhookIndex = -1;
    QString m_error;
    ReceivedRequestsModel* m_model;
    QLabel* m_state;
    QPushButton* m_startStop;
    QPushButton* m_copy;
    QPushButton* m_use;
    QPushButton* m_clear;
    QPushButton* m_limitsButton;
    Config* m_config = nullptr;
    ReceiverLimits m_limits;
    QTableView* m_view;
    QLabel* m_detailHead;
    QPlainTextEdit* m_headers;
    BodyView* m_body;
};

} // namespace hooksmith
