#include "models/supportcontactlistmodel.h"

namespace trellis {

SupportContactListModel::SupportContactListModel(QObject *parent)
    : IdListModel<SupportContact>(parent)
{}

int SupportContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupportContact &person = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name:
            return person.name;
        case Relation:
            return person.relation;
        case ContactDetails:
            return person.contact;
        case Note:
            return person.note;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Note && !person.note.isEmpty() ? QVariant(person.note) : QVariant();
    case SupportContactIdRole:
        return person.id;
    case SupportContactRole:
        return QVariant::fromValue(person);
    default:
        return {};
    }
}

Qt::ItemFlags SupportContactListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SupportContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation");
    case ContactDetails:
        return tr("Contact");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace trellis
