#pragma once

#include "Cli.h"

namespace hooksmith {
struct PortInfo;
}

namespace hooksmith::cli {

class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

class RenderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `secret set|get|delete`: the keychain secrets of a webhook, for servers and scripts.
class SecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `send`: one delivery with the webhook's retry policy.
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `catch`: a local receiver that prints every request it gets.
class CatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatchCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `relay`: board lines from a serial port or stdin, delivered through the outbox.
class RelayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `outbox list|show|retry|drop|counts`: what an outbox holds, also while a relay runs on it.
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `export`: webhooks for a server or for another tool.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `import curl|postman`: webhooks from a curl command line or a Postman collection.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;
};

/// `ports`: the serial ports and the Pycom board on each.
class PortsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PortsCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Io& io) override;

    /// The table `ports` prints: a header, then one row per port.
    static QString formatTable(const QList<PortInfo>& ports);
    static QStringList tableRow(const PortInfo& port);
};

} // namespace hooksmith::cli
