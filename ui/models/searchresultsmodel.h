#pragma once

#include "domain/searchresults.h"
#include "util/result.h"

#include <QAbstractItemModel>

#include <functional>

namespace trellis {

class BackgroundJob;
class Database;
class DataSource;
class LoadRequest;

// Find results as a two-level tree: a row per group (People, Relationships, Goals, Notes,
// Resources), the group's hits below it. Groups are headers (enabled, not selectable).
class SearchResultsModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1, // bool
        KindRole,                       // hits: int(SearchHit::Kind); groups: int(SearchGroup::Kind)
        IdRole,                         // hits: the record's id
        RelationshipIdRole,             // hits: the relationship (0 for people and resources)
        SnippetRole,                    // hits: matched text with SearchHit::MatchStart/MatchEnd
        ContextRole,                    // hits: the second line's context
        DateRole,                       // hits: QDate for notes
        MoreRole,                       // groups: more hits than shown
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

    // The loader's fetch for one text (Edit ▸ Find sets it again for every new text): runs the
    // full-text search on the worker's connection, whatever the request names (a changed row can
    // change any group's ranking); a text without words gives empty results without reading.
    using Fetch = std::function<Result<SearchResults>(Database &database, const LoadRequest &request)>;
    [[nodiscard]] static Fetch searchFor(const QString &text);
    // Reads the search index once on a worker through a read-only connection, so that the first
    // search on a large database does not wait for the disk (the session starts it after the
    // window's first paint). The job deletes itself; null without a database.
    static BackgroundJob *warmIndex(const DataSource &source, QObject *parent);
    // Whether `text` has words to search for.
    [[nodiscard]] static bool isSearchable(const QString &text);
    // What the results show: a change of these re-runs the search.
    static QList<Entity> watchedEntities();

    // Replaces everything (each search is a new answer).
    void setResults(const SearchResults &results);
    const SearchResults &results() const { return m_results; }
    // The hit at index, or null for a group row / invalid index.
    const SearchHit *hit(const QModelIndex &index) const;
    QModelIndex firstHit() const;
    // The row of the hit of that kind and id (invalid when it is not among the results).
    QModelIndex indexOf(SearchHit::Kind kind, Id id) const;

    static QString groupTitle(SearchGroup::Kind kind);
    // A hit's first line: its title, or what it is when it has none ("Meeting on 3 Mar 2025").
    static QString hitTitle(const SearchHit &hit);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    SearchResults m_results;
};

} // namespace trellis
