#pragma once

#include "commands/changecheck.h"
#include "commands/editcommand.h"
#include "services/changeapplier.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QUndoStack;

namespace trellis {

class ChangeNotifier;
class Database;

// The undo history behind Edits: runs an edit, pushes it as one step on the undo stack, and says
// what happened (performed / failed). Undo and redo are checked first (ChangeCheck); a refused one
// is reported (failed, with the reason) and dropped from the stack. When the notifier reports a
// change by another process, the next undo and redo steps are checked again and the history is
// cleared (historyCleared) if one of them no longer applies.
class EditHistory final : public QObject {
    Q_OBJECT
public:
    // The words of one step: its undo text ("Add goal") and the status once done ("Goal added").
    struct Texts {
        QString undo;
        QString done;
    };

    EditHistory(Database &db, ChangeNotifier *notifier, QUndoStack *stack, QObject *parent = nullptr);
    // Clears the stack: its steps refer to this history's applier.
    ~EditHistory() override;
    Q_DISABLE_COPY_MOVE(EditHistory)

    static Texts textsOf(EditKind kind);

    // Runs `action` now; when it succeeds and changed something, pushes it as one undo step.
    [[nodiscard]] Result<ChangeSet> perform(EditKind kind, const Texts &texts, EditCommand::Action action);
    // An edit already written elsewhere (an import on a worker thread, without the notifier):
    // announced, and pushed as one undo step.
    [[nodiscard]] Result<ChangeSet> record(EditKind kind, const Texts &texts, const ChangeSet &written);

    // Checks the next undo and redo steps against the database; clears the stack when one of
    // them no longer applies. Called on ChangeNotifier::changedElsewhere.
    void recheck();

    QUndoStack *stack() const { return m_stack; }
    const ChangeApplier &applier() const { return m_applier; }

Q_SIGNALS:
    // A new edit was made; `message` says what ("Goal added").
    void performed(trellis::EditKind kind, const QString &message);
    // An edit, an undo or a redo was refused: `step` is what ("Undo Add goal"), `message` why.
    void failed(const QString &step, const QString &message);
    // The undo history was cleared because it no longer matched the database.
    void historyCleared(const QString &message);

private:
    EditStep::FailureHandler failureHandler();
    void reportFailure(const QString &step, const Error &error);
    // QUndoStack::redo() drops an obsolete command without announcing that the stack changed.
    void announceStack();

    ChangeNotifier *m_notifier = nullptr;
    ChangeApplier m_applier;
    ChangeCheck m_check;
    QPointer<QUndoStack> m_stack;
};

} // namespace trellis
