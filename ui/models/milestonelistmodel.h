#pragma once

#include "domain/milestone.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// A goal's milestones in their order, one check box each ("Draft the CV — by 3 Feb 2026", "… —
// done 1 Mar 2026"). Ticking one shows at once and asks the owner (doneToggled()) for the
// undoable edit; the load after it confirms the row. Not checkable while read-only.
class MilestoneListModel final : public IdListModel<Milestone> {
    Q_OBJECT
public:
    enum Column { Title, ColumnCount };
    enum Role {
        MilestoneIdRole = Qt::UserRole + 1,
        MilestoneRole, // the Milestone
    };

    explicit MilestoneListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MilestoneListModel)

    // Applied by diff.
    void setMilestones(QList<Milestone> milestones) { setItems(std::move(milestones)); }
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The check box of `milestone` (as it was before) was set to `done`.
    void doneToggled(const trellis::Milestone &milestone, bool done);

protected:
    Id idOf(const Milestone &milestone) const override { return milestone.id; }

private:
    bool m_checkable = true;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::Milestone)
