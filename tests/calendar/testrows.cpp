#include "testrows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trellis::test {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// A null QString would be bound as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

template <typename T>
T must(Result<T> result)
{
    if (!result.ok())
        qFatal("TestRows: %s", qPrintable(result.errorMessage()));
    return std::move(result).value();
}

} // namespace

qint64 TestRows::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        qFatal("TestRows: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("TestRows: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

qint64 TestRows::person(const QString &name)
{
    return exec(
        QStringLiteral("INSERT INTO person(display_name, is_mentor, is_mentee, created_at, updated_at) "
                       "VALUES(?, 1, 1, 0, 0)"),
        {name});
}

qint64 TestRows::programme(const QString &name)
{
    return exec(QStringLiteral("INSERT INTO programme(name, created_at, updated_at) VALUES(?, 0, 0)"),
                {name});
}

qint64 TestRows::cohort(qint64 programmeId, const QString &name)
{
    return exec(QStringLiteral("INSERT INTO cohort(programme_id, name, start_date, created_at, updated_at) "
                               "VALUES(?, ?, '2024-01-01', 0, 0)"),
                {programmeId, name});
}

qint64 TestRows::relationship(const RelationshipSpec &spec)
{
    return exec(
        QStringLiteral("INSERT INTO relationship(mentor_id, mentee_id, programme_id, cohort_id, status, "
                       "proposed_on, start_date, cadence_days, fit_check_due, fit_check_outcome, "
                       "created_at, updated_at) VALUES(?, ?, ?, ?, ?, '2023-12-01', ?, ?, ?, ?, 0, 0)"),
        {spec.mentorId, spec.menteeId, optionalId(spec.programmeId), optionalId(spec.cohortId), spec.status,
         nullIfEmpty(spec.startDate), spec.cadenceDays, nullIfEmpty(spec.fitCheckDue), spec.fitCheckOutcome});
}

qint64 TestRows::relationship(qint64 mentorId, qint64 menteeId, std::optional<qint64> programmeId,
                              std::optional<qint64> cohortId)
{
    RelationshipSpec spec;
    spec.mentorId = mentorId;
    spec.menteeId = menteeId;
    spec.programmeId = programmeId;
    spec.cohortId = cohortId;
    return relationship(spec);
}

qint64 TestRows::single(qint64 relationshipId, const LocalStart &start, int minutes, const QString &status)
{
    const qint64 startUtc = must(MeetingTimes::startUtc(start));
    const qint64 endUtc = MeetingTimes::endUtc(startUtc, minutes, start.allDay);
    return exec(
        QStringLiteral("INSERT INTO meeting(relationship_id, kind, uid, start_local, timezone, floating, "
                       "all_day, start_utc, duration_minutes, range_start_utc, range_end_utc, status, "
                       "created_at, updated_at) VALUES(?, 'single', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
        {relationshipId, QStringLiteral("single-%1@test").arg(++m_uid), start.text, text(start.timezone),
         int(start.floating), int(start.allDay), startUtc, minutes, startUtc, endUtc, status});
}

qint64 TestRows::series(qint64 relationshipId, const LocalStart &start, int minutes, const QString &rrule,
                        const QString &rdates, const QString &exdates)
{
    const qint64 startUtc = must(MeetingTimes::startUtc(start));
    const SeriesBounds bounds = must(MeetingTimes::seriesBounds(start, minutes, rrule, rdates, exdates));
    return exec(
        QStringLiteral("INSERT INTO meeting(relationship_id, kind, uid, start_local, timezone, floating, "
                       "all_day, start_utc, duration_minutes, rrule, rdates, exdates, "
                       "range_start_utc, "
                       "range_end_utc, created_at, updated_at) "
                       "VALUES(?, 'series', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
        {relationshipId, QStringLiteral("series-%1@test").arg(++m_uid), start.text, text(start.timezone),
         int(start.floating), int(start.allDay), startUtc, minutes, text(rrule), text(rdates), text(exdates),
         bounds.firstStartUtc,
         bounds.lastEndUtc ? QVariant(*bounds.lastEndUtc) : QVariant(QMetaType::fromType<qint64>())});
}

qint64 TestRows::override(qint64 seriesId, const QString &recurrenceId, const LocalStart &start, int minutes,
                          const QString &status)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT relationship_id, uid, timezone, floating, all_day FROM meeting WHERE id = ?"));
    query.addBindValue(seriesId);
    if (!query.exec() || !query.next())
        qFatal("TestRows: no series %lld", seriesId);
    const qint64 relationshipId = query.value(0).toLongLong();
    const QString uid = query.value(1).toString();
    const LocalStart seriesForm{recurrenceId, query.value(2).toString(), query.value(3).toInt() != 0,
                                query.value(4).toInt() != 0};
    const qint64 recurrenceUtc = must(MeetingTimes::startUtc(seriesForm));
    const qint64 startUtc = must(MeetingTimes::startUtc(start));
    const qint64 endUtc = MeetingTimes::endUtc(startUtc, minutes, start.allDay);
    return exec(
        QStringLiteral("INSERT INTO meeting(relationship_id, kind, series_id, uid, start_local, timezone, "
                       "floating, all_day, start_utc, duration_minutes, recurrence_id, recurrence_id_utc, "
                       "range_start_utc, range_end_utc, status, created_at, updated_at) "
                       "VALUES(?, 'override', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
        {relationshipId, seriesId, uid, start.text, text(start.timezone), int(start.floating),
         int(start.allDay), startUtc, minutes, recurrenceId, recurrenceUtc, startUtc, endUtc, status});
}

qint64 TestRows::goal(qint64 relationshipId, double startValue, double targetValue, const QString &status)
{
    return exec(QStringLiteral("INSERT INTO goal(relationship_id, title, start_value, target_value, status, "
                               "created_at, updated_at) VALUES(?, 'Goal', ?, ?, ?, 0, 0)"),
                {relationshipId, startValue, targetValue, status});
}

qint64 TestRows::progress(qint64 goalId, const QString &recordedOn, double value)
{
    return exec(QStringLiteral("INSERT INTO progress_update(goal_id, recorded_on, value, created_at) "
                               "VALUES(?, ?, ?, 0)"),
                {goalId, recordedOn, value});
}

qint64 TestRows::actionItem(qint64 relationshipId, bool done)
{
    return exec(
        QStringLiteral("INSERT INTO action_item(relationship_id, title, done_on, created_at, updated_at) "
                       "VALUES(?, 'Do it', ?, 0, 0)"),
        {relationshipId,
         done ? QVariant(QStringLiteral("2024-01-02")) : QVariant(QMetaType::fromType<QString>())});
}

qint64 TestRows::contact(qint64 relationshipId, qint64 occurredAtUtc)
{
    return exec(
        QStringLiteral("INSERT INTO contact(relationship_id, occurred_at, channel, created_at, updated_at) "
                       "VALUES(?, ?, 'call', 0, 0)"),
        {relationshipId, occurredAtUtc});
}

qint64 TestRows::feedback(qint64 relationshipId, int rating, const QString &givenOn)
{
    return exec(
        QStringLiteral("INSERT INTO feedback(relationship_id, author_role, rating, given_on, created_at) "
                       "VALUES(?, 'mentee', ?, ?, 0)"),
        {relationshipId, rating, givenOn});
}

} // namespace trellis::test
