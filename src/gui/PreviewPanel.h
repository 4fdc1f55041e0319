#pragma once

#include "Renderer.h"
#include "export/ExportFormats.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PreviewPanel;
}

namespace hooksmith {

class Config;
class PreviewHighlighter;
class WorkspaceDocument;

/// What "Send" hands to whoever delivers requests: the webhook and the sample signal of the preview.
struct SendRequest
{
    QString webhookId;
    Device device;
    Signal signal;
};

/// The inspector's preview tab: the final request in Pybytes' layout, exactly as it will be sent
/// (secrets masked unless revealed), for sample values the user picks. Re-rendered once after a burst
/// of edits, on a zero-delay timer.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    PreviewPanel(WorkspaceDocument* doc, Config* config, QWidget* parent = nullptr);
    ~PreviewPanel() override;

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }

    /// Renders again after the current burst of events (coalesced).
    void scheduleRefresh();
    /// Renders now.
    void refreshNow();

    QString previewText() const;
    /// The render error shown in place of the preview, or empty.
    QString errorText() const;
    /// The request shown (masked unless secrets are revealed).
    const std::optional<RenderedRequest>& request() const { return m_request; }
    /// How long the last refresh took (render and display), in microseconds.
    qint64 lastRefreshMicroseconds() const { return m_lastRefreshUs; }

    /// When the sample signal was received (TIMESTAMP, UNIX_TIME); set whenever a sample value changes.
    void setSampleTime(const QDateTime& time);
    /// The MESSAGE_ID of the preview (a fresh one for each panel).
    void setMessageId(const QString& messageId);
    QString messageId() const { return m_messageId; }

    void setRevealSecrets(bool reveal);
    bool revealSecrets() const { return m_reveal; }

    /// The webhook as a curl command, through the exporter of `hooksmith-cli export --to curl`: the presets
    /// filled from the sample signal, device, time and message id, the active environment's variables
    /// written in, and secrets read from environment variables (never on the clipboard).
    Result<ExportOutput> curlExport() const;
    /// "Copy as curl": curlExport() on the clipboard, with what it reads from the environment told in the
    /// status bar.
    void copyCurl();

    /// The webhook and sample signal of the preview, for "Send".
    std::optional<SendRequest> sendRequest() const;
    /// Shows the Send button once something can deliver requests.
    void setSendAvailable(bool available);
    /// Nothing blocks sending the previewed request: no error in the webhook's problems (a header
    /// clash, a missing secret, an unset variable, an invalid URL) and it can be built.
    bool canSend() const;
    /// Why it cannot be sent (empty when it can).
    QString sendBlockedReason() const;

Q_SIGNALS:
    void revealSecretsChanged(bool reveal);
    void sendRequested();
    void statusMessage(const QString& message);
    /// canSend() or sendBlockedReason() changed.
    void sendStateChanged();

private:
    void fillDevices();
    void saveSample();
    Signal sampleSignal() const;
    const Device& sampleDevice() const;
    bool fetchMissingSecrets();
    void showText(const RenderedRequest& request);
    void showError(const QString& message);
    void updateSendState();

    WorkspaceDocument* m_doc;
    Config* m_config;
    std::unique_ptr<Ui::PreviewPanel> m_ui;
    PreviewHighlighter* m_highlighter;
    QTimer m_timer;
    int m_index = -1;
    bool m_reveal = false;
    QString m_messageId;
    std::optional<RenderedRequest> m_request;
    QDateTime m_sampleTime;
    QString m_shownText;
    QStringList m_shownLines;
    QStringList m_shownLayout;
    qint64 m_lastRefreshUs = 0;
    QString m_renderError;
    QString m_blockedReason;
};

} // namespace hooksmith
