#include "storage/profilestore.h"

#include "storage/settingsstore.h"

#include <QSqlDatabase>

namespace trellis {

std::optional<Profile> ProfileStore::profile() const
{
    const SettingsStore settings(m_db);
    const auto person = settings.value(QLatin1String(Profile::PersonIdKey));
    const auto role = settings.value(QLatin1String(Profile::RoleKey));
    if (!person || !role)
        return std::nullopt;
    bool ok = false;
    const Id personId = person->toLongLong(&ok);
    const auto parsedRole = fromText<Role>(*role);
    if (!ok || personId <= 0 || !parsedRole)
        return std::nullopt;
    return Profile{personId, *parsedRole};
}

Status ProfileStore::setProfile(const Profile &profile)
{
    if (auto s = profile.validate(); !s)
        return s;
    SettingsStore settings(m_db);
    const bool ownTransaction = m_db.transaction();
    if (auto s = settings.setValue(QLatin1String(Profile::PersonIdKey), QString::number(profile.personId));
        !s) {
        if (ownTransaction)
            m_db.rollback();
        return s;
    }
    if (auto s = settings.setValue(QLatin1String(Profile::RoleKey), toText(profile.role)); !s) {
        if (ownTransaction)
            m_db.rollback();
        return s;
    }
    if (ownTransaction)
        m_db.commit();
    return {};
}

Status ProfileStore::clear()
{
    SettingsStore settings(m_db);
    if (auto s = settings.remove(QLatin1String(Profile::PersonIdKey)); !s)
        return s;
    return settings.remove(QLatin1String(Profile::RoleKey));
}

} // namespace trellis
