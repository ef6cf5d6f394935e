#include "services/resourceservice.h"

#include "services/entityedits.h"

#include <QCoreApplication>

namespace trellis {

Status ResourceService::checkNotShared(const ResourceShare &share) const
{
    auto existing = m_context.reader().shareId(share.resourceId, share.relationshipId);
    if (!existing)
        return existing.error();
    if (*existing && **existing != share.id)
        return Error{QCoreApplication::translate("ResourceService",
                                                 "This resource is already shared with this relationship.")};
    return {};
}

Result<ChangeSet> ResourceService::createResource(const Resource &resource)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, resource); });
}

Result<ChangeSet> ResourceService::updateResource(const Resource &resource)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, resource); });
}

Result<ChangeSet> ResourceService::deleteResource(Id resourceId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Resource>(rows, resourceId); });
}

Result<ChangeSet> ResourceService::shareResource(const ResourceShare &share)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkNotShared(share); !s)
            return s.error();
        return EntityEdits::insert(rows, share);
    });
}

Result<ChangeSet> ResourceService::updateShare(const ResourceShare &share)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkNotShared(share); !s)
            return s.error();
        return EntityEdits::update(rows, share);
    });
}

Result<ChangeSet> ResourceService::deleteShare(Id shareId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<ResourceShare>(rows, shareId); });
}

} // namespace trellis
