#include "matching/matchinginputquery.h"

#include "storage/rosterqueries.h"

namespace trellis {

Result<MatchingInput> MatchingInputQuery::load(QSqlDatabase db)
{
    const RosterQueries roster(std::move(db));
    auto people = roster.search();
    if (!people)
        return people.error();
    auto loads = roster.mentorLoads();
    if (!loads)
        return loads.error();
    auto paired = roster.menteesInOpenRelationships();
    if (!paired)
        return paired.error();
    auto preferences = roster.matchPreferences();
    if (!preferences)
        return preferences.error();
    MatchingInput input;
    for (const MatchPreference &preference : std::as_const(*preferences)) {
        if (preference.kind == MatchPreferenceKind::Wish)
            input.wishes[preference.menteeId].append(preference.mentorId); // by rank already
        else
            input.excluded.append(MatchPair{preference.menteeId, preference.mentorId});
    }
    for (const Person &person : std::as_const(*people)) {
        if (person.managerId)
            input.managerOf.insert(person.id, *person.managerId);
        if (person.isMentee && !paired->contains(person.id))
            input.mentees.append(person);
        if (person.isMentor)
            input.mentorNames.insert(person.id, person.displayName);
        const int free = person.capacity - loads->value(person.id);
        if (person.isMentor && free > 0) {
            input.mentors.append(person);
            input.freeCapacity.insert(person.id, free);
        }
    }
    return input;
}

} // namespace trellis
