#include "VirtualDevice.h"

#include <QTimer>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace hooksmith {

VirtualDevice::VirtualDevice(const QString& token, const QString& name, QObject* parent)
    : SignalSource(parent)
    , m_token(token)
    , m_name(name)
    , m_timer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    setFallbackDeviceToken(token);
    connect(m_timer, &QTimer::timeout, this, &VirtualDevice::tick);
}

VirtualDevice::~VirtualDevice() = default;

QString VirtualDevice::id() const
{
    return u"virtual:"_s + m_token;
}

QString VirtualDevice::displayName() const
{
    return m_name.isEmpty() ? tr("Virtual device") : tr("%1 (virtual)").arg(m_name);
}

void VirtualDevice::start()
{
    if (state() == State::Connected)
        return;
    setState(State::Connected, tr("virtual device"));
    QByteArray line = "@device " + m_token.toUtf8();
    if (!m_name.isEmpty())
        line += ' ' + m_name.simplified().toUtf8();
    feedLine(line);
    if (m_generator)
        setGenerator(m_generator);
}

void VirtualDevice::stop()
{
    if (state() == State::Stopped)
        return;
    m_timer->stop();
    endOfStream();
    setState(State::Stopped);
}

Status VirtualDevice::sendValue(int number, const JsonValue& value)
{
    if (state() != State::Connected)
        return Error(tr("start the virtual device before sending signals"));
    if (Status st = SignalValues::checkNumber(number); !st)
        return st;
    const QString json = value.toJson();
    if (Status st = SignalValues::checkSize(json.toUtf8().size()); !st)
        return st;
    feedLine("@signal " + QByteArray::number(number) + ' ' + json.toUtf8());
    return Status::success();
}

Status VirtualDevice::sendText(int number, const QString& valueText)
{
    const Result<JsonValue> value = SignalValues::fromArgument(valueText);
    if (!value)
        return value.error();
    return sendValue(number, *value);
}

void VirtualDevice::sendConsoleLine(const QString& line)
{
    if (state() != State::Connected)
        return;
    // Keep it a console line: a leading '@' would make it a protocol line.
    QString text = line;
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    feedLine(text.toUtf8());
}

Status VirtualDevice::setGenerator(const std::optional<Generator>& generator)
{
    if (generator) {
        if (Status st = SignalValues::checkNumber(generator->number); !st)
            return st;
        if (!(generator->ratePerSecond > 0 && generator->ratePerSecond <= 1000))
            return Error(tr("the rate must be above 0 and at most 1000 signals per second"));
        if (!(generator->periodSeconds > 0))
            return Error(tr("the period must be above 0 seconds"));
        if (generator->decimals < 0 || generator->decimals > 9)
            return Error(tr("use 0 to 9 decimals"));
    }
    const bool changed = generator != m_generator;
    m_generator = generator;
    if (changed) {
        m_step = 0;
        m_walk = generator ? generator->center : 0;
    }
    if (!m_generator || state() != State::Connected) {
        m_timer->stop();
        return Status::success();
    }
    const int intervalMs = std::max(1, int(std::lround(1000.0 / m_generator->ratePerSecond)));
    m_timer->setTimerType(intervalMs < 50 ? Qt::PreciseTimer : Qt::CoarseTimer);
    m_timer->start(intervalMs);
    return Status::success();
}

double VirtualDevice::generatedValue(qint64 step)
{
    if (!m_generator)
        return 0;
    const Generator& g = *m_generator;
    switch (g.waveform) {
    case Waveform::Sine: {
        const double t = double(step) / g.ratePerSecond;
        return g.center + g.amplitude * std::sin(2 * std::numbers::pi * t / g.periodSeconds);
    }
    case Waveform::RandomWalk: {
        // Steps of up to a tenth of the amplitude, kept within the band.
        const double stepSize = g.amplitude / 10;
        m_walk += (m_random.generateDouble() * 2 - 1) * stepSize;
        m_walk = std::clamp(m_walk, g.center - g.amplitude, g.center + g.amplitude);
        return m_walk;
    }
    }
    return g.center;
}

void VirtualDevice::tick()
{
    if (!m_generator || state() != State::Connected)
        return;
    const double v = generatedValue(m_step++);
    QByteArray text = QByteArray::number(v, 'f', m_generator->decimals);
    if (text.startsWith("-") && text.toDouble() == 0)
        text.remove(0, 1); // "-0.00" reads oddly
    feedLine("@signal " + QByteArray::number(m_generator->number) + ' ' + text);
}

void VirtualDevice::feedLine(const QByteArray& line)
{
    processBytes(QByteArray(line + '\n'));
}

} // namespace hooksmith
