// The live chart drawn with Qt Charts: a module of its own, loaded by the app on first use.
#include "LiveChartBackend.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLineSeries>
#include <QResizeEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

using hooksmith::LiveChartBackend;

/// Fits the chart to the room the dock gives it. Qt Charts shortens every label to "..." when the axes, the
/// title and the legend do not all fit, so a short chart drops the legend (the Signals table names the lines)
/// and then the axis title, and a small one draws fewer ticks.
class FittingChartView final : public QChartView
{
public:
    FittingChartView(QChart* chart, QWidget* parent, QValueAxis* x, QValueAxis* y)
        : QChartView(chart, parent)
        , m_x(x)
        , m_y(y)
    {}

    /// At a resize: what is shown and how many ticks.
    void fit()
    {
        const QFontMetrics metrics(font());
        const int line = metrics.height();
        const int h = height();
        chart()->legend()->setVisible(h >= 12 * line);
        nameLines();
        m_x->setTitleVisible(h >= 9 * line);
        // One tick for every 2.5 lines of height and every 7 label widths across, 2 at least.
        m_yTicks = std::clamp(int(h / (2.5 * line)) - 1, 2, 5);
        m_y->setTickCount(m_yTicks);
        m_x->setTickCount(std::clamp(width() / (7 * metrics.averageCharWidth()) - 1, 2, 7));
    }

    /// Without the legend, the lines are named on hover.
    void nameLines()
    {
        QStringList names;
        if (!chart()->legend()->isVisible()) {
            for (const QAbstractSeries* series : chart()->series())
                names.append(series->name());
        }
        setToolTip(names.join(u'\n'));
    }

    /// The y ticks fit() chose (rounding the range to nice numbers changes the axis' own count).
    int yTicks() const { return m_yTicks; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QChartView::resizeEvent(event);
        fit();
    }

private:
    QValueAxis* m_x;
    QValueAxis* m_y;
    int m_yTicks = 5;
};

class QtChartsBackend final : public LiveChartBackend
{
public:
    explicit QtChartsBackend(QWidget* parent)
        : m_chart(new QChart)
        , m_x(new QValueAxis)
        , m_y(new QValueAxis)
        , m_view(new FittingChartView(m_chart, parent, m_x, m_y))
    {
        m_view->setObjectName(QStringLiteral("liveChartView"));
        m_view->setRenderHint(QPainter::Antialiasing);
        m_chart->setAnimationOptions(QChart::NoAnimation); // animations cannot keep up with live data
        m_chart->legend()->setAlignment(Qt::AlignBottom);
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        m_chart->setBackgroundBrush(m_view->palette().base());
        m_chart->setPlotAreaBackgroundVisible(false);
        m_chart->legend()->setLabelColor(m_view->palette().text().color());
        for (QValueAxis* axis : {m_x, m_y}) {
            axis->setLabelsColor(m_view->palette().text().color());
            axis->setGridLineColor(m_view->palette().mid().color());
            axis->setLinePenColor(m_view->palette().mid().color());
        }
        m_x->setTitleText(QObject::tr("seconds"));
        m_x->setTitleBrush(m_view->palette().text());
        m_x->setLabelFormat(QStringLiteral("%.0f"));
        m_chart->addAxis(m_x, Qt::AlignBottom);
        m_chart->addAxis(m_y, Qt::AlignLeft);
        m_view->fit();
    }

    QWidget* widget() override { return m_view; }

    void setSeries(const QList<Series>& series, double xMin, double xMax) override
    {
        bool renamed = m_lines.size() != series.size();
        while (m_lines.size() > series.size()) {
            QLineSeries* line = m_lines.takeLast();
            m_chart->removeSeries(line);
            delete line;
        }
        while (m_lines.size() < series.size()) {
            auto* line = new QLineSeries;
            m_chart->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_y);
            m_lines.append(line);
        }
        double lo = INFINITY;
        double hi = -INFINITY;
        m_points = 0;
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (m_lines[i]->name() != series[i].label) {
                m_lines[i]->setName(series[i].label);
                renamed = true;
            }
            // replace() swaps the whole list in one go: one repaint, not one per point.
            m_lines[i]->replace(series[i].points);
            m_points += series[i].points.size();
            for (const QPointF& p : series[i].points) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
        m_x->setRange(xMin, std::max(xMax, xMin + 1));
        if (std::isfinite(lo)) {
            const double margin = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.1);
            m_y->setTickCount(m_view->yTicks());
            m_y->setRange(lo - margin, hi + margin);
            // Round ticks (20, 22.5, 25) rather than the range cut in equal parts (23.52, 24.38).
            m_y->applyNiceNumbers();
        }
        if (renamed)
            m_view->nameLines();
    }

    qsizetype pointCount() const override { return m_points; }

private:
    QChart* m_chart;
    QValueAxis* m_x;
    QValueAxis* m_y;
    FittingChartView* m_view;
    QList<QLineSeries*> m_lines;
    qsizetype m_points = 0;
};

} // namespace

extern "C" Q_DECL_EXPORT hooksmith::LiveChartBackend* hooksmith_createLiveChartBackend(QWidget* parent)
{
    return new QtChartsBackend(parent);
}
