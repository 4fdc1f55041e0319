#include "ReceiverLimitsDialog.h"

#include "Config.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

QSpinBox* spinBox(const QString& objectName, int min, int max, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

} // namespace

ReceiverLimits receiverLimitsFrom(const Config& config)
{
    ReceiverLimits l;
    l.request.maxBodyBytes = std::max<qint64>(1, config.get(ConfigKeys::ReceiverMaxBodyBytes));
    l.request.maxHeadBytes = std::max(1, config.get(ConfigKeys::ReceiverMaxHeadBytes));
    l.request.maxRequestLine = std::max(1, config.get(ConfigKeys::ReceiverMaxRequestLine));
    l.request.maxHeaderLines = std::max(1, config.get(ConfigKeys::ReceiverMaxHeaderLines));
    l.idleTimeoutMs = std::max(1, config.get(ConfigKeys::ReceiverIdleTimeoutSeconds)) * 1000;
    l.maxConnections = std::max(1, config.get(ConfigKeys::ReceiverMaxConnections));
    return l;
}

void saveReceiverLimits(Config& config, const ReceiverLimits& l)
{
    config.set(ConfigKeys::ReceiverMaxBodyBytes, qlonglong(l.request.maxBodyBytes));
    config.set(ConfigKeys::ReceiverMaxHeadBytes, int(l.request.maxHeadBytes));
    config.set(ConfigKeys::ReceiverMaxRequestLine, int(l.request.maxRequestLine));
    config.set(ConfigKeys::ReceiverMaxHeaderLines, l.request.maxHeaderLines);
    config.set(ConfigKeys::ReceiverIdleTimeoutSeconds, l.idleTimeoutMs / 1000);
    config.set(ConfigKeys::ReceiverMaxConnections, l.maxConnections);
}

ReceiverLimitsDialog::ReceiverLimitsDialog(const ReceiverLimits& limits, QWidget* parent)
    : QDialog(parent)
    , m_requestLine(spinBox(u"requestLineSpinBox"_s, 1, 64 * 1024, tr(" KiB"), this))
    , m_head(spinBox(u"headSpinBox"_s, 1, 64 * 1024, tr(" KiB"), this))
    , m_headers(spinBox(u"headerLinesSpinBox"_s, 1, 100000, QString(), this))
    , m_body(spinBox(u"bodySpinBox"_s, 1, 64 * 1024, tr(" MiB"), this))
    , m_idle(spinBox(u"idleTimeoutSpinBox"_s, 1, 24 * 3600, tr(" s"), this))
    , m_connections(spinBox(u"connectionsSpinBox"_s, 1, 10000, QString(), this))
{
    setObjectName(u"receiverLimitsDialog"_s);
    setWindowTitle(tr("Receiver Limits"));
    auto* intro =
        new QLabel(tr("A request beyond a limit is answered with an error status and shown as refused."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Request &line (414 beyond):"), m_requestLine);
    form->addRow(tr("&Headers in all (431 beyond):"), m_head);
    form->addRow(tr("Header li&nes (431 beyond):"), m_headers);
    form->addRow(tr("&Body (413 beyond):"), m_body);
    form->addRow(tr("&Idle connection closed after (408):"), m_idle);
    form->addRow(tr("&Connections at once (503 beyond):"), m_connections);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ReceiverLimitsDialog::restoreDefaults);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    show(limits);
}

void ReceiverLimitsDialog::show(const ReceiverLimits& l)
{
    // Shown in whole KiB and MiB, rounded up so that a limit is never shown smaller than it is.
    m_requestLine->setValue(int((l.request.maxRequestLine + kKiB - 1) / kKiB));
    m_head->setValue(int((l.request.maxHeadBytes + kKiB - 1) / kKiB));
    m_headers->setValue(l.request.maxHeaderLines);
    m_body->setValue(int((l.request.maxBodyBytes + kMiB - 1) / kMiB));
    m_idle->setValue((l.idleTimeoutMs + 999) / 1000);
    m_connections->setValue(l.maxConnections);
}

void ReceiverLimitsDialog::restoreDefaults()
{
    show(ReceiverLimits{});
}

ReceiverLimits ReceiverLimitsDialog::limits() const
{
    ReceiverLimits l;
    l.request.maxRequestLine = qsizetype(m_requestLine->value()) * kKiB;
    l.request.maxHeadBytes = qsizetype(m_head->value()) * kKiB;
    l.request.maxHeaderLines = m_headers->value();
    l.request.maxBodyBytes = qint64(m_body->value()) * kMiB;
    l.idleTimeoutMs = m_idle->value() * 1000;
    l.maxConnections = m_connections->value();
    return l;
}

} // namespace hooksmith
