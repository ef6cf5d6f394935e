#pragma once

#include "domain/cohort.h"
#include "domain/person.h"
#include "domain/profile.h"
#include "domain/programme.h"
#include "services/servicecontext.h"

namespace trellis {

// Edits of people (with their tags), programmes, cohorts and the profile.
// Each edit is one transaction returning its ChangeSet (undo: ChangeApplier).
class PeopleService {
public:
    explicit PeopleService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> createPerson(const Person &person);
    [[nodiscard]] Result<ChangeSet> updatePerson(const Person &person);
    // Refused while the person is in a relationship.
    [[nodiscard]] Result<ChangeSet> deletePerson(Id personId);

    [[nodiscard]] Result<ChangeSet> createProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> updateProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> deleteProgramme(Id programmeId); // with its cohorts

    [[nodiscard]] Result<ChangeSet> createCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> updateCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> deleteCohort(Id cohortId);

    // The person must exist and have the role. Not undoable (a setting, not a record).
    [[nodiscard]] Status setProfile(const Profile &profile);

private:
    Status syncTags(RowStore &rows, const Person &person);

    ServiceContext m_context;
};

} // namespace trellis
