#include "models/unmatchedmenteemodel.h"

#include "models/matchingrun.h"

namespace trellis {

UnmatchedMenteeModel::UnmatchedMenteeModel(QObject *parent)
    : IdListModel<UnmatchedRow>(parent)
{}

void UnmatchedMenteeModel::setRun(const MatchingRun &run)
{
    QList<UnmatchedRow> rows;
    rows.reserve(run.result.unmatched.size());
    for (const UnmatchedMentee &out : run.result.unmatched)
        rows.append(
            {out.menteeId, run.nameOf(out.menteeId), out.reason, run.firstWishNotes.value(out.menteeId)});
    setItems(std::move(rows));
}

int UnmatchedMenteeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnmatchedMenteeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnmatchedRow &row = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Mentee)
            return row.mentee;
        if (index.column() == Reason) {
            // The solver's reason starts lower case: it follows a name in the CLI's "Ana: unmatched — …".
            QString reason = row.reason;
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toUpper();
            return reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Reason ? data(index, Qt::DisplayRole) : QVariant();
    case MenteeIdRole:
        return row.menteeId;
    case RowRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

QVariant UnmatchedMenteeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Mentee)
        return tr("Mentee");
    if (section == Reason)
        return tr("Why unmatched");
    return {};
}

} // namespace trellis
