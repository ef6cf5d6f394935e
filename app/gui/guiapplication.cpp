#include "gui/guiapplication.h"

#include "models/recentdatabases.h"
#include "storage/database.h"
#include "workspace/mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

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
    return askForDatabase();
}

bool GuiApplication::askForDatabase()
{
    QMessageBox box(m_window.get());
    box.setWindowTitle(tr("Welcome to Trellis"));
    box.setText(tr("<h3>Welcome to Trellis</h3>"));
    box.setInformativeText(
        tr("Trellis keeps your mentoring relationships, goals and meetings in a database file "
           "on this computer. Create a new one, or open an existing one."));
    QPushButton *create = box.addButton(tr("Create New…"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("Open…"), QMessageBox::ActionRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(create);
    box.exec();
    const QString defaultPath = Database::defaultPath();
    if (box.clickedButton() == create) {
        const QString path =
            QFileDialog::getSaveFileName(m_window.get(), tr("New Trellis Database"), defaultPath);
        return !path.isEmpty() && openDatabase(path, true);
    }
    if (box.clickedButton() == open) {
        const QString path = QFileDialog::getOpenFileName(m_window.get(), tr("Open Trellis Database"));
        return !path.isEmpty() && openDatabase(path, false);
    }
    return false;
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
