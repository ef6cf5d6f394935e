#include "models/weekrowmodel.h"

#include "models/occurrencemodel.h"
#include "models/windowdays.h"

#include <algorithm>
#include <numeric>

namespace trellis {

WeekRowModel::WeekRowModel(OccurrenceModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(source, &OccurrenceModel::entriesChanged, this, &WeekRowModel::rebuild);
    connect(source, &QAbstractItemModel::modelReset, this, &WeekRowModel::rebuild);
    rebuild();
}

int WeekRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

QVariant WeekRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Week &week = m_weeks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return week.first.toString(Qt::ISODate);
    case FirstDateRole:
        return week.first;
    case BarsRole:
        return QVariant::fromValue(week.bars);
    case LineCountRole:
        return week.lines;
    default:
        return {};
    }
}

QDate WeekRowModel::firstDate(int row) const
{
    return m_weeks.at(row).first;
}

QList<WeekBar> WeekRowModel::barsOn(int row, int day) const
{
    QList<WeekBar> on;
    for (const WeekBar &bar : m_weeks.at(row).bars)
        if (bar.firstDay <= day && day <= bar.lastDay)
            on.append(bar);
    std::sort(on.begin(), on.end(), [](const WeekBar &a, const WeekBar &b) { return a.line < b.line; });
    return on;
}

void WeekRowModel::pack(QList<WeekBar> &bars, const QList<qint64> &startUtc)
{
    QList<int> order(bars.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const WeekBar &x = bars.at(a);
        const WeekBar &y = bars.at(b);
        if (x.spanning != y.spanning)
            return x.spanning;
        if (x.spanning && x.firstDay != y.firstDay)
            return x.firstDay < y.firstDay;
        if (x.spanning && (x.lastDay - x.firstDay) != (y.lastDay - y.firstDay))
            return x.lastDay - x.firstDay > y.lastDay - y.firstDay;
        return startUtc.at(a) < startUtc.at(b);
    });
    // taken[line] is a bit per day of the week.
    QList<quint8> taken;
    for (const int i : order) {
        WeekBar &bar = bars[i];
        quint8 mask = 0;
        for (int d = bar.firstDay; d <= bar.lastDay; ++d)
            mask |= quint8(1u << d);
        int line = 0;
        while (line < taken.size() && (taken.at(line) & mask) != 0)
            ++line;
        if (line == taken.size())
            taken.append(0);
        taken[line] |= mask;
        bar.line = line;
    }
    std::sort(bars.begin(), bars.end(), [](const WeekBar &a, const WeekBar &b) {
        return a.line != b.line ? a.line < b.line : a.firstDay < b.firstDay;
    });
}

void WeekRowModel::rebuild()
{
    const QDate first = m_source->first();
    const int weeks = (std::max(0, m_source->days()) + 6) / 7;
    QList<Week> rows;
    QList<QList<qint64>> starts(weeks);
    rows.reserve(weeks);
    for (int w = 0; w < weeks; ++w)
        rows.append({first.addDays(7 * w), {}, 0});
    const WindowDays window(first, std::max(0, m_source->days()), m_source->viewerZone());
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const AgendaEntry &e = m_source->itemAt(row);
        const auto [from, to] = window.daysOf(e.occurrence);
        const bool spanning = e.occurrence.allDay || from != to;
        for (int w = 0; w < weeks; ++w) {
            const QDate weekFirst = rows.at(w).first;
            const QDate weekLast = weekFirst.addDays(6);
            if (to < weekFirst || from > weekLast)
                continue;
            WeekBar bar;
            bar.key = e.key();
            bar.sourceRow = row;
            bar.firstDay = int(weekFirst.daysTo(std::max(from, weekFirst)));
            bar.lastDay = int(weekFirst.daysTo(std::min(to, weekLast)));
            bar.spanning = spanning;
            bar.continuesBefore = from < weekFirst;
            bar.continuesAfter = to > weekLast;
            rows[w].bars.append(bar);
            starts[w].append(e.occurrence.startUtc);
        }
    }
    for (int w = 0; w < weeks; ++w) {
        pack(rows[w].bars, starts.at(w));
        for (const WeekBar &bar : std::as_const(rows[w].bars))
            rows[w].lines = std::max(rows[w].lines, bar.line + 1);
    }
    const bool sameWeeks =
        rows.size() == m_weeks.size() && (rows.isEmpty() || rows.first().first == m_weeks.first().first);
    if (!sameWeeks) {
        beginResetModel();
        m_weeks = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_weeks.at(i))
            continue;
        m_weeks[i] = std::move(rows[i]);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

} // namespace trellis
