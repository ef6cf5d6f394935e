#include "models/pairingchoices.h"

#include "storage/database.h"
#include "storage/programmequeries.h"
#include "storage/rosterqueries.h"

#include <QCoreApplication>

namespace trellis {

Result<PairingChoices> PairingChoices::read(const DataSource &data)
{
    if (!data.isValid())
        return Error{QCoreApplication::translate("PairingChoices", "No database is open.")};
    const auto db = data.database()->connection();
    const RosterQueries roster(db);
    const ProgrammeQueries programmes(db);
    PairingChoices choices;
    auto people = roster.search();
    if (!people)
        return people.error();
    choices.people = std::move(people).value();
    auto loads = roster.mentorLoads();
    if (!loads)
        return loads.error();
    choices.mentorLoads = std::move(loads).value();
    auto list = programmes.programmes();
    if (!list)
        return list.error();
    choices.programmes = std::move(list).value();
    auto cohorts = programmes.cohorts();
    if (!cohorts)
        return cohorts.error();
    choices.cohorts = std::move(cohorts).value();
    return choices;
}

} // namespace trellis
