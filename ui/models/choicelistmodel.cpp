#include "models/choicelistmodel.h"

namespace trellis {

ChoiceListModel::ChoiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ChoiceListModel::setChoices(QList<CalendarChoices::Choice> choices)
{
    if (choices == m_choices)
        return;
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    // A combo without a current entry asks for the invalid index: nothing, quietly.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarChoices::Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return choice.label;
    case IdRole:
        return choice.id;
    default:
        return {};
    }
}

} // namespace trellis
