#include "NetworkDevicesPanel.h"

#include "BrokerHub.h"
#include "NetworkModels.h"
#include "Theme.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

void setUpTable(QTableView* view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setIconSize(QSize(16, 16));
}

} // namespace

NetworkDevicesPanel::NetworkDevicesPanel(BrokerHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_brokers(new BrokerListModel(hub, this))
    , m_devices(new NetworkDeviceModel(hub, this))
    , m_brokersView(new QTableView(this))
    , m_urlEdit(new QLineEdit(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_caEdit(new QLineEdit(this))
    , m_groupEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(Theme::icon(u"add"_s), tr("Add broker"), this))
    , m_saveButton(new QPushButton(Theme::icon(u"save"_s), tr("Save"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_connectButton(new QPushButton(this))
    , m_stateLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_devicesView(new QTableView(this))
{
    setObjectName(u"networkDevicesPanel"_s);
    m_brokersView->setObjectName(u"brokersView"_s);
    m_urlEdit->setObjectName(u"brokerUrlEdit"_s);
    m_userEdit->setObjectName(u"brokerUserEdit"_s);
    m_passwordEdit->setObjectName(u"brokerPasswordEdit"_s);
    m_caEdit->setObjectName(u"brokerCaEdit"_s);
    m_groupEdit->setObjectName(u"brokerGroupEdit"_s);
    m_addButton->setObjectName(u"addBrokerButton"_s);
    m_saveButton->setObjectName(u"saveBrokerButton"_s);
    m_removeButton->setObjectName(u"removeBrokerButton"_s);
    m_connectButton->setObjectName(u"brokerConnectButton"_s);
    m_stateLabel->setObjectName(u"brokerStateLabel"_s);
    m_problemLabel->setObjectName(u"brokerProblemLabel"_s);
    m_devicesView->setObjectName(u"networkDevicesView"_s);

    m_brokersView->setModel(m_brokers);
    m_brokersView->setAccessibleName(tr("MQTT brokers"));
    setUpTable(m_brokersView, BrokerListModel::UrlColumn);
    m_brokersView->setMinimumHeight(fontMetrics().height() * 5);
    m_devicesView->setModel(m_devices);
    m_devicesView->setAccessibleName(tr("Devices seen over the brokers"));
    setUpTable(m_devicesView, NetworkDeviceModel::NameColumn);
    m_devicesView->setMinimumHeight(fontMetrics().height() * 7);

    m_urlEdit->setPlaceholderText(tr("mqtt://broker.local or mqtts://broker.example.net:8883"));
    m_urlEdit->setClearButtonEnabled(true);
    m_userEdit->setPlaceholderText(tr("none, or the URL's"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("Kept in the keychain, never in the settings or the workspace"));
    m_caEdit->setPlaceholderText(tr("the system's certificates"));
    m_caEdit->setToolTip(tr("mqtts:// only: a PEM file of the certificates to trust (your own CA, or the "
                            "broker's self-signed certificate)"));
    m_groupEdit->setPlaceholderText(tr("none: every message"));
    m_groupEdit->setToolTip(tr("Join the relays of this shared subscription group ($share/GROUP/...): each "
                               "message then goes to one member of the group"));
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(u"brokerCaBrowseButton"_s);
    connect(browse, &QPushButton::clicked, this, &NetworkDevicesPanel::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caEdit, 1);
    caRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Broker URL:"), m_urlEdit);
    form->addRow(tr("User name:"), m_userEdit);
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(tr("Share group:"), m_groupEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_connectButton);

    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* devicesTitle = new QLabel(tr("Devices seen over the brokers:"), this);
    devicesTitle->setBuddy(m_devicesView);
    auto* hint = new QLabel(tr("Devices publish on <code>hooksmith/&lt;token&gt;/signal/&lt;number&gt;</code> "
                               "(a JSON value); Pybytes boards of the workspace on <code>u&lt;token&gt;</code>."),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Theme::color(Theme::Role::Muted, muted));
    hint->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_brokersView, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_stateLabel);
    layout->addWidget(devicesTitle);
    layout->addWidget(m_devicesView, 2);
    layout->addWidget(hint);

    connect(m_brokersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        fillForm();
        updateState();
    });
    connect(m_brokers, &QAbstractItemModel::dataChanged, this, &NetworkDevicesPanel::updateState);
    connect(m_brokers, &QAbstractItemModel::rowsRemoved, this, [this] {
        fillForm();
        updateState();
    });
    connect(m_addButton, &QPushButton::clicked, this, &NetworkDevicesPanel::addFromForm);
    connect(m_saveButton, &QPushButton::clicked, this, &NetworkDevicesPanel::saveForm);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, [this] {
        if (currentBroker().isEmpty())
            addFromForm();
        else
            saveForm();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QString id = currentBroker();
        if (!id.isEmpty())
            m_hub->removeBroker(id);
    });
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        const QString id = currentBroker();
        if (id.isEmpty())
            return;
        if (m_hub->isActive(id))
            m_hub->disconnectBroker(id);
        else
            m_hub->connectBroker(id);
        updateState();
    });

    if (m_brokers->rowCount() > 0)
        m_brokersView->selectRow(0);
    fillForm();
    updateState();
}

NetworkDevicesPanel::~NetworkDevicesPanel() = default;

QString NetworkDevicesPanel::currentBroker() const
{
    return m_brokers->idAt(m_brokersView->currentIndex().row());
}

void NetworkDevicesPanel::selectBroker(const QString& id)
{
    const int row = m_brokers->rowOf(id);
    if (row >= 0)
        m_brokersView->selectRow(row);
}

void NetworkDevicesPanel::fillForm()
{
    const std::optional<BrokerEntry> e = m_hub->broker(currentBroker());
    m_urlEdit->setText(e ? e->url : QString());
    m_userEdit->setText(e ? e->user : QString());
    m_caEdit->setText(e ? e->caFile : QString());
    m_groupEdit->setText(e ? e->group : QString());
    m_passwordEdit->clear();
    m_passwordEdit->setPlaceholderText(e && e->hasPassword ? tr("in the keychain; type to replace it") : tr("none"));
    showProblem({});
}

void NetworkDevicesPanel::updateState()
{
    const QString id = currentBroker();
    const bool selected = !id.isEmpty();
    const bool active = selected && m_hub->isActive(id);
    m_saveButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_connectButton->setEnabled(selected);
    m_connectButton->setText(active ? tr("Disconnect") : tr("Connect"));
    m_connectButton->setIcon(Theme::icon(active ? u"disconnect"_s : u"signal"_s));
    if (!selected) {
        m_stateLabel->setText(m_brokers->rowCount() == 0
                                  ? tr("Add the broker your devices publish to: its URL, and a user name and "
                                       "password when it asks for them.")
                                  : QString());
        return;
    }
    const BrokerHub::Link link = m_hub->link(id);
    const QString detail = m_hub->linkDetail(id);
    m_stateLabel->setText(detail.isEmpty() ? BrokerHub::linkName(link)
                                           : tr("%1: %2").arg(BrokerHub::linkName(link), detail));
    QPalette p = palette();
    if (link == BrokerHub::Link::Refused || link == BrokerHub::Link::Failed)
        p.setColor(QPalette::WindowText, Theme::color(Theme::Role::Error, p));
    else if (link == BrokerHub::Link::Reconnecting)
        p.setColor(QPalette::WindowText, Theme::color(Theme::Role::Warning, p));
    m_stateLabel->setPalette(p);
}

void NetworkDevicesPanel::addFromForm()
{
    BrokerEntry e;
    e.url = m_urlEdit->text();
    e.user = m_userEdit->text();
    e.caFile = m_caEdit->text();
    e.group = m_groupEdit->text();
    const Result<QString> id = m_hub->addBroker(e, m_passwordEdit->text());
    if (!id) {
        showProblem(id.errorMessage());
        return;
    }
    selectBroker(*id);
    fillForm();
    updateState();
}

void NetworkDevicesPanel::saveForm()
{
    std::optional<BrokerEntry> e = m_hub->broker(currentBroker());
    if (!e)
        return;
    e->url = m_urlEdit->text();
    e->user = m_userEdit->text();
    e->caFile = m_caEdit->text();
    e->group = m_groupEdit->text();
    if (const Status st = m_hub->updateBroker(*e, m_passwordEdit->text()); !st) {
        showProblem(st.errorMessage());
        return;
    }
    fillForm();
    updateState();
}

void NetworkDevicesPanel::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caEdit->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caEdit->setText(file);
}

void NetworkDevicesPanel::showProblem(const QString& text)
{
    Theme::showProblems(m_problemLabel, text.isEmpty() ? QStringList() : QStringList{text});
}

} // namespace hooksmith
