#include "services/settingsservice.h"

#include "matching/matchingprofilestore.h"
#include "storage/profilestore.h"

#include <QCoreApplication>

namespace trellis {

Result<ChangeSet> SettingsService::setProfile(const Profile &profile)
{
    if (auto s = profile.validate(); !s)
        return s.error();
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto person = m_context.reader().get<Person>(profile.personId);
        if (!person)
            return person.error();
        if (!person->hasRole(profile.role))
            return Error{
                QCoreApplication::translate("PeopleService",
                                            "%1 is not a %2 in this database; choose another role or person.")
                    .arg(person->displayName, toText(profile.role))};
        if (auto s = ProfileStore::write(rows, profile); !s)
            return s.error();
        return Id(0);
    });
}

Result<ChangeSet> SettingsService::clearProfile()
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = ProfileStore::erase(rows); !s)
            return s.error();
        return Id(0);
    });
}

Result<ChangeSet> SettingsService::savePreferences(const DatabasePreferences &preferences)
{
    if (auto s = preferences.validate(); !s)
        return s.error();
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = Preferences::write(rows, preferences); !s)
            return s.error();
        return Id(0);
    });
}

Result<ChangeSet> SettingsService::saveMatchingProfile(Id programmeId, const MatchingProfile &profile)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (!m_context.reader().exists(Entity::Programme, programmeId))
            return EntityReader::missing(Entity::Programme, programmeId);
        if (auto s = MatchingProfileStore::write(rows, programmeId, profile); !s)
            return s.error();
        return programmeId;
    });
}

std::optional<Profile> SettingsService::profile() const
{
    return ProfileStore(m_context.connection()).profile();
}

DatabasePreferences SettingsService::preferences() const
{
    return Preferences::load(m_context.connection());
}

} // namespace trellis
