#include "ProblemMap.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hooksmith {

ProblemMap::ProblemMap(const QList<Problem>& problems, int webhookIndex)
{
    for (const Problem& p : problems) {
        if (p.webhookIndex != webhookIndex || webhookIndex < 0)
            continue;
        QString message = p.message;
        if (!p.isError())
            message = QCoreApplication::translate("ProblemMap", "Warning: %1").arg(message);
        m_byField[p.field].append(message);
    }
}

QStringList ProblemMap::messagesUnder(const QString& prefix) const
{
    QStringList out;
    for (auto it = m_byField.cbegin(); it != m_byField.cend(); ++it) {
        if (it.key().startsWith(prefix))
            out += it.value();
    }
    return out;
}

QStringList ProblemMap::rowMessages(const QString& list, int row, const QString& part) const
{
    QStringList out;
    for (auto it = m_byField.cbegin(); it != m_byField.cend(); ++it) {
        QString l;
        QString p;
        int r = -1;
        if (splitRowField(it.key(), &l, &r, &p) && l == list && r == row && (part.isEmpty() || p == part))
            out += it.value();
    }
    return out;
}

bool ProblemMap::splitRowField(const QString& field, QString* list, int* row, QString* part)
{
    const qsizetype open = field.indexOf(u'[');
    const qsizetype close = field.indexOf(u']', open + 1);
    if (open <= 0 || close < 0)
        return false;
    bool ok = false;
    const int r = field.mid(open + 1, close - open - 1).toInt(&ok);
    if (!ok)
        return false;
    *list = field.left(open);
    *row = r;
    *part = close + 2 <= field.size() && field.mid(close + 1, 1) == u"."_s ? field.mid(close + 2) : QString();
    return true;
}

} // namespace hooksmith
