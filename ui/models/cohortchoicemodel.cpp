#include "models/cohortchoicemodel.h"

#include "models/loadrequest.h"
#include "models/programmetreemodel.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QHash>

#include <algorithm>

namespace trellis {

CohortChoiceModel::CohortChoiceModel(QObject *parent)
    : IdListModel<CohortChoice>(parent)
{}

Result<QList<CohortChoice>> CohortChoiceModel::fetch(Database &database, const LoadRequest &request)
{
    Q_UNUSED(request); // always everything: see the class comment
    const ProgrammeQueries queries(database.connection());
    auto programmes = queries.programmes();
    if (!programmes)
        return programmes.error();
    auto cohorts = queries.cohorts();
    if (!cohorts)
        return cohorts.error();
    QHash<Id, QString> programmeNames;
    for (const Programme &programme : std::as_const(*programmes))
        programmeNames.insert(programme.id, programme.name);
    QList<Cohort> sorted = *cohorts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Cohort &a, const Cohort &b) { return a.startDate > b.startDate; });
    QList<CohortChoice> choices;
    choices.reserve(sorted.size() + 1);
    for (const Cohort &cohort : std::as_const(sorted))
        choices.append({cohort.id,
                        ProgrammeTreeModel::cohortLabel(programmeNames.value(cohort.programmeId), cohort),
                        ProgrammeTreeModel::cohortDates(cohort)});
    choices.append({0, tr("Every relationship"), QString()});
    return choices;
}

void CohortChoiceModel::apply(QList<CohortChoice> choices, const LoadRequest &request)
{
    Q_UNUSED(request);
    setItems(std::move(choices));
}

int CohortChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant CohortChoiceModel::data(const QModelIndex &index, int role) const
{
    // A combo without a current entry asks for the invalid index: nothing, quietly.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortChoice &choice = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // what an editable (searchable) combo box shows and searches
    case Qt::AccessibleTextRole:
        return choice.label;
    case CohortIdRole:
        return choice.cohortId;
    case DatesRole:
        return choice.dates;
    case ChoiceRole:
        return QVariant::fromValue(choice);
    default:
        return {};
    }
}

} // namespace trellis
