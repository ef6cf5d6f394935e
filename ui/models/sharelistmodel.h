#pragma once

#include "models/idlistmodel.h"
#include "storage/libraryquery.h"

#include <QList>

namespace trellis {

class Database;
class LoadRequest;

// A relationship's shared resources (newest first): what, when and by whom, how far it got
// (shared → opened → discussed, with dates) and the sharer's note. A share whose resource was
// removed from the library stays, named "… — since removed from the library".
class ShareListModel final : public IdListModel<ShareRow> {
    Q_OBJECT
public:
    enum Column { ResourceColumn, Shared, Status, Note, ColumnCount };
    enum Role {
        ShareIdRole = Qt::UserRole + 1,
        ShareRowRole,
    };

    // The fetch half of the Resources tab's loader (a value holding the relationship's id).
    class Fetch {
    public:
        explicit Fetch(Id relationshipId)
            : m_relationshipId(relationshipId)
        {}
        [[nodiscard]] Result<QList<ShareRow>> operator()(Database &database,
                                                         const LoadRequest &request) const;

    private:
        Id m_relationshipId = 0;
    };

    explicit ShareListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShareListModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const ResourceShare &share); // "Discussed 9 Apr 2026"
    static QString titleOf(const ShareRow &row);           // with "since removed" for a trace

protected:
    Id idOf(const ShareRow &row) const override { return row.id(); }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::ShareRow)
