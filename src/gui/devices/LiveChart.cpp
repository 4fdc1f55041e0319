#include "LiveChart.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibrary>
#include <QStackedLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

LiveChart::LiveChart(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(u"liveChart"_s);
    m_placeholder->setObjectName(u"liveChartPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Choose signals in the Signals monitor and press \"Chart\"."));
    m_stack->addWidget(m_placeholder);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &LiveChart::refresh);
}

LiveChart::~LiveChart() = default;

std::unique_ptr<LiveChartBackend> LiveChart::loadBackend(QWidget* parent, QString* error)
{
    // Next to the program in the build tree (bin/, tests/ -> lib/hooksmith) and where it is installed.
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("HOOKSMITH_MODULE_DIR"); !env.isEmpty())
        dirs << env;
    dirs << appDir + u"/../lib/hooksmith"_s << appDir + QStringLiteral("/" HOOKSMITH_MODULE_RELDIR);
    QStringList tried;
    for (const QString& dir : std::as_const(dirs)) {
        const QString path = QDir::cleanPath(dir + u"/libhooksmith_chart.so"_s);
        if (tried.contains(path))
            continue;
        tried << path;
        QLibrary library(path);
        if (!library.load())
            continue;
        const auto create = reinterpret_cast<CreateLiveChartBackend>(library.resolve(kCreateLiveChartBackendSymbol));
        if (!create) {
            *error = tr("%1 is not Hooksmith's chart module").arg(path);
            return nullptr;
        }
        // The library stays loaded for the life of the program: its code draws the chart.
        return std::unique_ptr<LiveChartBackend>(create(parent));
    }
    *error = tr("The chart needs Hooksmith's chart module (libhooksmith_chart.so, built with Qt Charts), which was not "
                "found in %1.")
                 .arg(tried.join(u", "_s));
    return nullptr;
}

void LiveChart::setBackend(std::unique_ptr<LiveChartBackend> backend)
{
    m_triedLoading = true;
    m_backend = std::move(backend);
    if (m_backend) {
        m_stack->addWidget(m_backend->widget());
        m_stack->setCurrentWidget(m_backend->widget());
        m_dirty = true;
        scheduleRefresh();
    }
}

void LiveChart::ensureBackend()
{
    if (m_triedLoading)
        return;
    m_triedLoading = true;
    std::unique_ptr<LiveChartBackend> backend = loadBackend(this, &m_loadError);
    if (!backend) {
        m_placeholder->setText(m_loadError);
        return;
    }
    setBackend(std::move(backend));
}

void LiveChart::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBackend();
}

void LiveChart::addSeries(const QString& deviceToken, int number, const QString& label)
{
    if (hasSeries(deviceToken, number))
        return;
    m_series.push_back(Series{deviceToken, number, label, {}});
    m_dirty = true;
    scheduleRefresh();
}

void LiveChart::removeSeries(const QString& deviceToken, int number)
{
    std::erase_if(m_series, [&](const Series& s) { return s.device == deviceToken && s.number == number; });
    m_dirty = true;
    scheduleRefresh();
}

bool LiveChart::hasSeries(const QString& deviceToken, int number) const
{
    return std::any_of(m_series.cbegin(), m_series.cend(),
                       [&](const Series& s) { return s.device == deviceToken && s.number == number; });
}

void LiveChart::clearSeries()
{
    m_series.clear();
    m_dirty = true;
    scheduleRefresh();
}

void LiveChart::setWindowSeconds(double seconds)
{
    m_windowSeconds = std::max(1.0, seconds);
    m_dirty = true;
    scheduleRefresh();
}

qsizetype LiveChart::historySize() const
{
    qsizetype n = 0;
    for (const Series& s : m_series)
        n += qsizetype(s.points.size());
    return n;
}

void LiveChart::addSignal(const Signal& signal)
{
    const JsonValue& v = signal.value;
    if (!v.isNumber() && !v.isBool())
        return;
    for (Series& s : m_series) {
        if (s.device != signal.deviceToken || s.number != signal.number)
            continue;
        const QDateTime at = signal.receivedAt.isValid() ? signal.receivedAt : QDateTime::currentDateTimeUtc();
        if (!m_epoch.isValid())
            m_epoch = at;
        const double x = double(m_epoch.msecsTo(at)) / 1000.0;
        const double y = v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble();
        if (!std::isfinite(y))
            return;
        s.points.push_back({x, y});
        // Bounded: the oldest points go first, whatever the window.
        while (qsizetype(s.points.size()) > kMaxHistory)
            s.points.pop_front();
        m_dirty = true;
        scheduleRefresh();
        return;
    }
}

void LiveChart::scheduleRefresh()
{
    // One redraw per interval however many signals come: the timer is not restarted while it runs.
    if (!m_refresh.isActive())
        m_refresh.start();
}

QList<QPointF> LiveChart::decimate(const std::deque<QPointF>& points, double xMin, double xMax, int maxPoints)
{
    auto first =
        std::lower_bound(points.cbegin(), points.cend(), xMin, [](const QPointF& p, double x) { return p.x() < x; });
    const auto count = std::distance(first, points.cend());
    QList<QPointF> out;
    if (count <= maxPoints) {
        out.reserve(count);
        out.append(QList<QPointF>(first, points.cend()));
        return out;
    }
    // Two points (lowest and highest, in time order) per slice of time.
    const int buckets = std::max(1, maxPoints / 2);
    const double width = (xMax - xMin) / buckets;
    out.reserve(buckets * 2);
    auto it = first;
    for (int b = 0; b < buckets && it != points.cend(); ++b) {
        const double end = b == buckets - 1 ? INFINITY : xMin + width * (b + 1);
        if (it->x() >= end)
            continue;
        QPointF lo = *it;
        QPointF hi = *it;
        for (; it != points.cend() && it->x() < end; ++it) {
            if (it->y() < lo.y())
                lo = *it;
            if (it->y() > hi.y())
                hi = *it;
        }
        if (lo.x() <= hi.x()) {
            out.append(lo);
            if (hi != lo)
                out.append(hi);
        } else {
            out.append(hi);
            out.append(lo);
        }
    }
    return out;
}

void LiveChart::refresh()
{
    m_refresh.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    double newest = 0;
    for (const Series& s : m_series) {
        if (!s.points.empty())
            newest = std::max(newest, s.points.back().x());
    }
    const double xMax = std::max(newest, m_windowSeconds);
    const double xMin = xMax - m_windowSeconds;
    QList<LiveChartBackend::Series> shown;
    shown.reserve(qsizetype(m_series.size()));
    for (Series& s : m_series) {
        // Points older than the window are no use any more.
        while (!s.points.empty() && s.points.front().x() < xMin)
            s.points.pop_front();
        LiveChartBackend::Series out{s.label, decimate(s.points, xMin, xMax, kMaxPointsShown)};
        m_maxPointsDrawn = std::max(m_maxPointsDrawn, out.points.size());
        shown.append(std::move(out));
    }
    if (m_backend)
        m_backend->setSeries(shown, xMin, xMax);
    m_stack->setCurrentIndex(m_backend && !m_series.empty() ? 1 : 0);
    ++m_redraws;
    Q_EMIT redrawn();
}

} // namespace hooksmith
