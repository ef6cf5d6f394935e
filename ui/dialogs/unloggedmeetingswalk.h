#pragma once

#include "domain/enums.h"
#include "workspace/workspacecontext.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace trellis {

class LogMeetingDialog;

// "Log them": the Log meeting dialog for each unlogged past meeting of a relationship in turn,
// newest first, each with Skip ("2 of 5" in its title). Logging one or skipping it opens the next;
// Cancel, or the last one, ends the walk. Each dialog reads the relationship afresh, so a meeting
// just logged is no longer offered. Deletes itself when it ends.
class UnloggedMeetingsWalk final : public QObject {
    Q_OBJECT
public:
    // Opens the first dialog (window-modal over `parent`); null when nothing is unlogged.
    static UnloggedMeetingsWalk *start(const WorkspaceContext &context, Id relationshipId, QWidget *parent);

    LogMeetingDialog *currentDialog() const { return m_dialog; }
    int logged() const { return m_logged; }
    int skipped() const { return m_skipped; }

Q_SIGNALS:
    void finished();

private:
    UnloggedMeetingsWalk(const WorkspaceContext &context, Id relationshipId, QWidget *parent);
    // Opens the dialog for the next meeting; false (and the walk ends) when there is none.
    bool next();
    void end();

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    QPointer<QWidget> m_parent;
    QPointer<LogMeetingDialog> m_dialog;
    int m_logged = 0;
    int m_skipped = 0;
};

} // namespace trellis
