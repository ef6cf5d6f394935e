#pragma once

#include "domain/meetingexportscope.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trellis {

// One meeting row as an export needs it. Private notes are never read.
struct MeetingExportRow {
    enum class Kind { Single, Series, Override };

    qint64 id = 0;
    Kind kind = Kind::Single;
    std::optional<qint64> seriesId;
    QString uid; // an override carries its series' UID
    int sequence = 0;
    QString title;
    QString location;
    QString startLocal; // 'YYYY-MM-DDTHH:MM:SS', or 'YYYY-MM-DD' when allDay
    QString timezone;   // IANA id; empty when floating or all-day
    bool floating = false;
    bool allDay = false;
    int durationMinutes = 0;
    QString rrule;  // series: one RRULE value per line
    QString rdates; // series: comma-separated, in startLocal's form
    QString exdates;
    QString recurrenceId; // override: original start in the series' form
    QString status;       // planned | held | cancelled | no_show
    std::optional<int> reminderMinutes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The series' form, for an override's RECURRENCE-ID.
    QString seriesTimezone;
    bool seriesFloating = false;
    bool seriesAllDay = false;
    // A series: the original starts of its cancelled overrides (written as EXDATEs).
    QStringList cancelledRecurrenceIds;

    qint64 relationshipId = 0;
    QString relationshipStatus;
    QString mentorName;
    QString menteeName;
    // Empty unless the query was asked for them.
    QString agenda;
    QString sharedNotes;
    QString mentorEmail;
    QString menteeEmail;
};

// A time zone used by the exported rows and the earliest instant it must cover.
struct MeetingExportZone {
    QString timezone;
    qint64 earliestUtc = 0;
};

// Read side of the .ics export: a forward-only stream of the meetings in a
// scope (series first, then their overrides), cancelled overrides folded into
// their series' cancelledRecurrenceIds rather than returned as rows.
class MeetingExportQuery {
public:
    struct Columns {
        bool notes = false;  // agenda and shared notes
        bool emails = false; // mentor and mentee e-mail addresses
    };

    MeetingExportQuery(QSqlDatabase db, MeetingExportScope scope, Columns columns);

    // An error naming the relationship/person/cohort when it does not exist.
    [[nodiscard]] Status checkScope() const;
    // Distinct zones of the rows to be written (not floating, not all-day).
    [[nodiscard]] Result<std::vector<MeetingExportZone>> zones() const;
    // How many rows start() will return.
    [[nodiscard]] Result<qint64> count() const;

    // Starts the forward-only stream; then call next() until it returns false.
    [[nodiscard]] Status start();
    bool next(MeetingExportRow &row);
    // Set when next() stopped because of an error rather than the end.
    std::optional<Error> streamError() const { return m_streamError; }

private:
    QString scopeCondition() const;
    void bindScope(QSqlQuery &query) const;

    QSqlDatabase m_db;
    MeetingExportScope m_scope;
    Columns m_columns;
    QSqlQuery m_query;
    std::optional<Error> m_streamError;
};

} // namespace trellis
