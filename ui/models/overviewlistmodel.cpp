#include "models/overviewlistmodel.h"

#include "models/loadrequest.h"
#include "models/modelloader.h"
#include "storage/database.h"
#include "storage/relationshipownerquery.h"

#include <QSet>

#include <algorithm>

namespace trellis {

namespace {

bool inScope(const RelationshipScope &scope, const RelationshipOverviewRow &row)
{
    switch (scope.kind) {
    case RelationshipScope::Kind::All:
        return true;
    case RelationshipScope::Kind::Relationship:
        return row.relationshipId == scope.id;
    case RelationshipScope::Kind::Relationships:
        return scope.ids.contains(row.relationshipId);
    case RelationshipScope::Kind::Person:
        return row.mentorId == scope.id || row.menteeId == scope.id;
    case RelationshipScope::Kind::Mentor:
        return row.mentorId == scope.id;
    case RelationshipScope::Kind::Mentee:
        return row.menteeId == scope.id;
    case RelationshipScope::Kind::Cohort:
        return row.cohortId == scope.id;
    }
    return false;
}

// The relationships a partial request touched, or nothing when that cannot be told (a changed
// row is gone) or they are too many to be worth reading one by one.
Result<std::optional<QList<Id>>> touchedRelationships(Database &database, const LoadRequest &request)
{
    QSet<Id> touched;
    const RelationshipOwnerQuery query(database.connection());
    for (const Entity entity : request.entities()) {
        const QList<Id> ids = request.ids(entity);
        if (entity == Entity::Relationship) {
            touched.unite(QSet<Id>(ids.cbegin(), ids.cend()));
            continue;
        }
        auto owners = query.owners(entity, ids);
        if (!owners)
            return owners.error();
        if (!owners->complete)
            return std::optional<QList<Id>>();
        touched.unite(QSet<Id>(owners->relationships.cbegin(), owners->relationships.cend()));
    }
    if (touched.size() > OverviewListModel::PartialLimit)
        return std::optional<QList<Id>>();
    QList<Id> sorted(touched.cbegin(), touched.cend());
    std::sort(sorted.begin(), sorted.end());
    return std::optional<QList<Id>>(std::move(sorted));
}

} // namespace

OverviewListModel::OverviewListModel(QObject *parent)
    : IdListModel<RelationshipOverviewEntry>(parent)
{}

QList<Entity> OverviewListModel::watchedEntities()
{
    return {Entity::Relationship, Entity::Person,  Entity::Programme, Entity::Cohort,
            Entity::Meeting,      Entity::Contact, Entity::Goal,      Entity::ProgressUpdate,
            Entity::ActionItem,   Entity::Feedback};
}

Result<OverviewListModel::Data> OverviewListModel::fetch(Database &database, const RelationshipScope &scope,
                                                         const LoadRequest &request)
{
    Data data;
    if (!request.isFull()) {
        auto touched = touchedRelationships(database, request);
        if (!touched)
            return touched.error();
        if (touched->has_value()) {
            data.full = false;
            data.ids = std::move(**touched);
            if (data.ids.isEmpty())
                return data;
            auto entries = RelationshipOverview::load(
                database.connection(), RelationshipScope::relationships(data.ids).seenBy(scope.viewer));
            if (!entries)
                return entries.error();
            for (RelationshipOverviewEntry &entry : *entries) {
                if (inScope(scope, entry.row))
                    data.entries.append(std::move(entry));
            }
            return data;
        }
    }
    auto entries = RelationshipOverview::load(database.connection(), scope);
    if (!entries)
        return entries.error();
    data.entries = std::move(entries).value();
    return data;
}

void OverviewListModel::apply(Data data, const LoadRequest &request)
{
    Q_UNUSED(request);
    if (data.full)
        setItems(std::move(data.entries));
    else
        updateItems(data.ids, std::move(data.entries));
}

void OverviewListModel::loadWith(ModelLoader *loader, const RelationshipScope &scope)
{
    loader->setWatched(watchedEntities());
    loader->setLoad(
        [scope](Database &database, const LoadRequest &request) { return fetch(database, scope, request); },
        this, &OverviewListModel::apply);
}

} // namespace trellis
