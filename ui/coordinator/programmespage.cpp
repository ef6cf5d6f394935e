#include "coordinator/programmespage.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "coordinator/coordinatorui.h"
#include "dialogs/cohortdialog.h"
#include "dialogs/programmedialog.h"
#include "models/backgroundjob.h"
#include "models/programmetreemodel.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

ProgrammesPage::ProgrammesPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProgrammeTreeModel(this))
{
    setObjectName(QStringLiteral("programmesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(CoordinatorUi::pageTitle(tr("Programmes & cohorts"), this));
    titleRow->addStretch(1);
    m_newCohort = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New &Cohort…"), this);
    m_newCohort->setObjectName(QStringLiteral("programmesNewCohort"));
    auto *newProgramme =
        new QPushButton(QIcon::fromTheme(QStringLiteral("folder-new")), tr("&New Programme…"), this);
    newProgramme->setObjectName(QStringLiteral("programmesNew"));
    newProgramme->setDefault(true);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("programmesMore"));
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("More actions"));
    more->setToolTip(tr("More actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    QAction *remove = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this,
                                      &ProgrammesPage::deleteSelected);
    remove->setObjectName(QStringLiteral("programmesDeleteAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(remove);
    more->setMenu(menu);
    titleRow->addWidget(m_newCohort);
    titleRow->addWidget(newProgramme);
    titleRow->addWidget(more);
    layout->addLayout(titleRow);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("programmesTree"));
    m_tree->setAccessibleName(tr("Programmes and cohorts"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProgrammeTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ProgrammeTreeModel::Details, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ProgrammeTreeModel::Pairs, QHeaderView::ResizeToContents);

    auto *detailPanel = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPanel);
    detailLayout->setContentsMargins(16, 0, 0, 0);
    m_details = new QLabel(detailPanel);
    m_details->setObjectName(QStringLiteral("programmeDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    auto *scroll = new QScrollArea(detailPanel);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(scroll, 1);
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), detailPanel);
    m_edit->setObjectName(QStringLiteral("programmesEdit"));
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addStretch(1);
    detailLayout->addLayout(editRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    detailPanel->setMinimumWidth(280);
    splitter->setChildrenCollapsible(false);

    QWidget *empty =
        CoordinatorUi::emptyState(QStringLiteral("folder-new"), &m_emptyText, &m_emptyButton, this);
    m_emptyButton->setObjectName(QStringLiteral("programmesEmptyNew"));
    m_emptyButton->setText(tr("New Programme…"));
    m_body = new QStackedWidget(this);
    m_body->addWidget(splitter);
    m_body->addWidget(empty);
    layout->addWidget(m_body, 1);

    connect(newProgramme, &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_emptyButton, &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_newCohort, &QPushButton::clicked, this, &ProgrammesPage::newCohort);
    connect(m_edit, &QPushButton::clicked, this, &ProgrammesPage::editSelected);
    connect(m_tree, &QTreeView::activated, this, &ProgrammesPage::editSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgrammesPage::showDetails);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &ProgrammesPage::reload);
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, [this](Entity entity) {
            if (entity == Entity::Programme || entity == Entity::Cohort || entity == Entity::Relationship)
                scheduleReload();
        });
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this, &ProgrammesPage::scheduleReload);
    }
    m_emptyText->setText(tr("Loading programmes…"));
    m_emptyButton->hide();
    m_body->setCurrentIndex(1);
    reload();
}

void ProgrammesPage::scheduleReload()
{
    m_reloadTimer->start();
}

void ProgrammesPage::reload()
{
    if (!m_context.database)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    struct Loaded {
        QList<Programme> programmes;
        QList<Cohort> cohorts;
        QHash<Id, int> pairs;
    };
    auto result = std::make_shared<Loaded>();
    Database *database = m_context.database;
    auto *job = BackgroundJob::start(
        [database, result](JobControl &) -> Status {
            const ProgrammeQueries queries(database->connection());
            auto programmes = queries.programmes();
            if (!programmes)
                return programmes.error();
            auto cohorts = queries.cohorts();
            if (!cohorts)
                return cohorts.error();
            auto pairs = queries.pairsPerCohort();
            if (!pairs)
                return pairs.error();
            result->programmes = std::move(programmes).value();
            result->cohorts = std::move(cohorts).value();
            result->pairs = std::move(pairs).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result](bool ok, const QString &error, bool) {
        m_loading = false;
        if (ok) {
            // Keep the selection (or select what was just created) across the reset.
            const QModelIndex current = m_tree->currentIndex();
            if (!m_selectProgramme && !m_selectCohort && current.isValid()) {
                if (current.data(ProgrammeTreeModel::IsCohortRole).toBool())
                    m_selectCohort = current.data(ProgrammeTreeModel::IdRole).toLongLong();
                else
                    m_selectProgramme = current.data(ProgrammeTreeModel::IdRole).toLongLong();
            }
            m_model->setContents(std::move(result->programmes), result->cohorts, std::move(result->pairs));
            m_tree->expandAll();
            QModelIndex select = m_selectCohort ? m_model->indexOfCohort(m_selectCohort)
                                                : m_model->indexOfProgramme(m_selectProgramme);
            if (!select.isValid())
                select = m_model->index(0, 0);
            m_tree->setCurrentIndex(select);
            m_selectProgramme = 0;
            m_selectCohort = 0;
            updateState();
            showDetails();
        } else {
            m_emptyText->setText(tr("The programmes could not be loaded: %1").arg(error));
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

void ProgrammesPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_newCohort->setEnabled(any);
    if (!any) {
        m_emptyText->setText(tr("No programmes yet. Create the programme first, then add its cohorts."));
        m_emptyButton->show();
        m_body->setCurrentIndex(1);
    } else {
        m_body->setCurrentIndex(0);
    }
}

void ProgrammesPage::showDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    m_edit->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_details->setText(tr("Select a programme or a cohort to see its details."));
        return;
    }
    const Id id = current.data(ProgrammeTreeModel::IdRole).toLongLong();
    auto esc = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    if (current.data(ProgrammeTreeModel::IsCohortRole).toBool()) {
        const auto cohort = m_model->cohort(id);
        const auto programme = cohort ? m_model->programme(cohort->programmeId) : std::nullopt;
        if (!cohort)
            return;
        m_details->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                               .arg(esc(cohort->name), esc(programme ? programme->name : QString()),
                                    esc(ProgrammeTreeModel::cohortDates(*cohort))));
        return;
    }
    const auto programme = m_model->programme(id);
    if (!programme)
        return;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(programme->name));
    if (!programme->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(programme->description));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Format:")), esc(ProgrammeTreeModel::formatName(programme->format)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Defaults:")),
                     esc(tr("meet every %n day(s)", nullptr, programme->defaultCadenceDays) +
                         QStringLiteral(" · ") +
                         tr("%n month(s) long", nullptr, programme->defaultDurationMonths) +
                         QStringLiteral(" · ") +
                         tr("%n-minute meetings", nullptr, programme->defaultMeetingMinutes)));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(tr("Objectives:")), programme->objectives.isEmpty()
                                                 ? esc(tr("None written yet — add them with Edit."))
                                                 : esc(programme->objectives));
    m_details->setText(html);
}

void ProgrammesPage::newProgramme()
{
    if (!m_context.edits)
        return;
    Edits *edits = m_context.edits;
    auto *dialog = new ProgrammeDialog(
        Programme{},
        [edits, this](const Programme &programme) -> Status {
            auto done = edits->addProgramme(programme);
            if (!done)
                return done.error();
            m_selectProgramme = done->primaryId;
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProgrammesPage::newCohort()
{
    if (!m_context.edits || m_model->rowCount() == 0)
        return;
    Cohort cohort;
    const QModelIndex current = m_tree->currentIndex();
    cohort.programmeId = current.isValid() ? current.data(ProgrammeTreeModel::ProgrammeIdRole).toLongLong()
                                           : m_model->programmes().first().id;
    Edits *edits = m_context.edits;
    auto *dialog = new CohortDialog(
        m_model->programmes(), cohort,
        [edits, this](const Cohort &value) -> Status {
            auto done = edits->addCohort(value);
            if (!done)
                return done.error();
            m_selectCohort = done->primaryId;
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProgrammesPage::editSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_context.edits)
        return;
    const Id id = current.data(ProgrammeTreeModel::IdRole).toLongLong();
    Edits *edits = m_context.edits;
    QDialog *dialog = nullptr;
    if (current.data(ProgrammeTreeModel::IsCohortRole).toBool()) {
        const auto cohort = m_model->cohort(id);
        if (!cohort)
            return;
        dialog = new CohortDialog(
            m_model->programmes(), *cohort,
            [edits](const Cohort &value) -> Status {
                auto done = edits->updateCohort(value);
                return done ? Status{} : Status(done.error());
            },
            this);
    } else {
        const auto programme = m_model->programme(id);
        if (!programme)
            return;
        dialog = new ProgrammeDialog(
            *programme,
            [edits](const Programme &value) -> Status {
                auto done = edits->updateProgramme(value);
                return done ? Status{} : Status(done.error());
            },
            this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProgrammesPage::deleteSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_context.edits)
        return;
    const Id id = current.data(ProgrammeTreeModel::IdRole).toLongLong();
    const bool cohort = current.data(ProgrammeTreeModel::IsCohortRole).toBool();
    // The status bar says how it went (Edits::performed / failed).
    auto done = cohort ? m_context.edits->deleteCohort(id) : m_context.edits->deleteProgramme(id);
    Q_UNUSED(done);
}

} // namespace trellis
