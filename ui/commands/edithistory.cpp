#include "commands/edithistory.h"

#include "changenotifier.h"

#include <QUndoStack>

#include <memory>
#include <optional>

namespace trellis {

EditHistory::EditHistory(Database &db, ChangeNotifier *notifier, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_applier(db, notifier)
    , m_check(m_applier)
    , m_stack(stack)
{
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::changedElsewhere, this, &EditHistory::recheck);
}

EditHistory::~EditHistory()
{
    if (m_stack)
        m_stack->clear();
}

EditHistory::Texts EditHistory::textsOf(EditKind kind)
{
    return {EditKinds::undoText(kind), EditKinds::doneText(kind)};
}

EditStep::FailureHandler EditHistory::failureHandler()
{
    return [history = QPointer<EditHistory>(this)](const QString &step, const Error &error) {
        if (history)
            history->reportFailure(step, error);
    };
}

Result<ChangeSet> EditHistory::perform(EditKind kind, const Texts &texts, EditCommand::Action action)
{
    auto command = std::make_unique<EditCommand>(m_applier, m_check, kind, texts.undo, std::move(action),
                                                 failureHandler());
    if (!command->runFirst()) {
        const Error error = command->error().value_or(Error{});
        Q_EMIT failed(texts.undo, error.message);
        return error;
    }
    ChangeSet changes = command->changes();
    if (changes.isEmpty())
        return changes; // nothing changed: nothing to undo
    if (m_stack)
        m_stack->push(command.release());
    Q_EMIT performed(kind, texts.done);
    return changes;
}

Result<ChangeSet> EditHistory::record(EditKind kind, const Texts &texts, const ChangeSet &written)
{
    if (m_notifier)
        m_notifier->announce(written);
    return perform(kind, texts, [written] { return Result<ChangeSet>(written); });
}

void EditHistory::reportFailure(const QString &step, const Error &error)
{
    Q_EMIT failed(step, error.message);
    // The stack drops the refused step once undo()/redo() returns; announce its state after that.
    QMetaObject::invokeMethod(this, &EditHistory::announceStack, Qt::QueuedConnection);
}

void EditHistory::announceStack()
{
    if (!m_stack)
        return;
    Q_EMIT m_stack->indexChanged(m_stack->index());
    Q_EMIT m_stack->canUndoChanged(m_stack->canUndo());
    Q_EMIT m_stack->undoTextChanged(m_stack->undoText());
    Q_EMIT m_stack->canRedoChanged(m_stack->canRedo());
    Q_EMIT m_stack->redoTextChanged(m_stack->redoText());
}

void EditHistory::recheck()
{
    if (!m_stack || m_stack->count() == 0)
        return;
    const int index = m_stack->index();
    std::optional<QString> stale;
    if (const auto *next = dynamic_cast<const EditStep *>(m_stack->command(index - 1));
        next && !next->checkUndo())
        stale = next->text();
    else if (const auto *following = dynamic_cast<const EditStep *>(m_stack->command(index));
             following && !following->checkRedo())
        stale = following->text();
    if (!stale)
        return;
    m_stack->clear();
    Q_EMIT historyCleared(
        tr("This database was changed elsewhere, so “%1” can no longer be undone or redone: "
           "the undo history was cleared.")
            .arg(*stale));
}

} // namespace trellis
