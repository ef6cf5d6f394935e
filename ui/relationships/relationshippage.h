#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace trellis {

class AgendaEditor;
class GoalsPanel;

// One relationship, all of it: a header (mentee ← mentor, programme and cohort, status and
// since when, cadence, health with its reasons) and tabs for the overview, goals, meetings,
// contacts, action items, the support network, feedback and the agreement. The "⋯ Lifecycle"
// menu activates, pauses, resumes, runs the fit check, completes or ends the relationship
// (ending asks for a reason and a closing reflection; all history stays readable).
// Every edit is one undoable step; it loads off the GUI thread and reloads on changes.
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
    void reload();

    // Lifecycle (the menu's actions; the ending ones ask for their details first).
    void activate();
    void pause();
    void resume();
    void fitCheck();
    void complete();
    void endEarly();

Q_SIGNALS:
    void loaded();
    void backRequested();
    void logMeetingRequested(qint64 relationshipId);
    void planMeetingRequested(qint64 relationshipId);

private:
    QWidget *buildHeader();
    QWidget *buildOverviewTab();
    QWidget *buildMeetingsTab();
    QWidget *buildContactsTab();
    QWidget *buildActionsTab();
    QWidget *buildPeopleTab();
    QWidget *buildFeedbackTab();
    QWidget *buildAgreementTab();
    void scheduleReload();
    void present(const RelationshipSnapshot &snapshot);
    void showHeader(const RelationshipSnapshot &snapshot);
    void showOverview(const RelationshipSnapshot &snapshot);
    void showMeetings(const RelationshipSnapshot &snapshot);
    void showMeetingDetail();
    void showLists(const RelationshipSnapshot &snapshot);
    void updateLifecycleMenu();
    bool endWithDetails(RelationshipStatus to, bool afterFitCheck);
    bool isMenteeView() const;
    bool isFinished() const;

    void logContact();
    void removeContact();
    void addActionItem();
    void removeActionItem();
    void addSupportContact();
    void editSupportContact();
    void removeSupportContact();
    void addFeedback();
    void removeFeedback();
    void saveAgreement();

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    std::optional<RelationshipSnapshot> m_snapshot;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_filling = false;

    // Header
    QLabel *m_avatar = nullptr;
    QLabel *m_names = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_reasons = nullptr;
    QPushButton *m_logMeeting = nullptr;
    QPushButton *m_planMeeting = nullptr;
    QPushButton *m_logContact = nullptr;
    QToolButton *m_lifecycle = nullptr;
    QMenu *m_lifecycleMenu = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Overview
    QLabel *m_ending = nullptr;
    QLabel *m_fitCheck = nullptr;
    QVBoxLayout *m_glanceLayout = nullptr;
    QWidget *m_glance = nullptr;
    QLabel *m_nextMeeting = nullptr;
    QLabel *m_lastMeeting = nullptr;
    QLabel *m_openActions = nullptr;

    GoalsPanel *m_goals = nullptr;

    // Meetings
    QTreeWidget *m_meetings = nullptr;
    QTextBrowser *m_meetingDetail = nullptr;
    AgendaEditor *m_agenda = nullptr;

    QTreeWidget *m_contacts = nullptr;
    QPushButton *m_removeContact = nullptr;
    QTreeWidget *m_actions = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    QTreeWidget *m_support = nullptr;
    QPushButton *m_addSupport = nullptr;
    QPushButton *m_editSupport = nullptr;
    QPushButton *m_removeSupport = nullptr;
    QTreeWidget *m_feedback = nullptr;
    QPushButton *m_addFeedback = nullptr;
    QPushButton *m_removeFeedback = nullptr;
    QPlainTextEdit *m_agreement = nullptr;
    QSpinBox *m_cadence = nullptr;
    QPushButton *m_saveAgreement = nullptr;
};

} // namespace trellis
