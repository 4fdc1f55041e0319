#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hooksmith {

class BrokerHub;
class BrokerListModel;
class NetworkDeviceModel;

/// The Devices panel's "Network devices": the MQTT brokers (add, change, remove, connect and disconnect,
/// the state of each with its reason) and the devices seen over them.
class NetworkDevicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDevicesPanel(BrokerHub* hub, QWidget* parent = nullptr);
    ~NetworkDevicesPanel() override;

    BrokerListModel* brokerModel() const { return m_brokers; }
    NetworkDeviceModel* deviceModel() const { return m_devices; }
    /// The id of the selected broker, or empty.
    QString currentBroker() const;
    void selectBroker(const QString& id);

private:
    void fillForm();
    void updateState();
    void addFromForm();
    void saveForm();
    void chooseCaFile();
    void showProblem(const QString& text);

    BrokerHub* m_hub;
    BrokerListModel* m_brokers;
    NetworkDeviceModel* m_devices;
    QTableView* m_brokersView;
    QLineEdit* m_urlEdit;
    QLineEdit* m_userEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_caEdit;
    QLineEdit* m_groupEdit;
    QPushButton* m_addButton;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QPushButton* m_connectButton;
    QLabel* m_stateLabel;
    QLabel* m_problemLabel;
    QTableView* m_devicesView;
};

} // namespace hooksmith
