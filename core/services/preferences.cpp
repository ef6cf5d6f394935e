#include "services/preferences.h"

#include "storage/edittransaction.h"
#include "storage/settingsstore.h"

#include <QLocale>
#include <QSettings>

namespace trellis {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

std::optional<int> intValue(const SettingsStore &store, const char *name)
{
    const auto text = store.value(key(name));
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

DatabasePreferences Preferences::load(const QSqlDatabase &db)
{
    const SettingsStore store(db);
    DatabasePreferences preferences;
    const DatabasePreferences defaults;
    preferences.cadenceDays = intValue(store, DatabasePreferences::CadenceKey).value_or(defaults.cadenceDays);
    preferences.meetingMinutes =
        intValue(store, DatabasePreferences::MeetingMinutesKey).value_or(defaults.meetingMinutes);
    if (const auto reminder = store.value(key(DatabasePreferences::ReminderKey))) {
        bool ok = false;
        const int minutes = reminder->toInt(&ok);
        preferences.reminderMinutes = ok ? std::optional<int>(minutes) : std::nullopt;
    }
    preferences.exportIncludeNotes = intValue(store, DatabasePreferences::ExportNotesKey).value_or(0) != 0;
    preferences.exportIncludeAttendees =
        intValue(store, DatabasePreferences::ExportAttendeesKey).value_or(0) != 0;
    preferences.attachmentLimitMb =
        intValue(store, DatabasePreferences::AttachmentLimitKey).value_or(defaults.attachmentLimitMb);
    if (!preferences.validate())
        return defaults;
    return preferences;
}

Status Preferences::write(RowStore &rows, const DatabasePreferences &preferences)
{
    if (auto valid = preferences.validate(); !valid)
        return valid;
    const auto number = [](int value) { return QString::number(value); };
    const QList<std::pair<const char *, QString>> values = {
        {DatabasePreferences::CadenceKey, number(preferences.cadenceDays)},
        {DatabasePreferences::MeetingMinutesKey, number(preferences.meetingMinutes)},
        {DatabasePreferences::ReminderKey,
         preferences.reminderMinutes ? number(*preferences.reminderMinutes) : QStringLiteral("none")},
        {DatabasePreferences::ExportNotesKey, number(preferences.exportIncludeNotes)},
        {DatabasePreferences::ExportAttendeesKey, number(preferences.exportIncludeAttendees)},
        {DatabasePreferences::AttachmentLimitKey, number(preferences.attachmentLimitMb)},
    };
    for (const auto &[name, value] : values) {
        if (auto s = SettingsStore::put(rows, key(name), value); !s)
            return s;
    }
    return {};
}

Status Preferences::save(QSqlDatabase db, const DatabasePreferences &preferences)
{
    auto saved = EditTransaction::run(std::move(db), [&](RowStore &rows) -> Result<Id> {
        if (auto s = write(rows, preferences); !s)
            return s.error();
        return Id(0);
    });
    if (!saved)
        return saved.error();
    return {};
}

UserPreferences Preferences::loadUser(const QSettings &settings)
{
    UserPreferences preferences;
    const int weekStart =
        settings.value(key(UserPreferences::WeekStartKey), int(QLocale().firstDayOfWeek())).toInt();
    preferences.weekStart = weekStart >= Qt::Monday && weekStart <= Qt::Sunday ? Qt::DayOfWeek(weekStart)
                                                                               : QLocale().firstDayOfWeek();
    preferences.language = settings.value(key(UserPreferences::LanguageKey)).toString();
    const QString appearance = settings.value(key(UserPreferences::AppearanceKey)).toString();
    preferences.appearance = appearance == QLatin1String("light")  ? Appearance::Light
                             : appearance == QLatin1String("dark") ? Appearance::Dark
                                                                   : Appearance::System;
    preferences.timeDisplay =
        settings.value(key(UserPreferences::TimeDisplayKey)).toString() == QLatin1String("meeting")
            ? TimeDisplay::MeetingZone
            : TimeDisplay::ViewerZone;
    return preferences;
}

void Preferences::saveUser(QSettings &settings, const UserPreferences &preferences)
{
    settings.setValue(key(UserPreferences::WeekStartKey), int(preferences.weekStart));
    if (preferences.language.isEmpty())
        settings.remove(key(UserPreferences::LanguageKey));
    else
        settings.setValue(key(UserPreferences::LanguageKey), preferences.language);
    const char *appearance = preferences.appearance == Appearance::Light  ? "light"
                             : preferences.appearance == Appearance::Dark ? "dark"
                                                                          : "system";
    settings.setValue(key(UserPreferences::AppearanceKey), QString::fromLatin1(appearance));
    settings.setValue(key(UserPreferences::TimeDisplayKey),
                      preferences.timeDisplay == TimeDisplay::MeetingZone ? QStringLiteral("meeting")
                                                                          : QStringLiteral("viewer"));
}

} // namespace trellis
