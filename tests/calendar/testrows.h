#pragma once

#include "calendar/meetingtimes.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace trellis::test {

// Test-only writer of plain rows (the services are written elsewhere): each call
// inserts one row with SQL and returns its id; an SQL failure aborts the test run.
// Meeting rows get start_utc, recurrence_id_utc and series bounds from MeetingTimes.
class TestRows {
public:
    explicit TestRows(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 person(const QString &name);
    qint64 programme(const QString &name);
    qint64 cohort(qint64 programmeId, const QString &name);

    struct RelationshipSpec {
        qint64 mentorId = 0;
        qint64 menteeId = 0;
        std::optional<qint64> programmeId;
        std::optional<qint64> cohortId;
        QString status = QStringLiteral("active");
        QString startDate = QStringLiteral("2024-01-01"); // empty: NULL
        int cadenceDays = 14;
        QString fitCheckDue; // empty: NULL
        QString fitCheckOutcome = QStringLiteral("pending");
    };
    qint64 relationship(const RelationshipSpec &spec);
    qint64 relationship(qint64 mentorId, qint64 menteeId, std::optional<qint64> programmeId = {},
                        std::optional<qint64> cohortId = {});

    qint64 single(qint64 relationshipId, const LocalStart &start, int minutes,
                  const QString &status = QStringLiteral("planned"));
    qint64 series(qint64 relationshipId, const LocalStart &start, int minutes, const QString &rrule,
                  const QString &rdates = {}, const QString &exdates = {});
    // An override of a series; recurrenceId in the series' form.
    qint64 override(qint64 seriesId, const QString &recurrenceId, const LocalStart &start, int minutes,
                    const QString &status);

    qint64 goal(qint64 relationshipId, double startValue, double targetValue,
                const QString &status = QStringLiteral("in_progress"));
    qint64 progress(qint64 goalId, const QString &recordedOn, double value);
    qint64 actionItem(qint64 relationshipId, bool done);
    qint64 contact(qint64 relationshipId, qint64 occurredAtUtc);
    qint64 feedback(qint64 relationshipId, int rating, const QString &givenOn);

    // Runs SQL (for tests that adjust rows) and returns the last insert id.
    qint64 exec(const QString &sql, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    int m_uid = 0;
};

} // namespace trellis::test
