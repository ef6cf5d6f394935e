#pragma once

#include "insights/relationshipoverview.h"
#include "models/idlistmodel.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QList>

namespace trellis {

class Database;
class LoadRequest;
class ModelLoader;

// The relationships of a scope with their health, one per row, kept live by a ModelLoader: the
// base of the coordinator's and mentor's relationship lists (RelationshipTableModel,
// MenteeListModel), which add the columns and roles. A change re-reads only the relationships it
// touched — a logged meeting, contact, goal, progress update, action item or feedback re-reads its
// relationship, a renamed person the relationships they are in, a renamed programme or cohort the
// relationships it holds; a relationship that left the scope is removed. When a changed row no
// longer exists (a deleted meeting), whose it was cannot be read, so everything is read again.
class OverviewListModel : public IdListModel<RelationshipOverviewEntry> {
    Q_OBJECT
public:
    // What one load read: every relationship of the scope, or (full = false) the relationships
    // `ids` that a change touched, of which `entries` are those still in the scope.
    struct Data {
        bool full = true;
        QList<Id> ids;
        QList<RelationshipOverviewEntry> entries;
    };

    // A partial load of more relationships than this reads the whole scope instead.
    static constexpr int PartialLimit = 200;

    // The entities whose changes show in a row.
    static QList<Entity> watchedEntities();
    // The loader's two halves: fetch() on its worker thread, apply() on the GUI thread.
    [[nodiscard]] static Result<Data> fetch(Database &database, const RelationshipScope &scope,
                                            const LoadRequest &request);
    void apply(Data data, const LoadRequest &request);
    // Makes `loader` keep this model showing `scope` (call reload() after changing the scope).
    void loadWith(ModelLoader *loader, const RelationshipScope &scope);

    // Everything at once (tests); applied by diff like every load.
    void setEntries(QList<RelationshipOverviewEntry> entries) { setItems(std::move(entries)); }
    const QList<RelationshipOverviewEntry> &entries() const { return items(); }

protected:
    explicit OverviewListModel(QObject *parent = nullptr);

    Id idOf(const RelationshipOverviewEntry &entry) const override { return entry.row.relationshipId; }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::RelationshipOverviewEntry)
