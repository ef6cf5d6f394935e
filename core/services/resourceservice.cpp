#include "services/resourceservice.h"

#include "services/entityedits.h"
#include "services/preferences.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace trellis {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ResourceService", text, disambiguation, n);
}

// Trimmed, without empty ones or repeats (any case), in the order given.
QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    QStringList folded;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || folded.contains(trimmed.toCaseFolded()))
            continue;
        clean.append(trimmed);
        folded.append(trimmed.toCaseFolded());
    }
    return clean;
}

} // namespace

Status ResourceService::checkNotShared(const ResourceShare &share) const
{
    if (share.resourceId == 0)
        return {};
    auto existing = m_context.reader().shareId(share.resourceId, share.relationshipId);
    if (!existing)
        return existing.error();
    if (*existing && **existing != share.id)
        return Error{tr("This resource is already shared with this relationship.")};
    return {};
}

qint64 ResourceService::attachmentLimitBytes() const
{
    return qint64(Preferences::load(m_context.connection()).attachmentLimitMb) * 1024 * 1024;
}

Status ResourceService::checkAttachments(const QList<ResourceAttachment> &attachments) const
{
    const qint64 limit = attachmentLimitBytes();
    for (const ResourceAttachment &attachment : attachments) {
        if (attachment.byteSize() > limit) {
            const QLocale locale;
            return Error{
                tr("\u201c%1\u201d is %2; the library keeps files up to %3 (Preferences \u25b8 Library). "
                   "Nothing was added.")
                    .arg(attachment.fileName, locale.formattedDataSize(attachment.byteSize()),
                         locale.formattedDataSize(limit))};
        }
    }
    return {};
}

Result<std::optional<Id>> ResourceService::duplicateOf(const QString &url, const QStringList &hashes,
                                                       Id except) const
{
    const EntityReader reader = m_context.reader();
    auto byUrl = reader.duplicateResource(url, {}, except);
    if (!byUrl || *byUrl)
        return byUrl;
    for (const QString &hash : hashes) {
        auto byHash = reader.duplicateResource({}, hash, except);
        if (!byHash || *byHash)
            return byHash;
    }
    return std::optional<Id>();
}

Status ResourceService::addTags(RowStore &rows, const EntityReader &reader, const QStringList &tags)
{
    for (const QString &name : tags) {
        auto existing = reader.libraryTagId(name);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        if (auto added = EntityEdits::insert(rows, LibraryTag{0, name, {}}); !added)
            return added.error();
    }
    return {};
}

Result<ChangeSet> ResourceService::createResource(const Resource &resource,
                                                  const QList<ResourceAttachment> &attachments,
                                                  bool allowDuplicate)
{
    // Checked before the transaction: a refusal writes nothing.
    if (auto s = checkAttachments(attachments); !s)
        return s.error();
    if (!allowDuplicate) {
        QStringList hashes;
        for (const ResourceAttachment &attachment : attachments)
            hashes.append(attachment.sha256);
        auto duplicate = duplicateOf(resource.url, hashes);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate) {
            auto existing = m_context.reader().get<Resource>(**duplicate);
            return Error{tr("\u201c%1\u201d is already in the library.")
                             .arg(existing ? existing->title : resource.title)};
        }
    }
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        Resource clean = resource;
        clean.tags = cleanTags(resource.tags);
        auto id = EntityEdits::insert(rows, clean);
        if (!id)
            return id;
        for (ResourceAttachment attachment : attachments) {
            attachment.resourceId = *id;
            if (auto added = EntityEdits::insert(rows, attachment); !added)
                return added.error();
        }
        if (auto s = addTags(rows, m_context.reader(), clean.tags); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> ResourceService::updateResource(const Resource &resource)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        Resource clean = resource;
        clean.tags = cleanTags(resource.tags);
        auto id = EntityEdits::update(rows, clean);
        if (!id)
            return id;
        if (auto s = addTags(rows, m_context.reader(), clean.tags); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> ResourceService::setTags(Id resourceId, const QStringList &tags)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto resource = EntityEdits::load<Resource>(rows, resourceId);
        if (!resource)
            return resource.error();
        resource->id = resourceId;
        resource->tags = cleanTags(tags);
        auto id = EntityEdits::update(rows, *resource);
        if (!id)
            return id;
        if (auto s = addTags(rows, m_context.reader(), resource->tags); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> ResourceService::setTagColour(const QString &name, const QString &colour)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto existing = m_context.reader().libraryTagId(name);
        if (!existing)
            return existing.error();
        LibraryTag tag{0, name.trimmed(), colour};
        if (!*existing)
            return EntityEdits::insert(rows, tag);
        auto stored = EntityEdits::load<LibraryTag>(rows, **existing);
        if (!stored)
            return stored.error();
        stored->colour = colour;
        return EntityEdits::update(rows, *stored);
    });
}

Result<ChangeSet> ResourceService::deleteResource(Id resourceId)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto resource = EntityEdits::load<Resource>(rows, resourceId);
        if (!resource)
            return resource.error();
        // The shares keep today's title for the relationship's history before their link goes.
        auto shares = m_context.reader().sharesOf(resourceId);
        if (!shares)
            return shares.error();
        for (ResourceShare share : std::as_const(*shares)) {
            if (share.resourceTitle == resource->title)
                continue;
            share.resourceTitle = resource->title;
            if (auto s = EntityEdits::update(rows, share); !s)
                return s.error();
        }
        return EntityEdits::remove<Resource>(rows, resourceId);
    });
}

Result<ChangeSet> ResourceService::mergeResources(Id keepId, Id mergedId)
{
    if (keepId == mergedId)
        return Error{tr("A resource cannot be merged into itself.")};
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto keep = EntityEdits::load<Resource>(rows, keepId);
        auto merged = EntityEdits::load<Resource>(rows, mergedId);
        if (!keep)
            return keep.error();
        if (!merged)
            return merged.error();
        keep->id = keepId;
        keep->tags = cleanTags(keep->tags + merged->tags);
        if (keep->description.trimmed().isEmpty())
            keep->description = merged->description;
        if (keep->url.isEmpty())
            keep->url = merged->url;
        if (auto s = EntityEdits::update(rows, *keep); !s)
            return s.error();
        const EntityReader reader = m_context.reader();
        auto shares = reader.sharesOf(mergedId);
        if (!shares)
            return shares.error();
        for (ResourceShare share : std::as_const(*shares)) {
            auto already = reader.shareId(keepId, share.relationshipId);
            if (!already)
                return already.error();
            if (*already) {
                if (auto s = EntityEdits::remove<ResourceShare>(rows, share.id); !s)
                    return s.error();
                continue;
            }
            share.resourceId = keepId;
            share.resourceTitle = keep->title;
            if (auto s = EntityEdits::update(rows, share); !s)
                return s.error();
        }
        auto attachments = reader.attachmentsOf(mergedId);
        if (!attachments)
            return attachments.error();
        for (ResourceAttachment attachment : std::as_const(*attachments)) {
            attachment.resourceId = keepId;
            if (auto s = EntityEdits::update(rows, attachment); !s)
                return s.error();
        }
        if (auto s = EntityEdits::remove<Resource>(rows, mergedId); !s)
            return s.error();
        return keepId;
    });
}

Result<ChangeSet> ResourceService::addAttachment(const ResourceAttachment &attachment)
{
    if (auto s = checkAttachments({attachment}); !s)
        return s.error();
    auto duplicate = duplicateOf({}, {attachment.sha256});
    if (!duplicate)
        return duplicate.error();
    if (*duplicate)
        return Error{tr("\u201c%1\u201d is already in the library.").arg(attachment.fileName)};
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, attachment); });
}

Result<ChangeSet> ResourceService::removeAttachment(Id attachmentId)
{
    return m_context.run(
        [&](RowStore &rows) { return EntityEdits::remove<ResourceAttachment>(rows, attachmentId); });
}

Result<ChangeSet> ResourceService::shareResource(const ResourceShare &share)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkNotShared(share); !s)
            return s.error();
        ResourceShare named = share;
        if (named.resourceTitle.isEmpty()) {
            auto resource = m_context.reader().get<Resource>(share.resourceId);
            if (!resource)
                return resource.error();
            named.resourceTitle = resource->title;
        }
        return EntityEdits::insert(rows, named);
    });
}

Result<ChangeSet> ResourceService::shareWith(const ShareRequest &request)
{
    if (request.relationshipIds.isEmpty())
        return Error{tr("Choose at least one relationship to share with.")};
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        const EntityReader reader = m_context.reader();
        auto resource = reader.get<Resource>(request.resourceId);
        if (!resource)
            return resource.error();
        const bool one = request.relationshipIds.size() == 1;
        Id first = 0;
        for (const Id relationshipId : request.relationshipIds) {
            auto existing = reader.shareId(request.resourceId, relationshipId);
            if (!existing)
                return existing.error();
            if (*existing)
                continue; // already shared there: the others still get it
            ResourceShare share;
            share.resourceId = request.resourceId;
            share.relationshipId = relationshipId;
            share.sharedBy = request.sharedBy;
            share.sharedOn = request.sharedOn;
            share.note = request.note;
            share.resourceTitle = resource->title;
            if (one) {
                share.goalId = request.goalId;
                share.meetingId = request.meetingId;
            }
            auto id = EntityEdits::insert(rows, share);
            if (!id)
                return id;
            if (!first)
                first = *id;
        }
        if (!first)
            return Error{tr("\u201c%1\u201d is already shared with %n of them.", nullptr,
                            int(request.relationshipIds.size()))
                             .arg(resource->title)};
        return first;
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

Result<ChangeSet> ResourceService::setShareStatus(Id shareId, ShareStatus status, const QDate &on,
                                                  std::optional<Id> by, std::optional<Id> meetingId)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto share = EntityEdits::load<ResourceShare>(rows, shareId);
        if (!share)
            return share.error();
        share->id = shareId;
        // A date before the share was made means "the day it was shared" (a backdated meeting).
        const QDate when = on.isValid() && on >= share->sharedOn ? on : share->sharedOn;
        switch (status) {
        case ShareStatus::Shared:
            share->readOn.reset();
            share->openedBy.reset();
            share->discussedOn.reset();
            share->discussedBy.reset();
            break;
        case ShareStatus::Opened:
            share->discussedOn.reset();
            share->discussedBy.reset();
            if (!share->readOn) {
                share->readOn = when;
                share->openedBy = by;
            }
            break;
        case ShareStatus::Discussed:
            if (!share->readOn) {
                share->readOn = when;
                share->openedBy = by;
            }
            share->discussedOn = when;
            share->discussedBy = by;
            if (meetingId)
                share->meetingId = meetingId;
            break;
        }
        return EntityEdits::update(rows, *share);
    });
}

Result<ChangeSet> ResourceService::deleteShare(Id shareId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<ResourceShare>(rows, shareId); });
}

Result<ChangeSet> ResourceService::saveSearch(const SavedSearch &search)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (search.id == 0)
            return EntityEdits::insert(rows, search);
        return EntityEdits::update(rows, search);
    });
}

Result<ChangeSet> ResourceService::deleteSavedSearch(Id searchId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<SavedSearch>(rows, searchId); });
}

Result<ChangeSet> ResourceService::suggestResource(const ResourceSuggestion &suggestion)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        ResourceSuggestion pending = suggestion;
        pending.id = 0;
        pending.title = suggestion.title.trimmed();
        pending.url = suggestion.url.trimmed();
        pending.status = SuggestionStatus::Pending;
        pending.decidedOn.reset();
        pending.resourceId.reset();
        return EntityEdits::insert(rows, pending);
    });
}

Result<ChangeSet> ResourceService::acceptSuggestion(Id suggestionId, const QDate &on, std::optional<Id> by)
{
    auto found = m_context.reader().get<ResourceSuggestion>(suggestionId);
    if (!found)
        return found.error();
    if (!found->isPending())
        return Error{tr("\u201c%1\u201d was already decided on.").arg(found->title)};
    // A URL already in the library: the suggestion is tied to that resource instead of a copy.
    auto duplicate = duplicateOf(found->url);
    if (!duplicate)
        return duplicate.error();
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        ResourceSuggestion accepted = *found;
        if (*duplicate) {
            accepted.resourceId = **duplicate;
        } else {
            Resource resource;
            resource.title = found->title;
            resource.kind = found->kind;
            resource.url = found->url;
            resource.description = found->note;
            resource.addedBy = by;
            auto id = EntityEdits::insert(rows, resource);
            if (!id)
                return id;
            accepted.resourceId = *id;
        }
        accepted.status = SuggestionStatus::Accepted;
        accepted.decidedOn = on;
        return EntityEdits::update(rows, accepted);
    });
}

Result<ChangeSet> ResourceService::dismissSuggestion(Id suggestionId, const QDate &on)
{
    auto found = m_context.reader().get<ResourceSuggestion>(suggestionId);
    if (!found)
        return found.error();
    if (!found->isPending())
        return Error{tr("\u201c%1\u201d was already decided on.").arg(found->title)};
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        ResourceSuggestion dismissed = *found;
        dismissed.status = SuggestionStatus::Dismissed;
        dismissed.decidedOn = on;
        return EntityEdits::update(rows, dismissed);
    });
}

Result<LinkImportPlan> ResourceService::planLinkImport(const QList<LinkRow> &rows) const
{
    LinkImportPlan plan;
    QHash<QString, int> firstLine; // URL → the line that has it first
    const EntityReader reader = m_context.reader();
    for (const LinkRow &row : rows) {
        const QString url = row.resource.url.trimmed();
        // Links differ by more than case (the library's own duplicate check ignores it too).
        const QString key = url.toCaseFolded();
        if (const auto earlier = firstLine.constFind(key); earlier != firstLine.cend()) {
            plan.duplicates.append({row.line, url, {}, *earlier});
            continue;
        }
        firstLine.insert(key, row.line);
        auto existing = duplicateOf(url);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto resource = reader.get<Resource>(**existing);
            plan.duplicates.append({row.line, url, resource ? resource->title : url, 0});
            continue;
        }
        plan.toAdd.append(row);
    }
    return plan;
}

Result<ChangeSet> ResourceService::importLinks(const QList<LinkRow> &links, std::optional<Id> addedBy)
{
    auto plan = planLinkImport(links);
    if (!plan)
        return plan.error();
    if (plan->toAdd.isEmpty())
        return Error{tr("Every link of the list is already in the library; nothing was added.")};
    // One transaction: a refusal of any row (a check the domain makes) writes none of them.
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        Id first = 0;
        for (const LinkRow &row : std::as_const(plan->toAdd)) {
            Resource resource = row.resource;
            resource.id = 0;
            resource.tags = cleanTags(resource.tags);
            if (!resource.addedBy)
                resource.addedBy = addedBy;
            auto id = EntityEdits::insert(rows, resource);
            if (!id)
                return Error{tr("Line %1: %2").arg(row.line).arg(id.errorMessage())};
            if (auto s = addTags(rows, m_context.reader(), resource.tags); !s)
                return s.error();
            if (first == 0)
                first = *id;
        }
        return first;
    });
}

} // namespace trellis
