#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class QWidget;

namespace hooksmith {

/// What draws the live chart. The Qt Charts implementation lives in a module of its own
/// (libhooksmith_chart.so) that the app loads the first time a chart is shown, so that starting the
/// app does not load Qt Charts. Header-only on purpose: the module links Qt, not the app's libraries.
class LiveChartBackend
{
public:
    struct Series
    {
        QString label;
        QList<QPointF> points; ///< x: seconds, ascending
    };

    virtual ~LiveChartBackend() = default;
    /// The widget to show (owned by the backend's parent).
    virtual QWidget* widget() = 0;
    /// Replaces everything shown: one line per series, x from `xMin` to `xMax`.
    virtual void setSeries(const QList<Series>& series, double xMin, double xMax) = 0;
    /// Points drawn now, over all series.
    virtual qsizetype pointCount() const = 0;
};

/// The module's one exported function: creates a backend whose widget is a child of `parent`.
using CreateLiveChartBackend = LiveChartBackend* (*)(QWidget* parent);
inline constexpr const char* kCreateLiveChartBackendSymbol = "hooksmith_createLiveChartBackend";

} // namespace hooksmith
