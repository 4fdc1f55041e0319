#pragma once

#include "LiveChartBackend.h"
#include "Signal.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <memory>

class QLabel;
class QStackedLayout;

namespace hooksmith {

class DeviceHub;

/// A live line chart of the signals the user picks (a device and a number each). Signals are kept in a
/// bounded history and drawn at most kRefreshMs apart, each series cut down to at most kMaxPointsShown
/// points (the lowest and highest value of each slice of time, so that spikes stay visible), so that
/// 100 signals per second cost ten redraws per second. Drawing is done by Qt Charts, loaded on first use.
class LiveChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 100;
    static constexpr int kMaxPointsShown = 600;     ///< per series
    static constexpr qsizetype kMaxHistory = 20000; ///< points kept per series
    static constexpr double kDefaultWindowSeconds = 60;

    explicit LiveChart(QWidget* parent = nullptr);
    ~LiveChart() override;

    /// Draws with `backend` (tests); otherwise the Qt Charts module is loaded when first shown.
    void setBackend(std::unique_ptr<LiveChartBackend> backend);
    LiveChartBackend* backend() const { return m_backend.get(); }
    /// Why there is no chart, when the module could not be loaded.
    QString loadError() const { return m_loadError; }
    /// Loads libhooksmith_chart (next to the app's libraries); null and `error` set when it is missing.
    static std::unique_ptr<LiveChartBackend> loadBackend(QWidget* parent, QString* error);

    /// Charts signal `number` of `deviceToken`, labelled `label`.
    void addSeries(const QString& deviceToken, int number, const QString& label);
    void removeSeries(const QString& deviceToken, int number);
    bool hasSeries(const QString& deviceToken, int number) const;
    qsizetype seriesCount() const { return qsizetype(m_series.size()); }
    void clearSeries();

    /// The span of time shown, ending at the newest point.
    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_windowSeconds; }

    /// Takes a signal: kept when it belongs to a charted series and its value is a number (or true/false).
    void addSignal(const Signal& signal);
    /// Draws what came since the last redraw now.
    void refresh();

    /// Redraws so far (for tests of the batching), points kept in the history of all series.
    quint64 redrawCount() const { return m_redraws; }
    qsizetype historySize() const;
    /// The largest number of points handed to the backend for one series in one redraw.
    qsizetype maxPointsDrawn() const { return m_maxPointsDrawn; }

Q_SIGNALS:
    void redrawn();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Series
    {
        QString device;
        int number = 0;
        QString label;
        std::deque<QPointF> points; ///< x: seconds since the chart started
    };

    void ensureBackend();
    void scheduleRefresh();
    static QList<QPointF> decimate(const std::deque<QPointF>& points, double xMin, double xMax, int maxPoints);

    QStackedLayout* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    std::unique_ptr<LiveChartBackend> m_backend;
    QString m_loadError;
    bool m_triedLoading = false;
    std::vector<Series> m_series;
    double m_windowSeconds = kDefaultWindowSeconds;
    QDateTime m_epoch;
    QTimer m_refresh;
    bool m_dirty = false;
    quint64 m_redraws = 0;
    qsizetype m_maxPointsDrawn = 0;
};

} // namespace hooksmith
