#include "models/milestonelistmodel.h"

#include "models/displaytexts.h"
#include "util/clock.h"

namespace trellis {

MilestoneListModel::MilestoneListModel(QObject *parent)
    : IdListModel<Milestone>(parent)
{}

void MilestoneListModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    if (rowCount() > 0)
        rowsChanged(0, rowCount() - 1);
}

int MilestoneListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &milestone = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (milestone.doneOn)
            return tr("%1 — done %2").arg(milestone.title, DisplayTexts::date(milestone.doneOn));
        if (milestone.dueDate)
            return tr("%1 — by %2").arg(milestone.title, DisplayTexts::date(milestone.dueDate));
        return milestone.title;
    case Qt::CheckStateRole:
        return milestone.doneOn ? Qt::Checked : Qt::Unchecked;
    case MilestoneIdRole:
        return milestone.id;
    case MilestoneRole:
        return QVariant::fromValue(milestone);
    default:
        return {};
    }
}

bool MilestoneListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool done = Qt::CheckState(value.toInt()) == Qt::Checked;
    const Milestone before = itemAt(index.row());
    if (done == before.doneOn.has_value())
        return false;
    // Shown at once; the load after the edit confirms it.
    Milestone toggled = before;
    toggled.doneOn = done ? std::optional<QDate>(Clock::today()) : std::nullopt;
    updateItems({toggled.id}, {toggled});
    Q_EMIT doneToggled(before, done);
    return true;
}

Qt::ItemFlags MilestoneListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant MilestoneListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != Title)
        return {};
    return tr("Milestone");
}

} // namespace trellis
