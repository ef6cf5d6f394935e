#include "models/contactlistmodel.h"

#include "models/displaytexts.h"

namespace trellis {

ContactListModel::ContactListModel(QObject *parent)
    : IdListModel<Contact>(parent)
{}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case When:
            return DisplayTexts::dateTime(contact.occurredAt.toLocalTime());
        case Channel:
            return DisplayTexts::channel(contact.channel);
        case Initiator:
            return DisplayTexts::initiator(contact.initiator);
        case Summary:
            return contact.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Summary ? QVariant(contact.summary) : QVariant();
    case ContactIdRole:
        return contact.id;
    case ContactRole:
        return QVariant::fromValue(contact);
    default:
        return {};
    }
}

Qt::ItemFlags ContactListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Channel:
        return tr("How");
    case Initiator:
        return tr("Initiated by");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace trellis
