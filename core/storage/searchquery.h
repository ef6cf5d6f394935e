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

    // At most `perGroup` hits in each group; an empty text gives empty results.
    [[nodiscard]] Result<SearchResults> run(const QString &text, int perGroup = 8) const;

    // The full-text expression for a user's text ("" when it has no words). Public for tests.
    static QString matchExpression(const QString &text);

private:
    [[nodiscard]] Result<QList<SearchHit>> hitsOf(SearchHit::Kind kind, const QString &match,
                                                  int limit) const;

    QSqlDatabase m_db;
};

} // namespace trellis
