#pragma once

#include "domain/searchresults.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace trellis {

// Full-text search over people, relationships, goals, shared meeting notes and agendas, contact
// summaries and resources (the search_index of schema 3, kept in sync by triggers). Private notes
// are never indexed, so never found. Every word of the text must match, each as a word prefix
// ("mar cos" finds "Maria Costa"). Results are grouped, best first, with snippets.
class SearchQuery {
public:
    explicit SearchQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // A kind with more matches than this (a two-letter prefix in the notes of a large programme)
    // lists its newest hits instead of ranking every match: bm25 over tens of thousands of rows
    // costs more than the search may take, and for so short a word recency says more.
    static constexpr int RankLimit = 2000;
    // Words shorter than this are left out of the search (a one-letter prefix matches most of the
    // index, and no prefix index covers it): "maria c" searches "maria".
    static constexpr int MinimumWordLength = 2;

    // At most `perGroup` hits in each group; an empty text gives empty results.
    [[nodiscard]] Result<SearchResults> run(const QString &text, int perGroup = 8) const;

    // Reads the whole index once, so that the operating system has it cached before the first
    // search (on the large demo a cold first search otherwise waits seconds for the disk). Slow on
    // a large database: call it on a worker.
    [[nodiscard]] Status warm() const;

    // The full-text expression for a user's text ("" when it has no words). Public for tests.
    static QString matchExpression(const QString &text);

private:
    [[nodiscard]] Result<QList<SearchHit>> hitsOf(SearchHit::Kind kind, const QString &match,
                                                  int limit) const;

    QSqlDatabase m_db;
};

} // namespace trellis
