#include "models/goallistmodel.h"

#include "models/displaytexts.h"
#include "util/clock.h"

#include <QLocale>

#include <cmath>

namespace trellis {

namespace {

bool isOpen(const Goal &goal)
{
    return goal.status != GoalStatus::Achieved && goal.status != GoalStatus::Abandoned;
}

int percentOf(const GoalDetails &details)
{
    return int(std::lround(details.fraction() * 100));
}

} // namespace

GoalListModel::GoalListModel(QObject *parent)
    : IdListModel<GoalDetails>(parent)
{}

QString GoalListModel::dueText(const Goal &goal)
{
    if (!goal.dueDate)
        return tr("no due date");
    const qint64 days = Clock::today().daysTo(*goal.dueDate);
    if (isOpen(goal) && days < 0)
        return tr("%1 · overdue by %n day(s)", nullptr, int(-days)).arg(DisplayTexts::date(goal.dueDate));
    return tr("due %1").arg(DisplayTexts::date(goal.dueDate));
}

QString GoalListModel::shortDueText(const Goal &goal)
{
    if (!goal.dueDate)
        return tr("no due date");
    const qint64 days = Clock::today().daysTo(*goal.dueDate);
    if (isOpen(goal) && days < 0)
        return tr("overdue by %n day(s)", nullptr, int(-days));
    return tr("due %1").arg(QLocale().toString(*goal.dueDate, QStringLiteral("d MMM yy")));
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoalDetails &details = itemAt(index.row());
    const auto statusLine = [&] {
        return tr("%1 · %2 · %3")
            .arg(DisplayTexts::goalStatus(details.goal.status), DisplayTexts::percent(percentOf(details)),
                 shortDueText(details.goal));
    };
    switch (role) {
    case Qt::DisplayRole:
        return details.goal.title;
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(details.goal.title, statusLine());
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(details.goal.title, dueText(details.goal));
    case GoalIdRole:
        return details.goal.id;
    case PercentRole:
        return percentOf(details);
    case StatusLineRole:
        return statusLine();
    default:
        return {};
    }
}

Qt::ItemFlags GoalListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace trellis
