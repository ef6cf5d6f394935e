#pragma once

#include "domain/cohort.h"
#include "domain/matchpreference.h"
#include "domain/person.h"
#include "domain/profile.h"
#include "domain/programme.h"
#include "services/servicecontext.h"

#include <QList>

#include <optional>

namespace trellis {

// Edits of people (with their tags), programmes, cohorts and the profile.
// Each edit is one transaction returning its ChangeSet (undo: ChangeApplier).
class PeopleService {
public:
    // One person of a batch: the manager is a stored person (person.managerId) or another
    // person of the same batch (managerIndex, an index into the batch).
    // Someone a new person's row refers to: a stored person (storedId) or another person of the
    // same batch (batchIndex).
    struct PersonRef {
        Id storedId = 0;
        std::optional<int> batchIndex;
        bool operator==(const PersonRef &) const = default;
    };
    struct NewPerson {
        Person person;
        std::optional<int> managerIndex;
        QList<PersonRef> wishes; // a mentee's wished-for mentors, most wanted first
        QList<PersonRef> never;  // mentors this mentee must never be paired with
    };

    explicit PeopleService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> createPerson(const Person &person);
    // The first run's "Who are you?": creates the person using this database with `role` and
    // makes them the profile, in one edit (undone together). primaryId: the new person.
    [[nodiscard]] Result<ChangeSet> createYourself(const Person &person, Role role);
    // Creates every person of the batch with their tags in one edit (a roster import): all or
    // nothing, one ChangeSet whose primaryId is the first new person.
    [[nodiscard]] Result<ChangeSet> createPeople(const QList<NewPerson> &people);
    [[nodiscard]] Result<ChangeSet> updatePerson(const Person &person);
    // Refused while the person is in a relationship.
    [[nodiscard]] Result<ChangeSet> deletePerson(Id personId);

    [[nodiscard]] Result<ChangeSet> createProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> updateProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> deleteProgramme(Id programmeId); // with its cohorts

    [[nodiscard]] Result<ChangeSet> createCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> updateCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> deleteCohort(Id cohortId);

    // A mentee's wish list and never-pair list, replacing what was stored (schema 8). Every
    // person named must be stored; the mentee must be a mentee.
    [[nodiscard]] Result<ChangeSet> setMatchPreferences(const MatchPreferences &preferences);

    // The person must exist and have the role. Kept for callers not yet on the undoable
    // SettingsService::setProfile, which it forwards to (dropping the ChangeSet).
    [[nodiscard]] Status setProfile(const Profile &profile);

private:
    Status syncTags(RowStore &rows, const Person &person);
    Status syncMatchPreferences(RowStore &rows, const MatchPreferences &preferences);

    ServiceContext m_context;
};

} // namespace trellis
