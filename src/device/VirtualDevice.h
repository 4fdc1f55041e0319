#pragma once

#include "Result.h"
#include "SignalSource.h"

#include <QRandomGenerator>

#include <optional>

class QTimer;

namespace hooksmith {

/// A device for people without hardware: signals typed by hand or made by a generator. Its lines
/// go through the same parser as a board's, so it behaves like a board on a port.
class VirtualDevice : public SignalSource
{
    Q_OBJECT
public:
    enum class Waveform : quint8
    {
        Sine,
        RandomWalk,
    };
    Q_ENUM(Waveform)

    /// A periodic signal: `number` every 1/ratePerSecond s, between center - amplitude and
    /// center + amplitude, with `decimals` digits after the point.
    struct Generator
    {
        Waveform waveform = Waveform::Sine;
        int number = 1;
        double periodSeconds = 60; ///< one sine cycle
        double ratePerSecond = 1;
        double center = 20;
        double amplitude = 5;
        int decimals = 2;

        bool operator==(const Generator&) const = default;
    };

    explicit VirtualDevice(const QString& token, const QString& name = {}, QObject* parent = nullptr);
    ~VirtualDevice() override;

    QString id() const override;
    QString displayName() const override;
    /// Announces the device and starts the generator, if there is one.
    void start() override;
    void stop() override;

    QString token() const { return m_token; }

    /// Sends one signal now (the device must be started).
    Status sendValue(int number, const JsonValue& value);
    /// Sends one signal with a value typed by a person: JSON, or else the text as a string.
    Status sendText(int number, const QString& valueText);
    /// Prints a console line, as a board's print() would.
    void sendConsoleLine(const QString& line);

    /// Sets (or, with nullopt, removes) the periodic generator; applies at once when started.
    Status setGenerator(const std::optional<Generator>& generator);
    std::optional<Generator> generator() const { return m_generator; }
    /// Seeds the random walk, for reproducible runs.
    void setSeed(quint32 seed) { m_random.seed(seed); }

    /// The generator's value at step `step` (exposed for tests and previews).
    double generatedValue(qint64 step);

private:
    void tick();
    void feedLine(const QByteArray& line);

    QString m_token;
    QString m_name;
    QTimer* m_timer = nullptr;
    std::optional<Generator> m_generator;
    qint64 m_step = 0;
    double m_walk = 0;
    QRandomGenerator m_random;
};

} // namespace hooksmith
