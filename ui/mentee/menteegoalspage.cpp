#include "mentee/menteegoalspage.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "goals/goalspanel.h"
#include "models/backgroundjob.h"
#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "relationships/agendaeditor.h"
#include "storage/database.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace trellis {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

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
{
    setObjectName(QStringLiteral("menteeGoalsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(PageStyle::pageTitle(tr("My goals"), this));
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("menteeRelationshipChoice"));
    m_relationship->setAccessibleName(tr("Relationship"));
    m_relationship->hide();
    titleRow->addWidget(m_relationship);
    titleRow->addStretch(1);
    m_summary = PageStyle::secondary(QString(), this);
    m_summary->setObjectName(QStringLiteral("menteeSummary"));
    titleRow->addWidget(m_summary);
    layout->addLayout(titleRow);

    m_body = new QStackedWidget(this);
    m_empty = new QLabel(tr("Loading your goals…"));
    m_empty->setObjectName(QStringLiteral("menteeEmpty"));
    m_body->addWidget(PageStyle::emptyState(QStringLiteral("flag"), m_empty, nullptr, m_body));

    auto *content = new QWidget(m_body);
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
    m_actions = new QTreeWidget(actions);
    m_actions->setObjectName(QStringLiteral("menteeActionsTree"));
    m_actions->setAccessibleName(tr("Action items"));
    m_actions->setRootIsDecorated(false);
    m_actions->setHeaderLabels({tr("Action"), tr("Who"), tr("Due")});
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
    m_past = new QTreeWidget(pastPage);
    m_past->setObjectName(QStringLiteral("menteePastMeetings"));
    m_past->setAccessibleName(tr("Past meetings"));
    m_past->setRootIsDecorated(false);
    m_past->setHeaderLabels({tr("When"), tr("Meeting"), tr("Status")});
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
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    contentLayout->addWidget(splitter);
    m_body->addWidget(content);
    layout->addWidget(m_body, 1);

    connect(m_relationship, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showCurrent();
    });
    connect(m_past, &QTreeWidget::currentItemChanged, this, &MenteeGoalsPage::showPastMeeting);
    connect(m_actions, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const RelationshipSnapshot *snapshot = current();
        if (m_filling || column != 0 || !snapshot)
            return;
        const Id id = item->data(0, IdRole).toLongLong();
        for (ActionItem action : snapshot->actionItems) {
            if (action.id != id)
                continue;
            const bool done = item->checkState(0) == Qt::Checked;
            if (done == action.isDone())
                return;
            QTimer::singleShot(0, this, [this, action, done] {
                auto changed = m_context.edits->setActionItemDone(action, done);
                Q_UNUSED(changed); // the status bar says how it went
            });
            return;
        }
    });

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &MenteeGoalsPage::reload);
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, &MenteeGoalsPage::scheduleReload);
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this,
                &MenteeGoalsPage::scheduleReload);
    }
    reload();
}

MenteeGoalsPage::~MenteeGoalsPage() = default;

void MenteeGoalsPage::scheduleReload()
{
    m_reloadTimer->start();
}

void MenteeGoalsPage::reload()
{
    if (!m_context.database || !m_context.profile)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto result = std::make_shared<MenteeSnapshot>();
    Database *database = m_context.database;
    const Id personId = m_context.profile->personId;
    auto *job = BackgroundJob::start(
        [database, personId, result](JobControl &) -> Status {
            auto loaded = MenteeSnapshot::load(database->connection(), personId);
            if (!loaded)
                return loaded.error();
            *result = std::move(loaded).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result](bool ok, const QString &error, bool) {
        m_loading = false;
        if (ok) {
            const Id selected = m_relationship->currentData().toLongLong();
            m_snapshot = std::move(*result);
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
        } else {
            m_empty->setText(tr("Your goals could not be loaded: %1").arg(error));
            m_body->setCurrentIndex(0);
        }
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        } else {
            Q_EMIT loaded();
        }
    });
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
        m_empty->setText(tr("You are not in a mentoring relationship yet. Your programme coordinator pairs "
                            "you with a mentor; your goals will appear here."));
        m_body->setCurrentIndex(0);
        m_summary->clear();
        return;
    }
    m_body->setCurrentIndex(1);
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
                ? tr("1 goal, %1 % done").arg(QLocale().toString(std::lround(100 * total)))
                : tr("%1 goals, %2 % done on average")
                      .arg(QLocale().toString(snapshot->goals.size()),
                           QLocale().toString(std::lround(100 * total / double(snapshot->goals.size())))));
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    m_agenda->setMeeting(snapshot->nextMeeting(), mentor);
    m_goals->setGoals(snapshot->goals, r.id, me);
    const bool finished =
        r.status == RelationshipStatus::Completed || r.status == RelationshipStatus::EndedEarly;
    m_goals->setEditable(!finished);

    m_filling = true;
    m_actions->clear();
    QList<ActionItem> items = snapshot->actionItems;
    // Mine first, then open before done (the query already orders open first, by due date).
    std::stable_sort(items.begin(), items.end(), [me](const ActionItem &a, const ActionItem &b) {
        if (a.isDone() != b.isDone())
            return !a.isDone();
        return (a.ownerId == me) > (b.ownerId == me);
    });
    for (const ActionItem &action : std::as_const(items)) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, action.isDone() ? Qt::Checked : Qt::Unchecked);
        item->setText(0, action.title);
        item->setToolTip(0, action.title);
        item->setText(1, action.ownerId == me ? tr("Me") : snapshot->nameOf(action.ownerId));
        item->setText(2, DisplayTexts::date(action.dueDate));
        if (!action.isDone() && action.dueDate && *action.dueDate < Clock::today())
            item->setForeground(2, HealthPresentation::colour(HealthPresentation::Tone::Bad));
        item->setData(0, IdRole, action.id);
    }
    if (items.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(0, tr("Nothing to do yet — actions agreed in meetings appear here."));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }

    const QString selected =
        m_past->currentItem() ? m_past->currentItem()->data(0, IdRole).toString() : QString();
    m_past->clear();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < snapshot->past.size(); ++i) {
        const MeetingEntry &entry = snapshot->past.at(i);
        if (entry.occurrence.status == OccurrenceStatus::Cancelled)
            continue;
        auto *item = new QTreeWidgetItem(m_past);
        item->setText(0, DisplayTexts::dateTime(entry.occurrence.startLocal));
        item->setText(1, entry.occurrence.title.isEmpty() ? tr("Meeting") : entry.occurrence.title);
        item->setText(2, entry.occurrence.status == OccurrenceStatus::Planned
                             ? tr("Not logged")
                             : DisplayTexts::occurrenceStatus(entry.occurrence.status));
        const QString key =
            QStringLiteral("%1/%2").arg(entry.occurrence.meetingId).arg(entry.occurrence.recurrenceId);
        item->setData(0, IdRole, key);
        item->setData(0, IdRole + 1, i);
        if (key == selected || (!select && selected.isEmpty() && !entry.sharedNotes().isEmpty()))
            select = item;
    }
    m_filling = false;
    if (select)
        m_past->setCurrentItem(select);
    showPastMeeting();
    m_tabs->setTabText(1, snapshot->past.isEmpty()
                              ? tr("Past meetings")
                              : tr("Past meetings (%1)").arg(m_past->topLevelItemCount()));
}

void MenteeGoalsPage::showPastMeeting()
{
    const RelationshipSnapshot *snapshot = current();
    const QTreeWidgetItem *item = m_past->currentItem();
    if (!snapshot || !item) {
        m_pastNotes->setHtml(
            snapshot && snapshot->past.isEmpty()
                ? tr("<p>No meetings yet. Notes you both share appear here after each meeting.</p>")
                : tr("<p>Choose a meeting to read what you discussed.</p>"));
        return;
    }
    const MeetingEntry entry = snapshot->past.value(item->data(0, IdRole + 1).toInt());
    QString text =
        QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
            .arg(html(item->text(1)), html(item->text(0)), html(DisplayTexts::meetingMode(entry.row.mode)));
    if (!entry.agenda().isEmpty())
        text += tr("<p><b>Agenda</b><br>%1</p>").arg(html(entry.agenda()));
    text += tr("<p><b>Shared notes</b><br>%1</p>")
                .arg(entry.sharedNotes().isEmpty() ? tr("No notes were shared for this meeting.")
                                                   : html(entry.sharedNotes()));
    m_pastNotes->setHtml(text);
}

} // namespace trellis
