#include "models/progresshistorymodel.h"

#include "models/displaytexts.h"

namespace trellis {

ProgressHistoryModel::ProgressHistoryModel(QObject *parent)
    : IdListModel<ProgressUpdate>(parent)
{}

void ProgressHistoryModel::setHistory(const Goal &goal, const QList<ProgressUpdate> &oldestFirst)
{
    const bool measureChanged = goal != m_goal;
    m_goal = goal;
    QList<ProgressUpdate> newestFirst(oldestFirst.crbegin(), oldestFirst.crend());
    setItems(std::move(newestFirst));
    // Another goal or a new unit: every value reads differently.
    if (measureChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, Value));
}

int ProgressHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressUpdate &update = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Date:
            return DisplayTexts::date(update.recordedOn);
        case Value:
            return DisplayTexts::measure(m_goal, update.value);
        case Note:
            return update.note;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Note && !update.note.isEmpty() ? QVariant(update.note) : QVariant();
    case ProgressUpdateIdRole:
        return update.id;
    case ProgressUpdateRole:
        return QVariant::fromValue(update);
    default:
        return {};
    }
}

Qt::ItemFlags ProgressHistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ProgressHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Value:
        return tr("Value");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace trellis
