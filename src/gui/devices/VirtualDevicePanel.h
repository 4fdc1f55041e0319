#pragma once

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hooksmith {

class DeviceHub;

/// The virtual device's controls in the Devices panel: send one signal with a typed value, or run a
/// periodic generator (sine or random walk) with its signal number, period, rate, centre, amplitude and
/// decimals. The virtual device is connected first when needed.
class VirtualDevicePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit VirtualDevicePanel(DeviceHub* hub, QWidget* parent = nullptr);

    /// Sends the typed value as signal number (the form's fields).
    void sendValue();
    /// Starts the generator with the form's settings, or stops it.
    void setGeneratorRunning(bool running);
    bool isGeneratorRunning() const;

private:
    void showProblem(const QString& message);
    void updateButtons();

    DeviceHub* m_hub;
    QSpinBox* m_number;
    QLineEdit* m_value;
    QPushButton* m_send;
    QComboBox* m_waveform;
    QSpinBox* m_genNumber;
    QDoubleSpinBox* m_period;
    QDoubleSpinBox* m_rate;
    QDoubleSpinBox* m_center;
    QDoubleSpinBox* m_amplitude;
    QSpinBox* m_decimals;
    QPushButton* m_run;
    QLabel* m_problem;
};

} // namespace hooksmith
