#include "coordinator/rosterpage.h"

#include "commands/edits.h"
#include "coordinator/coordinatorui.h"
#include "dialogs/persondialog.h"
#include "dialogs/rosterimportdialog.h"
#include "models/modelloader.h"
#include "models/rosterfiltermodel.h"
#include "models/rostertablemodel.h"
#include "widgets/columnfitter.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis {

RosterPage::RosterPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RosterTableModel(this))
    , m_filter(new RosterFilterModel(this))
    , m_loader(new ModelLoader(context.dataSource(), {Entity::Person, Entity::Relationship}, this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_filter->setSourceModel(m_model);
    m_loader->setLoad(&RosterTableModel::fetch, m_model, &RosterTableModel::apply);

    m_scaffold = new PageScaffold(tr("Roster"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);
    m_scaffold->summaryLabel()->setObjectName(QStringLiteral("rosterSummary"));

    QHBoxLayout *toolRow = m_scaffold->filterRow();
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("rosterRole"));
    m_role->setAccessibleName(tr("Show"));
    m_role->addItem(tr("Everybody"), -1);
    m_role->addItem(tr("Mentors"), int(Role::Mentor));
    m_role->addItem(tr("Mentees"), int(Role::Mentee));
    m_role->addItem(tr("Coordinators"), int(Role::Coordinator));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search names, skills, interests, departments…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the roster"));
    toolRow->addWidget(m_role);
    toolRow->addWidget(m_search, 1);

    auto *importButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("rosterImport"));
    importButton->setToolTip(tr("Add people from a CSV file exported from a spreadsheet"));
    auto *pairButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Pair…"), this);
    pairButton->setObjectName(QStringLiteral("rosterPair"));
    pairButton->setToolTip(tr("Pair a mentor and a mentee"));
    auto *addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Person…"), this);
    addButton->setObjectName(QStringLiteral("rosterAdd"));
    addButton->setDefault(true);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("rosterMore"));
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("More actions"));
    more->setToolTip(tr("More actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    QAction *edit = menu->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Person…"),
                                    this, [this] { editPerson(selectedPersonId()); });
    edit->setObjectName(QStringLiteral("rosterEditAction"));
    QAction *remove = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Person"),
                                      this, &RosterPage::deleteSelected);
    remove->setObjectName(QStringLiteral("rosterDeleteAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(remove);
    menu->addSeparator();
    QAction *exportRosterAction =
        menu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &Roster (CSV)…"),
                        this, &RosterPage::exportRoster);
    exportRosterAction->setObjectName(QStringLiteral("rosterExportAction"));
    QAction *exportRelationshipsAction =
        menu->addAction(tr("Export Re&lationships (CSV)…"), this, &RosterPage::exportRelationships);
    exportRelationshipsAction->setObjectName(QStringLiteral("relationshipsExportAction"));
    more->setMenu(menu);
    toolRow->addSpacing(8);
    toolRow->addWidget(importButton);
    toolRow->addWidget(pairButton);
    toolRow->addWidget(addButton);
    toolRow->addWidget(more);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setAccessibleName(tr("Roster"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RosterTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Who, as what and with which skills always show; the rest as the width allows.
    using C = RosterTableModel;
    new ColumnFitter(m_table, {{C::Name, 150, true},
                               {C::Roles, 110, true},
                               {C::Skills, 160, true},
                               {C::Capacity, 90, false},
                               {C::Interests, 150, false},
                               {C::Department, 120, false},
                               {C::Manager, 130, false},
                               {C::Languages, 100, false},
                               {C::TimeZone, 130, false}});

    m_scaffold->setContent(m_table);
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("rosterEmptyImport"));
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading the roster…"));

    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_role->currentData().toInt();
        m_filter->setRole(role < 0 ? std::nullopt : std::optional<Role>(Role(role)));
        m_scaffold->refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_scaffold->refresh();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editPerson(index.data(RosterTableModel::PersonIdRole).toLongLong());
    });
    connect(importButton, &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(pairButton, &QPushButton::clicked, this, &RosterPage::pair);
    connect(addButton, &QPushButton::clicked, this, &RosterPage::addPerson);
    connect(m_loader, &ModelLoader::loaded, this, &RosterPage::updateSummary);
    connect(m_loader, &ModelLoader::loaded, this, &RosterPage::loaded);
    m_loader->reload();
}

void RosterPage::reload()
{
    m_loader->reload();
}

std::optional<PageScaffold::EmptyState> RosterPage::emptyState() const
{
    if (m_model->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"),
            tr("Nobody is on the roster yet. Import your spreadsheet, or add people one by one."),
            tr("Import Roster…")};
    if (m_filter->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"), tr("Nobody matches this search."), {}};
    return std::nullopt;
}

void RosterPage::updateSummary()
{
    int mentors = 0;
    int withRoom = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(RosterTableModel::RoleFlagsRole).toInt() & 1) {
            ++mentors;
            if (index.data(RosterTableModel::HasRoomRole).toBool())
                ++withRoom;
        }
    }
    m_scaffold->setSummary(tr("%n person(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                           tr("%n mentor(s)", nullptr, mentors) + QStringLiteral(" · ") +
                           tr("%n with room for a mentee", nullptr, withRoom));
}

qint64 RosterPage::selectedPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RosterTableModel::PersonIdRole).toLongLong() : 0;
}

void RosterPage::addPerson()
{
    if (!m_context.edits)
        return;
    Person blank;
    blank.isMentee = true;
    Edits *edits = m_context.edits;
    auto *dialog = new PersonDialog(
        m_model->people(), blank,
        [edits](const Person &person) -> Status {
            auto done = edits->addPerson(person);
            return done ? Status{} : Status(done.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterPage::editPerson(qint64 personId)
{
    const int row = m_model->rowOf(personId);
    if (row < 0 || !m_context.edits)
        return;
    Edits *edits = m_context.edits;
    auto *dialog = new PersonDialog(
        m_model->people(), m_model->people().at(row),
        [edits](const Person &person) -> Status {
            auto done = edits->updatePerson(person);
            return done ? Status{} : Status(done.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterPage::deleteSelected()
{
    const qint64 id = selectedPersonId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_context.edits)
        return;
    // The status bar says how it went (Edits::performed / failed).
    auto done = m_context.edits->deletePerson(id);
    Q_UNUSED(done);
}

void RosterPage::importRoster()
{
    CoordinatorUi::importRoster(m_context, this);
}

void RosterPage::exportRoster()
{
    CoordinatorUi::exportRoster(m_context, this);
}

void RosterPage::exportRelationships()
{
    CoordinatorUi::exportRelationships(m_context, this);
}

void RosterPage::pair()
{
    const qint64 selected = selectedPersonId();
    CoordinatorUi::openPairing(m_context, this, std::nullopt,
                               selected > 0 ? std::optional<Id>(selected) : std::nullopt);
}

} // namespace trellis
