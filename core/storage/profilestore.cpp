#include "storage/profilestore.h"

#include "storage/edittransaction.h"
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

Status ProfileStore::write(RowStore &rows, const Profile &profile)
{
    if (auto s = profile.validate(); !s)
        return s;
    if (auto s =
            SettingsStore::put(rows, QLatin1String(Profile::PersonIdKey), QString::number(profile.personId));
        !s)
        return s;
    return SettingsStore::put(rows, QLatin1String(Profile::RoleKey), toText(profile.role));
}

Status ProfileStore::erase(RowStore &rows)
{
    if (auto s = SettingsStore::erase(rows, QLatin1String(Profile::PersonIdKey)); !s)
        return s;
    return SettingsStore::erase(rows, QLatin1String(Profile::RoleKey));
}

Status ProfileStore::setProfile(const Profile &profile)
{
    auto written = EditTransaction::run(m_db, [&](RowStore &rows) -> Result<Id> {
        if (auto s = write(rows, profile); !s)
            return s.error();
        return Id(0);
    });
    if (!written)
        return written.error();
    return {};
}

Status ProfileStore::clear()
{
    auto written = EditTransaction::run(m_db, [&](RowStore &rows) -> Result<Id> {
        if (auto s = erase(rows); !s)
            return s.error();
        return Id(0);
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace trellis
