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

namespace {

// toRow(): the columns writeRow() gives, collected into a map.
class MapSink final : public RowSink {
public:
    void column(const QString &name, const QVariant &value) override { map.insert(name, value); }
    Map map;
};

template <typename T>
Map mapOf(const T &value)
{
    MapSink sink;
    EntityRows::writeRow(value, sink);
    return std::move(sink.map);
}

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

void EntityRows::writeRow(const Person &v, RowSink &sink)
{
    sink.column(K("display_name"), v.displayName);
    sink.column(K("email"), v.email);
    sink.column(K("phone"), v.phone);
    sink.column(K("is_mentor"), flag(v.isMentor));
    sink.column(K("is_mentee"), flag(v.isMentee));
    sink.column(K("is_coordinator"), flag(v.isCoordinator));
    sink.column(K("capacity"), v.capacity);
    sink.column(K("timezone"), v.timezone);
    sink.column(K("department"), v.department);
    sink.column(K("manager_id"), optionalId(v.managerId));
    sink.column(K("languages"), list(v.languages));
    sink.column(K("bio"), v.bio);
}

Map EntityRows::toRow(const Person &v)
{
    return mapOf(v);
}

QList<Map> EntityRows::tagRows(Id personId, const Person &v)
{
    QList<Map> rows;
    const auto add = [&](TagKind kind, const QStringList &tags) {
        for (const QString &tag : tags)
            rows.append(tagRow(personId, kind, tag));
    };
    add(TagKind::Skill, v.skills);
    add(TagKind::Interest, v.interests);
    return rows;
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

void EntityRows::writeRow(const Programme &v, RowSink &sink)
{
    sink.column(K("name"), v.name);
    sink.column(K("description"), v.description);
    sink.column(K("objectives"), v.objectives);
    sink.column(K("format"), toText(v.format));
    sink.column(K("default_cadence_days"), v.defaultCadenceDays);
    sink.column(K("default_duration_months"), v.defaultDurationMonths);
    sink.column(K("default_meeting_minutes"), v.defaultMeetingMinutes);
}

Map EntityRows::toRow(const Programme &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Cohort &v, RowSink &sink)
{
    sink.column(K("programme_id"), v.programmeId);
    sink.column(K("name"), v.name);
    sink.column(K("start_date"), date(v.startDate));
    sink.column(K("end_date"), date(v.endDate));
}

Map EntityRows::toRow(const Cohort &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, Cohort &v)
{
    v.id = idOf(r);
    v.programmeId = r.value(K("programme_id")).toLongLong();
    v.name = r.value(K("name")).toString();
    v.startDate = toDate(r.value(K("start_date")));
    v.endDate = toOptionalDate(r.value(K("end_date")));
}

void EntityRows::writeRow(const Relationship &v, RowSink &sink)
{
    sink.column(K("mentor_id"), v.mentorId);
    sink.column(K("mentee_id"), v.menteeId);
    sink.column(K("programme_id"), optionalId(v.programmeId));
    sink.column(K("cohort_id"), optionalId(v.cohortId));
    sink.column(K("status"), toText(v.status));
    sink.column(K("proposed_on"), date(v.proposedOn));
    sink.column(K("start_date"), date(v.startDate));
    sink.column(K("planned_end_date"), date(v.plannedEndDate));
    sink.column(K("end_date"), date(v.endDate));
    sink.column(K("end_reason"), v.endReason);
    sink.column(K("closing_reflection"), v.closingReflection);
    sink.column(K("cadence_days"), v.cadenceDays);
    sink.column(K("agreement"), v.agreement);
    sink.column(K("fit_check_due"), date(v.fitCheckDue));
    sink.column(K("fit_check_outcome"), toText(v.fitCheckOutcome));
}

Map EntityRows::toRow(const Relationship &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const SupportContact &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("name"), v.name);
    sink.column(K("relation"), v.relation);
    sink.column(K("contact"), v.contact);
    sink.column(K("note"), v.note);
}

Map EntityRows::toRow(const SupportContact &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Goal &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("title"), v.title);
    sink.column(K("description"), v.description);
    sink.column(K("measure_kind"), toText(v.measureKind));
    sink.column(K("start_value"), v.startValue);
    sink.column(K("target_value"), v.targetValue);
    sink.column(K("unit"), v.unit);
    sink.column(K("relevance"), v.relevance);
    sink.column(K("category"), v.category);
    sink.column(K("due_date"), date(v.dueDate));
    sink.column(K("status"), toText(v.status));
}

Map EntityRows::toRow(const Goal &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Milestone &v, RowSink &sink)
{
    sink.column(K("goal_id"), v.goalId);
    sink.column(K("title"), v.title);
    sink.column(K("due_date"), date(v.dueDate));
    sink.column(K("done_on"), date(v.doneOn));
    sink.column(K("position"), v.position);
}

Map EntityRows::toRow(const Milestone &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const ProgressUpdate &v, RowSink &sink)
{
    sink.column(K("goal_id"), v.goalId);
    sink.column(K("recorded_on"), date(v.recordedOn));
    sink.column(K("value"), v.value);
    sink.column(K("note"), v.note);
    sink.column(K("author_id"), optionalId(v.authorId));
}

Map EntityRows::toRow(const ProgressUpdate &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Meeting &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("kind"), toText(v.kind));
    sink.column(K("series_id"), optionalId(v.seriesId));
    sink.column(K("uid"), v.uid);
    sink.column(K("sequence"), v.sequence);
    sink.column(K("title"), v.title);
    sink.column(K("location"), v.location);
    sink.column(K("start_local"), v.startLocal);
    sink.column(K("timezone"), v.timezone);
    sink.column(K("floating"), flag(v.floating));
    sink.column(K("all_day"), flag(v.allDay));
    sink.column(K("start_utc"), v.startUtc);
    sink.column(K("duration_minutes"), v.durationMinutes);
    sink.column(K("rrule"), v.rrules.join(QLatin1Char('\n')));
    sink.column(K("rdates"), list(v.rdates));
    sink.column(K("exdates"), list(v.exdates));
    sink.column(K("recurrence_id"), v.recurrenceId);
    sink.column(K("recurrence_id_utc"), v.recurrenceIdUtc ? QVariant(*v.recurrenceIdUtc) : QVariant());
    sink.column(K("range_start_utc"), v.rangeStartUtc);
    sink.column(K("range_end_utc"), v.rangeEndUtc ? QVariant(*v.rangeEndUtc) : QVariant());
    sink.column(K("mode"), toText(v.mode));
    sink.column(K("status"), toText(v.status));
    sink.column(K("initiator"), toText(v.initiator));
    sink.column(K("agenda"), v.agenda);
    sink.column(K("shared_notes"), v.sharedNotes);
    sink.column(K("private_notes"), v.privateNotes);
    sink.column(K("reminder_minutes"), v.reminderMinutes ? QVariant(*v.reminderMinutes) : QVariant());
}

Map EntityRows::toRow(const Meeting &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const ActionItem &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("meeting_id"), optionalId(v.meetingId));
    sink.column(K("title"), v.title);
    sink.column(K("owner_id"), optionalId(v.ownerId));
    sink.column(K("due_date"), date(v.dueDate));
    sink.column(K("done_on"), date(v.doneOn));
}

Map EntityRows::toRow(const ActionItem &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Contact &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("occurred_at"), v.occurredAt.toSecsSinceEpoch());
    sink.column(K("channel"), toText(v.channel));
    sink.column(K("initiator"), toText(v.initiator));
    sink.column(K("summary"), v.summary);
}

Map EntityRows::toRow(const Contact &v)
{
    return mapOf(v);
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

void EntityRows::writeRow(const Resource &v, RowSink &sink)
{
    sink.column(K("title"), v.title);
    sink.column(K("kind"), toText(v.kind));
    sink.column(K("url"), v.url);
    sink.column(K("description"), v.description);
    sink.column(K("tags"), list(v.tags));
    sink.column(K("deadline"), date(v.deadline));
    sink.column(K("added_by"), optionalId(v.addedBy));
    sink.column(K("organisation"), v.organisation);
    sink.column(K("location"), v.location);
    sink.column(K("audience"), toText(v.audience));
}

Map EntityRows::toRow(const Resource &v)
{
    return mapOf(v);
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
    v.organisation = r.value(K("organisation")).toString();
    v.location = r.value(K("location")).toString();
    v.audience = toEnum(r.value(K("audience")), ResourceAudience::Everyone);
}

void EntityRows::writeRow(const ResourceShare &v, RowSink &sink)
{
    sink.column(K("resource_id"), v.resourceId ? QVariant(v.resourceId) : QVariant());
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("shared_by"), optionalId(v.sharedBy));
    sink.column(K("shared_on"), date(v.sharedOn));
    sink.column(K("read_on"), date(v.readOn));
    sink.column(K("discussed_on"), date(v.discussedOn));
    sink.column(K("note"), v.note);
    sink.column(K("resource_title"), v.resourceTitle);
    sink.column(K("opened_by"), optionalId(v.openedBy));
    sink.column(K("discussed_by"), optionalId(v.discussedBy));
    sink.column(K("goal_id"), optionalId(v.goalId));
    sink.column(K("meeting_id"), optionalId(v.meetingId));
}

Map EntityRows::toRow(const ResourceShare &v)
{
    return mapOf(v);
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
    v.resourceTitle = r.value(K("resource_title")).toString();
    v.openedBy = toOptionalId(r.value(K("opened_by")));
    v.discussedBy = toOptionalId(r.value(K("discussed_by")));
    v.goalId = toOptionalId(r.value(K("goal_id")));
    v.meetingId = toOptionalId(r.value(K("meeting_id")));
}

void EntityRows::writeRow(const Feedback &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("meeting_id"), optionalId(v.meetingId));
    sink.column(K("author_role"), toText(v.authorRole));
    sink.column(K("author_id"), optionalId(v.authorId));
    sink.column(K("rating"), v.rating);
    sink.column(K("comment"), v.comment);
    sink.column(K("given_on"), date(v.givenOn));
    sink.column(K("visibility"), toText(v.visibility));
}

Map EntityRows::toRow(const Feedback &v)
{
    return mapOf(v);
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
    v.visibility = toEnum(r.value(K("visibility")), FeedbackVisibility::CoordinatorOnly);
}

void EntityRows::writeRow(const ResourceAttachment &v, RowSink &sink)
{
    sink.column(K("resource_id"), v.resourceId);
    sink.column(K("file_name"), v.fileName);
    sink.column(K("media_type"), v.mediaType);
    sink.column(K("byte_size"), v.byteSize());
    sink.column(K("sha256"), v.sha256);
    sink.column(K("content"), v.content);
    sink.column(K("extracted_text"), v.extractedText);
    sink.column(K("text_status"), toText(v.textStatus));
}

Map EntityRows::toRow(const ResourceAttachment &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, ResourceAttachment &v)
{
    v.id = idOf(r);
    v.resourceId = r.value(K("resource_id")).toLongLong();
    v.fileName = r.value(K("file_name")).toString();
    v.mediaType = r.value(K("media_type")).toString();
    v.content = r.value(K("content")).toByteArray();
    v.sha256 = r.value(K("sha256")).toString();
    v.extractedText = r.value(K("extracted_text")).toString();
    v.textStatus = toEnum(r.value(K("text_status")), AttachmentText::Unreadable);
}

void EntityRows::writeRow(const LibraryTag &v, RowSink &sink)
{
    sink.column(K("name"), v.name);
    sink.column(K("colour"), v.colour);
}

Map EntityRows::toRow(const LibraryTag &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, LibraryTag &v)
{
    v.id = idOf(r);
    v.name = r.value(K("name")).toString();
    v.colour = r.value(K("colour")).toString();
}

void EntityRows::writeRow(const SavedSearch &v, RowSink &sink)
{
    sink.column(K("name"), v.name);
    sink.column(K("query_text"), v.text);
    sink.column(K("kind"), v.kind ? QVariant(toText(*v.kind)) : QVariant());
    sink.column(K("tag"), v.tag);
}

Map EntityRows::toRow(const SavedSearch &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, SavedSearch &v)
{
    v.id = idOf(r);
    v.name = r.value(K("name")).toString();
    v.text = r.value(K("query_text")).toString();
    v.kind =
        r.value(K("kind")).isNull() ? std::nullopt : fromText<ResourceKind>(r.value(K("kind")).toString());
    v.tag = r.value(K("tag")).toString();
}

void EntityRows::writeRow(const MatchPreference &v, RowSink &sink)
{
    sink.column(K("mentee_id"), v.menteeId);
    sink.column(K("mentor_id"), v.mentorId);
    sink.column(K("kind"), toText(v.kind));
    sink.column(K("rank"), v.rank);
}

Map EntityRows::toRow(const MatchPreference &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, MatchPreference &v)
{
    v.id = idOf(r);
    v.menteeId = r.value(K("mentee_id")).toLongLong();
    v.mentorId = r.value(K("mentor_id")).toLongLong();
    v.kind = fromText<MatchPreferenceKind>(r.value(K("kind")).toString()).value_or(MatchPreferenceKind::Wish);
    v.rank = r.value(K("rank")).toInt();
}

void EntityRows::writeRow(const ResourceSuggestion &v, RowSink &sink)
{
    sink.column(K("relationship_id"), v.relationshipId);
    sink.column(K("suggested_by"), optionalId(v.suggestedBy));
    sink.column(K("suggested_on"), date(v.suggestedOn));
    sink.column(K("title"), v.title);
    sink.column(K("kind"), toText(v.kind));
    sink.column(K("url"), v.url);
    sink.column(K("note"), v.note);
    sink.column(K("status"), toText(v.status));
    sink.column(K("decided_on"), date(v.decidedOn));
    sink.column(K("resource_id"), optionalId(v.resourceId));
}

Map EntityRows::toRow(const ResourceSuggestion &v)
{
    return mapOf(v);
}

void EntityRows::fromRow(const Map &r, ResourceSuggestion &v)
{
    v.id = idOf(r);
    v.relationshipId = r.value(K("relationship_id")).toLongLong();
    v.suggestedBy = toOptionalId(r.value(K("suggested_by")));
    v.suggestedOn = toDate(r.value(K("suggested_on")));
    v.title = r.value(K("title")).toString();
    v.kind = toEnum(r.value(K("kind")), ResourceKind::Link);
    v.url = r.value(K("url")).toString();
    v.note = r.value(K("note")).toString();
    v.status = toEnum(r.value(K("status")), SuggestionStatus::Pending);
    v.decidedOn = toOptionalDate(r.value(K("decided_on")));
    v.resourceId = toOptionalId(r.value(K("resource_id")));
}

} // namespace trellis
