#pragma once

#include "domain/librarytag.h"
#include "domain/resource.h"
#include "domain/resourceattachment.h"
#include "domain/resourceshare.h"
#include "domain/resourcesuggestion.h"
#include "domain/savedsearch.h"
#include "io/linkcsv.h"
#include "services/servicecontext.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis {

// Edits of the resource library and of resources shared within relationships.
class ResourceService {
public:
    explicit ResourceService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    using ShareRequest = ResourceShareRequest;

    // A resource with the same URL or holding a file with one of these hashes (duplicates are
    // offered to merge instead of added).
    [[nodiscard]] Result<std::optional<Id>> duplicateOf(const QString &url, const QStringList &hashes = {},
                                                        Id except = 0) const;
    // The per-file limit of Preferences, in bytes.
    [[nodiscard]] qint64 attachmentLimitBytes() const;
    // Refused, writing nothing, when a file is larger than the limit or, unless `allowDuplicate`,
    // when the URL or a file is already in the library. New tags join the vocabulary.
    [[nodiscard]] Result<ChangeSet> createResource(const Resource &resource,
                                                   const QList<ResourceAttachment> &attachments = {},
                                                   bool allowDuplicate = false);
    [[nodiscard]] Result<ChangeSet> updateResource(const Resource &resource);
    // Its attachments go with it; its shares stay as a trace with the title ("since removed").
    [[nodiscard]] Result<ChangeSet> deleteResource(Id resourceId);
    // The other resource's tags and, where this one has none, its description join `keepId`,
    // its shares move to it, and it is removed.
    [[nodiscard]] Result<ChangeSet> mergeResources(Id keepId, Id mergedId);
    [[nodiscard]] Result<ChangeSet> addAttachment(const ResourceAttachment &attachment);
    [[nodiscard]] Result<ChangeSet> removeAttachment(Id attachmentId);

    // The tags of a resource, replaced (new ones join the vocabulary).
    [[nodiscard]] Result<ChangeSet> setTags(Id resourceId, const QStringList &tags);
    // A tag's colour (a LibraryTag::colourKeys() key); the tag joins the vocabulary if new.
    [[nodiscard]] Result<ChangeSet> setTagColour(const QString &name, const QString &colour);

    // Refused when the resource is already shared with that relationship.
    [[nodiscard]] Result<ChangeSet> shareResource(const ResourceShare &share);
    // One share per relationship not yet holding it; refused when every one already does.
    [[nodiscard]] Result<ChangeSet> shareWith(const ShareRequest &request);
    [[nodiscard]] Result<ChangeSet> updateShare(const ResourceShare &share);
    // shared → opened → discussed (or back): the dates and who set them; discussed implies opened.
    [[nodiscard]] Result<ChangeSet> setShareStatus(Id shareId, ShareStatus status, const QDate &on,
                                                   std::optional<Id> by, std::optional<Id> meetingId = {});
    [[nodiscard]] Result<ChangeSet> deleteShare(Id shareId);

    // A mentee suggests a resource to the mentor of one of their relationships (pending).
    [[nodiscard]] Result<ChangeSet> suggestResource(const ResourceSuggestion &suggestion);
    // The suggestion becomes a resource added by `by` (the note its description), or, when its URL
    // is already in the library, is tied to that resource; either way it is marked accepted.
    [[nodiscard]] Result<ChangeSet> acceptSuggestion(Id suggestionId, const QDate &on, std::optional<Id> by);
    [[nodiscard]] Result<ChangeSet> dismissSuggestion(Id suggestionId, const QDate &on);

    // Which links of a CSV list are new and which are duplicates (read only).
    [[nodiscard]] Result<LinkImportPlan> planLinkImport(const QList<LinkRow> &rows) const;
    // The new links of the list (the plan's toAdd), added by `addedBy` in one transaction: all or
    // nothing. Refused when none is new.
    [[nodiscard]] Result<ChangeSet> importLinks(const QList<LinkRow> &links, std::optional<Id> addedBy);

    [[nodiscard]] Result<ChangeSet> saveSearch(const SavedSearch &search); // new (id 0) or renamed
    [[nodiscard]] Result<ChangeSet> deleteSavedSearch(Id searchId);

private:
    Status checkNotShared(const ResourceShare &share) const;
    Status checkAttachments(const QList<ResourceAttachment> &attachments) const;
    static Status addTags(RowStore &rows, const EntityReader &reader, const QStringList &tags);

    ServiceContext m_context;
};

} // namespace trellis
