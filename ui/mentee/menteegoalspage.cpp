#include "mentee/menteegoalspage.h"

#include "commands/edits.h"
#include "dialogs/peopleflows.h"
#include "goals/goalspanel.h"
#include "library/suggestionform.h"
#include "models/actionitemlistmodel.h"
#include "models/displaytexts.h"
#include "models/jobleadlistmodel.h"
#include "models/menteesnapshotfetch.h"
#include "models/modelloader.h"
#include "models/pastmeetinglistmodel.h"
#include "models/suggestionlistmodel.h"
#include "relationships/agendaeditor.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"
#include "widgets/placeholdertreeview.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace trellis {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

MenteeGoalsPage::MenteeGoalsPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ModelLoader(context.dataSource(),
                               {Entity::Relationship, Entity::Person, Entity::Goal, Entity::Milestone,
                                Entity::ProgressUpdate, Entity::Meeting, Entity::ActionItem},
                               this))
    , m_actionsModel(new ActionItemListModel(this))
    , m_pastModel(new PastMeetingListModel(this))
    , m_jobLeadsModel(new JobLeadListModel(this))
    , m_jobLeadsLoader(new ModelLoader(context.dataSource(), JobLeadListModel::watched(), this))
    , m_suggestionsModel(new SuggestionListModel(this))
    , m_suggestionsLoader(
          new ModelLoader(context.dataSource(), {Entity::ResourceSuggestion, Entity::Resource}, this))
{
    setObjectName(QStringLiteral("menteeGoalsPage"));
    // A change that touches one of the mentee's relationships reads them all again (see the fetch).
    const Id personId = m_context.profile ? m_context.profile->personId : 0;
    m_loader->setLoad(MenteeSnapshotFetch(personId), this, &MenteeGoalsPage::applySnapshot);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scaffold = new PageScaffold(tr("My goals"), this);
    layout->addWidget(m_scaffold);
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("menteeRelationshipChoice"));
    m_relationship->setAccessibleName(tr("Relationship"));
    m_relationship->hide();
    m_scaffold->addBesideTitle(m_relationship);
    m_scaffold->summaryLabel()->setObjectName(QStringLiteral("menteeSummary"));
    m_scaffold->statePanel()->setObjectName(QStringLiteral("menteeEmpty"));
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("menteeAddMentor"));
    // Any profile may start a relationship it is part of: the mentee adds their mentor.
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this,
            [this] { PeopleFlows::addPartner(m_context, this); });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("menteeSplitter"));
    splitter->setChildrenCollapsible(false);

    // Top: the next meeting with its agenda beside my action items.
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(16);
    QFrame *next = card(top);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->setContentsMargins(12, 12, 12, 12);
    nextLayout->addWidget(PageStyle::sectionTitle(tr("Prepare the next meeting"), next));
    m_agenda = new AgendaEditor(context, next);
    m_agenda->setObjectName(QStringLiteral("menteeAgendaEditor"));
    nextLayout->addWidget(m_agenda, 1);
    QFrame *actions = card(top);
    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->setContentsMargins(12, 12, 12, 12);
    actionsLayout->addWidget(PageStyle::sectionTitle(tr("What we agreed to do"), actions));
    m_actions = new PlaceholderTreeView(actions);
    m_actions->setObjectName(QStringLiteral("menteeActionsTree"));
    m_actions->setAccessibleName(tr("Action items"));
    m_actions->setRootIsDecorated(false);
    m_actions->setModel(m_actionsModel);
    m_actions->setPlaceholderText(tr("Nothing to do yet — actions agreed in meetings appear here."));
    m_actions->header()->setStretchLastSection(false);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_actions->setMaximumHeight(220);
    actionsLayout->addWidget(m_actions, 1);
    topLayout->addWidget(next, 1);
    topLayout->addWidget(actions, 1);
    splitter->addWidget(top);

    // Below: goals and past meetings.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("menteeTabs"));
    m_tabs->setDocumentMode(true);
    auto *goalsPage = new QWidget(m_tabs);
    auto *goalsLayout = new QVBoxLayout(goalsPage);
    goalsLayout->setContentsMargins(0, 8, 0, 0);
    m_goals = new GoalsPanel(context, goalsPage);
    goalsLayout->addWidget(m_goals);
    m_tabs->addTab(goalsPage, tr("Goals and progress"));
    auto *pastPage = new QSplitter(Qt::Horizontal, m_tabs);
    pastPage->setChildrenCollapsible(false);
    m_past = new QTreeView(pastPage);
    m_past->setObjectName(QStringLiteral("menteePastMeetings"));
    m_past->setAccessibleName(tr("Past meetings"));
    m_past->setRootIsDecorated(false);
    m_past->setModel(m_pastModel);
    m_past->setColumnWidth(0, 200);
    m_past->setColumnWidth(1, 180);
    m_pastNotes = new QTextBrowser(pastPage);
    m_pastNotes->setObjectName(QStringLiteral("menteePastNotes"));
    m_pastNotes->setAccessibleName(tr("Shared notes"));
    pastPage->addWidget(m_past);
    pastPage->addWidget(m_pastNotes);
    pastPage->setStretchFactor(0, 1);
    pastPage->setStretchFactor(1, 1);
    m_tabs->addTab(pastPage, tr("Past meetings"));
    // Job leads the mentor shared, with their application deadline (issue 12): a loader of its
    // own, since shares are not part of the mentee's snapshot.
    auto *leadsPage = new QWidget(m_tabs);
    auto *leadsLayout = new QVBoxLayout(leadsPage);
    leadsLayout->setContentsMargins(0, 8, 0, 0);
    m_jobLeadsView = new PlaceholderTreeView(leadsPage);
    m_jobLeadsView->setObjectName(QStringLiteral("menteeJobLeads"));
    m_jobLeadsView->setAccessibleName(tr("Job leads"));
    m_jobLeadsView->setRootIsDecorated(false);
    m_jobLeadsView->setUniformRowHeights(true);
    m_jobLeadsView->setModel(m_jobLeadsModel);
    m_jobLeadsView->setColumnHidden(JobLeadListModel::Mentee, true);
    m_jobLeadsView->header()->setStretchLastSection(false);
    m_jobLeadsView->header()->setSectionResizeMode(JobLeadListModel::Lead, QHeaderView::Stretch);
    m_jobLeadsView->header()->setSectionResizeMode(JobLeadListModel::Note, QHeaderView::Stretch);
    m_jobLeadsView->header()->setSectionResizeMode(JobLeadListModel::Deadline, QHeaderView::ResizeToContents);
    m_jobLeadsView->setPlaceholderText(
        tr("No job leads yet. Openings your mentor shares appear here with their deadline."));
    leadsLayout->addWidget(m_jobLeadsView);
    m_jobLeadsTab = m_tabs->addTab(leadsPage, tr("Job leads"));
    connect(m_jobLeadsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString url = m_jobLeadsModel->itemAt(index.row()).url;
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl::fromUserInput(url));
    });
    // What the mentee suggested to the mentor, and what became of it (issue 12).
    auto *suggestionsPage = new QWidget(m_tabs);
    auto *suggestionsLayout = new QVBoxLayout(suggestionsPage);
    suggestionsLayout->setContentsMargins(0, 8, 0, 0);
    m_suggestionsView = new PlaceholderTreeView(suggestionsPage);
    m_suggestionsView->setObjectName(QStringLiteral("menteeSuggestions"));
    m_suggestionsView->setAccessibleName(tr("My suggestions"));
    m_suggestionsView->setRootIsDecorated(false);
    m_suggestionsView->setUniformRowHeights(true);
    m_suggestionsView->setModel(m_suggestionsModel);
    m_suggestionsView->setColumnHidden(SuggestionListModel::Suggested, true);
    m_suggestionsView->header()->setStretchLastSection(true);
    m_suggestionsView->setColumnWidth(SuggestionListModel::Suggestion, 320);
    m_suggestionsView->setColumnWidth(SuggestionListModel::Status, 220);
    m_suggestionsView->setPlaceholderText(
        tr("Found an article, a course or an opening worth sharing? Suggest it to your mentor."));
    suggestionsLayout->addWidget(m_suggestionsView, 1);
    auto *suggestRow = new QHBoxLayout;
    m_suggestButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Suggest a Resource…"),
                                      suggestionsPage);
    m_suggestButton->setObjectName(QStringLiteral("menteeSuggestButton"));
    suggestRow->addWidget(m_suggestButton);
    suggestRow->addStretch(1);
    suggestionsLayout->addLayout(suggestRow);
    m_suggestionsTab = m_tabs->addTab(suggestionsPage, tr("Suggestions"));
    connect(m_suggestButton, &QPushButton::clicked, this, &MenteeGoalsPage::suggestResource);

    m_jobLeadsLoader->setLoad(JobLeadListModel::Fetch(Role::Mentee, personId),
                              [this](QList<ShareRow> rows, const LoadRequest &) {
                                  m_jobLeadsModel->setToday(Clock::today());
                                  m_jobLeadsModel->setItems(std::move(rows));
                                  updateJobLeadsTab();
                              });
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    contentLayout->addWidget(splitter);
    m_scaffold->setContent(content);
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading your goals…"));

    connect(m_relationship, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showCurrent();
    });
    connect(m_past->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MenteeGoalsPage::showPastMeeting);
    connect(m_actionsModel, &ActionItemListModel::doneToggled, this, [this](qint64 id, bool done) {
        const RelationshipSnapshot *snapshot = current();
        if (m_filling || !snapshot)
            return;
        for (ActionItem action : snapshot->actionItems) {
            if (action.id != id)
                continue;
            if (done == action.isDone())
                return;
            QTimer::singleShot(0, this, [this, action, done] {
                auto changed = m_context.edits->setActionItemDone(action, done);
                Q_UNUSED(changed); // the status bar says how it went
            });
            return;
        }
    });

    connect(m_loader, &ModelLoader::loaded, this, &MenteeGoalsPage::loaded);
    if (m_context.profile) {
        m_loader->reload();
        m_jobLeadsLoader->reload();
    }
}

MenteeGoalsPage::~MenteeGoalsPage() = default;

void MenteeGoalsPage::reload()
{
    if (m_context.profile) {
        m_loader->reload();
        m_jobLeadsLoader->reload();
    }
}

void MenteeGoalsPage::suggestResource()
{
    const RelationshipSnapshot *snapshot = current();
    if (!snapshot || !m_context.edits)
        return;
    // The current relationship first; another one can be chosen in the dialog.
    QList<QPair<QString, Id>> relationships;
    relationships.append({m_relationship->currentText(), snapshot->relationship.id});
    for (const RelationshipSnapshot &r : std::as_const(m_snapshot.relationships)) {
        if (r.relationship.id != snapshot->relationship.id)
            relationships.append(
                {tr("With %1").arg(r.names.value(r.relationship.mentorId)), r.relationship.id});
    }
    auto suggestion = SuggestionForm::ask(this, relationships);
    if (!suggestion)
        return;
    suggestion->suggestedBy =
        m_context.profile ? std::optional<Id>(m_context.profile->personId) : std::nullopt;
    suggestion->suggestedOn = Clock::today();
    (void)m_context.edits->suggestResource(*suggestion); // the status bar says how it went
}

void MenteeGoalsPage::updateJobLeadsTab()
{
    int soon = 0;
    for (const ShareRow &row : m_jobLeadsModel->items()) {
        if (Resource::closesSoon(row.deadline, m_jobLeadsModel->today()))
            ++soon;
    }
    const int count = m_jobLeadsModel->rowCount();
    QString text = count == 0 ? tr("Job leads") : tr("Job leads (%1)").arg(QLocale().toString(count));
    m_tabs->setTabText(m_jobLeadsTab, text);
    m_tabs->setTabToolTip(m_jobLeadsTab, soon > 0 ? tr("%n closing soon", nullptr, soon) : QString());
}

void MenteeGoalsPage::applySnapshot(std::optional<MenteeSnapshot> snapshot, const LoadRequest &request)
{
    Q_UNUSED(request);
    if (!snapshot)
        return; // the change was not the mentee's
    const Id selected = m_relationship->currentData().toLongLong();
    m_snapshot = std::move(*snapshot);
    m_filling = true;
    m_relationship->clear();
    for (const RelationshipSnapshot &r : std::as_const(m_snapshot.relationships)) {
        const QString mentor = r.names.value(r.relationship.mentorId);
        m_relationship->addItem(
            tr("With %1 · %2").arg(mentor, DisplayTexts::relationshipStatus(r.relationship.status)),
            r.relationship.id);
    }
    const int index = m_relationship->findData(selected);
    m_relationship->setCurrentIndex(index < 0 ? 0 : index);
    m_relationship->setVisible(m_snapshot.relationships.size() > 1);
    m_filling = false;
    showCurrent();
}

std::optional<PageScaffold::EmptyState> MenteeGoalsPage::emptyState() const
{
    if (m_snapshot.relationships.isEmpty())
        return PageScaffold::EmptyState{
            QStringLiteral("flag"),
            tr("You are not in a mentoring relationship yet. Add your mentor to start one; your goals "
               "will appear here."),
            PeopleFlows::addPartnerText(m_context)};
    return std::nullopt;
}

const RelationshipSnapshot *MenteeGoalsPage::current() const
{
    const int index = m_relationship->currentIndex();
    if (index < 0 || index >= m_snapshot.relationships.size())
        return nullptr;
    return &m_snapshot.relationships.at(index);
}

void MenteeGoalsPage::showCurrent()
{
    const RelationshipSnapshot *snapshot = current();
    if (!snapshot) {
        m_scaffold->setSummary({});
        m_actionsModel->setActions({}, 0, {});
        m_pastModel->setMeetings({});
        return;
    }
    const Relationship &r = snapshot->relationship;
    const QString mentor = snapshot->names.value(r.mentorId);
    const Id me = m_context.profile ? m_context.profile->personId : r.menteeId;

    double total = 0;
    for (const GoalDetails &goal : snapshot->goals)
        total += goal.fraction();
    QStringList summary;
    summary.append(tr("Mentored by %1").arg(mentor));
    if (!snapshot->goals.isEmpty())
        summary.append(
            snapshot->goals.size() == 1
                ? tr("1 goal, %1 done").arg(DisplayTexts::percent(double(std::lround(100 * total))))
                : tr("%1 goals, %2 done on average")
                      .arg(QLocale().toString(snapshot->goals.size()),
                           DisplayTexts::percent(
                               double(std::lround(100 * total / double(snapshot->goals.size()))))));
    m_scaffold->setSummary(summary.join(QStringLiteral(" · ")));

    m_agenda->setMeeting(snapshot->nextMeeting(), mentor);
    m_goals->setPaceStart(r.startDate);
    m_goals->setGoals(snapshot->goals, r.id, me);
    const bool finished =
        r.status == RelationshipStatus::Completed || r.status == RelationshipStatus::EndedEarly;
    m_goals->setEditable(!finished);

    // Both lists change in place: the current past meeting stays selected across a reload.
    m_actionsModel->setActions(snapshot->actionItems, me, snapshot->names);
    m_pastModel->setMeetings(snapshot->past);
    if (!m_past->currentIndex().isValid()) {
        // The first meeting with shared notes, to read.
        for (int row = 0; row < m_pastModel->rowCount(); ++row) {
            if (!m_pastModel->itemAt(row).sharedNotes().isEmpty()) {
                m_past->setCurrentIndex(m_pastModel->index(row, 0));
                break;
            }
        }
    }
    showPastMeeting();
    if (m_suggestionsFor != r.id) {
        m_suggestionsFor = r.id;
        m_suggestionsLoader->setLoad(SuggestionListModel::Fetch(r.id), [this](QList<SuggestionRow> rows,
                                                                              const LoadRequest &) {
            m_suggestionsModel->setItems(std::move(rows));
            const int count = m_suggestionsModel->rowCount();
            m_tabs->setTabText(m_suggestionsTab, count == 0
                                                     ? tr("Suggestions")
                                                     : tr("Suggestions (%1)").arg(QLocale().toString(count)));
        });
        m_suggestionsLoader->reload();
    }
    m_suggestButton->setEnabled(!finished && m_context.edits);
    m_tabs->setTabText(1, snapshot->past.isEmpty() ? tr("Past meetings")
                                                   : tr("Past meetings (%1)").arg(m_pastModel->rowCount()));
}

void MenteeGoalsPage::showPastMeeting()
{
    const RelationshipSnapshot *snapshot = current();
    const QModelIndex chosen = m_past->currentIndex();
    if (!snapshot || !chosen.isValid()) {
        m_pastNotes->setHtml(
            snapshot && snapshot->past.isEmpty()
                ? tr("<p>No meetings yet. Notes you both share appear here after each meeting.</p>")
                : tr("<p>Choose a meeting to read what you discussed.</p>"));
        return;
    }
    const MeetingEntry &entry = m_pastModel->itemAt(chosen.row());
    const QString when = m_pastModel->index(chosen.row(), PastMeetingListModel::When).data().toString();
    const QString title = m_pastModel->index(chosen.row(), PastMeetingListModel::Title).data().toString();
    QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(html(title), html(when), html(DisplayTexts::meetingMode(entry.row.mode)));
    if (!entry.agenda().isEmpty())
        text += tr("<p><b>Agenda</b><br>%1</p>").arg(html(entry.agenda()));
    text += tr("<p><b>Shared notes</b><br>%1</p>")
                .arg(entry.sharedNotes().isEmpty() ? tr("No notes were shared for this meeting.")
                                                   : html(entry.sharedNotes()));
    m_pastNotes->setHtml(text);
}

} // namespace trellis
