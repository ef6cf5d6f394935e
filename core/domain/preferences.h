#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace trellis {

// Defaults stored in the database's settings table: shared by everyone who opens the file.
struct DatabasePreferences {
    static constexpr const char *CadenceKey = "defaults.cadence_days";
    static constexpr const char *MeetingMinutesKey = "defaults.meeting_minutes";
    static constexpr const char *ReminderKey = "defaults.reminder_minutes"; // "none" = no reminder
    static constexpr const char *ExportNotesKey = "export.include_notes";
    static constexpr const char *ExportAttendeesKey = "export.include_attendees";

    int cadenceDays = 14;                   // a new relationship meets this often
    int meetingMinutes = 60;                // a new meeting lasts this long
    std::optional<int> reminderMinutes{15}; // a new meeting reminds this long before; none: no reminder
    bool exportIncludeNotes = false;        // .ics export: agenda and shared notes (never private notes)
    bool exportIncludeAttendees = false;    // .ics export: mentor and mentee e-mail addresses

    [[nodiscard]] Status validate() const;
    bool operator==(const DatabasePreferences &) const = default;
};

// Preferences of the person at this computer (QSettings), whatever database is open.
struct UserPreferences {
    static constexpr const char *WeekStartKey = "calendar/week_start"; // 1 = Monday … 7 = Sunday
    static constexpr const char *LanguageKey = "ui/language";          // "de", or "" for the system's

    Qt::DayOfWeek weekStart = Qt::Monday;
    QString language;

    bool operator==(const UserPreferences &) const = default;
};

} // namespace trellis
