#include "goals/goalspanel.h"

#include "charts/chartpanel.h"
#include "charts/goalchart.h"
#include "commands/edits.h"
#include "goals/goaldialog.h"
#include "goals/goalrowdelegate.h"
#include "goals/milestonedialog.h"
#include "goals/progressdialog.h"
#include "models/displaytexts.h"
#include "models/goallistmodel.h"
#include "models/milestonelistmodel.h"
#include "models/progresshistorymodel.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"
#include "widgets/placeholdertreeview.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace trellis {

GoalsPanel::GoalsPanel(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("goalsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // Empty state.
    m_emptyText = new QLabel(tr("No goals yet — set the first goal together at your next meeting."));
    m_emptyText->setObjectName(QStringLiteral("goalsEmpty"));
    m_emptyAdd = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Goal…"));
    m_emptyAdd->setObjectName(QStringLiteral("goalsEmptyAdd"));
    connect(m_emptyAdd, &QPushButton::clicked, this, &GoalsPanel::addGoal);
    m_emptyPage = PageStyle::emptyState(QStringLiteral("flag"), m_emptyText, m_emptyAdd, m_stack);
    m_stack->addWidget(m_emptyPage);

    // List and detail.
    auto *splitter = new QSplitter(m_stack);
    splitter->setObjectName(QStringLiteral("goalsSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    m_goalsModel = new GoalListModel(this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("goalsList"));
    m_list->setAccessibleName(tr("Goals"));
    m_list->setModel(m_goalsModel);
    m_list->setItemDelegate(new GoalRowDelegate(m_list));
    m_list->setSpacing(2);
    m_list->setMinimumWidth(240);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    // Rows are laid out again when the list's width changes (titles wrap to it).
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_list, 1);
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Goal…"), left);
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    leftLayout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &GoalsPanel::addGoal);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(scroll);
    detail->setObjectName(QStringLiteral("goalDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 8, 8);
    detailLayout->setSpacing(8);
    m_title = PageStyle::sectionTitle(QString(), detail);
    m_title->setObjectName(QStringLiteral("goalTitleLabel"));
    m_title->setWordWrap(true);
    detailLayout->addWidget(m_title);
    m_meta = PageStyle::secondary(QString(), detail);
    m_meta->setObjectName(QStringLiteral("goalMeta"));
    m_meta->setWordWrap(true);
    detailLayout->addWidget(m_meta);
    m_progress = new QProgressBar(detail);
    m_progress->setObjectName(QStringLiteral("goalProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Goal progress"));
    m_progress->setFormat(QStringLiteral("%p") + QLocale().percent());
    detailLayout->addWidget(m_progress);
    m_progressText = new QLabel(detail);
    m_progressText->setObjectName(QStringLiteral("goalProgressText"));
    detailLayout->addWidget(m_progressText);

    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Record Progress…"), detail);
    m_record->setObjectName(QStringLiteral("recordProgressButton"));
    m_record->setDefault(true);
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), detail);
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_more = new QToolButton(detail);
    m_more->setObjectName(QStringLiteral("goalMoreButton"));
    m_more->setText(tr("⋯ Status"));
    m_more->setAccessibleName(tr("Goal status and more"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    for (GoalStatus status : {GoalStatus::NotStarted, GoalStatus::InProgress, GoalStatus::Achieved,
                              GoalStatus::OnHold, GoalStatus::Abandoned}) {
        QAction *action = menu->addAction(tr("Mark %1").arg(DisplayTexts::goalStatus(status).toLower()));
        action->setObjectName(QStringLiteral("goalStatusAction%1").arg(int(status)));
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
    }
    menu->addSeparator();
    QAction *remove = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Goal"));
    remove->setObjectName(QStringLiteral("deleteGoalAction"));
    connect(remove, &QAction::triggered, this, &GoalsPanel::deleteGoal);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const GoalDetails *goal = current();
        for (QAction *action : menu->actions())
            if (action->data().isValid())
                action->setEnabled(goal && int(goal->goal.status) != action->data().toInt());
    });
    m_more->setMenu(menu);
    buttons->addWidget(m_record);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &GoalsPanel::recordProgress);
    connect(m_edit, &QPushButton::clicked, this, &GoalsPanel::editGoal);

    // The history right under the progress it explains, so it shows at 1024×700 too; the
    // description and the milestones follow.
    detailLayout->addWidget(PageStyle::sectionTitle(tr("Progress history"), detail));
    m_historyModel = new ProgressHistoryModel(this);
    m_history = new PlaceholderTreeView(detail);
    m_history->setObjectName(QStringLiteral("progressHistory"));
    m_history->setAccessibleName(tr("Progress history"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setModel(m_historyModel);
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(ProgressHistoryModel::Date, 110);
    m_history->setColumnWidth(ProgressHistoryModel::Value, 150);
    m_history->setMinimumHeight(110);
    detailLayout->addWidget(m_history, 1);
    m_historyEmpty = PageStyle::secondary(tr("No progress recorded yet."), detail);
    m_historyEmpty->setObjectName(QStringLiteral("progressHistoryEmpty"));
    detailLayout->addWidget(m_historyEmpty);
    // Progress over time against its pace (GoalChart), under the history (which must show at
    // 1024×700); a click on a point selects that update in the history.
    m_goalChart = new GoalChart;
    m_goalChart->setTitleVisible(false); // the goal's title is right above
    m_chartPanel = new ChartPanel(m_goalChart, detail);
    m_chartPanel->setObjectName(QStringLiteral("goalChartPanel"));
    m_chartPanel->setMinimumHeight(280);
    m_paceText = PageStyle::secondary(QString(), detail);
    m_paceText->setObjectName(QStringLiteral("goalPaceText"));
    m_chartPanel->controls()->insertWidget(0, m_paceText);
    detailLayout->addWidget(m_chartPanel);

    m_smart = new QLabel(detail);
    m_smart->setObjectName(QStringLiteral("goalSmart"));
    m_smart->setWordWrap(true);
    m_smart->setTextFormat(Qt::RichText);
    m_smart->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_smart);

    detailLayout->addWidget(PageStyle::sectionTitle(tr("Milestones"), detail));
    m_milestonesModel = new MilestoneListModel(this);
    m_milestones = new PlaceholderTreeView(detail);
    m_milestones->setObjectName(QStringLiteral("milestonesList"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_milestones->setRootIsDecorated(false);
    m_milestones->setHeaderHidden(true);
    m_milestones->setUniformRowHeights(true);
    m_milestones->setModel(m_milestonesModel);
    m_milestones->setPlaceholderText(tr("No milestones — break the goal into steps."));
    m_milestones->setMinimumHeight(48);
    detailLayout->addWidget(m_milestones);
    auto *milestoneButtons = new QHBoxLayout;
    m_addMilestone =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Milestone…"), detail);
    m_addMilestone->setObjectName(QStringLiteral("addMilestoneButton"));
    m_removeMilestone =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), detail);
    m_removeMilestone->setObjectName(QStringLiteral("removeMilestoneButton"));
    milestoneButtons->addWidget(m_addMilestone);
    milestoneButtons->addWidget(m_removeMilestone);
    milestoneButtons->addStretch(1);
    detailLayout->addLayout(milestoneButtons);
    connect(m_addMilestone, &QPushButton::clicked, this, &GoalsPanel::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &GoalsPanel::removeMilestone);
    connect(m_milestones->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_removeMilestone->setEnabled(m_editable && current.isValid());
            });
    connect(m_milestonesModel, &MilestoneListModel::doneToggled, this,
            [this](const Milestone &milestone, bool done) {
                if (m_rebuilding)
                    return;
                // After the model's setData() has returned; a refused edit puts the box back.
                QTimer::singleShot(0, this, [this, milestone, done] {
                    if (!m_context.edits->setMilestoneDone(milestone, done).ok())
                        showCurrent();
                });
            });

    scroll->setWidget(detail);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 520});
    m_stack->addWidget(splitter);

    connect(m_goalChart, &GoalChart::updateActivated, this, [this](Id updateId) {
        const int row = m_historyModel->rowOf(updateId);
        if (row < 0)
            return;
        m_chartPanel->setShowTable(false);
        m_history->setCurrentIndex(m_historyModel->index(row, 0));
        m_history->scrollTo(m_history->currentIndex());
        m_history->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_rebuilding)
            showCurrent();
    });
    showList();
}

void GoalsPanel::setGoals(const QList<GoalDetails> &goals, Id relationshipId, std::optional<Id> authorId)
{
    m_relationshipId = relationshipId;
    m_authorId = authorId;
    // Applied by diff: the current goal stays current while it exists.
    m_rebuilding = true;
    m_goalsModel->setGoals(goals);
    m_rebuilding = false;
    showList();
    if (!m_list->currentIndex().isValid() && m_goalsModel->rowCount() > 0)
        m_list->setCurrentIndex(m_goalsModel->index(0, 0));
    showCurrent();
}

void GoalsPanel::setPaceStart(const std::optional<QDate> &relationshipStart)
{
    m_paceStart = relationshipStart;
}

void GoalsPanel::setEditable(bool editable)
{
    m_editable = editable;
    showCurrent();
}

void GoalsPanel::selectGoal(Id goalId)
{
    const int row = m_goalsModel->rowOf(goalId);
    if (row >= 0)
        m_list->setCurrentIndex(m_goalsModel->index(row, 0));
}

std::optional<Id> GoalsPanel::currentGoalId() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(GoalListModel::GoalIdRole).toLongLong();
}

const GoalDetails *GoalsPanel::current() const
{
    const std::optional<Id> id = currentGoalId();
    return id ? m_goalsModel->find(*id) : nullptr;
}

void GoalsPanel::showList()
{
    const bool empty = m_goalsModel->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_emptyAdd->setVisible(m_editable && m_relationshipId != 0);
    m_add->setVisible(m_editable && m_relationshipId != 0);
}

void GoalsPanel::showCurrent()
{
    m_emptyAdd->setVisible(m_editable && m_relationshipId != 0);
    m_add->setVisible(m_editable && m_relationshipId != 0);
    const GoalDetails *details = current();
    for (QWidget *w :
         {static_cast<QWidget *>(m_record), static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_more),
          static_cast<QWidget *>(m_addMilestone), static_cast<QWidget *>(m_removeMilestone)})
        w->setVisible(m_editable);
    m_record->setEnabled(details != nullptr);
    m_edit->setEnabled(details != nullptr);
    m_more->setEnabled(details != nullptr);
    m_addMilestone->setEnabled(details != nullptr);
    if (!details) {
        m_rebuilding = true;
        m_milestonesModel->setMilestones({});
        m_historyModel->setHistory({}, {});
        m_rebuilding = false;
        m_title->clear();
        m_meta->clear();
        m_smart->clear();
        m_progress->setValue(0);
        m_progressText->clear();
        m_removeMilestone->setEnabled(false);
        m_goalChart->setGoal(GoalPace::of(Goal{}, {}, std::nullopt), Clock::today());
        m_chartPanel->refresh();
        m_paceText->clear();
        return;
    }
    const Goal &goal = details->goal;
    m_title->setText(goal.title);
    QStringList meta{DisplayTexts::goalStatus(goal.status), GoalListModel::dueText(goal)};
    if (!goal.category.isEmpty())
        meta.prepend(goal.category);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_progress->setValue(int(std::lround(details->fraction() * 100)));
    m_progressText->setText(tr("Now %1 (started at %2, target %3)")
                                .arg(DisplayTexts::measure(goal, details->currentValue()),
                                     DisplayTexts::number(goal.startValue),
                                     DisplayTexts::measure(goal, goal.targetValue)));
    QString smart;
    auto add = [&smart](const QString &heading, const QString &text) {
        if (text.isEmpty())
            return;
        smart += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    };
    add(tr("What exactly"), goal.description);
    add(tr("Why it matters"), goal.relevance);
    m_smart->setText(smart);
    m_smart->setVisible(!smart.isEmpty());

    // Both change in place: the selected milestone stays selected across a reload.
    m_rebuilding = true;
    m_milestonesModel->setCheckable(m_editable);
    m_milestonesModel->setMilestones(details->milestones);
    m_historyModel->setHistory(goal, details->history);
    m_rebuilding = false;
    // The milestones list is as tall as its rows (up to six), the history takes the rest.
    const int rows = std::clamp(m_milestonesModel->rowCount(), 1, 6);
    const int rowHeight = m_milestonesModel->rowCount() > 0 ? m_milestones->sizeHintForRow(0)
                                                            : m_milestones->fontMetrics().height() + 6;
    m_milestones->setFixedHeight(rows * rowHeight + 2 * m_milestones->frameWidth() + 4);
    m_history->setVisible(!details->history.isEmpty());
    m_historyEmpty->setVisible(details->history.isEmpty());
    const GoalPace pace = GoalPace::of(goal, details->history, m_paceStart);
    m_paceText->setText(GoalPace::statusText(pace.status()));
    m_goalChart->setGoal(pace, Clock::today());
    m_chartPanel->refresh();
    m_removeMilestone->setEnabled(m_editable && m_milestones->currentIndex().isValid());
}

void GoalsPanel::addGoal()
{
    if (m_relationshipId == 0 || !m_editable)
        return;
    Goal goal;
    goal.relationshipId = m_relationshipId;
    goal.dueDate = Clock::today().addMonths(3);
    GoalDialog dialog(goal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Goal created = dialog.goal();
    (void)m_context.edits->addGoal(created);
}

void GoalsPanel::editGoal()
{
    const GoalDetails *details = current();
    if (!details)
        return;
    GoalDialog dialog(details->goal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Goal edited = dialog.goal();
    if (edited == details->goal)
        return;
    (void)m_context.edits->updateGoal(edited);
}

void GoalsPanel::recordProgress()
{
    const GoalDetails *details = current();
    if (!details)
        return;
    ProgressDialog dialog(details->goal, details->latest, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProgressUpdate update = dialog.update();
    update.authorId = m_authorId;
    (void)m_context.edits->recordProgress(update);
}

void GoalsPanel::addMilestone()
{
    const GoalDetails *details = current();
    if (!details)
        return;
    Milestone milestone;
    milestone.goalId = details->goal.id;
    milestone.position = details->milestones.isEmpty() ? 0 : details->milestones.last().position + 1;
    MilestoneDialog dialog(milestone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Milestone created = dialog.milestone();
    (void)m_context.edits->addMilestone(created);
}

void GoalsPanel::removeMilestone()
{
    const QModelIndex current = m_milestones->currentIndex();
    if (!current.isValid())
        return;
    (void)m_context.edits->removeMilestone(m_milestonesModel->itemAt(current.row()).id);
}

void GoalsPanel::deleteGoal()
{
    const GoalDetails *details = current();
    if (!details)
        return;
    (void)m_context.edits->deleteGoal(details->goal.id);
}

void GoalsPanel::setStatus(GoalStatus status)
{
    const GoalDetails *details = current();
    if (!details || details->goal.status == status)
        return;
    (void)m_context.edits->setGoalStatus(details->goal, status);
}

} // namespace trellis
