// The live chart drawn with Qt Charts: a module of its own, loaded by the app on first use.
#include "LiveChartBackend.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {

using hooksmith::LiveChartBackend;

class QtChartsBackend final : public LiveChartBackend
{
public:
    explicit QtChartsBackend(QWidget* parent)
        : m_chart(new QChart)
        , m_view(new QChartView(m_chart, parent))
        , m_x(new QValueAxis)
        , m_y(new QValueAxis)
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
    }

    QWidget* widget() override { return m_view; }

    void setSeries(const QList<Series>& series, double xMin, double xMax) override
    {
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
            m_lines[i]->setName(series[i].label);
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
            m_y->setRange(lo - margin, hi + margin);
        }
    }

    qsizetype pointCount() const override { return m_points; }

private:
    QChart* m_chart;
    QChartView* m_view;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QList<QLineSeries*> m_lines;
    qsizetype m_points = 0;
};

} // namespace

extern "C" Q_DECL_EXPORT hooksmith::LiveChartBackend* hooksmith_createLiveChartBackend(QWidget* parent)
{
    return new QtChartsBackend(parent);
}
