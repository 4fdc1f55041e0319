#pragma once

#include "LocalReceiver.h"

#include <QDialog>

class QSpinBox;

namespace hooksmith {

class Config;

/// The receiver's limits as kept in the settings (their defaults are ReceiverLimits').
ReceiverLimits receiverLimitsFrom(const Config& config);
void saveReceiverLimits(Config& config, const ReceiverLimits& limits);

/// Edits the built-in receiver's limits: request line, head, header lines, body, idle timeout and
/// connections at once.
class ReceiverLimitsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiverLimitsDialog(const ReceiverLimits& limits, QWidget* parent = nullptr);

    ReceiverLimits limits() const;
    /// Puts the defaults in the fields.
    void restoreDefaults();

private:
    void show(const ReceiverLimits& limits);

    QSpinBox* m_requestLine;
    QSpinBox* m_head;
    QSpinBox* m_headers;
    QSpinBox* m_body;
    QSpinBox* m_idle;
    QSpinBox* m_connections;
};

} // namespace hooksmith
