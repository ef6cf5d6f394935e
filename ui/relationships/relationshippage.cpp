#include "relationships/relationshippage.h"

#include "dialogs/logcontactdialog.h"
#include "goals/goalspanel.h"
#include "models/modelloader.h"
#include "models/relationshipsnapshotfetch.h"
#include "relationships/lifecyclemenu.h"
#include "relationships/relationshipactionstab.h"
#include "relationships/relationshipagreementtab.h"
#include "relationships/relationshipcontactstab.h"
#include "relationships/relationshipfeedbacktab.h"
#include "relationships/relationshipheader.h"
#include "relationships/relationshipmeetingstab.h"
#include "relationships/relationshipoverviewtab.h"
#include "relationships/relationshipresourcestab.h"
#include "relationships/relationshipsupporttab.h"

#include <QAction>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trellis {

RelationshipPage::RelationshipPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ModelLoader(context.dataSource(), RelationshipSnapshotFetch::watchedEntities(), this))
{
    setObjectName(QStringLiteral("relationshipPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);
    m_header = new RelationshipHeader(this);
    layout->addWidget(m_header);
    m_lifecycle = new LifecycleMenu(context, m_header->lifecycleButton(), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("relationshipTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new RelationshipOverviewTab(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    auto *goalsPage = new QWidget(m_tabs);
    auto *goalsLayout = new QVBoxLayout(goalsPage);
    goalsLayout->setContentsMargins(16, 16, 16, 16);
    m_goals = new GoalsPanel(context, goalsPage);
    goalsLayout->addWidget(m_goals);
    m_tabs->addTab(goalsPage, tr("Goals"));
    m_meetings = new RelationshipMeetingsTab(context, m_tabs);
    m_tabs->addTab(m_meetings, tr("Meetings"));
    m_contacts = new RelationshipContactsTab(context, m_tabs);
    m_tabs->addTab(m_contacts, tr("Contacts"));
    m_actions = new RelationshipActionsTab(context, m_tabs);
    m_tabs->addTab(m_actions, tr("Actions"));
    m_support = new RelationshipSupportTab(context, m_tabs);
    m_tabs->addTab(m_support, tr("People"));
    m_feedback = new RelationshipFeedbackTab(context, m_tabs);
    m_tabs->addTab(m_feedback, tr("Feedback"));
    m_agreement = new RelationshipAgreementTab(context, m_tabs);
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_resources = new RelationshipResourcesTab(context, m_tabs);
    m_tabs->addTab(m_resources, tr("Resources"));
    m_tabs->setTabToolTip(PeopleTab, tr("The mentee's support network"));
    layout->addWidget(m_tabs, 1);

    connect(m_header, &RelationshipHeader::backRequested, this, &RelationshipPage::backRequested);
    connect(m_header, &RelationshipHeader::logMeetingRequested, this,
            [this] { Q_EMIT logMeetingRequested(m_relationshipId); });
    connect(m_header, &RelationshipHeader::planMeetingRequested, this,
            [this] { Q_EMIT planMeetingRequested(m_relationshipId); });
    connect(m_header, &RelationshipHeader::logContactRequested, this, &RelationshipPage::logContact);
    connect(m_contacts, &RelationshipContactsTab::logContactRequested, this, &RelationshipPage::logContact);
    connect(m_loader, &ModelLoader::failed, this, [this](const QString &message) {
        if (!m_snapshot)
            m_header->showFailed(message);
    });

    // The keys of Log meeting, Log contact and Plan meeting on My mentees work here as well: that
    // page's actions are hidden while this one is shown, so they cannot fire (one visible owner each).
    auto addShortcut = [this](const char *name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_logMeetingAction =
        addShortcut("relationshipLogMeetingAction", tr("Log Meeting…"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logContactAction = addShortcut("relationshipLogContactAction", tr("Log Contact…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_planMeetingAction = addShortcut("relationshipPlanMeetingAction", tr("Plan Meeting…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_logMeetingAction, &QAction::triggered, this, [this] {
        if (m_snapshot)
            Q_EMIT logMeetingRequested(m_relationshipId);
    });
    connect(m_planMeetingAction, &QAction::triggered, this, [this] {
        if (m_snapshot)
            Q_EMIT planMeetingRequested(m_relationshipId);
    });
    connect(m_logContactAction, &QAction::triggered, this, &RelationshipPage::logContact);
    setMeetingActionsVisible(false);
    setEnabled(false);
}

RelationshipPage::~RelationshipPage() = default;

bool RelationshipPage::isMenteeView() const
{
    return m_context.profile && m_context.profile->role == Role::Mentee;
}

void RelationshipPage::setLoad()
{
    // The fetch runs on the loader's worker: it captures values only, among them the rows shown
    // now, so that a change elsewhere is told apart without reading the snapshot again.
    const Id id = m_relationshipId;
    const bool includePrivateNotes = !isMenteeView();
    // Feedback (and health derived from it) as the profile's role may see it; without a profile
    // (no role chosen yet) nothing is held back, as before.
    const Role viewer = m_context.profile ? m_context.profile->role : Role::Coordinator;
    RelationshipSnapshotFetch::Shown shown =
        m_snapshot ? RelationshipSnapshotFetch::shownBy(*m_snapshot) : RelationshipSnapshotFetch::Shown{};
    m_loader->setLoad(
        [id, includePrivateNotes, viewer, shown = std::move(shown)](Database &database,
                                                                    const LoadRequest &request) {
            return RelationshipSnapshotFetch::fetch(database, id, includePrivateNotes, viewer, shown,
                                                    request);
        },
        this, &RelationshipPage::applySnapshot);
}

void RelationshipPage::openRelationship(Id relationshipId)
{
    if (relationshipId != m_relationshipId) {
        m_relationshipId = relationshipId;
        m_snapshot.reset();
        m_lifecycle->setSnapshot(std::nullopt);
        m_tabs->setCurrentIndex(OverviewTab);
        m_header->showLoading();
        setEnabled(false);
        setLoad();
    }
    reload();
}

void RelationshipPage::reload()
{
    if (m_relationshipId != 0)
        m_loader->reload();
}

void RelationshipPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void RelationshipPage::setMeetingActionsVisible(bool visible)
{
    m_header->setMeetingActionsVisible(visible);
    m_logMeetingAction->setEnabled(visible);
    m_planMeetingAction->setEnabled(visible);
}

void RelationshipPage::applySnapshot(std::optional<RelationshipSnapshot> snapshot, const LoadRequest &request)
{
    Q_UNUSED(request);
    // Nothing read: the change was another relationship's. A result for a relationship no longer
    // shown cannot arrive (openRelationship() reloads, which drops the running load).
    if (!snapshot || snapshot->relationship.id != m_relationshipId)
        return;
    m_snapshot = std::move(snapshot);
    present(*m_snapshot);
    setEnabled(true);
    setLoad();
    Q_EMIT loaded();
}

void RelationshipPage::present(const RelationshipSnapshot &snapshot)
{
    m_header->setSnapshot(snapshot, isMenteeView());
    m_lifecycle->setSnapshot(snapshot);
    m_overview->setSnapshot(snapshot);
    m_goals->setPaceStart(snapshot.relationship.startDate);
    m_goals->setGoals(snapshot.goals, snapshot.relationship.id,
                      m_context.profile ? std::optional<Id>(m_context.profile->personId) : std::nullopt);
    m_meetings->setSnapshot(snapshot);
    m_contacts->setSnapshot(snapshot);
    m_actions->setSnapshot(snapshot);
    m_support->setSnapshot(snapshot);
    m_feedback->setSnapshot(snapshot);
    m_resources->setSnapshot(snapshot);
    m_agreement->setSnapshot(snapshot);
    m_tabs->setTabText(GoalsTab,
                       snapshot.goals.isEmpty() ? tr("Goals") : tr("Goals (%1)").arg(snapshot.goals.size()));
    const int open = snapshot.openActionItems();
    m_tabs->setTabText(ActionsTab, open == 0 ? tr("Actions") : tr("Actions (%1)").arg(open));
}

void RelationshipPage::activate()
{
    m_lifecycle->activate();
}

void RelationshipPage::pause()
{
    m_lifecycle->pause();
}

void RelationshipPage::resume()
{
    m_lifecycle->resume();
}

void RelationshipPage::fitCheck()
{
    m_lifecycle->fitCheck();
}

void RelationshipPage::complete()
{
    m_lifecycle->complete();
}

void RelationshipPage::endEarly()
{
    m_lifecycle->endEarly();
}

void RelationshipPage::logContact()
{
    if (!m_snapshot)
        return;
    // The one Log contact dialog (also Ctrl+Shift+L on My mentees).
    auto *dialog = new LogContactDialog(m_context, m_relationshipId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Log Contact"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->setInitiator(isMenteeView() ? Initiator::Mentee : Initiator::Mentor);
    dialog->open();
}

} // namespace trellis
