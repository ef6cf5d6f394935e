#include "models/menteesnapshotfetch.h"

#include "models/loadrequest.h"

namespace trellis {

Result<std::optional<MenteeSnapshot>> MenteeSnapshotFetch::operator()(Database &database,
                                                                      const LoadRequest &request) const
{
    if (!request.isFull()) {
        bool touched = false;
        for (const Entity entity : request.entities()) {
            auto mine = MenteeSnapshot::touchedBy(database, m_personId, entity, request.ids(entity));
            if (!mine)
                return mine.error();
            touched = touched || *mine;
        }
        if (!touched)
            return std::optional<MenteeSnapshot>();
    }
    auto loaded = MenteeSnapshot::load(database, m_personId);
    if (!loaded)
        return loaded.error();
    return std::optional<MenteeSnapshot>(std::move(loaded).value());
}

} // namespace trellis
