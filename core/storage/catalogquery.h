#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace trellis {

// Read-only overviews of a database: row counts per entity and simple
// listings (ids and names) so that scripts and the CLI can find records.
class CatalogQuery {
public:
    enum class Listing { People, Programmes, Cohorts, Relationships };

    struct Count {
        QString name; // table or breakdown key, e.g. "person", "override", "held"
        qint64 count = 0;
    };
    // A listing: column names and rows of values (NULL as an invalid QVariant).
    struct Table {
        QStringList columns;
        QList<QVariantList> rows;
    };

    explicit CatalogQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Rows of every domain table, in schema order.
    [[nodiscard]] Result<QList<Count>> entityCounts() const;
    // Meeting rows by kind (single, series, override).
    [[nodiscard]] Result<QList<Count>> meetingRowsByKind() const;
    // Single and override rows by status (planned, held, cancelled, no_show).
    [[nodiscard]] Result<QList<Count>> meetingRowsByStatus() const;
    // Relationships by lifecycle status.
    [[nodiscard]] Result<QList<Count>> relationshipsByStatus() const;
    // People by role (mentor, mentee, coordinator; one person may have several).
    [[nodiscard]] Result<QList<Count>> peopleByRole() const;
    // Meetings with private notes (the count only; never their text).
    [[nodiscard]] Result<qint64> meetingsWithPrivateNotes() const;

    [[nodiscard]] Result<Table> list(Listing listing) const;

    static QStringList entityTables();
    static std::optional<Listing> listingFromName(const QString &name);

private:
    Result<QList<Count>> grouped(const QString &sql, const QStringList &keys) const;
    Result<qint64> scalar(const QString &sql) const;

    QSqlDatabase m_db;
};

} // namespace trellis
