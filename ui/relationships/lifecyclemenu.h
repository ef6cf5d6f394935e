#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMenu;
class QToolButton;
class QWidget;

namespace trellis {

// The "⋯ Lifecycle" menu of one relationship: activate, pause, resume, the fit check, complete
// and end early, each offered as far as the relationship's status allows
// (RelationshipLifecycle). Every action is one named edit; the ending ones (and ending after the
// fit check) first ask for the date, a reason and a closing reflection.
class LifecycleMenu final : public QObject {
    Q_OBJECT
public:
    // Fills `button`'s menu; dialogs open over `dialogParent`.
    LifecycleMenu(const WorkspaceContext &context, QToolButton *button, QWidget *dialogParent);

    // The relationship the actions apply to (none: they do nothing).
    void setSnapshot(const std::optional<RelationshipSnapshot> &snapshot);
    QMenu *menu() const { return m_menu; }

    void activate();
    void pause();
    void resume();
    void fitCheck();
    void complete();
    void endEarly();

private:
    void update();
    bool endWithDetails(RelationshipStatus to, bool afterFitCheck);
    bool isFinished() const;

    WorkspaceContext m_context;
    QToolButton *m_button = nullptr;
    QPointer<QWidget> m_dialogParent;
    QMenu *m_menu = nullptr;
    std::optional<Relationship> m_relationship;
    QString m_menteeName;
};

} // namespace trellis
