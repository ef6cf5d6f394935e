#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace trellis {

// The agenda of one upcoming meeting: the questions prepared beforehand. Saving is one
// undoable edit (MeetingService::setAgenda: a series occurrence gets its own override);
// nothing but the agenda is read or written, so private notes never pass through here.
class AgendaEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AgendaEditor(const WorkspaceContext &context, QWidget *parent = nullptr);

    // The meeting to prepare (none: a sentence says so). Text being typed for the same
    // meeting is kept when fresh data arrives.
    void setMeeting(const std::optional<MeetingEntry> &meeting, const QString &withWhom);
    bool isModified() const { return m_modified; }
    bool save();

Q_SIGNALS:
    void saved();

private:
    void updateButtons();

    WorkspaceContext m_context;
    std::optional<MeetingEntry> m_meeting;
    QString m_storedAgenda;
    bool m_modified = false;
    bool m_setting = false;
    QLabel *m_when = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace trellis
