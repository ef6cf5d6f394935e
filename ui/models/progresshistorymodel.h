#pragma once

#include "domain/goal.h"
#include "domain/progressupdate.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// A goal's recorded progress, newest first: the date, the value in the goal's measure ("3 talks",
// "40 %") and the note.
class ProgressHistoryModel final : public IdListModel<ProgressUpdate> {
    Q_OBJECT
public:
    enum Column { Date, Value, Note, ColumnCount };
    enum Role {
        ProgressUpdateIdRole = Qt::UserRole + 1,
        ProgressUpdateRole, // the ProgressUpdate
    };

    explicit ProgressHistoryModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProgressHistoryModel)

    // The history of `goal` (oldest first, as GoalDetails holds it); shown newest first, by diff.
    void setHistory(const Goal &goal, const QList<ProgressUpdate> &oldestFirst);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const ProgressUpdate &update) const override { return update.id; }

private:
    Goal m_goal;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::ProgressUpdate)
