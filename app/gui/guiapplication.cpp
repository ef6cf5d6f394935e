#include "gui/guiapplication.h"

#include "models/recentdatabases.h"
#include "storage/database.h"
#include "workspace/mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace trellis {

GuiApplication::GuiApplication()
    : m_window(std::make_unique<MainWindow>())
{
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this,
            [this](const QString &path) { openDatabase(path, true); });
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString &path) { openDatabase(path, false); });
}

GuiApplication::~GuiApplication()
{
    m_window->setDatabase(nullptr);
}

bool GuiApplication::start(const QString &requestedPath)
{
    m_window->show();
    if (!requestedPath.isEmpty())
        return openDatabase(requestedPath, !QFileInfo::exists(requestedPath));
    const QString last = RecentDatabases::last();
    if (!last.isEmpty() && QFileInfo::exists(last) && openDatabase(last, false))
        return true;
    return false; // the welcome page offers the demo, a new database or an existing one
}

bool GuiApplication::openDatabase(const QString &path, bool create)
{
    auto opened =
        Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!opened) {
        QMessageBox::warning(m_window.get(), tr("Cannot Open Database"), opened.errorMessage());
        if (!create)
            RecentDatabases::remove(path);
        return false;
    }
    m_window->setDatabase(nullptr);
    m_database = std::move(opened).value();
    m_window->setDatabase(m_database.get());
    RecentDatabases::add(m_database->path());
    return true;
}

} // namespace trellis
