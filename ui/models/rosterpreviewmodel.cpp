#include "models/rosterpreviewmodel.h"

#include "models/healthpresentation.h"

#include <QIcon>
#include <QLocale>

namespace trellis {

RosterPreviewModel::RosterPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RosterPreviewModel::setPlan(const RosterImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.rows;
    m_problems.clear();
    for (const RosterProblem &problem : plan.problems)
        m_problems[problem.line].append(
            problem.field.isEmpty() ? problem.message : tr("%1: %2").arg(problem.field, problem.message));
    endResetModel();
}

void RosterPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_problems.clear();
    endResetModel();
}

int RosterPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterImportRow &row = m_rows.at(index.row());
    const RosterEntry &entry = row.entry;
    const QStringList problems = m_problems.value(entry.line);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Line:
            return QLocale().toString(entry.line);
        case Name:
            return entry.name;
        case Email:
            return entry.email;
        case Roles: {
            QStringList roles;
            if (entry.mentor)
                roles << tr("Mentor");
            if (entry.mentee)
                roles << tr("Mentee");
            if (entry.coordinator)
                roles << tr("Coordinator");
            return roles.join(QStringLiteral(", "));
        }
        case Manager:
            if (row.managerName.isEmpty())
                return entry.manager;
            return row.managerInFile ? tr("%1 (in this file)").arg(row.managerName) : row.managerName;
        case Problems:
            return problems.isEmpty() ? tr("Ready") : problems.join(QStringLiteral("; "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Problems && !problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Problems)
            return QIcon::fromTheme(problems.isEmpty() ? QStringLiteral("dialog-ok")
                                                       : QStringLiteral("dialog-error"));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Problems)
            return HealthPresentation::colour(problems.isEmpty() ? HealthPresentation::Tone::Good
                                                                 : HealthPresentation::Tone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineRole:
        return entry.line;
    case HasProblemRole:
        return !problems.isEmpty();
    default:
        return {};
    }
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Roles:
        return tr("Roles");
    case Manager:
        return tr("Manager");
    case Problems:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace trellis
