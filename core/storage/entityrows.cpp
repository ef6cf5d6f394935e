#include "storage/entityrows.h"

namespace trellis {

namespace {

using Map = QVariantMap;

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant date(const std::optional<QDate> &value)
{
    return value ? date(*value) : QVariant();
}

QVariant optionalId(const std::optional<Id> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

QVariant list(const QStringList &items)
{
    return items.join(QLatin1Char(','));
}

QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<QDate> toOptionalDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return toDate(value);
}

std::optional<Id> toOptionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QStringList toList(const QVariant &value, QChar separator = QLatin1Char(','))
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(separator);
}

template <typename E>
E toEnum(const QVariant &value, E fallback)
{
    return fromText<E>(value.toString()).value_or(fallback);
}

Id idOf(const Map &row)
{
    return row.value(QStringLiteral("id")).toLongLong();
}

#define K(name) QStringLiteral(name)

} // namespace

Map EntityRows::tagRow(Id personId, TagKind kind, const QString &tag)
{
    return {{K("person_id"), personId}, {K("kind"), toText(kind)}, {K("tag"), tag}};
}

Id EntityRows::personOfTag(const Map &row)
{
    return row.value(K("person_id")).toLongLong();
}

Map EntityRows::settingRow(const QString &key, const QString &value)
{
    return {{K("key"), key}, {K("value"), value}};
}

QString EntityRows::settingKey(const Map &row)
{
    return row.value(K("key")).toString();
}

QString EntityRows::settingValue(const Map &row)
{
    return row.value(K("value")).toString();
}

Map EntityRows::toRow(const Person &v)
{
    return {{K("display_name"), v.displayName},
            {K("email"), v.email},
            {K("phone"), v.phone},
            {K("is_mentor"), flag(v.isMentor)},
            {K("is_mentee"), flag(v.isMentee)},
            {K("is_coordinator"), flag(v.isCoordinator)},
            {K("capacity"), v.capacity},
            {K("timezone"), v.timezone},
            {K("department"), v.department},
            {K("manager_id"), optionalId(v.managerId)},
            {K("languages"), list(v.languages)},
            {K("bio"), v.bio}};
}

void EntityRows::fromRow(const Map &r, Person &v)
{
    v.id = idOf(r);
    v.displayName = r.value(K("display_name")).toString();
    v.email = r.value(K("email")).toString();
    v.phone = r.value(K("phone")).toString();
    v.isMentor = r.value(K("is_mentor")).toBool();
    v.isMentee = r.value(K("is_mentee")).toBool();
    v.isCoordinator = r.value(K("is_coordinator")).toBool();
    v.capacity = r.value(K("capacity")).toInt();
    v.timezone = r.value(K("timezone")).toString();
    v.department = r.value(K("department")).toString();
    v.managerId = toOptionalId(r.value(K("manager_id")));
    v.languages = toList(r.value(K("languages")));
    v.bio = r.value(K("bio")).toString();
}

Map EntityRows::toRow(const Programme &v)
{
    return {{K("name"), v.name},
            {K("description"), v.description},
            {K("objectives"), v.objectives},
            {K("format"), toText(v.format)},
            {K("default_cadence_days"), v.defaultCadenceDays},
            {K("default_duration_months"), v.defaultDurationMonths},
            {K("default_meeting_minutes"), v.defaultMeetingMinutes}};
}

void EntityRows::fromRow(const Map &r, Programme &v)
{
    v.id = idOf(r);
    v.name = r.value(K("name")).toString();
    v.description = r.value(K("description")).toString();
    v.objectives = r.value(K("objectives")).toString();
    v.format = toEnum(r.value(K("format")), ProgrammeFormat::OneToOne);
    v.defaultCadenceDays = r.value(K("default_cadence_days")).toInt();
    v.defaultDurationMonths = r.value(K("default_duration_months")).toInt();
    v.defaultMeetingMinutes = r.value(K("default_meeting_minutes")).toInt();
}

Map EntityRows::toRow(const Cohort &v)
{
    return {{K("programme_id"), v.programmeId},
            {K("name"), v.name},
            {K("start_date"), date(v.startDate)},
            {K("end_date"), date(v.endDate)}};
}

void EntityRows::fromRow(const Map &r, Cohort &v)
{
    v.id = idOf(r);
    v.programmeId = r.value(K("programme_id")).toLongLong();
    v.name = r.value(K("name")).toString();
    v.startDate = toDate(r.value(K("start_date")));
    v.endDate = toOptionalDate(r.value(K("end_date")));
}

Map EntityRows::toRow(const Relationship &v)
{
    return {{K("mentor_id"), v.mentorId},
            {K("mentee_id"), v.menteeId},
            {K("programme_id"), optionalId(v.programmeId)},
            {K("cohort_id"), optionalId(v.cohortId)},
            {K("status"), toText(v.status)},
            {K("proposed_on"), date(v.proposedOn)},
            {K("start_date"), date(v.startDate)},
            {K("planned_end_date"), date(v.plannedEndDate)},
            {K("end_date"), date(v.endDate)},
            {K("end_reason"), v.endReason},
            {K("closing_reflection"), v.closingReflection},
            {K("cadence_days"), v.cadenceDays},
            {K("agreement"), v.agreement},
            {K("fit_check_due"), date(v.fitCheckDue)},
            {K("fit_check_outcome"), toText(v.fitCheckOutcome)}};
}

void EntityRows::fromRow(const Map &r, Relationship &v)
{
    v.id = idOf(r);
    v.mentorId = r.value(K("mentor_id")).toLongLong();
    v.menteeId = r.value(K("mentee_id")).toLongLong();
    v.programmeId = toOptionalId(r.value(K("programme_id")));
    v.cohortId = toOptionalId(r.value(K("cohort_id")));
    v.status = toEnum(r.value(K("status")), RelationshipStatus::Proposed);
    v.proposedOn = toDate(r.value(K("proposed_on")));
    v.startDate = toOptionalDate(r.value(K("start_date")));
    v.plannedEndDate = toOptionalDate(r.value(K("planned_end_date")));
    v.endDate = toOptionalDate(r.value(K("end_date")));
    v.endReason = r.value(K("end_reason")).toString();
    v.closingReflection = r.value(K("closing_reflection")).toString();
    v.cadenceDays = r.value(K("cadence_days")).toInt();
    v.agreement = r.value(K("agreement")).toString();
    v.fitCheckDue = toOptionalDate(r.value(K("fit_check_due")));
    v.fitCheckOutcome = toEnum(r.value(K("fit_check_outcome")), FitCheckOutcome::Pending);
}

Map EntityRows::toRow(const SupportContact &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("name"), v.name},
            {K("relation"), v.relation},
            {K("contact"), v.contact},
            {K("note"), v.note}};
}

void EntityRows::fromRow(const Map &r, SupportContact &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.name = r.value(K("name")).toString();
    v.relation = r.value(K("relation")).toString();
    v.contact = r.value(K("contact")).toString();
    v.note = r.value(K("note")).toString();
}

Map EntityRows::toRow(const Goal &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("title"), v.title},
            {K("description"), v.description},
            {K("measure_kind"), toText(v.measureKind)},
            {K("start_value"), v.startValue},
            {K("target_value"), v.targetValue},
            {K("unit"), v.unit},
            {K("relevance"), v.relevance},
            {K("category"), v.category},
            {K("due_date"), date(v.dueDate)},
            {K("status"), toText(v.status)}};
}

void EntityRows::fromRow(const Map &r, Goal &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.title = r.value(K("title")).toString();
    v.description = r.value(K("description")).toString();
    v.measureKind = toEnum(r.value(K("measure_kind")), MeasureKind::Percentage);
    v.startValue = r.value(K("start_value")).toDouble();
    v.targetValue = r.value(K("target_value")).toDouble();
    v.unit = r.value(K("unit")).toString();
    v.relevance = r.value(K("relevance")).toString();
    v.category = r.value(K("category")).toString();
    v.dueDate = toOptionalDate(r.value(K("due_date")));
    v.status = toEnum(r.value(K("status")), GoalStatus::NotStarted);
}

Map EntityRows::toRow(const Milestone &v)
{
    return {{K("goal_id"), v.goalId},
            {K("title"), v.title},
            {K("due_date"), date(v.dueDate)},
            {K("done_on"), date(v.doneOn)},
            {K("position"), v.position}};
}

void EntityRows::fromRow(const Map &r, Milestone &v)
{
    v.id = idOf(r);
    v.goalId = r.value(K("goal_id")).toLongLong();
    v.title = r.value(K("title")).toString();
    v.dueDate = toOptionalDate(r.value(K("due_date")));
    v.doneOn = toOptionalDate(r.value(K("done_on")));
    v.position = r.value(K("position")).toInt();
}

Map EntityRows::toRow(const ProgressUpdate &v)
{
    return {{K("goal_id"), v.goalId},
            {K("recorded_on"), date(v.recordedOn)},
            {K("value"), v.value},
            {K("note"), v.note},
            {K("author_id"), optionalId(v.authorId)}};
}

void EntityRows::fromRow(const Map &r, ProgressUpdate &v)
{
    v.id = idOf(r);
    v.goalId = r.value(K("goal_id")).toLongLong();
    v.recordedOn = toDate(r.value(K("recorded_on")));
    v.value = r.value(K("value")).toDouble();
    v.note = r.value(K("note")).toString();
    v.authorId = toOptionalId(r.value(K("author_id")));
}

Map EntityRows::toRow(const Meeting &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("kind"), toText(v.kind)},
            {K("series_id"), optionalId(v.seriesId)},
            {K("uid"), v.uid},
            {K("sequence"), v.sequence},
            {K("title"), v.title},
            {K("location"), v.location},
            {K("start_local"), v.startLocal},
            {K("timezone"), v.timezone},
            {K("floating"), flag(v.floating)},
            {K("all_day"), flag(v.allDay)},
            {K("start_utc"), v.startUtc},
            {K("duration_minutes"), v.durationMinutes},
            {K("rrule"), v.rrules.join(QLatin1Char('\n'))},
            {K("rdates"), list(v.rdates)},
            {K("exdates"), list(v.exdates)},
            {K("recurrence_id"), v.recurrenceId},
            {K("recurrence_id_utc"), v.recurrenceIdUtc ? QVariant(*v.recurrenceIdUtc) : QVariant()},
            {K("range_start_utc"), v.rangeStartUtc},
            {K("range_end_utc"), v.rangeEndUtc ? QVariant(*v.rangeEndUtc) : QVariant()},
            {K("mode"), toText(v.mode)},
            {K("status"), toText(v.status)},
            {K("initiator"), toText(v.initiator)},
            {K("agenda"), v.agenda},
            {K("shared_notes"), v.sharedNotes},
            {K("private_notes"), v.privateNotes},
            {K("reminder_minutes"), v.reminderMinutes ? QVariant(*v.reminderMinutes) : QVariant()}};
}

void EntityRows::fromRow(const Map &r, Meeting &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.kind = toEnum(r.value(K("kind")), MeetingKind::Single);
    v.seriesId = toOptionalId(r.value(K("series_id")));
    v.uid = r.value(K("uid")).toString();
    v.sequence = r.value(K("sequence")).toInt();
    v.title = r.value(K("title")).toString();
    v.location = r.value(K("location")).toString();
    v.startLocal = r.value(K("start_local")).toString();
    v.timezone = r.value(K("timezone")).toString();
    v.floating = r.value(K("floating")).toBool();
    v.allDay = r.value(K("all_day")).toBool();
    v.startUtc = r.value(K("start_utc")).toLongLong();
    v.durationMinutes = r.value(K("duration_minutes")).toInt();
    v.rrules = toList(r.value(K("rrule")), QLatin1Char('\n'));
    v.rdates = toList(r.value(K("rdates")));
    v.exdates = toList(r.value(K("exdates")));
    v.recurrenceId = r.value(K("recurrence_id")).toString();
    v.recurrenceIdUtc = toOptionalId(r.value(K("recurrence_id_utc")));
    v.rangeStartUtc = r.value(K("range_start_utc")).toLongLong();
    v.rangeEndUtc = toOptionalId(r.value(K("range_end_utc")));
    v.mode = toEnum(r.value(K("mode")), MeetingMode::Video);
    v.status = toEnum(r.value(K("status")), MeetingStatus::Planned);
    v.initiator = toEnum(r.value(K("initiator")), Initiator::Unknown);
    v.agenda = r.value(K("agenda")).toString();
    v.sharedNotes = r.value(K("shared_notes")).toString();
    v.privateNotes = r.value(K("private_notes")).toString();
    const QVariant reminder = r.value(K("reminder_minutes"));
    v.reminderMinutes = reminder.isNull() ? std::nullopt : std::optional<int>(reminder.toInt());
}

Map EntityRows::toRow(const ActionItem &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("meeting_id"), optionalId(v.meetingId)},
            {K("title"), v.title},
            {K("owner_id"), optionalId(v.ownerId)},
            {K("due_date"), date(v.dueDate)},
            {K("done_on"), date(v.doneOn)}};
}

void EntityRows::fromRow(const Map &r, ActionItem &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.meetingId = toOptionalId(r.value(K("meeting_id")));
    v.title = r.value(K("title")).toString();
    v.ownerId = toOptionalId(r.value(K("owner_id")));
    v.dueDate = toOptionalDate(r.value(K("due_date")));
    v.doneOn = toOptionalDate(r.value(K("done_on")));
}

Map EntityRows::toRow(const Contact &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("occurred_at"), v.occurredAt.toSecsSinceEpoch()},
            {K("channel"), toText(v.channel)},
            {K("initiator"), toText(v.initiator)},
            {K("summary"), v.summary}};
}

void EntityRows::fromRow(const Map &r, Contact &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.occurredAt = QDateTime::fromSecsSinceEpoch(r.value(K("occurred_at")).toLongLong(), Qt::UTC);
    v.channel = toEnum(r.value(K("channel")), ContactChannel::Other);
    v.initiator = toEnum(r.value(K("initiator")), Initiator::Unknown);
    v.summary = r.value(K("summary")).toString();
}

Map EntityRows::toRow(const Resource &v)
{
    return {{K("title"), v.title},
            {K("kind"), toText(v.kind)},
            {K("url"), v.url},
            {K("description"), v.description},
            {K("tags"), list(v.tags)},
            {K("deadline"), date(v.deadline)},
            {K("added_by"), optionalId(v.addedBy)}};
}

void EntityRows::fromRow(const Map &r, Resource &v)
{
    v.id = idOf(r);
    v.title = r.value(K("title")).toString();
    v.kind = toEnum(r.value(K("kind")), ResourceKind::Link);
    v.url = r.value(K("url")).toString();
    v.description = r.value(K("description")).toString();
    v.tags = toList(r.value(K("tags")));
    v.deadline = toOptionalDate(r.value(K("deadline")));
    v.addedBy = toOptionalId(r.value(K("added_by")));
}

Map EntityRows::toRow(const ResourceShare &v)
{
    return {{K("resource_id"), v.resourceId},
            {K("relationship_id"), v.relationshipId},
            {K("shared_by"), optionalId(v.sharedBy)},
            {K("shared_on"), date(v.sharedOn)},
            {K("read_on"), date(v.readOn)},
            {K("discussed_on"), date(v.discussedOn)},
            {K("note"), v.note}};
}

void EntityRows::fromRow(const Map &r, ResourceShare &v)
{
    v.id = idOf(r);
    v.resourceId = r.value(K("resource_id")).toLongLong();
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.sharedBy = toOptionalId(r.value(K("shared_by")));
    v.sharedOn = toDate(r.value(K("shared_on")));
    v.readOn = toOptionalDate(r.value(K("read_on")));
    v.discussedOn = toOptionalDate(r.value(K("discussed_on")));
    v.note = r.value(K("note")).toString();
}

Map EntityRows::toRow(const Feedback &v)
{
    return {{K("relationship_id"), v.relationshipId},
            {K("meeting_id"), optionalId(v.meetingId)},
            {K("author_role"), toText(v.authorRole)},
            {K("author_id"), optionalId(v.authorId)},
            {K("rating"), v.rating},
            {K("comment"), v.comment},
            {K("given_on"), date(v.givenOn)}};
}

void EntityRows::fromRow(const Map &r, Feedback &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.meetingId = toOptionalId(r.value(K("meeting_id")));
    v.authorRole = toEnum(r.value(K("author_role")), Role::Mentee);
    v.authorId = toOptionalId(r.value(K("author_id")));
    v.rating = r.value(K("rating")).toInt();
    v.comment = r.value(K("comment")).toString();
    v.givenOn = toDate(r.value(K("given_on")));
}

} // namespace trellis
