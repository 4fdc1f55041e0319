#include "Metrics.h"

#include <QtGlobal>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// The default buckets of Prometheus' client libraries: latencies in seconds from 5 ms to 10 s.
const QList<double> kDefaultBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

const char* typeName(Metrics::Type type)
{
    switch (type) {
    case Metrics::Type::Counter:
        return "counter";
    case Metrics::Type::Gauge:
        return "gauge";
    case Metrics::Type::Histogram:
        return "histogram";
    }
    return "untyped";
}

/// HELP text: backslash and line feed escaped (quotes stay as they are there).
QByteArray escapeHelp(const QString& help)
{
    QByteArray out;
    const QByteArray utf8 = help.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

void appendLabelValue(QByteArray& out, const QString& value)
{
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
}

} // namespace

struct Metrics::Family
{
    QString name;
    QByteArray nameUtf8;
    Type type = Type::Counter;
    QString help;
    QByteArray helpEscaped;
    QStringList labelNames;
    QList<double> bounds;  ///< histograms: ascending, finite, without +Inf
    QList<QByteArray> les; ///< histograms: `le` label values, one per bucket, the last is +Inf
    std::vector<std::unique_ptr<Series>> series;
    QHash<QStringList, Series*> byLabels;
};

Metrics::Series::Series(Type type, QByteArray labels, const QList<double>* bounds)
    : m_type(type)
    , m_bounds(bounds)
    , m_labels(std::move(labels))
{
    if (type == Type::Histogram)
        m_bucketCounts.assign(size_t(bounds->size()) + 1, 0);
}

void Metrics::Series::add(double delta)
{
    Q_ASSERT_X(m_type != Type::Histogram, "Metrics::Series::add", "histograms take observe()");
    Q_ASSERT_X(m_type != Type::Counter || !(delta < 0), "Metrics::Series::add", "a counter only goes up");
    m_value += delta;
}

void Metrics::Series::set(double value)
{
    Q_ASSERT_X(m_type != Type::Histogram, "Metrics::Series::set", "histograms take observe()");
    m_value = value;
}

void Metrics::Series::observe(double value)
{
    Q_ASSERT_X(m_type == Type::Histogram, "Metrics::Series::observe", "only histograms observe");
    if (m_bucketCounts.empty())
        return;
    // NaN compares false with every bound, so it lands in +Inf, as in Prometheus' own clients.
    const auto it = std::lower_bound(m_bounds->cbegin(), m_bounds->cend(), value);
    ++m_bucketCounts[size_t(it - m_bounds->cbegin())];
    ++m_count;
    m_value += value;
}

Metrics::Metrics()
    : m_discarded(new Series(Type::Gauge, {}, nullptr))
{}

Metrics::~Metrics() = default;

bool Metrics::isValidName(QStringView name, bool allowColon)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(letter || (allowColon && c == u':') || (i > 0 && digit)))
            return false;
    }
    return true;
}

void Metrics::declare(const QString& name, Type type, const QString& help, const QStringList& labelNames,
                      const QList<double>& buckets)
{
    Q_ASSERT_X(isValidName(name), "Metrics::declare", "metric names match [a-zA-Z_:][a-zA-Z0-9_:]*");
    Q_ASSERT_X(type != Type::Counter || name.endsWith(u"_total"_s), "Metrics::declare",
               "counters' names end in _total");
    QList<double> bounds = type == Type::Histogram ? (buckets.isEmpty() ? kDefaultBuckets : buckets) : QList<double>();
    if (!bounds.isEmpty() && std::isinf(bounds.back()) && bounds.back() > 0)
        bounds.removeLast(); // +Inf is always there
    Q_ASSERT_X(std::is_sorted(bounds.cbegin(), bounds.cend()) &&
                   std::adjacent_find(bounds.cbegin(), bounds.cend()) == bounds.cend() &&
                   std::none_of(bounds.cbegin(), bounds.cend(), [](double b) { return std::isnan(b); }),
               "Metrics::declare", "histogram buckets are distinct and ascending");
    for (const QString& label : labelNames) {
        Q_ASSERT_X(isValidName(label, false) && !label.startsWith(u"__"_s), "Metrics::declare",
                   "label names match [a-zA-Z_][a-zA-Z0-9_]* and do not start with __");
        Q_ASSERT_X(type != Type::Histogram || label != u"le"_s, "Metrics::declare", "histograms own the le label");
        Q_UNUSED(label)
    }
    if (const Family* existing = m_byName.value(name)) {
        Q_ASSERT_X(existing->type == type && existing->labelNames == labelNames && existing->bounds == bounds,
                   "Metrics::declare", "a family is declared once, or again the same way");
        Q_UNUSED(existing)
        return;
    }
    auto family = std::make_unique<Family>();
    family->name = name;
    family->nameUtf8 = name.toUtf8();
    family->type = type;
    family->help = help;
    family->helpEscaped = escapeHelp(help);
    family->labelNames = labelNames;
    family->bounds = std::move(bounds);
    if (type == Type::Histogram) {
        for (const double bound : std::as_const(family->bounds))
            family->les.append(formatValue(bound));
        family->les.append("+Inf");
    }
    m_byName.insert(name, family.get());
    m_families.push_back(std::move(family));
}

Metrics::Series* Metrics::series(const QString& name, const QStringList& labelValues)
{
    Family* family = m_byName.value(name);
    Q_ASSERT_X(family, "Metrics::series", "declare() the family first");
    if (!family)
        return m_discarded.get();
    if (Series* found = family->byLabels.value(labelValues))
        return found;
    Q_ASSERT_X(labelValues.size() == family->labelNames.size(), "Metrics::series",
               "one value for each of the family's labels");
    if (labelValues.size() != family->labelNames.size())
        return m_discarded.get();
    QByteArray labels;
    for (qsizetype i = 0; i < labelValues.size(); ++i) {
        if (i > 0)
            labels.append(',');
        labels.append(family->labelNames[i].toUtf8());
        labels.append("=\"");
        appendLabelValue(labels, labelValues[i]);
        labels.append('"');
    }
    std::unique_ptr<Series> created(new Series(family->type, std::move(labels), &family->bounds));
    Series* out = created.get();
    family->series.push_back(std::move(created));
    family->byLabels.insert(labelValues, out);
    return out;
}

void Metrics::clear(const QString& name)
{
    if (Family* family = m_byName.value(name)) {
        family->series.clear();
        family->byLabels.clear();
    }
}

QByteArray Metrics::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[32];
    // Whole numbers below 1e21 read better in full ("1000000", not "1e+06"), and fixed notation of a whole
    // double is exact; above that, and for fractions, the shortest text that reads back to the same double.
    const bool whole = value == std::trunc(value) && std::fabs(value) < 1e21;
    const auto result = whole ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(result.ec == std::errc());
    return QByteArray(buffer, result.ptr - buffer);
}

void Metrics::appendFamily(QByteArray& out, const Family& f) const
{
    if (!f.helpEscaped.isEmpty())
        out.append("# HELP ").append(f.nameUtf8).append(' ').append(f.helpEscaped).append('\n');
    out.append("# TYPE ").append(f.nameUtf8).append(' ').append(typeName(f.type)).append('\n');
    for (const auto& s : f.series) {
        if (f.type != Type::Histogram) {
            out.append(f.nameUtf8);
            if (!s->m_labels.isEmpty())
                out.append('{').append(s->m_labels).append('}');
            out.append(' ').append(formatValue(s->m_value)).append('\n');
            continue;
        }
        quint64 cumulative = 0;
        for (size_t i = 0; i < s->m_bucketCounts.size(); ++i) {
            cumulative += s->m_bucketCounts[i];
            out.append(f.nameUtf8).append("_bucket{").append(s->m_labels);
            if (!s->m_labels.isEmpty())
                out.append(',');
            out.append("le=\"").append(f.les[qsizetype(i)]).append("\"} ");
            out.append(QByteArray::number(cumulative)).append('\n');
        }
        QByteArray labels;
        if (!s->m_labels.isEmpty())
            labels.append('{').append(s->m_labels).append('}');
        out.append(f.nameUtf8).append("_sum").append(labels).append(' ').append(formatValue(s->m_value)).append('\n');
        out.append(f.nameUtf8).append("_count").append(labels).append(' ');
        out.append(QByteArray::number(s->m_count)).append('\n');
    }
}

QByteArray Metrics::exposition() const
{
    QByteArray out;
    for (const auto& family : m_families)
        appendFamily(out, *family);
    return out;
}

} // namespace hooksmith
