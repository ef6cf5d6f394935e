#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QAction;
class QTabWidget;

namespace trellis {

class GoalsPanel;
class LifecycleMenu;
class LoadRequest;
class ModelLoader;
class RelationshipActionsTab;
class RelationshipAgreementTab;
class RelationshipContactsTab;
class RelationshipFeedbackTab;
class RelationshipHeader;
class RelationshipMeetingsTab;
class RelationshipOverviewTab;
class RelationshipResourcesTab;
class RelationshipSupportTab;

// One relationship, all of it: a header (RelationshipHeader: mentee ← mentor, programme and
// cohort, status and since when, cadence, health with its reasons) and a tab each for the
// overview, goals (GoalsPanel), meetings, contacts, action items, the support network, feedback
// and the agreement. The "⋯ Lifecycle" menu (LifecycleMenu) activates, pauses, resumes, runs the
// fit check, completes or ends the relationship (ending asks for a reason and a closing
// reflection; all history stays readable). Every edit is one undoable step. One ModelLoader reads
// the RelationshipSnapshot off the GUI thread, and again only when a change touches this
// relationship (RelationshipSnapshotFetch); each tab shows its part, its lists in id-keyed
// models, so a reload keeps what is selected.
class RelationshipPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab {
        OverviewTab,
        GoalsTab,
        MeetingsTab,
        ContactsTab,
        ActionsTab,
        PeopleTab,
        FeedbackTab,
        AgreementTab,
        ResourcesTab,
        TabCount
    };

    explicit RelationshipPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~RelationshipPage() override;

    // Shows this relationship (loads it; loaded() follows).
    void openRelationship(Id relationshipId);
    Id relationshipId() const { return m_relationshipId; }
    const std::optional<RelationshipSnapshot> &snapshot() const { return m_snapshot; }
    void showTab(Tab tab);
    // Shows the Log meeting / Plan meeting buttons (their dialogs live elsewhere and are
    // reached through logMeetingRequested / planMeetingRequested).
    void setMeetingActionsVisible(bool visible);
    // Reads the relationship again (the loader does this by itself after changes that touch it).
    void reload();
    ModelLoader *loader() const { return m_loader; }

    // Lifecycle (the menu's actions; the ending ones ask for their details first).
    void activate();
    void pause();
    void resume();
    void fitCheck();
    void complete();
    void endEarly();

Q_SIGNALS:
    // After each snapshot shown (a change elsewhere, which reads nothing, sends none).
    void loaded();
    void backRequested();
    void logMeetingRequested(qint64 relationshipId);
    void planMeetingRequested(qint64 relationshipId);

private:
    // Points the loader at the relationship, telling it what the page shows now.
    void setLoad();
    void applySnapshot(std::optional<RelationshipSnapshot> snapshot, const LoadRequest &request);
    void present(const RelationshipSnapshot &snapshot);
    void logContact();
    bool isMenteeView() const;

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    std::optional<RelationshipSnapshot> m_snapshot;
    ModelLoader *m_loader = nullptr;
    // Ctrl+L, Ctrl+Shift+L and Ctrl+Shift+P here too: My mentees' actions are hidden with it.
    QAction *m_logMeetingAction = nullptr;
    QAction *m_logContactAction = nullptr;
    QAction *m_planMeetingAction = nullptr;

    RelationshipHeader *m_header = nullptr;
    LifecycleMenu *m_lifecycle = nullptr;
    QTabWidget *m_tabs = nullptr;
    RelationshipOverviewTab *m_overview = nullptr;
    GoalsPanel *m_goals = nullptr;
    RelationshipMeetingsTab *m_meetings = nullptr;
    RelationshipContactsTab *m_contacts = nullptr;
    RelationshipActionsTab *m_actions = nullptr;
    RelationshipSupportTab *m_support = nullptr;
    RelationshipFeedbackTab *m_feedback = nullptr;
    RelationshipAgreementTab *m_agreement = nullptr;
    RelationshipResourcesTab *m_resources = nullptr;
};

} // namespace trellis
