#include "relationships/relationshipactionstab.h"

#include "commands/edits.h"
#include "models/actionitemlistmodel.h"
#include "util/clock.h"
#include "widgets/formdialog.h"
#include "widgets/placeholdertreeview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace trellis {

RelationshipActionsTab::RelationshipActionsTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ActionItemListModel(this))
{
    setObjectName(QStringLiteral("actionsTab"));
    m_model->setDoneOnShown(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    m_view = new PlaceholderTreeView(this);
    m_view->setObjectName(QStringLiteral("actionsTree"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ActionItemListModel::Action, 360);
    m_view->setColumnWidth(ActionItemListModel::Who, 160);
    m_view->setColumnWidth(ActionItemListModel::Due, 120);
    m_view->setPlaceholderText(tr("No actions yet — what you agree to do at a meeting goes here."));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Action…"), this);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeActionButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RelationshipActionsTab::addActionItem);
    connect(m_remove, &QPushButton::clicked, this, &RelationshipActionsTab::removeActionItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipActionsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationshipActionsTab::updateButtons);
    connect(m_model, &ActionItemListModel::doneToggled, this, [this](qint64 id, bool done) {
        for (const ActionItem &action : std::as_const(m_items)) {
            if (action.id != id || done == action.isDone())
                continue;
            // After the model's setData() has returned; a refused edit puts the box back.
            QTimer::singleShot(0, this, [this, action, done] {
                if (!m_context.edits->setActionItemDone(action, done).ok())
                    m_model->setActions(m_items, 0, m_names);
            });
            return;
        }
    });
    updateButtons();
}

void RelationshipActionsTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_relationship = snapshot.relationship;
    m_names = snapshot.names;
    m_items = snapshot.actionItems;
    // Everyone by name and in the query's order (open first, by due date), so an overdue item
    // stays on top whoever looks; the mentee workspace's "Me first" is for one's own list.
    m_model->setActions(snapshot.actionItems, 0, snapshot.names);
    updateButtons();
}

std::optional<Id> RelationshipActionsTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row()).id;
}

void RelationshipActionsTab::updateButtons()
{
    const bool finished = m_relationship && (m_relationship->status == RelationshipStatus::Completed ||
                                             m_relationship->status == RelationshipStatus::EndedEarly);
    m_add->setEnabled(m_relationship.has_value() && !finished);
    m_remove->setEnabled(currentId().has_value());
}

void RelationshipActionsTab::addActionItem()
{
    if (!m_relationship)
        return;
    const Relationship &r = *m_relationship;
    FormDialog dialog(tr("Add Action"), this);
    dialog.setObjectName(QStringLiteral("addActionDialog"));
    dialog.addLine(QStringLiteral("actionTitle"), tr("&Action:"), QString(), true, tr("e.g. Update the CV"));
    const FormDialog::Choices owners{{m_names.value(r.menteeId), r.menteeId},
                                     {m_names.value(r.mentorId), r.mentorId},
                                     {tr("No one yet"), QVariant()}};
    dialog.addChoice(QStringLiteral("actionOwner"), tr("&Owner:"), owners, r.menteeId);
    dialog.addOptionalDate(QStringLiteral("actionDue"), tr("&Due:"), Clock::today().addDays(14),
                           Clock::today().addDays(14));
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionItem item;
    item.relationshipId = r.id;
    item.title = dialog.text(QStringLiteral("actionTitle"));
    const QVariant owner = dialog.choice(QStringLiteral("actionOwner"));
    item.ownerId = owner.isValid() ? std::optional<Id>(owner.toLongLong()) : std::nullopt;
    item.dueDate = dialog.optionalDate(QStringLiteral("actionDue"));
    (void)m_context.edits->addActionItem(item);
}

void RelationshipActionsTab::removeActionItem()
{
    if (const std::optional<Id> id = currentId())
        (void)m_context.edits->removeActionItem(*id);
}

} // namespace trellis
