#include "coordinator/rosterpage.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "coordinator/coordinatorui.h"
#include "dialogs/persondialog.h"
#include "dialogs/rosterimportdialog.h"
#include "io/rosterexporter.h"
#include "models/rosterfiltermodel.h"
#include "models/rostertablemodel.h"
#include "storage/database.h"
#include "storage/rosterqueries.h"
#include "widgets/backgroundjob.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

RosterPage::RosterPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RosterTableModel(this))
    , m_filter(new RosterFilterModel(this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(CoordinatorUi::pageTitle(tr("Roster"), this));
    titleRow->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    titleRow->addWidget(m_summary);
    layout->addLayout(titleRow);

    auto *toolRow = new QHBoxLayout;
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
    auto *addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Person"), this);
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
    layout->addLayout(toolRow);

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(RosterTableModel::Name, 170);
    m_table->setColumnWidth(RosterTableModel::Roles, 130);
    m_table->setColumnWidth(RosterTableModel::Skills, 180);
    m_table->setColumnWidth(RosterTableModel::Interests, 160);
    m_table->setColumnWidth(RosterTableModel::Capacity, 80);
    m_table->setColumnWidth(RosterTableModel::Department, 120);
    m_table->setColumnWidth(RosterTableModel::Manager, 140);
    m_table->setColumnWidth(RosterTableModel::Languages, 90);

    QWidget *empty =
        CoordinatorUi::emptyState(QStringLiteral("system-users"), &m_emptyText, &m_emptyButton, this);
    m_emptyButton->setObjectName(QStringLiteral("rosterEmptyImport"));
    m_emptyButton->setText(tr("Import Roster…"));
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(empty);
    layout->addWidget(m_body, 1);

    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_role->currentData().toInt();
        m_filter->setRole(role < 0 ? std::nullopt : std::optional<Role>(Role(role)));
        updateState();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editPerson(index.data(RosterTableModel::PersonIdRole).toLongLong());
    });
    connect(importButton, &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(m_emptyButton, &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(pairButton, &QPushButton::clicked, this, &RosterPage::pair);
    connect(addButton, &QPushButton::clicked, this, &RosterPage::addPerson);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &RosterPage::reload);
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, [this](Entity entity) {
            if (entity == Entity::Person || entity == Entity::Relationship)
                scheduleReload();
        });
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this, &RosterPage::scheduleReload);
    }
    m_emptyText->setText(tr("Loading the roster…"));
    m_emptyButton->hide();
    m_body->setCurrentIndex(1);
    reload();
}

void RosterPage::scheduleReload()
{
    m_reloadTimer->start();
}

void RosterPage::reload()
{
    if (!m_context.database)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    struct Loaded {
        QList<Person> people;
        QHash<Id, int> loads;
    };
    auto result = std::make_shared<Loaded>();
    Database *database = m_context.database;
    auto *job = BackgroundJob::start(
        [database, result](JobControl &) -> Status {
            const RosterQueries queries(database->connection());
            auto people = queries.search();
            if (!people)
                return people.error();
            auto loads = queries.mentorLoads();
            if (!loads)
                return loads.error();
            result->people = std::move(people).value();
            result->loads = std::move(loads).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result](bool ok, const QString &error, bool) {
        m_loading = false;
        if (ok) {
            m_loadedOnce = true;
            m_model->setPeople(std::move(result->people), std::move(result->loads));
            updateState();
        } else {
            m_emptyText->setText(tr("The roster could not be loaded: %1").arg(error));
            m_body->setCurrentIndex(1);
        }
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        } else {
            Q_EMIT loaded();
        }
    });
}

void RosterPage::updateState()
{
    if (!m_loadedOnce)
        return;
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
    m_summary->setText(tr("%n person(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                       tr("%n mentor(s)", nullptr, mentors) + QStringLiteral(" · ") +
                       tr("%n with room for a mentee", nullptr, withRoom));
    if (m_model->rowCount() == 0) {
        m_emptyText->setText(
            tr("Nobody is on the roster yet. Import your spreadsheet, or add people one by one."));
        m_emptyButton->show();
        m_body->setCurrentIndex(1);
    } else if (m_filter->rowCount() == 0) {
        m_emptyText->setText(tr("Nobody matches this search."));
        m_emptyButton->hide();
        m_body->setCurrentIndex(1);
    } else {
        m_body->setCurrentIndex(0);
    }
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
