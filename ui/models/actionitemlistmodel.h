#pragma once

#include "domain/actionitem.h"
#include "models/idlistmodel.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trellis {

// A relationship's action items as the mentee workspace lists them: a check box to mark one done,
// what, who ("Me" for the person looking), when due (overdue ones in the warning colour). Open
// items come first, the viewer's own first among them. Checking a box shows at once and asks the
// page (doneToggled()) for the undoable edit; the load after it confirms the row.
class ActionItemListModel final : public IdListModel<ActionItem> {
    Q_OBJECT
public:
    enum Column { Action, Who, Due, DoneOn, ColumnCount };
    enum Role {
        ActionItemIdRole = Qt::UserRole + 1,
        ActionItemRole, // the ActionItem
    };

    explicit ActionItemListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActionItemListModel)

    // The items (in the query's order: open first, by due date), whose owners are named from
    // `names`, with `me` shown as "Me"; applied by diff.
    void setActions(QList<ActionItem> items, Id me, QHash<Id, QString> names);
    // Whether the DoneOn column (when each was done) is shown; off by default, the mentee
    // workspace lists just what, who and when due.
    void setDoneOnShown(bool shown);
    // Not done and past its due date (shown with a warning icon and the word "overdue").
    [[nodiscard]] static bool isOverdue(const ActionItem &item);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The check box of item `actionItemId` was set to `done`.
    void doneToggled(qint64 actionItemId, bool done);

protected:
    Id idOf(const ActionItem &item) const override { return item.id; }

private:
    QString ownerText(const ActionItem &item) const;

    Id m_me = 0;
    bool m_doneOnShown = false;
    QHash<Id, QString> m_names;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::ActionItem)
