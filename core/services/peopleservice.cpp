#include "services/peopleservice.h"

#include "services/entityedits.h"
#include "services/settingsservice.h"
#include "storage/profilestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace trellis {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PeopleService", text, nullptr, n);
}

} // namespace

Status PeopleService::syncTags(RowStore &rows, const Person &person)
{
    auto stored = m_context.reader().tagsOf(person.id);
    if (!stored)
        return stored.error();
    const QList<std::pair<TagKind, const QStringList *>> wanted = {{TagKind::Skill, &person.skills},
                                                                   {TagKind::Interest, &person.interests}};
    // Remove tags no longer wanted, keep the others (with their ids), add the new ones.
    for (const StoredTag &row : std::as_const(*stored)) {
        const QStringList *list = row.kind == TagKind::Skill ? &person.skills : &person.interests;
        if (!list->contains(row.tag)) {
            if (auto s = rows.remove(Entity::PersonTag, row.id); !s)
                return s;
        }
    }
    for (const auto &[kind, list] : wanted) {
        for (const QString &tag : *list) {
            const bool exists = std::any_of(stored->cbegin(), stored->cend(), [&](const StoredTag &row) {
                return row.kind == kind && row.tag == tag;
            });
            if (exists)
                continue;
            auto inserted = rows.insert(Entity::PersonTag, EntityRows::tagRow(person.id, kind, tag));
            if (!inserted)
                return inserted.error();
        }
    }
    return {};
}

Result<ChangeSet> PeopleService::createPerson(const Person &person)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto id = EntityEdits::insert(rows, person);
        if (!id)
            return id;
        Person stored = person;
        stored.id = *id;
        if (auto s = syncTags(rows, stored); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> PeopleService::createYourself(const Person &person, Role role)
{
    Person you = person;
    you.id = 0;
    you.setRole(role);
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto id = EntityEdits::insert(rows, you);
        if (!id)
            return id;
        you.id = *id;
        if (auto s = syncTags(rows, you); !s)
            return s.error();
        if (auto s = ProfileStore::write(rows, Profile{*id, role}); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> PeopleService::createPeople(const QList<NewPerson> &people)
{
    if (people.isEmpty())
        return Error{tr("There is nobody to add.")};
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        QList<Id> ids;
        ids.reserve(people.size());
        // Managers earlier in the batch are known when a person is inserted; later ones are
        // filled in afterwards (a forward reference or a cycle).
        QList<qsizetype> forward;
        for (qsizetype i = 0; i < people.size(); ++i) {
            const NewPerson &entry = people.at(i);
            Person person = entry.person;
            person.id = 0;
            if (entry.managerIndex) {
                const int index = *entry.managerIndex;
                if (index < 0 || index >= people.size() || index == i)
                    return Error{tr("Person %1: the manager is not another person of the batch.")
                                     .arg(person.displayName)};
                person.managerId.reset();
                if (index < i)
                    person.managerId = ids.at(index);
                else
                    forward.append(i);
            }
            auto id = EntityEdits::insert(rows, person);
            if (!id)
                return id;
            person.id = *id;
            if (auto s = syncTags(rows, person); !s)
                return s.error();
            ids.append(*id);
        }
        // Wishes and exclusions once everybody has an id.
        for (qsizetype i = 0; i < people.size(); ++i) {
            const NewPerson &entry = people.at(i);
            if (entry.wishes.isEmpty() && entry.never.isEmpty())
                continue;
            MatchPreferences preferences;
            preferences.menteeId = ids.at(i);
            for (const auto &[refs, out] : {std::pair{&entry.wishes, &preferences.wishes},
                                            std::pair{&entry.never, &preferences.never}}) {
                for (const PersonRef &ref : *refs) {
                    if (ref.batchIndex && (*ref.batchIndex < 0 || *ref.batchIndex >= ids.size()))
                        return Error{tr("Person %1: a wished-for mentor is not a person of the batch.")
                                         .arg(entry.person.displayName)};
                    out->append(ref.batchIndex ? ids.at(*ref.batchIndex) : ref.storedId);
                }
            }
            if (auto s = syncMatchPreferences(rows, preferences); !s)
                return s.error();
        }
        for (qsizetype i : std::as_const(forward)) {
            const Id managerId = ids.at(*people.at(i).managerIndex);
            auto managed = EntityEdits::load<Person>(rows, ids.at(i));
            if (!managed)
                return managed.error();
            managed->managerId = managerId;
            if (auto s = EntityEdits::update(rows, *managed); !s)
                return s.error();
        }
        return ids.first();
    });
}

Status PeopleService::syncMatchPreferences(RowStore &rows, const MatchPreferences &preferences)
{
    if (auto s = preferences.validate(); !s)
        return s;
    const EntityReader reader = m_context.reader();
    auto mentee = reader.get<Person>(preferences.menteeId);
    if (!mentee)
        return mentee.error();
    if (!mentee->isMentee && !(preferences.wishes.isEmpty() && preferences.never.isEmpty()))
        return Error{
            tr("%1 is not a mentee: only mentees have wishes for a mentor.").arg(mentee->displayName)};
    QHash<Id, MatchPreference> wanted;
    for (qsizetype i = 0; i < preferences.wishes.size(); ++i)
        wanted.insert(preferences.wishes.at(i),
                      MatchPreference{0, preferences.menteeId, preferences.wishes.at(i),
                                      MatchPreferenceKind::Wish, int(i) + 1});
    for (const Id mentor : preferences.never)
        wanted.insert(mentor,
                      MatchPreference{0, preferences.menteeId, mentor, MatchPreferenceKind::Never, 0});
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto mentor = reader.get<Person>(it.key());
        if (!mentor)
            return mentor.error();
        if (!mentor->isMentor)
            return Error{tr("%1 is not a mentor: only mentors can be wished for or ruled out.")
                             .arg(mentor->displayName)};
    }
    auto stored = reader.matchPreferencesOf(preferences.menteeId);
    if (!stored)
        return stored.error();
    // Keep a pair's row (and id) when it is still listed, changed in place; remove the others.
    QSet<Id> kept;
    for (const MatchPreference &row : std::as_const(*stored)) {
        const auto it = wanted.constFind(row.mentorId);
        if (it == wanted.cend()) {
            if (auto s = rows.remove(Entity::MatchPreference, row.id); !s)
                return s;
            continue;
        }
        kept.insert(row.mentorId);
        MatchPreference now = *it;
        now.id = row.id;
        if (now != row) {
            if (auto s = EntityEdits::update(rows, now); !s)
                return s.error();
        }
    }
    // New rows in list order, so ids follow the ranks.
    QList<Id> order = preferences.wishes;
    order += preferences.never;
    for (const Id mentor : std::as_const(order)) {
        if (kept.contains(mentor))
            continue;
        if (auto s = EntityEdits::insert(rows, wanted.value(mentor)); !s)
            return s.error();
    }
    return {};
}

Result<ChangeSet> PeopleService::setMatchPreferences(const MatchPreferences &preferences)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = syncMatchPreferences(rows, preferences); !s)
            return s.error();
        return preferences.menteeId;
    });
}

Result<ChangeSet> PeopleService::updatePerson(const Person &person)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto id = EntityEdits::update(rows, person);
        if (!id)
            return id;
        if (auto s = syncTags(rows, person); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> PeopleService::deletePerson(Id personId)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto person = EntityEdits::load<Person>(rows, personId);
        if (!person)
            return person.error();
        auto relationships = m_context.reader().relationshipCount(personId);
        if (!relationships)
            return relationships.error();
        const int count = *relationships;
        if (count > 0)
            return Error{
                tr("Cannot delete %1: they are in %n relationship(s). Delete or reassign those first.", count)
                    .arg(person->displayName)};
        return EntityEdits::remove<Person>(rows, personId);
    });
}

Result<ChangeSet> PeopleService::createProgramme(const Programme &programme)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, programme); });
}

Result<ChangeSet> PeopleService::updateProgramme(const Programme &programme)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, programme); });
}

Result<ChangeSet> PeopleService::deleteProgramme(Id programmeId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Programme>(rows, programmeId); });
}

Result<ChangeSet> PeopleService::createCohort(const Cohort &cohort)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, cohort); });
}

Result<ChangeSet> PeopleService::updateCohort(const Cohort &cohort)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, cohort); });
}

Result<ChangeSet> PeopleService::deleteCohort(Id cohortId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Cohort>(rows, cohortId); });
}

Status PeopleService::setProfile(const Profile &profile)
{
    auto changes = SettingsService(m_context.database(), m_context.notifier()).setProfile(profile);
    if (!changes)
        return changes.error();
    return {};
}

} // namespace trellis
