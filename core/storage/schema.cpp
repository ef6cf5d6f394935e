#include "storage/schema.h"

#include <QCoreApplication>
#include <QHash>

namespace trellis {

namespace {

#define K(name) QStringLiteral(name)

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

// Keep in step with resources/sql/<dialect>/*.sql (SchemaDefinitionTest compares them).
QList<TableDefinition> definitions()
{
    using E = Entity;
    constexpr auto Cascade = OnDelete::Cascade;
    constexpr auto SetNull = OnDelete::SetNull;
    constexpr auto Restrict = OnDelete::Restrict;
    return {
        // Schema 1's key/value table, with ids since schema 4 (the profile and the preferences).
        {E::Setting, K("settings"), columns("id,key,value"), {}, K("key")},
        {E::Person,
         K("person"),
         columns("id,display_name,email,phone,is_mentor,is_mentee,is_coordinator,capacity,timezone,"
                 "department,manager_id,languages,bio,created_at,updated_at"),
         {{K("manager_id"), E::Person, SetNull}},
         K("display_name")},
        {E::PersonTag,
         K("person_tag"),
         columns("id,person_id,kind,tag"),
         {{K("person_id"), E::Person, Cascade}},
         K("tag")},
        {E::Programme,
         K("programme"),
         columns("id,name,description,objectives,format,default_cadence_days,default_duration_months,"
                 "default_meeting_minutes,created_at,updated_at"),
         {},
         K("name")},
        {E::Cohort,
         K("cohort"),
         columns("id,programme_id,name,start_date,end_date,created_at,updated_at"),
         {{K("programme_id"), E::Programme, Cascade}},
         K("name")},
        {E::Relationship,
         K("relationship"),
         columns("id,mentor_id,mentee_id,programme_id,cohort_id,status,proposed_on,start_date,"
                 "planned_end_date,end_date,end_reason,closing_reflection,cadence_days,agreement,"
                 "fit_check_due,fit_check_outcome,created_at,updated_at"),
         {{K("mentor_id"), E::Person, Restrict},
          {K("mentee_id"), E::Person, Restrict},
          {K("programme_id"), E::Programme, SetNull},
          {K("cohort_id"), E::Cohort, SetNull}},
         {}},
        {E::SupportContact,
         K("support_contact"),
         columns("id,relationship_id,name,relation,contact,note"),
         {{K("relationship_id"), E::Relationship, Cascade}},
         K("name")},
        {E::Goal,
         K("goal"),
         columns("id,relationship_id,title,description,measure_kind,start_value,target_value,unit,"
                 "relevance,category,due_date,status,created_at,updated_at"),
         {{K("relationship_id"), E::Relationship, Cascade}},
         K("title")},
        {E::Milestone,
         K("milestone"),
         columns("id,goal_id,title,due_date,done_on,position"),
         {{K("goal_id"), E::Goal, Cascade}},
         K("title")},
        {E::ProgressUpdate,
         K("progress_update"),
         columns("id,goal_id,recorded_on,value,note,author_id,created_at"),
         {{K("goal_id"), E::Goal, Cascade}, {K("author_id"), E::Person, SetNull}},
         K("recorded_on")},
        {E::Meeting,
         K("meeting"),
         columns("id,relationship_id,kind,series_id,uid,sequence,title,location,start_local,timezone,"
                 "floating,all_day,start_utc,duration_minutes,rrule,rdates,exdates,recurrence_id,"
                 "recurrence_id_utc,range_start_utc,range_end_utc,mode,status,initiator,agenda,"
                 "shared_notes,private_notes,reminder_minutes,created_at,updated_at"),
         {{K("relationship_id"), E::Relationship, Cascade}, {K("series_id"), E::Meeting, Cascade}},
         K("title")},
        {E::ActionItem,
         K("action_item"),
         columns("id,relationship_id,meeting_id,title,owner_id,due_date,done_on,created_at,updated_at"),
         {{K("relationship_id"), E::Relationship, Cascade},
          {K("meeting_id"), E::Meeting, SetNull},
          {K("owner_id"), E::Person, SetNull}},
         K("title")},
        {E::Contact,
         K("contact"),
         columns("id,relationship_id,occurred_at,channel,initiator,summary,created_at,updated_at"),
         {{K("relationship_id"), E::Relationship, Cascade}},
         {}},
        {E::Resource,
         K("resource"),
         columns("id,title,kind,url,description,tags,deadline,added_by,created_at,updated_at,organisation,"
                 "location,audience"),
         {{K("added_by"), E::Person, SetNull}},
         K("title")},
        {E::ResourceShare,
         K("resource_share"),
         columns(
             "id,resource_id,relationship_id,shared_by,shared_on,read_on,discussed_on,note,resource_title,"
             "opened_by,discussed_by,goal_id,meeting_id"),
         {{K("resource_id"), E::Resource, SetNull},
          {K("relationship_id"), E::Relationship, Cascade},
          {K("shared_by"), E::Person, SetNull},
          {K("opened_by"), E::Person, SetNull},
          {K("discussed_by"), E::Person, SetNull},
          {K("goal_id"), E::Goal, SetNull},
          {K("meeting_id"), E::Meeting, SetNull}},
         K("resource_title")},
        {E::Feedback,
         K("feedback"),
         columns("id,relationship_id,meeting_id,author_role,author_id,rating,comment,given_on,created_at,"
                 "visibility"),
         {{K("relationship_id"), E::Relationship, Cascade},
          {K("meeting_id"), E::Meeting, SetNull},
          {K("author_id"), E::Person, SetNull}},
         K("given_on")},
        {E::ResourceAttachment,
         K("resource_attachment"),
         columns("id,resource_id,file_name,media_type,byte_size,sha256,content,extracted_text,text_status,"
                 "created_at,updated_at"),
         {{K("resource_id"), E::Resource, Cascade}},
         K("file_name")},
        {E::LibraryTag, K("library_tag"), columns("id,name,colour,created_at,updated_at"), {}, K("name")},
        {E::SavedSearch,
         K("saved_search"),
         columns("id,name,query_text,kind,tag,created_at,updated_at"),
         {},
         K("name")},
        {E::MatchPreference,
         K("match_preference"),
         columns("id,mentee_id,mentor_id,kind,rank"),
         {{K("mentee_id"), E::Person, Cascade}, {K("mentor_id"), E::Person, Cascade}},
         {}},
        // Schema 9: resources a mentee suggests to the mentor.
        {E::ResourceSuggestion,
         K("resource_suggestion"),
         columns("id,relationship_id,suggested_by,suggested_on,title,kind,url,note,status,decided_on,"
                 "resource_id,created_at,updated_at"),
         {{K("relationship_id"), E::Relationship, Cascade},
          {K("suggested_by"), E::Person, SetNull},
          {K("resource_id"), E::Resource, SetNull}},
         K("title")},
    };
}

#undef K

QString tr(const char *text)
{
    return QCoreApplication::translate("Schema", text);
}

struct Index {
    QList<TableDefinition> tables;
    QHash<int, qsizetype> byEntity;
    QHash<QString, Entity> byName;
    QHash<int, QList<Schema::Reference>> references;
};

const Index &index()
{
    static const Index built = [] {
        Index result;
        result.tables = definitions();
        for (qsizetype i = 0; i < result.tables.size(); ++i) {
            const TableDefinition &table = result.tables.at(i);
            result.byEntity.insert(int(table.entity), i);
            result.byName.insert(table.name, table.entity);
            for (const ForeignKeyDefinition &key : table.foreignKeys)
                result.references[int(key.parent)].append({table.entity, key.column, key.onDelete});
        }
        return result;
    }();
    return built;
}

} // namespace

const QList<TableDefinition> &Schema::tables()
{
    return index().tables;
}

const TableDefinition *Schema::find(Entity entity)
{
    const auto it = index().byEntity.constFind(int(entity));
    return it == index().byEntity.cend() ? nullptr : &index().tables.at(*it);
}

QString Schema::tableName(Entity entity)
{
    const TableDefinition *table = find(entity);
    return table ? table->name : QString();
}

std::optional<Entity> Schema::entityOf(QStringView table)
{
    const auto it = index().byName.constFind(table.toString());
    if (it == index().byName.cend())
        return std::nullopt;
    return *it;
}

const QList<Schema::Reference> &Schema::referencesTo(Entity entity)
{
    static const QList<Reference> none;
    const auto it = index().references.constFind(int(entity));
    return it == index().references.cend() ? none : *it;
}

QString Schema::label(Entity entity)
{
    switch (entity) {
    case Entity::Person:
        return tr("person");
    case Entity::PersonTag:
        return tr("skill or interest");
    case Entity::Programme:
        return tr("programme");
    case Entity::Cohort:
        return tr("cohort");
    case Entity::Relationship:
        return tr("relationship");
    case Entity::SupportContact:
        return tr("support contact");
    case Entity::Goal:
        return tr("goal");
    case Entity::Milestone:
        return tr("milestone");
    case Entity::ProgressUpdate:
        return tr("progress update");
    case Entity::Meeting:
        return tr("meeting");
    case Entity::ActionItem:
        return tr("action item");
    case Entity::Contact:
        return tr("contact");
    case Entity::Resource:
        return tr("resource");
    case Entity::ResourceShare:
        return tr("resource share");
    case Entity::Feedback:
        return tr("feedback");
    case Entity::ResourceAttachment:
        return tr("attachment");
    case Entity::LibraryTag:
        return tr("tag");
    case Entity::SavedSearch:
        return tr("saved search");
    case Entity::ResourceSuggestion:
        return tr("suggestion");
    case Entity::Setting:
        return tr("setting");
    case Entity::Profile:
        return tr("profile");
    case Entity::MatchPreference:
        return tr("matching wish");
    }
    return {};
}

} // namespace trellis
