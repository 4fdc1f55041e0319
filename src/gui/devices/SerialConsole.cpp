#include "SerialConsole.h"

#include "SerialSignalSource.h"
#include "Theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

SerialConsole::SerialConsole(DeviceHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_sources(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(Theme::icon(u"send"_s), tr("Send"), this))
    , m_interrupt(new QPushButton(tr("Interrupt (Ctrl+C)"), this))
{
    setObjectName(u"serialConsole"_s);
    m_sources->setObjectName(u"consoleSourceCombo"_s);
    m_view->setObjectName(u"consoleView"_s);
    m_input->setObjectName(u"consoleInput"_s);
    m_send->setObjectName(u"consoleSendButton"_s);
    m_interrupt->setObjectName(u"consoleInterruptButton"_s);

    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Board output"));
    m_view->setUndoRedoEnabled(false);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("A line for the board's REPL, e.g. import hooksmith"));
    m_input->installEventFilter(this);
    m_interrupt->setToolTip(tr("Sends Ctrl-C, which stops the board's running program"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Board:"), this));
    top->addWidget(m_sources, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_send);
    bottom->addWidget(m_interrupt);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &SerialConsole::flush);
    connect(m_send, &QPushButton::clicked, this, &SerialConsole::sendTyped);
    connect(m_input, &QLineEdit::returnPressed, this, &SerialConsole::sendTyped);
    connect(m_interrupt, &QPushButton::clicked, this, &SerialConsole::interrupt);
    connect(m_sources, &QComboBox::activated, this, [this] { setKey(m_sources->currentData().toString()); });
    connect(hub, &DeviceHub::consoleEntry, this, [this](const QString& key, const ConsoleEntry& e) {
        if (key != m_key)
            return;
        m_pending.append(e);
        if (!m_batch.isActive())
            m_batch.start();
    });
    connect(hub, &DeviceHub::connectionChanged, this, [this] {
        fillSources();
        updateInput();
    });
    connect(hub, &DeviceHub::stateChanged, this, &SerialConsole::updateInput);
    fillSources();
    updateInput();
}

void SerialConsole::fillSources()
{
    QStringList keys = m_hub->connectedKeys();
    if (!m_key.isEmpty() && !keys.contains(m_key))
        keys.prepend(m_key);
    m_sources->clear();
    for (const QString& k : std::as_const(keys))
        m_sources->addItem(k == DeviceHub::kVirtualKey ? tr("Virtual device") : k, k);
    m_sources->setCurrentIndex(std::max(0, m_sources->findData(m_key)));
    if (m_key.isEmpty() && !keys.isEmpty())
        setKey(keys.front());
}

void SerialConsole::setKey(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_pending.clear();
    m_view->clear();
    // What the board said before the console was opened.
    for (const ConsoleEntry& e : m_hub->consoleHistory(key))
        appendEntry(e);
    fillSources();
    updateInput();
}

void SerialConsole::updateInput()
{
    const SignalSource* s = m_hub->source(m_key);
    const bool live = s && m_hub->isConnected(m_key) && s->state() == SignalSource::State::Connected;
    const bool serial = qobject_cast<const SerialSignalSource*>(s) != nullptr;
    m_input->setEnabled(live);
    m_send->setEnabled(live);
    m_interrupt->setEnabled(live && serial);
}

void SerialConsole::sendTyped()
{
    const QString line = m_input->text();
    if (m_hub->sendLine(m_key, line))
        m_input->clear();
}

void SerialConsole::interrupt()
{
    m_hub->sendInterrupt(m_key);
}

QString SerialConsole::text()
{
    flush();
    return m_view->toPlainText();
}

void SerialConsole::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const QList<ConsoleEntry> entries = std::exchange(m_pending, {});
    // Only the last kMaxLines can be shown: skip the rest of a flood.
    const qsizetype from = std::max<qsizetype>(0, entries.size() - kMaxLines);
    for (qsizetype i = from; i < entries.size(); ++i)
        appendEntry(entries[i]);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void SerialConsole::appendEntry(const ConsoleEntry& e)
{
    QTextCharFormat format;
    QString text = e.text;
    switch (e.kind) {
    case ConsoleEntry::Kind::Output:
        break;
    case ConsoleEntry::Kind::Warning:
        format.setForeground(Theme::color(Theme::Role::Warning, palette()));
        text = u"⚠ "_s + text;
        break;
    case ConsoleEntry::Kind::Info:
        format.setForeground(Theme::color(Theme::Role::Muted, palette()));
        format.setFontItalic(true);
        text = u"— "_s + text;
        break;
    case ConsoleEntry::Kind::Sent:
        format.setForeground(Theme::color(Theme::Role::Keyword, palette()));
        text = u"» "_s + text;
        break;
    }
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
}

bool SerialConsole::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+C in the input interrupts the board, as in a terminal, unless text is selected to copy.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_C && key->modifiers() == Qt::ControlModifier && !m_input->hasSelectedText()) {
            interrupt();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hooksmith
