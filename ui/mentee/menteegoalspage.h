#pragma once

#include "insights/menteesnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace trellis {

class AgendaEditor;
class GoalsPanel;

// The mentee workspace, "My goals": the mentee's goals with their progress, their action
// items, the next meeting with an agenda editor for the questions prepared beforehand, and
// past meetings' shared notes. Private notes appear nowhere: they are never even loaded
// (MenteeSnapshot reads meetings without that column).
class MenteeGoalsPage final : public QWidget {
    Q_OBJECT
public:
    explicit MenteeGoalsPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~MenteeGoalsPage() override;

    void reload();
    const MenteeSnapshot &snapshot() const { return m_snapshot; }
    AgendaEditor *agendaEditor() const { return m_agenda; }

Q_SIGNALS:
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void scheduleReload();
    void showCurrent();
    void showPastMeeting();
    const RelationshipSnapshot *current() const;

    WorkspaceContext m_context;
    MenteeSnapshot m_snapshot;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_filling = false;
    QTimer *m_reloadTimer = nullptr;

    QLabel *m_summary = nullptr;
    QComboBox *m_relationship = nullptr;
    QStackedWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    AgendaEditor *m_agenda = nullptr;
    QTreeWidget *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    GoalsPanel *m_goals = nullptr;
    QTreeWidget *m_past = nullptr;
    QTextBrowser *m_pastNotes = nullptr;
};

} // namespace trellis
