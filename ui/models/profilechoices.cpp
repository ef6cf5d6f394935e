#include "models/profilechoices.h"

#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "storage/rosterqueries.h"

namespace trellis {

Result<ProfileChoices> ProfileChoices::fetch(Database &database, const LoadRequest &)
{
    const auto db = database.connection();
    ProfileChoices choices;
    auto people = RosterQueries(db).search();
    if (!people)
        return people.error();
    choices.people = std::move(people).value();
    choices.profile = ProfileStore(db).profile();
    return choices;
}

} // namespace trellis
