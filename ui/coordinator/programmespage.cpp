#include "coordinator/programmespage.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "coordinator/coordinatorui.h"
#include "dialogs/cohortdialog.h"
#include "dialogs/programmedialog.h"
#include "models/modelloader.h"
#include "models/programmetreemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace trellis {

ProgrammesPage::ProgrammesPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProgrammeTreeModel(this))
    , m_loader(new ModelLoader(context.dataSource(), ProgrammeTreeModel::watchedEntities(), this))
{
    setObjectName(QStringLiteral("programmesPage"));
    m_loader->setLoad(&ProgrammeTreeModel::fetch, m_model, &ProgrammeTreeModel::apply);

    m_scaffold = new PageScaffold(tr("Programmes & cohorts"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);

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
    m_scaffold->setPrimaryButton(m_newCohort);
    m_scaffold->setPrimaryButton(newProgramme);
    m_scaffold->setPrimaryButton(more);

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

    m_scaffold->setContent(splitter);
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("programmesEmptyNew"));
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading programmes…"));

    connect(newProgramme, &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_newCohort, &QPushButton::clicked, this, &ProgrammesPage::newCohort);
    connect(m_edit, &QPushButton::clicked, this, &ProgrammesPage::editSelected);
    connect(m_tree, &QTreeView::activated, this, &ProgrammesPage::editSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgrammesPage::showDetails);
    // A new programme opens with its cohorts shown; what the user collapsed stays collapsed.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model->index(row, 0));
            });
    connect(m_loader, &ModelLoader::loaded, this, &ProgrammesPage::updateState);
    connect(m_loader, &ModelLoader::loaded, this, &ProgrammesPage::loaded);
    m_loader->reload();
}

void ProgrammesPage::reload()
{
    m_loader->reload();
}

std::optional<PageScaffold::EmptyState> ProgrammesPage::emptyState() const
{
    if (m_model->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("folder-new"),
            tr("No programmes yet. Create the programme first, then add its cohorts."), tr("New Programme…")};
    return std::nullopt;
}

void ProgrammesPage::updateState()
{
    m_newCohort->setEnabled(m_model->rowCount() > 0);
    // Select what an edit just created (once a load has it), else keep the selection: the model
    // changed in place.
    const QModelIndex created = m_selectCohort      ? m_model->indexOfCohort(m_selectCohort)
                                : m_selectProgramme ? m_model->indexOfProgramme(m_selectProgramme)
                                                    : QModelIndex();
    if (created.isValid()) {
        m_tree->setCurrentIndex(created);
        m_selectProgramme = 0;
        m_selectCohort = 0;
    } else if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_tree->setCurrentIndex(m_model->index(0, 0));
    }
    showDetails();
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
