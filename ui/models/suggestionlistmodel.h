#pragma once

#include "models/idlistmodel.h"
#include "storage/libraryquery.h"

#include <QList>

namespace trellis {

class Database;
class LoadRequest;

// A relationship's resources suggested by the mentee (pending first, then newest): what, by whom
// and when, and what became of it (waiting, added to the library, dismissed). The mentor's
// Resources tab accepts or dismisses the current one; the mentee's workspace lists their own.
class SuggestionListModel final : public IdListModel<SuggestionRow> {
    Q_OBJECT
public:
    enum Column { Suggestion, Suggested, Status, Note, ColumnCount };
    enum Role {
        SuggestionIdRole = Qt::UserRole + 1,
        PendingRole, // bool
    };

    // The fetch half of a loader over one relationship's suggestions.
    class Fetch {
    public:
        explicit Fetch(Id relationshipId)
            : m_relationshipId(relationshipId)
        {}
        [[nodiscard]] Result<QList<SuggestionRow>> operator()(Database &database,
                                                              const LoadRequest &request) const;

    private:
        Id m_relationshipId = 0;
    };

    explicit SuggestionListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SuggestionListModel)

    [[nodiscard]] int pendingCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Waiting", "Added to the library 3 Dec 2026", "Dismissed 3 Dec 2026"
    [[nodiscard]] static QString statusText(const ResourceSuggestion &suggestion);

protected:
    Id idOf(const SuggestionRow &row) const override { return row.id(); }
};

} // namespace trellis
