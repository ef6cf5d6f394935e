#pragma once

#include "domain/enums.h"
#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace trellis {

class JobLeadListModel;
class MenteeFilterModel;
class MenteeListModel;
class ModelLoader;

// The mentor's "Today" (UI.md, issue 5 item 3): every relationship of the current mentor as
// a two-line list with health, filterable (all, active, at risk, paused, past), sortable and
// searchable; a "Needs attention" section with the reason in words and a one-click action;
// counts in the header; Log meeting (Ctrl+L), Log contact (Ctrl+Shift+L) and Plan meeting for
// the selected relationship. A live MenteeListModel (a logged meeting re-reads only its
// relationship) inside a PageScaffold.
class MyMenteesPage final : public QWidget {
    Q_OBJECT
public:
    explicit MyMenteesPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~MyMenteesPage() override;

    MenteeListModel *model() const { return m_model; }
    MenteeFilterModel *filterModel() const { return m_filter; }
    ModelLoader *loader() const { return m_loader; }
    // The job leads of the mentor's mentees closing within Resource::ClosingSoonDays (the
    // "Job leads closing soon" section under the list).
    JobLeadListModel *jobLeads() const { return m_jobLeadsModel; }
    ModelLoader *jobLeadsLoader() const { return m_jobLeadsLoader; }
    // Loads now (the loader reloads by itself after changes; tests wait for loaded()).
    void reload();
    // The selected relationship, 0 for none.
    qint64 selectedRelationship() const;
    void selectRelationship(qint64 relationshipId);

    // The dialogs, for the selected (or given) relationship. Non-blocking (open()).
    void logMeeting(qint64 relationshipId = 0, bool unlogged = false);
    void logContact(qint64 relationshipId = 0);
    void planMeeting(qint64 relationshipId = 0);
    // "Add a Mentee…": a new person and the relationship with you in one undo step, then its page.
    void addMentee();

Q_SIGNALS:
    // After each load was applied (the loader's loaded()).
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void onLoaded();
    void updateState();
    void rebuildAttention();
    void rebuildJobLeads();
    void updateActions();

    WorkspaceContext m_context;
    MenteeListModel *m_model = nullptr;
    MenteeFilterModel *m_filter = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_sort = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_logButton = nullptr;
    QPushButton *m_planButton = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_attention = nullptr;
    QVBoxLayout *m_attentionRows = nullptr;
    JobLeadListModel *m_jobLeadsModel = nullptr;
    ModelLoader *m_jobLeadsLoader = nullptr;
    QWidget *m_jobLeadsBox = nullptr;
    QVBoxLayout *m_jobLeadRows = nullptr;
    QAction *m_logMeetingAction = nullptr;
    QAction *m_logContactAction = nullptr;
    QAction *m_planMeetingAction = nullptr;
};

} // namespace trellis
