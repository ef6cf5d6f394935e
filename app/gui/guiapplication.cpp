#include "gui/guiapplication.h"

#include "commands/edits.h"
#include "coordinator/coordinatorui.h"
#include "demo/demogenerator.h"
#include "dialogs/icsexportdialog.h"
#include "dialogs/icsimportdialog.h"
#include "dialogs/profiledialog.h"
#include "gui/session.h"
#include "models/backgroundjob.h"
#include "models/recentdatabases.h"
#include "models/searchresultsmodel.h"
#include "relationships/relationshipspage.h"
#include "search/finddialog.h"
#include "settings/settingsdialog.h"
#include "storage/database.h"
#include "storage/rosterqueries.h"
#include "workspace/mainwindow.h"
#include "workspace/welcomepage.h"
#include "workspace/workspacebuilder.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace trellis {

GuiApplication::GuiApplication()
    : m_window(std::make_unique<MainWindow>())
{
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this,
            [this](const QString &path) { openDatabase(path, true); });
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString &path) { openDatabase(path, false); });
    connect(m_window.get(), &MainWindow::demoRequested, this, &GuiApplication::exploreDemo);
    connect(m_window.get(), &MainWindow::profileRequested, this, &GuiApplication::chooseProfile);
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &GuiApplication::showPreferences);
    connect(m_window.get(), &MainWindow::findRequested, this, &GuiApplication::showFind);
    connect(m_window.get(), &MainWindow::exportCalendarRequested, this, &GuiApplication::exportCalendar);
    connect(m_window.get(), &MainWindow::importCalendarRequested, this, &GuiApplication::importCalendar);
    connect(m_window.get(), &MainWindow::importRosterRequested, this, [this] {
        if (m_session)
            CoordinatorUi::importRoster(m_session->context(), m_window.get());
    });
    connect(m_window.get(), &MainWindow::exportRosterRequested, this, [this] {
        if (m_session)
            CoordinatorUi::exportRoster(m_session->context(), m_window.get());
    });
    connect(m_window.get(), &MainWindow::exportRelationshipsRequested, this, [this] {
        if (m_session)
            CoordinatorUi::exportRelationships(m_session->context(), m_window.get());
    });
    connect(m_window->welcomePage(), &WelcomePage::cancelRequested, this, [this] {
        if (m_demoJob)
            m_demoJob->cancel();
    });
}

GuiApplication::~GuiApplication()
{
    m_window->setDatabase(nullptr);
    m_session.reset();
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

void GuiApplication::exploreDemo()
{
    // The demo lives in its own file beside the default database; an existing one is reused.
    const QString path = QFileInfo(Database::defaultPath()).absolutePath() + QStringLiteral("/demo.sqlite");
    if (QFileInfo::exists(path)) {
        openDatabase(path, false);
        return;
    }
    // Asked from a database's first-run page: the demo's progress shows on the welcome page.
    if (m_session) {
        m_window->setDatabase(nullptr);
        m_session.reset();
    }
    WelcomePage *welcome = m_window->welcomePage();
    welcome->setBusy(true, tr("Creating the demo programme…"));
    m_demoJob = BackgroundJob::start(
        [path](JobControl &control) -> Status {
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            if (!opened)
                return opened.error();
            DemoOptions options;
            options.size = DemoSize::Small;
            options.progress = control.callback();
            options.cancel = control.cancelFlag();
            auto generated = DemoGenerator::generate(*opened.value(), options);
            if (!generated) {
                opened.value().reset();
                QFile::remove(path);
                return generated.error();
            }
            return {};
        },
        this);
    connect(m_demoJob, &BackgroundJob::progress, welcome, &WelcomePage::setProgress);
    connect(m_demoJob, &BackgroundJob::finished, this,
            [this, path](bool ok, const QString &error, bool cancelled) {
                m_demoJob = nullptr;
                m_window->welcomePage()->setBusy(false);
                if (ok)
                    openDatabase(path, false);
                else if (!cancelled)
                    QMessageBox::warning(m_window.get(), tr("Demo Programme"), error);
            });
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
    m_session.reset();
    m_session = std::make_unique<Session>(std::move(opened).value(), m_window->undoStack());
    m_window->setDatabase(&m_session->database());
    // A profile set, or put back by undo/redo, rebuilds the workspace once the edit is over.
    connect(&m_session->edits(), &Edits::profileChanged, this, [this](const std::optional<Profile> &profile) {
        QTimer::singleShot(0, this, [this, profile] {
            if (!m_session)
                return;
            m_session->setProfile(profile);
            buildWorkspace();
        });
    });
    buildWorkspace();
    RecentDatabases::add(m_session->database().path());
    // Edit ▸ Find on a large database: read its index once the window is painted and its pages have
    // started loading, so the first search finds it cached (off the GUI thread, read-only).
    QTimer::singleShot(1000, this, [this, source = m_session->context().dataSource()] {
        if (m_session && m_session->context().dataSource() == source)
            SearchResultsModel::warmIndex(source, this);
    });
    return true;
}

} // namespace trellis

namespace trellis {

void GuiApplication::buildWorkspace()
{
    m_window->setProfileText(m_session->profileText());
    WorkspaceBuilder::populate(*m_window, m_session->context());
}

void GuiApplication::chooseProfile()
{
    if (!m_session)
        return;
    // Thousands of people in a programme: read them off the GUI thread.
    Database *database = &m_session->database();
    auto people = std::make_shared<QList<Person>>();
    auto *job = BackgroundJob::start(
        [database, people](JobControl &) -> Status {
            auto found = RosterQueries(database->connection()).search();
            if (!found)
                return found.error();
            *people = std::move(found).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, people](bool ok, const QString &error, bool) {
        if (!ok) {
            QMessageBox::warning(m_window.get(), tr("Profile"), error);
            return;
        }
        if (!m_session)
            return;
        if (people->isEmpty()) {
            // Nobody to choose from yet: "Who are you?" creates you.
            m_window->showPlace(QStringLiteral("start"));
            return;
        }
        ProfileDialog dialog(*people, m_session->context().profile, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Edits::profileChanged rebuilds the workspace.
        if (auto saved = m_session->edits().setProfile(dialog.profile()); !saved)
            QMessageBox::warning(m_window.get(), tr("Profile"), saved.errorMessage());
    });
}

bool GuiApplication::previewRole(const QString &roleName)
{
    const auto role = fromText<Role>(roleName);
    if (!m_session || !role)
        return false;
    RosterFilter filter;
    filter.role = *role;
    filter.limit = 1;
    auto people = RosterQueries(m_session->database().connection()).search(filter);
    if (!people || people->isEmpty())
        return false;
    Profile profile;
    profile.role = *role;
    profile.personId = people->first().id;
    m_session->setProfile(profile);
    buildWorkspace();
    return true;
}

} // namespace trellis

namespace trellis {

void GuiApplication::showPreferences()
{
    WorkspaceContext context;
    if (m_session)
        context = m_session->context();
    auto *dialog = SettingsDialog::withStandardPages(context, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose); // a new profile: Edits::profileChanged
    dialog->open();
}

void GuiApplication::showFind()
{
    if (!m_session)
        return;
    if (auto *open = m_window->findChild<FindDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new FindDialog(m_session->context().dataSource(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindDialog::hitActivated, this, &GuiApplication::openSearchHit);
    dialog->show();
}

void GuiApplication::openSearchHit(const SearchHit &hit)
{
    auto *relationships = m_window->findChild<RelationshipsPage *>();
    switch (hit.kind) {
    case SearchHit::Kind::Person:
        if (relationships) {
            m_window->showPlace(QStringLiteral("relationships"));
            relationships->setSearchText(hit.title);
        }
        break;
    case SearchHit::Kind::Relationship:
    case SearchHit::Kind::Goal:
    case SearchHit::Kind::Meeting:
    case SearchHit::Kind::Contact:
        if (relationships && hit.relationshipId > 0) {
            m_window->showPlace(QStringLiteral("relationships"));
            relationships->showRelationship(hit.relationshipId);
        }
        break;
    case SearchHit::Kind::Resource:
        m_window->showStatusMessage(hit.context.isEmpty() ? hit.title
                                                          : hit.title + QStringLiteral(" — ") + hit.context);
        break;
    }
}

void GuiApplication::exportCalendar()
{
    if (!m_session)
        return;
    auto *dialog = new IcsExportDialog(m_session->context(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IcsExportDialog::exported, this, [this](const QString &path, qint64 events) {
        m_window->showStatusMessage(tr("Exported %n event(s) to %1", nullptr, int(events)).arg(path));
    });
    dialog->open();
}

void GuiApplication::importCalendar()
{
    if (!m_session)
        return;
    auto *dialog = new IcsImportDialog(m_session->context(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace trellis
