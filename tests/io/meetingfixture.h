#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis::test {

// One meeting row as a test wants it (test-only: plain SQL, no services).
struct MeetingSpec {
    QString kind = QStringLiteral("single"); // single | series | override
    std::optional<qint64> seriesId;
    QString uid; // defaults to the series' UID for an override, else a generated one
    int sequence = 0;
    QString title;
    QString location;
    QString startLocal; // 'YYYY-MM-DDTHH:MM:SS' or 'YYYY-MM-DD'
    QString timezone;
    bool floating = false;
    bool allDay = false;
    int durationMinutes = 60;
    QString rrule;
    QString rdates;
    QString exdates;
    QString recurrenceId;
    QString status = QStringLiteral("planned");
    QString agenda;
    QString sharedNotes;
    QString privateNotes;
    std::optional<int> reminderMinutes;
    qint64 createdAt = 1700000000;
    qint64 updatedAt = 1700003600;
};

// Inserts people, cohorts, relationships and meetings with plain SQL.
class MeetingFixture {
public:
    explicit MeetingFixture(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 addPerson(const QString &name, const QString &email = {});
    qint64 addCohort(const QString &name);
    qint64 addRelationship(qint64 mentorId, qint64 menteeId, std::optional<qint64> cohortId = std::nullopt,
                           const QString &status = QStringLiteral("active"));
    qint64 addMeeting(qint64 relationshipId, const MeetingSpec &spec);
    // Ada mentors Grace in cohort Spring: the one relationship most CLI tests write into.
    qint64 addAdaAndGrace()
    {
        return addRelationship(addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
                               addPerson(QStringLiteral("Grace"), QStringLiteral("grace@example.org")),
                               addCohort(QStringLiteral("Spring")));
    }
    qint64 addMeeting(qint64 relationshipId, MeetingSpec spec, const QString &uid)
    {
        spec.uid = uid;
        return addMeeting(relationshipId, spec);
    }

    // UTC seconds of a stored local time in a zone ('' = UTC, as the schema indexes floating times).
    static qint64 utcOf(const QString &local, const QString &zone);

private:
    qint64 exec(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    int m_counter = 0;
};

} // namespace trellis::test
