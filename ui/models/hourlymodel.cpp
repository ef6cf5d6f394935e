#include "models/hourlymodel.h"

#include "models/occurrencemodel.h"
#include "models/windowdays.h"

#include <algorithm>

namespace trellis {

HourlyModel::HourlyModel(OccurrenceModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(source, &OccurrenceModel::entriesChanged, this, &HourlyModel::rebuild);
    connect(source, &QAbstractItemModel::modelReset, this, &HourlyModel::rebuild);
    rebuild();
}

int HourlyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

QVariant HourlyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day &day = m_days.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DateRole:
        return role == DateRole ? QVariant(day.date) : QVariant(day.date.toString(Qt::ISODate));
    case SlotsRole:
        return QVariant::fromValue(day.slots);
    case AllDayRole:
        return QVariant::fromValue(day.allDay);
    default:
        return {};
    }
}

QDate HourlyModel::date(int row) const
{
    return m_days.at(row).date;
}

int HourlyModel::rowOf(const QDate &date) const
{
    if (m_days.isEmpty())
        return -1;
    const qint64 row = m_days.first().date.daysTo(date);
    return row >= 0 && row < m_days.size() ? int(row) : -1;
}

void HourlyModel::layout(QList<HourlySlot> &slots)
{
    std::sort(slots.begin(), slots.end(), [](const HourlySlot &a, const HourlySlot &b) {
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        if (a.endMinute != b.endMinute)
            return a.endMinute > b.endMinute;
        return a.key < b.key;
    });
    auto endOf = [](const HourlySlot &s) { return std::max(s.endMinute, s.startMinute + MinimumMinutes); };
    qsizetype clusterStart = 0;
    int clusterEnd = -1;
    QList<int> columnEnds; // per column of the current cluster: where its last slot ends
    auto closeCluster = [&](qsizetype end) {
        for (qsizetype i = clusterStart; i < end; ++i)
            slots[i].columns = int(columnEnds.size());
    };
    for (qsizetype i = 0; i < slots.size(); ++i) {
        HourlySlot &slot = slots[i];
        if (slot.startMinute >= clusterEnd) {
            // Nothing so far reaches this start: a new cluster, with its own columns.
            closeCluster(i);
            clusterStart = i;
            columnEnds.clear();
            clusterEnd = -1;
        }
        int column = 0;
        while (column < columnEnds.size() && columnEnds.at(column) > slot.startMinute)
            ++column;
        if (column == columnEnds.size())
            columnEnds.append(endOf(slot));
        else
            columnEnds[column] = endOf(slot);
        slot.column = column;
        clusterEnd = std::max(clusterEnd, endOf(slot));
    }
    closeCluster(slots.size());
}

void HourlyModel::rebuild()
{
    QList<Day> days;
    const QDate first = m_source->first();
    const int count = std::max(0, m_source->days());
    days.reserve(count);
    for (int d = 0; d < count; ++d)
        days.append({first.addDays(d), {}, {}});
    const WindowDays window(first, count, m_source->viewerZone());
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const AgendaEntry &e = m_source->itemAt(row);
        const Occurrence &o = e.occurrence;
        const auto [from, to] = window.daysOf(o);
        const bool multiDay = from != to;
        for (QDate d = std::max(from, first); d <= to && d < first.addDays(count); d = d.addDays(1)) {
            Day &day = days[first.daysTo(d)];
            if (o.allDay || multiDay) {
                // All-day and multi-day occurrences go to the band above the grid.
                day.allDay.append(row);
                continue;
            }
            const qint64 midnight = window.midnightOf(d);
            HourlySlot slot;
            slot.key = e.key();
            slot.sourceRow = row;
            slot.startMinute = int(std::clamp<qint64>((o.startUtc - midnight) / 60, 0, 1440));
            slot.endMinute = int(std::clamp<qint64>((o.endUtc - midnight) / 60, 0, 1440));
            day.slots.append(slot);
        }
    }
    for (Day &day : days)
        layout(day.slots);

    const bool sameDays =
        days.size() == m_days.size() && (days.isEmpty() || days.first().date == m_days.first().date);
    if (!sameDays) {
        beginResetModel();
        m_days = std::move(days);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days.at(i) == m_days.at(i))
            continue;
        m_days[i] = std::move(days[i]);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

} // namespace trellis
