#include "models/rosterfiltermodel.h"

#include "models/rostertablemodel.h"

namespace trellis {

RosterFilterModel::RosterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RosterTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RosterFilterModel::setRole(std::optional<Role> role)
{
    if (m_role == role)
        return;
    m_role = role;
    invalidateFilter();
}

void RosterFilterModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (m_search == search)
        return;
    m_search = search;
    invalidateFilter();
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_role) {
        const int flags = index.data(RosterTableModel::RoleFlagsRole).toInt();
        const int wanted = *m_role == Role::Mentor ? 1 : *m_role == Role::Mentee ? 2 : 4;
        if (!(flags & wanted))
            return false;
    }
    if (!m_search.isEmpty()) {
        const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString text = index.data(RosterTableModel::SearchTextRole).toString();
        for (const QString &word : words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace trellis
