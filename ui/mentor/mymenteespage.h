#pragma once

#include "domain/enums.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace trellis {

class MenteeFilterModel;
class MenteeListModel;

// The mentor's "Today" (UI.md, issue 5 item 3): every relationship of the current mentor as
// a two-line list with health, filterable (all, active, at risk, paused, past), sortable and
// searchable; a "Needs attention" section with the reason in words and a one-click action;
// counts in the header; Log meeting (Ctrl+L), Log contact (Ctrl+Shift+L) and Plan meeting for
// the selected relationship. Loads off the GUI thread; refreshes (throttled) on changes.
class MyMenteesPage final : public QWidget {
    Q_OBJECT
public:
    explicit MyMenteesPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~MyMenteesPage() override;

    MenteeListModel *model() const { return m_model; }
    MenteeFilterModel *filterModel() const { return m_filter; }
    // Loads now (tests wait for loaded()).
    void reload();
    // The selected relationship, 0 for none.
    qint64 selectedRelationship() const;
    void selectRelationship(qint64 relationshipId);

    // The dialogs, for the selected (or given) relationship. Non-blocking (open()).
    void logMeeting(qint64 relationshipId = 0, bool unlogged = false);
    void logContact(qint64 relationshipId = 0);
    void planMeeting(qint64 relationshipId = 0);

Q_SIGNALS:
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void scheduleReload();
    void updateState();
    void rebuildAttention();
    void updateActions();

    WorkspaceContext m_context;
    MenteeListModel *m_model = nullptr;
    MenteeFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_sort = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_logButton = nullptr;
    QPushButton *m_planButton = nullptr;
    QStackedWidget *m_body = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QWidget *m_attention = nullptr;
    QVBoxLayout *m_attentionRows = nullptr;
    QAction *m_logMeetingAction = nullptr;
    QAction *m_logContactAction = nullptr;
    QAction *m_planMeetingAction = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_loadedOnce = false;
};

} // namespace trellis
