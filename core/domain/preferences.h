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
    static constexpr const char *AttachmentLimitKey = "library.attachment_limit_mb";

    int cadenceDays = 14;                   // a new relationship meets this often
    int meetingMinutes = 60;                // a new meeting lasts this long
    std::optional<int> reminderMinutes{15}; // a new meeting reminds this long before; none: no reminder
    bool exportIncludeNotes = false;        // .ics export: agenda and shared notes (never private notes)
    bool exportIncludeAttendees = false;    // .ics export: mentor and mentee e-mail addresses
    int attachmentLimitMb = 25;             // the library refuses larger files (stored in the database)

    [[nodiscard]] Status validate() const;
    bool operator==(const DatabasePreferences &) const = default;
};

// How the window is coloured: the platform's palette, or Trellis' own light or dark one.
enum class Appearance { System, Light, Dark };

// Which zone a meeting's time is shown in first: the viewer's (the computer's) or the meeting's
// own; the other one follows when it differs ("17:30 here · 11:30 New York").
enum class TimeDisplay { ViewerZone, MeetingZone };

// Preferences of the person at this computer (QSettings), whatever database is open.
struct UserPreferences {
    static constexpr const char *WeekStartKey = "calendar/week_start"; // 1 = Monday … 7 = Sunday
    static constexpr const char *LanguageKey = "ui/language";          // "de", or "" for the system's
    static constexpr const char *AppearanceKey = "ui/appearance";      // "system", "light", "dark"
    static constexpr const char *TimeDisplayKey = "ui/time_display";   // "viewer" or "meeting"

    Qt::DayOfWeek weekStart = Qt::Monday;
    QString language;
    Appearance appearance = Appearance::System;
    TimeDisplay timeDisplay = TimeDisplay::ViewerZone;

    bool operator==(const UserPreferences &) const = default;
};

} // namespace trellis
