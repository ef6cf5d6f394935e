#include "widgets/editrunner.h"

#include "commands/editfacade.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QWidget>

namespace trellis {

bool EditRunner::run(const WorkspaceContext &context, QWidget *widget, const QString &text,
                     const EditCommand::Action &action)
{
    if (!context.edits)
        return false;
    auto done = context.edits->perform(text, action);
    if (!done) {
        QMessageBox::warning(widget ? widget->window() : nullptr, text, done.errorMessage());
        return false;
    }
    if (auto *window = qobject_cast<QMainWindow *>(widget ? widget->window() : nullptr)) {
        window->statusBar()->showMessage(
            QCoreApplication::translate("EditRunner", "%1 — %2 undoes it")
                .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            8000);
    }
    return true;
}

} // namespace trellis
