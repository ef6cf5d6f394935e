#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace trellis {

class AgendaEditor;
class MeetingEntryListModel;
class PlaceholderTreeView;

// The relationship's meetings: the upcoming ones (soonest first) above the past ones (newest
// first), and below them the chosen meeting — its agenda and notes (private notes only where
// they were loaded), or for an upcoming one the agenda editor. The chosen meeting stays chosen
// across reloads (the lists are keyed by occurrence).
class RelationshipMeetingsTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipMeetingsTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    MeetingEntryListModel *upcomingModel() const { return m_upcomingModel; }
    MeetingEntryListModel *pastModel() const { return m_pastModel; }
    // The chosen meeting, if any.
    std::optional<MeetingEntry> currentMeeting() const;

private:
    void choose(PlaceholderTreeView *view);
    void showDetail();

    WorkspaceContext m_context;
    bool m_privateNotesLoaded = false;
    bool m_hasMeetings = false;
    MeetingEntryListModel *m_upcomingModel = nullptr;
    MeetingEntryListModel *m_pastModel = nullptr;
    QLabel *m_upcomingTitle = nullptr;
    QLabel *m_pastTitle = nullptr;
    PlaceholderTreeView *m_upcoming = nullptr;
    PlaceholderTreeView *m_past = nullptr;
    PlaceholderTreeView *m_chosen = nullptr; // the list whose current row is the chosen meeting
    QTextBrowser *m_detail = nullptr;
    AgendaEditor *m_agenda = nullptr;
};

} // namespace trellis
