#pragma once

#include "insights/relationshipsnapshot.h"
#include "models/idlistmodel.h"

#include <QList>
#include <QString>

namespace trellis {

// A relationship's goals, one row each, in the snapshot's order: the title, how far along it is
// and when it is due ("Active · 37 % · due 19 Nov 26", or how late). GoalRowDelegate draws a row
// as title, thin progress bar and that status line. Applied by diff, so the current goal stays.
class GoalListModel final : public IdListModel<GoalDetails> {
    Q_OBJECT
public:
    enum Column { Title, ColumnCount };
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        PercentRole,    // 0..100 along start → target
        StatusLineRole, // "Active · 37 % · due 19 Nov 26"
    };

    explicit GoalListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GoalListModel)

    void setGoals(QList<GoalDetails> goals) { setItems(std::move(goals)); }

    // "due 19 Nov 2026", "19 Nov 2026 · 3 days late", "no due date".
    static QString dueText(const Goal &goal);
    // The list's shorter form: "due 19 Nov 26" or "3 days late".
    static QString shortDueText(const Goal &goal);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Id idOf(const GoalDetails &details) const override { return details.goal.id; }
};

} // namespace trellis
