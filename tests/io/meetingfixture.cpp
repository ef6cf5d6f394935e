#include "meetingfixture.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace trellis::test {

namespace {

// NOT NULL text columns: a null QString would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

qint64 MeetingFixture::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        qFatal("fixture: %s", qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("fixture: %s in %s", qPrintable(query.lastError().text()), qPrintable(sql));
    return query.lastInsertId().toLongLong();
}

qint64 MeetingFixture::addPerson(const QString &name, const QString &email)
{
    return exec(QStringLiteral("INSERT INTO person(display_name, email, is_mentor, is_mentee, created_at, "
                               "updated_at) VALUES(?, ?, 1, 1, 1700000000, 1700000000)"),
                {name, text(email)});
}

qint64 MeetingFixture::addCohort(const QString &name)
{
    const qint64 programme = exec(QStringLiteral("INSERT INTO programme(name, created_at, updated_at) "
                                                 "VALUES(?, 1700000000, 1700000000)"),
                                  {QString(name + QStringLiteral(" programme"))});
    return exec(QStringLiteral("INSERT INTO cohort(programme_id, name, start_date, created_at, updated_at) "
                               "VALUES(?, ?, '2024-01-01', 1700000000, 1700000000)"),
                {programme, text(name)});
}

qint64 MeetingFixture::addRelationship(qint64 mentorId, qint64 menteeId, std::optional<qint64> cohortId,
                                       const QString &status)
{
    return exec(
        QStringLiteral("INSERT INTO relationship(mentor_id, mentee_id, cohort_id, status, proposed_on, "
                       "created_at, updated_at) VALUES(?, ?, ?, ?, '2024-01-01', 1700000000, 1700000000)"),
        {mentorId, menteeId, cohortId ? QVariant(*cohortId) : QVariant(QMetaType(QMetaType::LongLong)),
         status});
}

qint64 MeetingFixture::utcOf(const QString &local, const QString &zone)
{
    const QDate date = QDate::fromString(local.left(10), Qt::ISODate);
    const QTime time = local.size() > 10 ? QTime::fromString(local.mid(11), Qt::ISODate) : QTime(0, 0);
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    return QDateTime(date, time, tz).toSecsSinceEpoch();
}

qint64 MeetingFixture::addMeeting(qint64 relationshipId, const MeetingSpec &spec)
{
    QString uid = spec.uid;
    QVariant recurrenceUtc(QMetaType(QMetaType::LongLong));
    if (spec.seriesId) {
        QSqlQuery series(m_db);
        series.prepare(QStringLiteral("SELECT uid, timezone, floating, all_day FROM meeting WHERE id = ?"));
        series.addBindValue(*spec.seriesId);
        if (!series.exec() || !series.next())
            qFatal("fixture: no series %lld", *spec.seriesId);
        if (uid.isEmpty())
            uid = series.value(0).toString();
        const bool plain = series.value(2).toInt() != 0 || series.value(3).toInt() != 0;
        recurrenceUtc = utcOf(spec.recurrenceId, plain ? QString() : series.value(1).toString());
    }
    if (uid.isEmpty())
        uid = QStringLiteral("fixture-%1@trellis.test").arg(++m_counter);
    const bool plain = spec.floating || spec.allDay;
    const qint64 startUtc = utcOf(spec.startLocal, plain ? QString() : spec.timezone);
    const QVariant rangeEnd = spec.kind == QLatin1String("series")
                                  ? QVariant(QMetaType(QMetaType::LongLong))
                                  : QVariant(startUtc + qint64(spec.durationMinutes) * 60);
    return exec(
        QStringLiteral(
            "INSERT INTO meeting(relationship_id, kind, series_id, uid, sequence, title, location, "
            "start_local,"
            " timezone, floating, all_day, start_utc, duration_minutes, rrule, rdates, exdates, "
            "recurrence_id,"
            " recurrence_id_utc, range_start_utc, range_end_utc, status, agenda, shared_notes, private_notes,"
            " reminder_minutes, created_at, updated_at)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {relationshipId,
         text(spec.kind),
         spec.seriesId ? QVariant(*spec.seriesId) : QVariant(QMetaType(QMetaType::LongLong)),
         text(uid),
         spec.sequence,
         text(spec.title),
         text(spec.location),
         text(spec.startLocal),
         text(plain ? QString() : spec.timezone),
         spec.floating ? 1 : 0,
         spec.allDay ? 1 : 0,
         startUtc,
         spec.durationMinutes,
         text(spec.rrule),
         text(spec.rdates),
         text(spec.exdates),
         text(spec.recurrenceId),
         recurrenceUtc,
         startUtc,
         rangeEnd,
         text(spec.status),
         text(spec.agenda),
         text(spec.sharedNotes),
         text(spec.privateNotes),
         spec.reminderMinutes ? QVariant(*spec.reminderMinutes) : QVariant(QMetaType(QMetaType::Int)),
         spec.createdAt,
         spec.updatedAt});
}

} // namespace trellis::test
