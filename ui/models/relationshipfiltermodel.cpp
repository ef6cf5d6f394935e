#include "models/relationshipfiltermodel.h"

#include "models/relationshiptablemodel.h"

namespace trellis {

RelationshipFilterModel::RelationshipFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RelationshipTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RelationshipFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void RelationshipFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RelationshipFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    const QString status = first.data(RelationshipTableModel::StatusRole).toString();
    switch (m_show) {
    case Show::All:
        break;
    case Show::Active:
        if (status != QLatin1String("active"))
            return false;
        break;
    case Show::AtRisk:
        if (!first.data(RelationshipTableModel::AtRiskRole).toBool())
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
    for (int column : {RelationshipTableModel::Mentee, RelationshipTableModel::Mentor,
                       RelationshipTableModel::Programme}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace trellis
