#include "relationships/relationshipcontactstab.h"

#include "commands/edits.h"
#include "models/contactlistmodel.h"
#include "widgets/placeholdertreeview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

RelationshipContactsTab::RelationshipContactsTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ContactListModel(this))
{
    setObjectName(QStringLiteral("contactsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    m_view = new PlaceholderTreeView(this);
    m_view->setObjectName(QStringLiteral("contactsTree"));
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ContactListModel::When, 200);
    m_view->setColumnWidth(ContactListModel::Channel, 110);
    m_view->setColumnWidth(ContactListModel::Initiator, 120);
    m_view->setPlaceholderText(
        tr("No contacts logged yet — calls and messages between meetings appear here."));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Log Contact…"), this);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RelationshipContactsTab::logContactRequested);
    connect(m_remove, &QPushButton::clicked, this, &RelationshipContactsTab::removeContact);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipContactsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationshipContactsTab::updateButtons);
    updateButtons();
}

void RelationshipContactsTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_model->setContacts(snapshot.contacts);
    updateButtons();
}

std::optional<Id> RelationshipContactsTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row()).id;
}

void RelationshipContactsTab::updateButtons()
{
    m_remove->setEnabled(currentId().has_value());
}

void RelationshipContactsTab::removeContact()
{
    if (const std::optional<Id> id = currentId())
        (void)m_context.edits->removeContact(*id);
}

} // namespace trellis
