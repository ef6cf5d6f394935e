#pragma once

#include "domain/librarytag.h"
#include "domain/resource.h"
#include "domain/resourceattachment.h"
#include "domain/resourceshare.h"
#include "domain/resourcesuggestion.h"
#include "domain/savedsearch.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// One resource as the library lists it. Titles and snippets of search hits carry
// SearchHit::MatchStart/MatchEnd around the matched words.
struct LibraryItem {
    Resource resource;
    QDateTime addedOn;
    QString addedByName;
    int attachmentCount = 0;
    int shareCount = 0;
    QString highlightedTitle; // the title, with markers when it matched
    QString snippet;          // search hits: the best matching passage
    double score = 0;         // search hits: lower is better (bm25)

    Id id() const { return resource.id; }
    bool operator==(const LibraryItem &) const = default;
};

// What the library shows: words to search (every word as a prefix, "quoted phrases" as phrases),
// a kind and a tag.
struct LibraryFilter {
    QString text;
    std::optional<ResourceKind> kind;
    QString tag;
    int limit = 200; // search hits; a list without text is not limited
};

// How much of the attachments the library's search can read ("312 of 314 files indexed; 2 could
// not be read: a.pdf, b.docx").
struct IndexCoverage {
    int files = 0;
    int indexed = 0;
    QStringList unreadable; // file names, by name
    [[nodiscard]] QString summary() const;
};

// A share with what the lists beside it show: the relationship's pair (a resource's "shared
// with") or the resource's kind and title (a relationship's Resources tab).
struct ShareRow {
    ResourceShare share;
    QString pairLabel; // "Maria Costa – Ana Lopez"
    QString menteeName;
    QString resourceTitle; // the resource's title now, or the kept title once removed
    std::optional<ResourceKind> kind;
    QString url;
    std::optional<QDate> deadline;
    QString sharedByName;
    QString organisation; // job leads
    QString location;     // job leads
    QString goalTitle;

    Id id() const { return share.id; }
    bool operator==(const ShareRow &) const = default;
};

// A mentee's suggestion with the names around it (the mentor's Resources tab, the mentee's list).
struct SuggestionRow {
    ResourceSuggestion suggestion;
    QString suggestedByName;
    QString menteeName;
    QString resourceTitle; // accepted: the library's resource now

    Id id() const { return suggestion.id; }
    bool operator==(const SuggestionRow &) const = default;
};

// The library's reads: lists, ranked full-text search over title, description, tags and the text
// of attachments (the library_index of schema 6; share notes and private notes are never indexed),
// job leads closing soon, tags, saved searches, attachments and shares.
class LibraryQuery {
public:
    explicit LibraryQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // More matches than this are listed newest first instead of ranked (see SearchQuery::RankLimit).
    static constexpr int RankLimit = 5000;

    // Without text: every resource of the kind and tag, by title. With text: the best ranked
    // matches (at most filter.limit), best first, with highlights.
    [[nodiscard]] Result<QList<LibraryItem>> find(const LibraryFilter &filter) const;
    // Those of the ids that still exist (a partial reload), without highlights.
    [[nodiscard]] Result<QList<LibraryItem>> items(const QList<Id> &ids) const;
    [[nodiscard]] Result<int> resourceCount() const;
    // Job leads whose deadline is from `today` to `days` later, soonest first.
    [[nodiscard]] Result<QList<LibraryItem>> closingSoon(const QDate &today,
                                                         int days = Resource::ClosingSoonDays) const;
    [[nodiscard]] Result<IndexCoverage> coverage() const;
    // The vocabulary, by name, with every tag a resource uses even without a row of its own.
    [[nodiscard]] Result<QList<LibraryTag>> tags() const;
    [[nodiscard]] Result<QList<SavedSearch>> savedSearches() const; // by name
    // Without content unless asked (a list needs names and sizes, not megabytes).
    [[nodiscard]] Result<QList<ResourceAttachment>> attachments(Id resourceId,
                                                                bool withContent = false) const;
    [[nodiscard]] Result<ResourceAttachment> attachment(Id attachmentId) const;
    // A resource's "shared with", by date; a relationship's Resources tab, newest first.
    [[nodiscard]] Result<QList<ShareRow>> sharesOfResource(Id resourceId) const;
    [[nodiscard]] Result<QList<ShareRow>> sharesInRelationship(Id relationshipId) const;
    // Job leads shared with the relationships where `menteeId` is the mentee, open ones, soonest first.
    [[nodiscard]] Result<QList<ShareRow>> jobLeadsFor(Id menteeId, const QDate &today) const;
    // Job leads shared in the relationships where `mentorId` is the mentor whose deadline is from
    // `today` to `days` later (the mentor's Today), soonest first.
    [[nodiscard]] Result<QList<ShareRow>>
    jobLeadsClosingForMentor(Id mentorId, const QDate &today, int days = Resource::ClosingSoonDays) const;

    // A relationship's suggestions, pending first, then newest first.
    [[nodiscard]] Result<QList<SuggestionRow>> suggestionsInRelationship(Id relationshipId) const;
    // Those of the ids that still exist.
    [[nodiscard]] Result<QList<SuggestionRow>> suggestions(const QList<Id> &ids) const;

private:
    [[nodiscard]] Result<QList<SuggestionRow>> suggestionRows(const QString &where,
                                                              const QVariantList &binds) const;
    [[nodiscard]] Result<QList<LibraryItem>> select(const QString &where, const QVariantList &binds,
                                                    const QString &orderBy) const;
    [[nodiscard]] Result<QList<ShareRow>> shares(const QString &where, const QVariantList &binds,
                                                 const QString &orderBy) const;

    QSqlDatabase m_db;
};

} // namespace trellis
