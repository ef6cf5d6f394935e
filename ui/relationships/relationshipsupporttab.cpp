#include "relationships/relationshipsupporttab.h"

#include "commands/edits.h"
#include "models/supportcontactlistmodel.h"
#include "widgets/formdialog.h"
#include "widgets/pagestyle.h"
#include "widgets/placeholdertreeview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

RelationshipSupportTab::RelationshipSupportTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SupportContactListModel(this))
{
    setObjectName(QStringLiteral("supportTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(PageStyle::secondary(
        tr("Family members, peers and others who support the mentee's development."), this));
    m_view = new PlaceholderTreeView(this);
    m_view->setObjectName(QStringLiteral("supportTree"));
    m_view->setAccessibleName(tr("Support network"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SupportContactListModel::Name, 200);
    m_view->setColumnWidth(SupportContactListModel::Relation, 140);
    m_view->setColumnWidth(SupportContactListModel::ContactDetails, 220);
    m_view->setPlaceholderText(tr("No one listed yet."));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Person…"), this);
    m_add->setObjectName(QStringLiteral("addSupportButton"));
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSupportButton"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSupportButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RelationshipSupportTab::addSupportContact);
    connect(m_edit, &QPushButton::clicked, this, &RelationshipSupportTab::editSupportContact);
    connect(m_remove, &QPushButton::clicked, this, &RelationshipSupportTab::removeSupportContact);
    connect(m_view, &QTreeView::activated, this, &RelationshipSupportTab::editSupportContact);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipSupportTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationshipSupportTab::updateButtons);
    updateButtons();
}

void RelationshipSupportTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_relationshipId = snapshot.relationship.id;
    m_model->setPeople(snapshot.supportContacts);
    updateButtons();
}

std::optional<Id> RelationshipSupportTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row()).id;
}

void RelationshipSupportTab::updateButtons()
{
    const bool selected = currentId().has_value();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void RelationshipSupportTab::addSupportContact()
{
    if (m_relationshipId == 0)
        return;
    FormDialog dialog(tr("Add to Support Network"), this);
    dialog.setObjectName(QStringLiteral("supportDialog"));
    dialog.addLine(QStringLiteral("supportName"), tr("&Name:"), QString(), true);
    dialog.addLine(QStringLiteral("supportRelation"), tr("&Relation:"), QString(), false,
                   tr("e.g. parent, peer, manager"));
    dialog.addLine(QStringLiteral("supportContact"), tr("&Contact:"), QString(), false,
                   tr("Phone or e-mail"));
    dialog.addText(QStringLiteral("supportNote"), tr("N&ote:"));
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    SupportContact person;
    person.relationshipId = m_relationshipId;
    person.name = dialog.text(QStringLiteral("supportName"));
    person.relation = dialog.text(QStringLiteral("supportRelation"));
    person.contact = dialog.text(QStringLiteral("supportContact"));
    person.note = dialog.text(QStringLiteral("supportNote"));
    (void)m_context.edits->addSupportContact(person);
}

void RelationshipSupportTab::editSupportContact()
{
    const std::optional<Id> id = currentId();
    const SupportContact *found = id ? m_model->find(*id) : nullptr;
    if (!found)
        return;
    SupportContact person = *found;
    FormDialog dialog(tr("Edit Support Contact"), this);
    dialog.setObjectName(QStringLiteral("supportDialog"));
    dialog.addLine(QStringLiteral("supportName"), tr("&Name:"), person.name, true);
    dialog.addLine(QStringLiteral("supportRelation"), tr("&Relation:"), person.relation);
    dialog.addLine(QStringLiteral("supportContact"), tr("&Contact:"), person.contact);
    dialog.addText(QStringLiteral("supportNote"), tr("N&ote:"), person.note);
    dialog.setOkText(tr("Save"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    person.name = dialog.text(QStringLiteral("supportName"));
    person.relation = dialog.text(QStringLiteral("supportRelation"));
    person.contact = dialog.text(QStringLiteral("supportContact"));
    person.note = dialog.text(QStringLiteral("supportNote"));
    (void)m_context.edits->updateSupportContact(person);
}

void RelationshipSupportTab::removeSupportContact()
{
    if (const std::optional<Id> id = currentId())
        (void)m_context.edits->removeSupportContact(*id);
}

} // namespace trellis
