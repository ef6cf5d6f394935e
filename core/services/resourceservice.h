#pragma once

#include "domain/resource.h"
#include "domain/resourceshare.h"
#include "services/servicecontext.h"

namespace trellis {

// Edits of the resource library and of resources shared within relationships.
class ResourceService {
public:
    explicit ResourceService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> createResource(const Resource &resource);
    [[nodiscard]] Result<ChangeSet> updateResource(const Resource &resource);
    [[nodiscard]] Result<ChangeSet> deleteResource(Id resourceId); // with its shares

    // Refused when the resource is already shared with that relationship.
    [[nodiscard]] Result<ChangeSet> shareResource(const ResourceShare &share);
    [[nodiscard]] Result<ChangeSet> updateShare(const ResourceShare &share);
    [[nodiscard]] Result<ChangeSet> deleteShare(Id shareId);

private:
    Status checkNotShared(const ResourceShare &share) const;

    ServiceContext m_context;
};

} // namespace trellis
