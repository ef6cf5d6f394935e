#pragma once

#include "insights/menteesnapshot.h"
#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace trellis {

class ActionItemListModel;
class AgendaEditor;
class GoalsPanel;
class JobLeadListModel;
class LoadRequest;
class ModelLoader;
class PastMeetingListModel;
class PlaceholderTreeView;
class SuggestionListModel;

// The mentee workspace, "My goals": the mentee's goals with their progress, their action
// items, the next meeting with an agenda editor for the questions prepared beforehand, and
// past meetings' shared notes. Private notes appear nowhere: they are never even loaded
// (MenteeSnapshot reads meetings without that column). A ModelLoader reads the snapshot again
// when a change touches one of the mentee's relationships; the action items and past meetings
// are small live models, so a reload keeps the selection.
class MenteeGoalsPage final : public QWidget {
    Q_OBJECT
public:
    explicit MenteeGoalsPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~MenteeGoalsPage() override;

    // Reads everything again (the loader does this by itself after changes).
    void reload();
    const MenteeSnapshot &snapshot() const { return m_snapshot; }
    ModelLoader *loader() const { return m_loader; }
    AgendaEditor *agendaEditor() const { return m_agenda; }
    // The job leads shared with the mentee, open ones, soonest deadline first (the "Job leads" tab).
    JobLeadListModel *jobLeads() const { return m_jobLeadsModel; }
    ModelLoader *jobLeadsLoader() const { return m_jobLeadsLoader; }
    // The resources the mentee suggested in the current relationship ("Suggestions" tab).
    SuggestionListModel *suggestions() const { return m_suggestionsModel; }
    ModelLoader *suggestionsLoader() const { return m_suggestionsLoader; }
    // "Suggest a Resource…" to the mentor of the current relationship (a dialog; one undo step).
    void suggestResource();

Q_SIGNALS:
    // After each load was applied (the loader's loaded()).
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    // A load's result: the snapshot, or nothing when the change was not the mentee's.
    void applySnapshot(std::optional<MenteeSnapshot> snapshot, const LoadRequest &request);
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void showCurrent();
    void showPastMeeting();
    void updateJobLeadsTab();
    const RelationshipSnapshot *current() const;

    WorkspaceContext m_context;
    MenteeSnapshot m_snapshot;
    ModelLoader *m_loader = nullptr;
    bool m_filling = false;

    PageScaffold *m_scaffold = nullptr;
    QComboBox *m_relationship = nullptr;
    AgendaEditor *m_agenda = nullptr;
    ActionItemListModel *m_actionsModel = nullptr;
    PlaceholderTreeView *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    GoalsPanel *m_goals = nullptr;
    PastMeetingListModel *m_pastModel = nullptr;
    QTreeView *m_past = nullptr;
    QTextBrowser *m_pastNotes = nullptr;
    JobLeadListModel *m_jobLeadsModel = nullptr;
    ModelLoader *m_jobLeadsLoader = nullptr;
    PlaceholderTreeView *m_jobLeadsView = nullptr;
    int m_jobLeadsTab = -1;
    SuggestionListModel *m_suggestionsModel = nullptr;
    ModelLoader *m_suggestionsLoader = nullptr;
    PlaceholderTreeView *m_suggestionsView = nullptr;
    QPushButton *m_suggestButton = nullptr;
    int m_suggestionsTab = -1;
    Id m_suggestionsFor = 0;
};

} // namespace trellis
