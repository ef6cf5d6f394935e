#include "commands/editstep.h"

#include <QCoreApplication>

namespace trellis {

EditStep::EditStep(EditKind kind, const QString &text, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_kind(kind)
    , m_onFailure(std::move(onFailure))
{}

void EditStep::refuse(bool undoing, const Error &error)
{
    m_error = error;
    setObsolete(true);
    if (m_onFailure) {
        const QString step = undoing ? QCoreApplication::translate("EditStep", "Undo %1").arg(text())
                                     : QCoreApplication::translate("EditStep", "Redo %1").arg(text());
        m_onFailure(step, error);
    }
}

void EditStep::failFirstRun(const Error &error)
{
    m_error = error;
    setObsolete(true);
}

} // namespace trellis
