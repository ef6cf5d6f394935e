#include "models/actionitemlistmodel.h"

#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "util/clock.h"

#include <QIcon>

#include <algorithm>

namespace trellis {

ActionItemListModel::ActionItemListModel(QObject *parent)
    : IdListModel<ActionItem>(parent)
{}

void ActionItemListModel::setActions(QList<ActionItem> items, Id me, QHash<Id, QString> names)
{
    // Mine first, then open before done (the query already orders open first, by due date).
    std::stable_sort(items.begin(), items.end(), [me](const ActionItem &a, const ActionItem &b) {
        if (a.isDone() != b.isDone())
            return !a.isDone();
        return (a.ownerId == me) > (b.ownerId == me);
    });
    const bool whoChanged = me != m_me || names != m_names;
    m_me = me;
    m_names = std::move(names);
    setItems(std::move(items));
    if (whoChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, Who), index(rowCount() - 1, Who));
}

QString ActionItemListModel::ownerText(const ActionItem &item) const
{
    if (item.ownerId == m_me)
        return tr("Me");
    return item.ownerId ? m_names.value(*item.ownerId) : QString();
}

void ActionItemListModel::setDoneOnShown(bool shown)
{
    if (shown == m_doneOnShown)
        return;
    if (shown)
        beginInsertColumns({}, DoneOn, DoneOn);
    else
        beginRemoveColumns({}, DoneOn, DoneOn);
    m_doneOnShown = shown;
    if (shown)
        endInsertColumns();
    else
        endRemoveColumns();
}

int ActionItemListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_doneOnShown ? ColumnCount : DoneOn;
}

bool ActionItemListModel::isOverdue(const ActionItem &item)
{
    return !item.isDone() && item.dueDate && *item.dueDate < Clock::today();
}

QVariant ActionItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Action:
            return item.title;
        case Who:
            return ownerText(item);
        case Due:
            // Overdue says so in words (and an icon), not in red alone.
            return isOverdue(item) ? tr("%1 · overdue").arg(DisplayTexts::date(item.dueDate))
                                   : DisplayTexts::date(item.dueDate);
        case DoneOn:
            return item.doneOn ? DisplayTexts::date(item.doneOn) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Due && isOverdue(item))
            return tr("Past its due date and not done yet");
        return column == Action ? QVariant(item.title) : QVariant();
    case Qt::DecorationRole:
        if (column == Due && isOverdue(item))
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return {};
    case Qt::CheckStateRole:
        if (column == Action)
            return item.isDone() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == Due && isOverdue(item))
            return HealthPresentation::colour(HealthPresentation::Tone::Bad);
        return {};
    case ActionItemIdRole:
        return item.id;
    case ActionItemRole:
        return QVariant::fromValue(item);
    default:
        return {};
    }
}

bool ActionItemListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Action ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool done = Qt::CheckState(value.toInt()) == Qt::Checked;
    const ActionItem &before = itemAt(index.row());
    if (done == before.isDone())
        return false;
    // Shown at once; the load after the edit confirms it.
    ActionItem toggled = before;
    toggled.doneOn = done ? std::optional<QDate>(Clock::today()) : std::nullopt;
    updateItems({toggled.id}, {toggled});
    Q_EMIT doneToggled(toggled.id, done);
    return true;
}

Qt::ItemFlags ActionItemListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Action)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ActionItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Action:
        return tr("Action");
    case Who:
        return tr("Who");
    case Due:
        return tr("Due");
    case DoneOn:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace trellis
