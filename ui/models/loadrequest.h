#pragma once

#include "domain/enums.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace trellis {

class JobControl;

// What one load of a ModelLoader must read: everything (a full load), or only the rows whose ids
// the notifier announced, by entity (a partial load). Removed ids are included: a partial fetch
// simply does not find them, and the model removes their rows.
class LoadRequest {
public:
    // A full load.
    LoadRequest() = default;
    // A partial load of these ids of `entity`.
    static LoadRequest changes(Entity entity, const QList<Id> &ids);

    bool isFull() const { return m_full; }
    // Whether the load must read something of `entity`: always on a full load.
    bool touches(Entity entity) const { return m_full || m_ids.contains(entity); }
    // The announced ids of `entity`, ascending (empty on a full load).
    QList<Id> ids(Entity entity) const;
    // How many ids a partial load asks for, over all entities.
    int idCount() const;
    QList<Entity> entities() const { return m_ids.keys(); }

    // True once a newer load made this one stale: a long fetch may stop early (its result is dropped
    // anyway). Only meaningful inside the fetch, on the worker thread.
    bool cancelled() const;

    // The loader's bookkeeping: `other`'s ids are added (a full request absorbs everything).
    void merge(const LoadRequest &other);
    void setControl(const JobControl *control) { m_control = control; }

private:
    bool m_full = true;
    QMap<Entity, QSet<Id>> m_ids;
    const JobControl *m_control = nullptr;
};

} // namespace trellis
