#pragma once

#include "calendar/occurrence.h"
#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace trellis {

struct Goal;

// The words the workspace uses for the model's values (translated), and dates in the
// user's locale. One place, so every page says "Ended early", "In progress", "Video" alike.
class DisplayTexts {
public:
    static QString relationshipStatus(RelationshipStatus status);
    static QString goalStatus(GoalStatus status);
    static QString meetingMode(MeetingMode mode);
    static QString occurrenceStatus(OccurrenceStatus status);
    static QString channel(ContactChannel channel);
    static QString initiator(Initiator initiator);
    static QString role(Role role);

    static QString date(const QDate &date);                // "3 Feb 2026"
    static QString date(const std::optional<QDate> &date); // "—" when none
    static QString dateTime(const QDateTime &dateTime);    // "Tue 3 Feb 2026, 17:00"
    static QString number(double value);                   // "3", "2.5"
    // "37%" for 37 (a value in per cent, not a fraction): the locale's digits and percent sign,
    // written the one way everywhere (never a hand-made "37 %").
    static QString percent(double value);
    // "45 %" or "3 of 5 interviews"; for the goal's measure.
    static QString measure(const Goal &goal, double value);
    // "AL" for "Ana Lopez".
    static QString initials(const QString &name);
};

} // namespace trellis
