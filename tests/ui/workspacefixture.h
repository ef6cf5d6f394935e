#pragma once

#include "changenotifier.h"
#include "commands/edits.h"
#include "workspace/workspacecontext.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <memory>

namespace trellis::test {

// What the composition root gives pages (notifier, edit facade on an undo stack, profile),
// for GUI tests on a test database.
struct WorkspaceFixture {
    explicit WorkspaceFixture(Database &db, std::optional<Profile> profile = std::nullopt)
        : notifier(std::make_unique<ChangeNotifier>())
        , stack(std::make_unique<QUndoStack>())
        , edits(std::make_unique<Edits>(db, notifier.get(), stack.get()))
    {
        context.data = DataSource(&db, notifier.get());
        context.edits = edits.get();
        context.profile = profile;
    }

    std::unique_ptr<ChangeNotifier> notifier;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<Edits> edits;
    WorkspaceContext context;
};

// Runs `fill` on the next modal dialog as soon as it is shown (exec() blocks the test).
inline void whenDialogOpens(std::function<void(QWidget *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
    });
    timer->start();
}

// Waits for a page's loaded() signal (the page reloads off the GUI thread after edits).
template <typename Page>
bool waitLoaded(Page *page, int timeoutMs = 15000)
{
    QSignalSpy spy(page, &Page::loaded);
    return spy.wait(timeoutMs);
}

} // namespace trellis::test
