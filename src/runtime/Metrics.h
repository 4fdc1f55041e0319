#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hooksmith {

/// The relay's metrics as Prometheus text exposition (format 0.0.4), for `/metrics`. Single-threaded:
/// used on the thread that owns it (the relay's main thread).
class Metrics
{
public:
    enum class Type : quint8
    {
        Counter,
        Gauge,
        Histogram
    };

    /// One labelled time series. Hot paths keep the pointer and update it without any lookup.
    class Series
    {
    public:
        /// Counters and gauges: adds `delta` (a counter only goes up: `delta` >= 0).
        void add(double delta = 1.0);
        /// Gauges, and counters that mirror a count kept elsewhere.
        void set(double value);
        /// Histograms: counts `value` in the first bucket whose upper bound is >= `value`.
        void observe(double value);

        double value() const { return m_value; }
        /// Histograms: how many observations, and their sum.
        quint64 count() const { return m_count; }
        double sum() const { return m_value; }

    private:
        friend class Metrics;
        Series(Type type, QByteArray labels, const QList<double>* bounds);

        Type m_type;
        double m_value = 0; ///< the value, or a histogram's sum
        quint64 m_count = 0;
        const QList<double>* m_bounds;       ///< a histogram's upper bounds, ascending, without +Inf
        std::vector<quint64> m_bucketCounts; ///< per bucket (not cumulative), the last one is +Inf
        QByteArray m_labels;                 ///< `a="x",b="y"`, escaped, without braces
    };

    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    /// Declares a family once (name must match [a-zA-Z_:][a-zA-Z0-9_:]*; counters' names end in _total).
    /// Histograms take their buckets' upper bounds (ascending; empty: Prometheus' default buckets from 5 ms
    /// to 10 s); `+Inf` is always added. Declaring a family again with the same definition does nothing.
    void declare(const QString& name, Type type, const QString& help, const QStringList& labelNames = {},
                 const QList<double>& buckets = {});
    /// The series with these label values, created at 0 on first use; the pointer stays valid until
    /// clear(name). Asking for an undeclared family or with the wrong number of values is a programming
    /// error (an assertion in debug builds; a series that is never shown otherwise).
    Series* series(const QString& name, const QStringList& labelValues = {});
    /// Drops every series of a family (for gauges recomputed at each scrape).
    void clear(const QString& name);

    /// HELP (when there is help text) and TYPE lines, then the series: families in declaration order, series
    /// in creation order.
    QByteArray exposition() const;

    /// True when `name` may name a metric family; label names are the same without ':'.
    static bool isValidName(QStringView name, bool allowColon = true);
    /// A sample value as the text format spells it: integers without exponent or decimals, others in the
    /// shortest form that reads back to the same double, `+Inf`, `-Inf`, `NaN`.
    static QByteArray formatValue(double value);

private:
    struct Family;

    void appendFamily(QByteArray& out, const Family& family) const;

    std::vector<std::unique_ptr<Family>> m_families; ///< in declaration order
    QHash<QString, Family*> m_byName;
    std::unique_ptr<Series> m_discarded; ///< what misuse gets in release builds
};

} // namespace hooksmith
