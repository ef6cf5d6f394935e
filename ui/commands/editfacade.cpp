#include "commands/editfacade.h"

#include <QUndoStack>

#include <memory>

namespace trellis {

EditFacade::EditFacade(Database &db, ChangeNotifier *notifier, QUndoStack *stack)
    : m_applier(db, notifier)
    , m_stack(stack)
{}

Result<ChangeSet> EditFacade::perform(const QString &text, EditCommand::Action action)
{
    auto command = std::make_unique<EditCommand>(m_applier, text, std::move(action));
    if (!command->runFirst())
        return command->error().value_or(Error{});
    ChangeSet changes = command->changes();
    m_stack->push(command.release());
    return changes;
}

} // namespace trellis
