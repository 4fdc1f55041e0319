#include "PreviewPanel.h"

#include "Config.h"
#include "Encoding.h"
#include "SecretResolver.h"
#include "Template.h"
#include "TemplateEdits.h"
#include "Theme.h"
#include "WorkspaceDocument.h"
#include "ui_PreviewPanel.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace hooksmith {

/// Styles the preview: header names by who set them, locked header lines shaded, JSON bodies coloured.
class PreviewHighlighter : public JsonSyntaxHighlighter
{
public:
    using JsonSyntaxHighlighter::JsonSyntaxHighlighter;

    void setLayout(QList<RenderedHeader> headers, bool jsonBody)
    {
        m_headers = std::move(headers);
        m_json = jsonBody;
        // A header of the user's that a locked one also sets is refused: both lines are marked.
        m_clashing.clear();
        QSet<QByteArray> locked;
        for (const RenderedHeader& h : m_headers) {
            if (h.locked)
                locked.insert(h.name.toLower());
        }
        for (const RenderedHeader& h : m_headers) {
            if (!h.locked && locked.contains(h.name.toLower()))
                m_clashing.insert(h.name.toLower());
        }
    }
    bool hasClash() const { return !m_clashing.isEmpty(); }

protected:
    void highlightBlock(const QString& text) override
    {
        const QPalette palette = QGuiApplication::palette();
        const int block = currentBlock().blockNumber();
        const int bodyStart = int(m_headers.size()) + 2;
        if (block == 0) {
            QTextCharFormat f;
            f.setFontWeight(QFont::Bold);
            setFormat(0, int(text.size()), f);
            return;
        }
        if (block <= m_headers.size()) {
            const RenderedHeader& h = m_headers[block - 1];
            const int colon = int(text.indexOf(u':'));
            QTextCharFormat line;
            if (h.locked)
                line.setBackground(Theme::lockedBackground(palette));
            if (m_clashing.contains(h.name.toLower())) {
                line.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                line.setUnderlineColor(Theme::color(Theme::Role::Error, palette));
                line.setForeground(Theme::color(Theme::Role::Error, palette));
            }
            setFormat(0, int(text.size()), line);
            QTextCharFormat name = line;
            name.setForeground(Theme::headerColor(h.source, palette));
            name.setFontWeight(h.source == HeaderSource::User ? QFont::Bold : QFont::DemiBold);
            setFormat(0, colon < 0 ? int(text.size()) : colon, name);
            if (h.value.endsWith("****")) {
                QTextCharFormat masked = line;
                masked.setForeground(Theme::color(Theme::Role::Muted, palette));
                masked.setFontItalic(true);
                setFormat(int(text.size()) - 4, 4, masked);
            }
            return;
        }
        if (block >= bodyStart && m_json)
            highlightJson(text);
    }

private:
    QList<RenderedHeader> m_headers;
    QSet<QByteArray> m_clashing;
    bool m_json = false;
};

PreviewPanel::PreviewPanel(WorkspaceDocument* doc, Config* config, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_config(config)
    , m_ui(std::make_unique<Ui::PreviewPanel>())
    , m_messageId(newMessageId())
    , m_sampleTime(QDateTime::currentDateTimeUtc())
{
    m_ui->setupUi(this);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->previewTextEdit->setFont(mono);
    m_ui->previewTextEdit->setUndoRedoEnabled(false);
    m_highlighter = new PreviewHighlighter(m_ui->previewTextEdit->document());
    QFont bold = m_ui->previewErrorTitleLabel->font();
    bold.setBold(true);
    m_ui->previewErrorTitleLabel->setFont(bold);
    QPalette errorPalette = m_ui->previewErrorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Error, palette()));
    m_ui->previewErrorLabel->setPalette(errorPalette);
    m_ui->refusedLabel->setPalette(errorPalette);
    m_ui->refusedLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_ui->revealSecretsButton->setIcon(Theme::icon(u"eye"_s));
    m_ui->sendButton->setIcon(Theme::icon(u"send"_s));
    m_ui->copyCurlButton->setIcon(Theme::icon(u"copy"_s));
    connect(m_ui->copyCurlButton, &QToolButton::clicked, this, &PreviewPanel::copyCurl);

    // The legend of the header colours, in the palette's colours.
    auto chip = [this](HeaderSource s, const QString& text) {
        return u"<span style=\"color:%1\">■</span>&nbsp;%2"_s.arg(Theme::headerColor(s, palette()).name(),
                                                                  text.toHtmlEscaped());
    };
    m_ui->legendLabel->setText(
        QStringList{chip(HeaderSource::Format, tr("format")), chip(HeaderSource::Auth, tr("auth")),
                    chip(HeaderSource::Signing, tr("signing")), chip(HeaderSource::User, tr("yours")),
                    chip(HeaderSource::Automatic, tr("Hooksmith")),
                    // Wrapped, if at all, between the entries, never inside one.
                    tr("shaded lines are locked").toHtmlEscaped().replace(u' ', u"&nbsp;"_s)}
            .join(u"&nbsp;&nbsp; "_s));
    m_ui->legendLabel->setTextFormat(Qt::RichText);

    m_ui->sampleSignalSpinBox->setValue(config->get(ConfigKeys::SampleSignal));
    m_ui->sampleValueLineEdit->setText(config->get(ConfigKeys::SampleValue));
    m_reveal = config->get(ConfigKeys::RevealSecretsByDefault);
    m_ui->revealSecretsButton->setChecked(m_reveal);

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPanel::refreshNow);
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change, int index) {
        if (change == WorkspaceDocument::Change::Devices || change == WorkspaceDocument::Change::Everything)
            fillDevices();
        if (change != WorkspaceDocument::Change::Webhook || index == m_index)
            scheduleRefresh();
    });
    connect(doc, &WorkspaceDocument::secretChanged, this, [this] {
        if (m_reveal)
            scheduleRefresh();
    });
    connect(doc, &WorkspaceDocument::problemsChanged, this, &PreviewPanel::updateSendState);
    connect(doc, &WorkspaceDocument::activeEnvironmentChanged, this, &PreviewPanel::scheduleRefresh);
    connect(m_ui->sampleDeviceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        saveSample();
        scheduleRefresh();
    });
    connect(m_ui->sampleSignalSpinBox, &QSpinBox::valueChanged, this, [this] {
        saveSample();
        scheduleRefresh();
    });
    connect(m_ui->sampleValueLineEdit, &QLineEdit::textChanged, this, [this] {
        saveSample();
        scheduleRefresh();
    });
    connect(m_ui->revealSecretsButton, &QToolButton::toggled, this, &PreviewPanel::setRevealSecrets);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &PreviewPanel::sendRequested);
    fillDevices();
}

PreviewPanel::~PreviewPanel() = default;

void PreviewPanel::setWebhookIndex(int index)
{
    m_index = index;
    scheduleRefresh();
}

void PreviewPanel::scheduleRefresh()
{
    m_timer.start();
}

void PreviewPanel::fillDevices()
{
    const QString current = m_ui->sampleDeviceComboBox->currentData().toString();
    const QString wanted = current.isEmpty() ? m_config->get(ConfigKeys::SampleDevice) : current;
    const QSignalBlocker blocker(m_ui->sampleDeviceComboBox);
    m_ui->sampleDeviceComboBox->clear();
    for (const Device& d : m_doc->workspace().devices)
        m_ui->sampleDeviceComboBox->addItem(Theme::icon(u"device"_s), d.name.isEmpty() ? d.token : d.name, d.token);
    if (m_doc->workspace().devices.isEmpty())
        m_ui->sampleDeviceComboBox->addItem(hooksmith::sampleDevice().name, hooksmith::sampleDevice().token);
    m_ui->sampleDeviceComboBox->setCurrentIndex(qMax(0, m_ui->sampleDeviceComboBox->findData(wanted)));
}

void PreviewPanel::saveSample()
{
    // The sample signal "arrives" when it is changed, so that typing elsewhere does not change TIMESTAMP.
    m_sampleTime = QDateTime::currentDateTimeUtc();
    m_config->set(ConfigKeys::SampleDevice, m_ui->sampleDeviceComboBox->currentData().toString());
    m_config->set(ConfigKeys::SampleSignal, m_ui->sampleSignalSpinBox->value());
    m_config->set(ConfigKeys::SampleValue, m_ui->sampleValueLineEdit->text());
}

const Device& PreviewPanel::sampleDevice() const
{
    const Device* d = m_doc->workspace().deviceByToken(m_ui->sampleDeviceComboBox->currentData().toString());
    return d ? *d : hooksmith::sampleDevice();
}

Signal PreviewPanel::sampleSignal() const
{
    Signal s;
    s.deviceToken = sampleDevice().token;
    s.number = m_ui->sampleSignalSpinBox->value();
    auto value = SignalValues::fromArgument(m_ui->sampleValueLineEdit->text());
    s.value = value ? *value : JsonValue::string(m_ui->sampleValueLineEdit->text());
    s.receivedAt = m_sampleTime;
    return s;
}

std::optional<SendRequest> PreviewPanel::sendRequest() const
{
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return std::nullopt;
    return SendRequest{w->id, sampleDevice(), sampleSignal()};
}

void PreviewPanel::setSampleTime(const QDateTime& time)
{
    m_sampleTime = time;
    scheduleRefresh();
}

void PreviewPanel::setMessageId(const QString& messageId)
{
    m_messageId = messageId;
    scheduleRefresh();
}

void PreviewPanel::setSendAvailable(bool available)
{
    m_ui->sendButton->setVisible(available);
}

void PreviewPanel::setRevealSecrets(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    {
        const QSignalBlocker blocker(m_ui->revealSecretsButton);
        m_ui->revealSecretsButton->setChecked(reveal);
    }
    m_ui->revealSecretsButton->setIcon(Theme::icon(reveal ? u"eye-off"_s : u"eye"_s));
    Q_EMIT revealSecretsChanged(reveal);
    refreshNow();
}

bool PreviewPanel::fetchMissingSecrets()
{
    const Webhook* w = m_doc->webhook(m_index);
    bool missing = false;
    auto need = [&](bool used, const std::optional<QString>& inFile, SecretKey::Field field) {
        if (!used || inFile)
            return;
        const SecretKey key = m_doc->secretKey(m_index, field);
        if (!m_doc->isSecretKnown(key)) {
            missing = true;
            m_doc->fetchSecret(key);
        }
    };
    need(w->auth.type == AuthType::Basic, w->auth.password, SecretKey::Field::Password);
    need(w->signing.scheme != SigningScheme::None, w->signing.secret, SecretKey::Field::SigningSecret);
    for (const SecretKey& key : SecretResolver::neededKeys(m_doc->workspace(), *w)) {
        if (key.field == SecretKey::Field::Variable && !m_doc->isSecretKnown(key)) {
            missing = true;
            m_doc->fetchSecret(key);
        }
    }
    return missing;
}

void PreviewPanel::refreshNow()
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    const Webhook* w = m_doc->webhook(m_index);
    if (!w) {
        m_request.reset();
        showError(tr("Select a webhook to see its request."));
        m_ui->previewErrorTitleLabel->setText(tr("No webhook selected"));
        return;
    }
    if (m_reveal && fetchMissingSecrets()) {
        m_ui->previewNoteLabel->setText(tr("Reading secrets from the keychain…"));
        m_ui->previewNoteLabel->show();
        return; // secretChanged() renders again
    }

    const EnvLookup env = systemEnvironment();
    QStringList unsetEnv;
    Webhook shown = *w;
    const SecretKey passwordKey = m_doc->secretKey(m_index, SecretKey::Field::Password);
    const SecretKey signingKey = m_doc->secretKey(m_index, SecretKey::Field::SigningSecret);
    // With their origins: the revealed preview refuses a secret saved for another origin, as sending does.
    SecretValues secrets{m_doc->cachedSecret(passwordKey),
                         m_doc->cachedSecret(signingKey),
                         m_doc->secretOrigin(passwordKey),
                         m_doc->secretOrigin(signingKey),
                         {},
                         {}};
    // Secret variables of the active environment, as far as they were read.
    for (const SecretKey& key : SecretResolver::neededKeys(m_doc->workspace(), *w)) {
        if (key.field != SecretKey::Field::Variable)
            continue;
        if (const std::optional<QString> value = m_doc->cachedSecret(key))
            secrets.variables.insert(key.variable, *value);
        if (const std::optional<Origin> origin = m_doc->secretOrigin(key))
            secrets.variableOrigins.insert(key.variable, *origin);
    }
    if (!m_reveal) {
        // Masked, a secret read from an unset environment variable is simply unknown here: the
        // preview shows **** where it goes (and signing headers without a signature) and says so.
        auto unknownSecret = [&](std::optional<QString>& field, std::optional<QString>& value) {
            const auto t = field ? Template::parse(*field) : Result<Template>(Error());
            if (!t)
                return;
            for (const QString& name : t->envNames()) {
                if (!env(name)) {
                    unsetEnv.append(name);
                    field.reset();
                    value.reset();
                    return;
                }
            }
        };
        if (shown.auth.type == AuthType::Basic)
            unknownSecret(shown.auth.password, secrets.password);
        if (shown.signing.scheme != SigningScheme::None)
            unknownSecret(shown.signing.secret, secrets.signingSecret);
    }

    RenderContext c;
    c.workspace = &m_doc->workspace();
    c.webhook = &shown;
    c.device = &sampleDevice();
    c.signal = sampleSignal();
    c.messageId = m_messageId;
    c.attemptTime = c.signal.receivedAt;
    c.secrets = secrets;
    if (m_reveal) {
        c.env = env;
    } else {
        // Other environment values are hidden anyway: an unset one shows as **** with a note.
        c.env = [env, &unsetEnv](const QString& name) -> std::optional<QString> {
            if (auto v = env(name))
                return v;
            if (!unsetEnv.contains(name))
                unsetEnv.append(name);
            return u"****"_s;
        };
    }
    const Result<RenderedRequest> r = m_reveal ? Renderer::render(c) : Renderer::renderMasked(c);
    if (!unsetEnv.isEmpty()) {
        m_ui->previewNoteLabel->setText(
            tr("Not set in this environment: %1. Sending needs it.").arg(unsetEnv.join(u", "_s)));
        m_ui->previewNoteLabel->show();
    } else if (m_reveal) {
        m_ui->previewNoteLabel->setText(tr("Secrets are shown. Turn Reveal off before sharing your screen."));
        m_ui->previewNoteLabel->show();
    } else {
        m_ui->previewNoteLabel->hide();
    }
    m_renderError.clear();
    if (!r) {
        m_request.reset();
        m_renderError = r.errorMessage();
        m_ui->previewErrorTitleLabel->setText(tr("This request cannot be built"));
        showError(r.errorMessage());
    } else {
        m_request = *r;
        showText(*r);
    }
    updateSendState();
    m_lastRefreshUs = clock.nsecsElapsed() / 1000;
}

void PreviewPanel::updateSendState()
{
    QString reason;
    if (m_doc->webhook(m_index)) {
        // Whatever blocks sending is in the Problems list: the first error of this webhook says why.
        for (const Problem& p : m_doc->problems()) {
            if (p.webhookIndex == m_index && p.isError()) {
                reason = p.field.isEmpty() ? p.message : u"%1: %2"_s.arg(p.field, p.message);
                break;
            }
        }
        if (reason.isEmpty() && !m_renderError.isEmpty())
            reason = m_renderError;
    } else {
        reason = tr("Select a webhook to send it.");
    }
    const bool changed = reason != m_blockedReason;
    m_blockedReason = reason;
    m_ui->sendButton->setEnabled(reason.isEmpty());
    m_ui->sendButton->setToolTip(reason.isEmpty() ? tr("Send this request once, as a test (Ctrl+Return)")
                                                  : tr("Cannot be sent: %1").arg(reason));
    // When it could not be built, the error page says why already.
    const bool showRefusal = !reason.isEmpty() && m_request.has_value();
    m_ui->refusedLabel->setVisible(showRefusal);
    if (showRefusal)
        m_ui->refusedLabel->setText(tr("Refused, this request would not be sent: %1").arg(reason));
    m_ui->refusedLabel->setToolTip(m_ui->refusedLabel->text());
    if (changed)
        Q_EMIT sendStateChanged();
}

bool PreviewPanel::canSend() const
{
    return m_blockedReason.isEmpty();
}

QString PreviewPanel::sendBlockedReason() const
{
    return m_blockedReason;
}

void PreviewPanel::showText(const RenderedRequest& request)
{
    const QString text = request.preview();
    const bool json = isJsonMediaType(QString::fromLatin1(request.headerValue("Content-Type")));
    m_ui->previewStack->setCurrentWidget(m_ui->previewTextEdit);
    if (text == m_shownText)
        return;
    QStringList headerLayout;
    for (const RenderedHeader& h : request.headers)
        headerLayout.append(QString::fromLatin1(h.name) + u'/' + QString::number(int(h.source)) + u'/' +
                            QString::number(h.locked) + u'/' + QString::number(h.value.endsWith("****")));
    headerLayout.append(json ? u"json"_s : u"text"_s);
    const QStringList lines = text.split(u'\n');
    QScrollBar* bar = m_ui->previewTextEdit->verticalScrollBar();
    const int scroll = bar->value();
    if (headerLayout == m_shownLayout && lines.size() == m_shownLines.size()) {
        // Only the lines that changed are replaced: a long body is not laid out again when the URL
        // or a header changes.
        QTextDocument* document = m_ui->previewTextEdit->document();
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i] == m_shownLines[i])
                continue;
            const QTextBlock block = document->findBlockByNumber(i);
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.insertText(lines[i]);
        }
        cursor.endEditBlock();
    } else {
        m_highlighter->setLayout(request.headers, json);
        m_ui->previewTextEdit->setPlainText(text);
    }
    m_shownText = text;
    m_shownLines = lines;
    m_shownLayout = headerLayout;
    bar->setValue(scroll);
}

void PreviewPanel::showError(const QString& message)
{
    m_ui->previewErrorLabel->setText(message);
    m_ui->previewStack->setCurrentWidget(m_ui->errorPage);
    m_shownText.clear();
    m_shownLines.clear();
    m_shownLayout.clear();
}

QString PreviewPanel::previewText() const
{
    return m_ui->previewStack->currentWidget() == m_ui->previewTextEdit ? m_ui->previewTextEdit->toPlainText()
                                                                        : QString();
}

QString PreviewPanel::errorText() const
{
    return m_ui->previewStack->currentWidget() == m_ui->errorPage ? m_ui->previewErrorLabel->text() : QString();
}

Result<ExportOutput> PreviewPanel::curlExport() const
{
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return Error(tr("Select a webhook to see its request."));
    ExportFill fill;
    fill.device = &sampleDevice();
    fill.signal = sampleSignal();
    fill.messageId = m_messageId;
    ExportJob job;
    job.workspace = &m_doc->workspace();
    job.webhooks = {w};
    job.fill = &fill;
    return ExportFormats::curlCommand(job);
}

void PreviewPanel::copyCurl()
{
    if (m_timer.isActive())
        refreshNow();
    const Result<ExportOutput> out = curlExport();
    if (!out) {
        Q_EMIT statusMessage(tr("Nothing copied: %1").arg(out.errorMessage()));
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(out->files.front().data));
    QString message = out->environmentVariables.isEmpty()
                          ? tr("Copied the curl command.")
                          : tr("Copied the curl command; it reads %1 from the shell's environment.")
                                .arg(out->environmentVariables.join(u", "_s));
    for (const QString& warning : out->warnings)
        message += u' ' + tr("Not carried: %1.").arg(warning);
    Q_EMIT statusMessage(message);
}

} // namespace hooksmith
