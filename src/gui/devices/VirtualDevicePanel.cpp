#include "VirtualDevicePanel.h"

#include "DeviceHub.h"
#include "Theme.h"
#include "VirtualDevice.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QDoubleSpinBox* doubleSpin(QWidget* parent, const char* name, double lo, double hi, double value, int decimals,
                           const QString& suffix = {})
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

} // namespace

VirtualDevicePanel::VirtualDevicePanel(DeviceHub* hub, QWidget* parent)
    : QGroupBox(tr("Virtual device"), parent)
    , m_hub(hub)
    , m_number(new QSpinBox(this))
    , m_value(new QLineEdit(this))
    , m_send(new QPushButton(Theme::icon(u"send"_s), tr("Send"), this))
    , m_waveform(new QComboBox(this))
    , m_genNumber(new QSpinBox(this))
    , m_period(doubleSpin(this, "virtualPeriodSpin", 0.1, 86400, 60, 1, tr(" s")))
    , m_rate(doubleSpin(this, "virtualRateSpin", 0.01, 1000, 1, 2, tr(" /s")))
    , m_center(doubleSpin(this, "virtualCenterSpin", -1e9, 1e9, 20, 3))
    , m_amplitude(doubleSpin(this, "virtualAmplitudeSpin", 0, 1e9, 5, 3))
    , m_decimals(new QSpinBox(this))
    , m_run(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"virtualDevicePanel"_s);
    m_number->setObjectName(u"virtualNumberSpin"_s);
    m_value->setObjectName(u"virtualValueEdit"_s);
    m_send->setObjectName(u"virtualSendButton"_s);
    m_waveform->setObjectName(u"virtualWaveformCombo"_s);
    m_genNumber->setObjectName(u"virtualGeneratorNumberSpin"_s);
    m_decimals->setObjectName(u"virtualDecimalsSpin"_s);
    m_run->setObjectName(u"virtualGeneratorButton"_s);
    m_problem->setObjectName(u"virtualProblemLabel"_s);

    for (QSpinBox* s : {m_number, m_genNumber}) {
        s->setRange(0, Signal::kMaxNumber);
        s->setValue(1);
    }
    m_decimals->setRange(0, 9);
    m_decimals->setValue(2);
    m_value->setPlaceholderText(tr("23.5, \"door open\", [1, 2, 3]"));
    m_value->setText(u"23.5"_s);
    m_waveform->addItem(tr("Sine"), int(VirtualDevice::Waveform::Sine));
    m_waveform->addItem(tr("Random walk"), int(VirtualDevice::Waveform::RandomWalk));
    m_problem->hide();

    auto* manual = new QHBoxLayout;
    manual->addWidget(new QLabel(tr("Signal"), this));
    manual->addWidget(m_number);
    manual->addWidget(m_value, 1);
    manual->addWidget(m_send);

    // One field per row: the panel fits the narrow column it usually has.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Generator:"), m_waveform);
    form->addRow(tr("On signal:"), m_genNumber);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Centre:"), m_center);
    form->addRow(tr("Amplitude (±):"), m_amplitude);
    form->addRow(tr("Decimals:"), m_decimals);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(manual);
    layout->addLayout(form);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_problem);

    connect(m_send, &QPushButton::clicked, this, &VirtualDevicePanel::sendValue);
    connect(m_value, &QLineEdit::returnPressed, this, &VirtualDevicePanel::sendValue);
    connect(m_run, &QPushButton::clicked, this, [this] { setGeneratorRunning(!isGeneratorRunning()); });
    connect(hub, &DeviceHub::connectionChanged, this, [this](const QString& key) {
        if (key == DeviceHub::kVirtualKey)
            updateButtons();
    });
    updateButtons();
}

void VirtualDevicePanel::showProblem(const QString& message)
{
    Theme::showProblems(m_problem, message.isEmpty() ? QStringList() : QStringList{message});
}

void VirtualDevicePanel::sendValue()
{
    if (!m_hub->isConnected(DeviceHub::kVirtualKey))
        m_hub->connectTo(DeviceHub::kVirtualKey);
    VirtualDevice* device = m_hub->virtualDevice();
    if (device->state() != SignalSource::State::Connected) {
        // The runtime starts it once its outbox is open: send then.
        const int number = m_number->value();
        const QString text = m_value->text();
        connect(
            device, &SignalSource::stateChanged, this,
            [this, device, number, text](SignalSource::State state) {
                if (state == SignalSource::State::Connected) {
                    const Status st = device->sendText(number, text);
                    showProblem(st ? QString() : st.errorMessage());
                }
            },
            Qt::SingleShotConnection);
        return;
    }
    const Status st = device->sendText(m_number->value(), m_value->text());
    showProblem(st ? QString() : st.errorMessage());
}

bool VirtualDevicePanel::isGeneratorRunning() const
{
    return m_hub->isConnected(DeviceHub::kVirtualKey) && m_hub->virtualDevice()->generator().has_value();
}

void VirtualDevicePanel::setGeneratorRunning(bool running)
{
    VirtualDevice* device = m_hub->virtualDevice();
    if (!running) {
        device->setGenerator(std::nullopt);
        updateButtons();
        return;
    }
    VirtualDevice::Generator g;
    g.waveform = VirtualDevice::Waveform(m_waveform->currentData().toInt());
    g.number = m_genNumber->value();
    g.periodSeconds = m_period->value();
    g.ratePerSecond = m_rate->value();
    g.center = m_center->value();
    g.amplitude = m_amplitude->value();
    g.decimals = m_decimals->value();
    const Status st = device->setGenerator(g);
    showProblem(st ? QString() : st.errorMessage());
    if (st && !m_hub->isConnected(DeviceHub::kVirtualKey))
        m_hub->connectTo(DeviceHub::kVirtualKey);
    updateButtons();
}

void VirtualDevicePanel::updateButtons()
{
    const bool running = isGeneratorRunning();
    m_run->setText(running ? tr("Stop generator") : tr("Start generator"));
    m_run->setIcon(Theme::icon(running ? u"stop"_s : u"signal"_s));
}

} // namespace hooksmith
