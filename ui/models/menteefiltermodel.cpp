#include "models/menteefiltermodel.h"

#include "models/menteelistmodel.h"

#include <limits>

namespace trellis {

MenteeFilterModel::MenteeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void MenteeFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void MenteeFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void MenteeFilterModel::setOrder(Order order)
{
    m_order = order;
    invalidate();
    sort(0);
}

bool MenteeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString status = index.data(MenteeListModel::StatusRole).toString();
    switch (m_show) {
    case Show::All:
        break;
    case Show::Active:
        if (status != QLatin1String("active"))
            return false;
        break;
    case Show::AtRisk:
        if (!index.data(MenteeListModel::AtRiskRole).toBool())
            return false;
        break;
    case Show::Paused:
        if (status != QLatin1String("paused"))
            return false;
        break;
    case Show::Past:
        if (status != QLatin1String("completed") && status != QLatin1String("ended_early"))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           index.data(MenteeListModel::ProgrammeTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool MenteeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto name = [](const QModelIndex &index) { return index.data(Qt::DisplayRole).toString(); };
    const auto byName = [&] { return QString::localeAwareCompare(name(left), name(right)) < 0; };
    // Missing instants sort last in either direction of time.
    const auto instant = [](const QModelIndex &index, int role, qint64 missing) {
        const QVariant value = index.data(role);
        return value.isValid() ? value.toLongLong() : missing;
    };
    switch (m_order) {
    case Order::Urgency: {
        const int l = left.data(MenteeListModel::UrgencyRole).toInt();
        const int r = right.data(MenteeListModel::UrgencyRole).toInt();
        if (l != r)
            return l < r;
        // Within the same urgency, the longest without contact first.
        const qint64 lc = instant(left, MenteeListModel::LastContactRole, 0);
        const qint64 rc = instant(right, MenteeListModel::LastContactRole, 0);
        if (lc != rc)
            return lc < rc;
        return byName();
    }
    case Order::Name:
        return byName();
    case Order::LastContact: {
        const qint64 lc = instant(left, MenteeListModel::LastContactRole, 0);
        const qint64 rc = instant(right, MenteeListModel::LastContactRole, 0);
        return lc != rc ? lc < rc : byName();
    }
    case Order::NextMeeting: {
        constexpr qint64 never = std::numeric_limits<qint64>::max();
        const qint64 ln = instant(left, MenteeListModel::NextMeetingRole, never);
        const qint64 rn = instant(right, MenteeListModel::NextMeetingRole, never);
        return ln != rn ? ln < rn : byName();
    }
    }
    return byName();
}

} // namespace trellis
