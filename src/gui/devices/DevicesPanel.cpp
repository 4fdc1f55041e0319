#include "DevicesPanel.h"

#include "DeviceHub.h"
#include "NetworkDevicesPanel.h"
#include "PortListModel.h"
#include "RawReplUploader.h"
#include "SerialSignalSource.h"
#include "Theme.h"
#include "VirtualDevicePanel.h"
#include "WorkspaceDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

DevicesPanel::DevicesPanel(DeviceHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_model(new PortListModel(hub, this))
    , m_view(new QTableView(this))
    , m_connectButton(new QPushButton(this))
    , m_consoleButton(new QPushButton(tr("Console"), this))
    , m_removePathButton(new QPushButton(tr("Remove"), this))
    , m_pathEdit(new QLineEdit(this))
    , m_stateLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_deviceCombo(new QComboBox(this))
    , m_installButton(new QPushButton(tr("Install helper on board"), this))
    , m_installProgress(new QProgressBar(this))
    , m_installStatus(new QLabel(this))
    , m_questionFrame(new QFrame(this))
    , m_questionLabel(new QLabel(m_questionFrame))
    , m_questionCombo(new QComboBox(m_questionFrame))
    , m_virtualPanel(new VirtualDevicePanel(hub, this))
    , m_tabs(new QTabWidget(this))
    , m_networkPanel(new NetworkDevicesPanel(hub->brokers(), this))
{
    setObjectName(u"devicesPanel"_s);
    m_view->setObjectName(u"portsView"_s);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_consoleButton->setObjectName(u"consoleButton"_s);
    m_removePathButton->setObjectName(u"removePathButton"_s);
    m_pathEdit->setObjectName(u"addPathEdit"_s);
    m_stateLabel->setObjectName(u"portStateLabel"_s);
    m_detailLabel->setObjectName(u"portDetailLabel"_s);
    m_deviceCombo->setObjectName(u"portDeviceCombo"_s);
    m_installButton->setObjectName(u"installHelperButton"_s);
    m_installProgress->setObjectName(u"installProgress"_s);
    m_installStatus->setObjectName(u"installStatusLabel"_s);
    m_questionFrame->setObjectName(u"deviceQuestionFrame"_s);
    m_questionCombo->setObjectName(u"deviceQuestionCombo"_s);
    m_tabs->setObjectName(u"devicesTabs"_s);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Serial ports"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PortListModel::PortColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setIconSize(QSize(16, 16));
    // A few ports and the virtual device stay in view however the dock is squeezed.
    m_view->setMinimumHeight(fontMetrics().height() * 9);

    // The question, shown above everything while a board waits for an answer.
    m_questionFrame->setFrameShape(QFrame::StyledPanel);
    m_questionFrame->setAutoFillBackground(true);
    QPalette qp = m_questionFrame->palette();
    qp.setColor(QPalette::Window, Theme::lockedBackground(qp));
    m_questionFrame->setPalette(qp);
    m_questionLabel->setWordWrap(true);
    auto* answer = new QPushButton(tr("Use this device"), m_questionFrame);
    answer->setObjectName(u"deviceQuestionButton"_s);
    auto* later = new QPushButton(tr("Not now"), m_questionFrame);
    auto* questionButtons = new QHBoxLayout;
    questionButtons->addWidget(m_questionCombo, 1);
    questionButtons->addWidget(answer);
    questionButtons->addWidget(later);
    auto* questionLayout = new QVBoxLayout(m_questionFrame);
    questionLayout->addWidget(m_questionLabel);
    questionLayout->addLayout(questionButtons);
    m_questionFrame->hide();
    connect(answer, &QPushButton::clicked, this, [this] { answerQuestion(m_questionCombo->currentData().toString()); });
    connect(later, &QPushButton::clicked, this, [this] {
        if (!m_questions.isEmpty())
            m_questions.removeFirst();
        showNextQuestion();
    });

    m_pathEdit->setPlaceholderText(tr("Add a port by path: /tmp/board, /dev/serial/by-id/..."));
    m_pathEdit->setClearButtonEnabled(true);
    auto* addPath = new QPushButton(Theme::icon(u"add"_s), tr("Add"), this);
    addPath->setObjectName(u"addPathButton"_s);
    connect(addPath, &QPushButton::clicked, this, &DevicesPanel::addPathFromEdit);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &DevicesPanel::addPathFromEdit);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(addPath);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_consoleButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removePathButton);

    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_installProgress->setTextVisible(true);
    m_installProgress->hide();
    m_installStatus->setWordWrap(true);
    m_installStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_installStatus->hide();
    m_installButton->setToolTip(tr("Writes hooksmith.py to /flash over the raw REPL (it stops the running program "
                                   "with Ctrl-C; it never resets the board)"));
    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("State:"), m_stateLabel);
    details->addRow(QString(), m_detailLabel);
    details->addRow(tr("Device:"), m_deviceCombo);
    auto* install = new QVBoxLayout;
    install->addWidget(m_installButton, 0, Qt::AlignLeft);
    install->addWidget(m_installProgress);
    install->addWidget(m_installStatus);

    // Boards on serial ports and the virtual device on one tab, network devices on the other: each keeps
    // its room in a narrow dock.
    auto* serialPage = new QWidget(m_tabs);
    serialPage->setObjectName(u"serialPortsPage"_s);
    auto* serialLayout = new QVBoxLayout(serialPage);
    serialLayout->addWidget(m_view, 1);
    serialLayout->addLayout(pathRow);
    serialLayout->addLayout(buttons);
    serialLayout->addLayout(details);
    serialLayout->addLayout(install);
    serialLayout->addWidget(m_virtualPanel);
    m_tabs->addTab(serialPage, Theme::icon(u"device"_s), tr("Serial ports"));
    m_tabs->addTab(m_networkPanel, Theme::icon(u"signal"_s), tr("Network devices"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_questionFrame);
    layout->addWidget(m_tabs, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        Q_EMIT currentKeyChanged(currentKey());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DevicesPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DevicesPanel::updateDetails);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        const QString key = currentKey();
        if (key.isEmpty())
            return;
        if (m_hub->isConnected(key))
            m_hub->disconnectFrom(key);
        else
            m_hub->connectTo(key);
        updateDetails();
    });
    connect(m_consoleButton, &QPushButton::clicked, this, [this] { Q_EMIT consoleRequested(currentKey()); });
    connect(m_removePathButton, &QPushButton::clicked, this, [this] { m_hub->removePath(currentKey()); });
    connect(m_deviceCombo, &QComboBox::activated, this, [this] {
        if (!m_filling && !currentKey().isEmpty())
            m_hub->setDeviceFor(currentKey(), m_deviceCombo->currentData().toString());
    });
    connect(m_installButton, &QPushButton::clicked, this, &DevicesPanel::installHelper);
    connect(hub, &DeviceHub::deviceQuestion, this, &DevicesPanel::askForDevice);
    connect(hub->document(), &WorkspaceDocument::changed, this, [this] {
        updateDetails();
        if (isAsking())
            fillDeviceCombo(m_questionCombo, false);
    });

    m_hub->startWatching();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
}

DevicesPanel::~DevicesPanel() = default;

QString DevicesPanel::currentKey() const
{
    return m_model->keyAt(m_view->currentIndex().row());
}

void DevicesPanel::showNetworkDevices()
{
    m_tabs->setCurrentWidget(m_networkPanel);
}

void DevicesPanel::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_view->selectRow(row);
}

void DevicesPanel::addPathFromEdit()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty())
        return;
    m_hub->addPath(path);
    m_pathEdit->clear();
    selectKey(path);
}

void DevicesPanel::fillDeviceCombo(QComboBox* combo, bool withAsk)
{
    m_filling = true;
    const QString current = combo->currentData().toString();
    combo->clear();
    if (withAsk)
        combo->addItem(tr("Ask when a signal comes"), QString());
    for (const Device& d : m_hub->document()->workspace().devices)
        combo->addItem(Theme::icon(u"device"_s), d.name.isEmpty() ? d.token : d.name, d.token);
    combo->addItem(sampleDevice().name, sampleDevice().token);
    const int at = combo->findData(current);
    combo->setCurrentIndex(std::max(0, at));
    m_filling = false;
}

void DevicesPanel::updateDetails()
{
    const QString key = currentKey();
    const bool isVirtual = key == DeviceHub::kVirtualKey;
    const bool connected = !key.isEmpty() && m_hub->isConnected(key);
    const SignalSource* s = m_hub->source(key);
    m_connectButton->setEnabled(!key.isEmpty());
    m_connectButton->setText(connected ? tr("Disconnect") : tr("Connect"));
    m_connectButton->setIcon(Theme::icon(connected ? u"disconnect"_s : u"device"_s));
    m_consoleButton->setEnabled(!key.isEmpty());
    m_removePathButton->setVisible(m_hub->addedPaths().contains(key));
    const int row = m_view->currentIndex().row();
    m_stateLabel->setText(m_model->data(m_model->index(row, PortListModel::StateColumn), Qt::DisplayRole).toString());
    QString detail;
    if (connected && s) {
        detail = s->stateDetail();
        if (s->signalCount() > 0)
            detail += (detail.isEmpty() ? QString() : u"; "_s) + tr("%n signal(s)", nullptr, int(s->signalCount()));
    } else if (!isVirtual && row >= 0) {
        const PortInfo p = m_model->portAt(row);
        QStringList parts;
        if (!p.description.isEmpty())
            parts << p.description;
        if (!p.usbId().isEmpty())
            parts << tr("USB %1").arg(p.usbId());
        if (!p.serialNumber.isEmpty())
            parts << tr("serial number %1").arg(p.serialNumber);
        detail = parts.join(u", "_s);
    }
    m_detailLabel->setText(detail);
    m_detailLabel->setVisible(!detail.isEmpty());

    fillDeviceCombo(m_deviceCombo, !isVirtual);
    m_filling = true;
    QString token = m_hub->deviceFor(key);
    if (isVirtual)
        token = m_hub->currentDevice(key);
    const int at = m_deviceCombo->findData(token);
    m_deviceCombo->setCurrentIndex(std::max(0, at));
    m_filling = false;
    m_deviceCombo->setEnabled(!key.isEmpty());
    QString how;
    const QString now = m_hub->currentDevice(key, &how);
    m_deviceCombo->setToolTip(isVirtual ? tr("The workspace device the virtual device is")
                                        : tr("Signals go to %1 (%2). Used when the board does not announce itself "
                                             "with @device and its USB serial number matches no device.")
                                              .arg(now.isEmpty() ? tr("no device yet") : m_hub->deviceLabel(now), how));

    const bool serial = !key.isEmpty() && !isVirtual;
    m_installButton->setVisible(serial);
    m_installButton->setEnabled(serial && !(m_uploader && m_uploader->isRunning()));
    m_virtualPanel->setVisible(isVirtual);
}

void DevicesPanel::askForDevice(const QString& key)
{
    if (!m_questions.contains(key))
        m_questions.append(key);
    showNextQuestion();
}

bool DevicesPanel::isAsking() const
{
    return !m_questions.isEmpty();
}

void DevicesPanel::showNextQuestion()
{
    if (m_questions.isEmpty()) {
        m_questionFrame->hide();
        return;
    }
    const QString key = m_questions.front();
    m_questionLabel->setText(tr("<b>Which device is the board on %1?</b><br>It sends signals without saying which "
                                "device it is (no <code>@device</code> line, no known USB serial number). Its "
                                "signals fire no webhook until you choose; the choice is kept for this port.")
                                 .arg(key.toHtmlEscaped()));
    fillDeviceCombo(m_questionCombo, false);
    m_questionFrame->show();
}

void DevicesPanel::answerQuestion(const QString& token)
{
    if (m_questions.isEmpty())
        return;
    const QString key = m_questions.takeFirst();
    if (!token.isEmpty())
        m_hub->setDeviceFor(key, token);
    showNextQuestion();
    updateDetails();
}

void DevicesPanel::installHelper()
{
    const QString key = currentKey();
    if (key.isEmpty() || key == DeviceHub::kVirtualKey || (m_uploader && m_uploader->isRunning()))
        return;
    if (!m_hub->isConnected(key))
        m_hub->connectTo(key);
    SerialSignalSource* source = m_hub->serialSource(key);
    delete m_uploader.data();
    m_uploader = new RawReplUploader(source, this);
    m_uploadKey = key;
    m_installProgress->setRange(0, 100);
    m_installProgress->setValue(0);
    m_installProgress->show();
    m_installStatus->setText(tr("Waiting for the board..."));
    m_installStatus->setPalette(palette());
    m_installStatus->show();
    m_hub->note(key, ConsoleEntry::Kind::Info,
                tr("Installing the helper as %1").arg(RawReplUploader::kDefaultHelperPath));
    connect(m_uploader, &RawReplUploader::progress, this, [this](qint64 done, qint64 total, const QString& stage) {
        m_installProgress->setValue(total > 0 ? int(done * 100 / total) : 0);
        m_installStatus->setText(stage);
    });
    connect(m_uploader, &RawReplUploader::finished, this, [this](bool ok, const QString& error) {
        m_installProgress->setValue(ok ? 100 : m_installProgress->value());
        if (ok) {
            m_installStatus->setText(tr("The helper is installed as %1. Use it with \"import hooksmith\".")
                                         .arg(RawReplUploader::kDefaultHelperPath));
            m_hub->note(m_uploadKey, ConsoleEntry::Kind::Info, tr("The helper is installed"));
        } else {
            m_installProgress->hide();
            Theme::showProblems(m_installStatus, {tr("Installing the helper failed: %1").arg(error)});
            m_hub->note(m_uploadKey, ConsoleEntry::Kind::Warning, tr("Installing the helper failed: %1").arg(error));
        }
        updateDetails();
    });
    m_uploader->installHelper();
    updateDetails();
}

} // namespace hooksmith
