#pragma once

#include "models/idlistmodel.h"
#include "storage/libraryquery.h"

#include <QDate>
#include <QList>

namespace trellis {

class Database;
class LoadRequest;

// The library's list: one resource a row (a two-line delegate draws kind icon, highlighted title,
// tags and the snippet or description), in the query's order: by title, or best match first.
class LibraryListModel final : public IdListModel<LibraryItem> {
    Q_OBJECT
public:
    enum Role {
        ResourceIdRole = Qt::UserRole + 1,
        ItemRole,             // the LibraryItem
        HighlightedTitleRole, // the title with SearchHit::MatchStart/MatchEnd around matches
        SecondLineRole,       // the snippet of a hit, or the description
        TagsRole,             // QStringList
        KindRole,             // int(ResourceKind)
        DetailRole,           // "Job lead · Acme · closes 3 Jun" / "Book · added by Maria"
    };

    // What one load brings besides the list: the vocabulary, saved searches, the job leads
    // closing soon and the index coverage.
    struct Data {
        QList<LibraryItem> items;
        QList<LibraryTag> tags;
        QList<SavedSearch> savedSearches;
        QList<LibraryItem> closingSoon;
        IndexCoverage coverage;
        int total = 0;
    };

    // The fetch half of the library's loader: a value holding the filter (the worker copies it).
    class Fetch {
    public:
        explicit Fetch(LibraryFilter filter, QDate today)
            : m_filter(std::move(filter))
            , m_today(today)
        {}
        [[nodiscard]] Result<Data> operator()(Database &database, const LoadRequest &request) const;

    private:
        LibraryFilter m_filter;
        QDate m_today;
    };

    explicit LibraryListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LibraryListModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;

    // The words a row shows under its title.
    static QString detailOf(const LibraryItem &item);

protected:
    Id idOf(const LibraryItem &item) const override { return item.id(); }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::LibraryItem)
