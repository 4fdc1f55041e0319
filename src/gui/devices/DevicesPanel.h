#pragma once

#include "RawReplUploader.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hooksmith {

class DeviceHub;
class NetworkDevicesPanel;
class PortListModel;
class RawReplUploader;
class VirtualDevicePanel;

/// The Devices panel: on one tab the serial ports (hot-plugged), which board each is, connect and
/// disconnect, state and detail, the workspace device a board's signals go to, paths added by hand, the
/// virtual device and installing the helper on a board; on the other the network devices (MQTT brokers and
/// the devices seen over them); above both, the non-modal "which device is this board?" question.
class DevicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPanel(DeviceHub* hub, QWidget* parent = nullptr);
    ~DevicesPanel() override;

    PortListModel* model() const { return m_model; }
    NetworkDevicesPanel* networkPanel() const { return m_networkPanel; }
    /// Shows the "Network devices" tab.
    void showNetworkDevices();
    /// The key (port path or DeviceHub::kVirtualKey) of the selected row.
    QString currentKey() const;
    void selectKey(const QString& key);

    /// Asks which workspace device the board on `key` is (non-modal; one question at a time).
    void askForDevice(const QString& key);
    bool isAsking() const;
    /// Answers the question shown (the token of a workspace device, or the sample device).
    void answerQuestion(const QString& token);

    /// Installs the board helper on the selected board; progress and errors show in the panel.
    void installHelper();
    RawReplUploader* uploader() const { return m_uploader; }

Q_SIGNALS:
    void currentKeyChanged(const QString& key);
    /// The user wants to see this board's console.
    void consoleRequested(const QString& key);

private:
    void updateDetails();
    void fillDeviceCombo(QComboBox* combo, bool withAsk);
    void showNextQuestion();
    void addPathFromEdit();

    DeviceHub* m_hub;
    PortListModel* m_model;
    QTableView* m_view;
    QPushButton* m_connectButton;
    QPushButton* m_consoleButton;
    QPushButton* m_removePathButton;
    QLineEdit* m_pathEdit;
    QLabel* m_stateLabel;
    QLabel* m_detailLabel;
    QComboBox* m_deviceCombo;
    QPushButton* m_installButton;
    QProgressBar* m_installProgress;
    QLabel* m_installStatus;
    QFrame* m_questionFrame;
    QLabel* m_questionLabel;
    QComboBox* m_questionCombo;
    VirtualDevicePanel* m_virtualPanel;
    QTabWidget* m_tabs;
    NetworkDevicesPanel* m_networkPanel;
    QStringList m_questions; ///< keys waiting for an answer, the first one shown
    QPointer<RawReplUploader> m_uploader;
    QString m_uploadKey;
    bool m_filling = false;
};

} // namespace hooksmith
