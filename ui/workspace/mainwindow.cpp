#include "workspace/mainwindow.h"

#include "commands/edits.h"
#include "models/backgroundjob.h"
#include "models/databasefiles.h"
#include "models/recentdatabases.h"
#include "widgets/applicationicon.h"
#include "workspace/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QMimeType>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace trellis {

namespace {

constexpr int PlaceIdRole = Qt::UserRole + 1;
constexpr int PlacePageRole = Qt::UserRole + 2;

QWidget *pageOf(const QListWidgetItem *item)
{
    return item ? qobject_cast<QWidget *>(item->data(PlacePageRole).value<QObject *>()) : nullptr;
}

QString fileFilter()
{
    // The desktop's own name and patterns for a Trellis database once the package installed its
    // MIME type (packaging/linux); *.sqlite as well, which the demo and older databases use.
    QString name = QCoreApplication::translate("MainWindow", "Trellis databases");
    QStringList patterns{QStringLiteral("*.sqlite"), QStringLiteral("*.trellis")};
    const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-trellis-database"));
    if (type.isValid()) {
        name = type.comment();
        for (const QString &pattern : type.globPatterns()) {
            if (!patterns.contains(pattern))
                patterns << pattern;
        }
    }
    return QStringLiteral("%1 (%2);;%3")
        .arg(name, patterns.join(QLatin1Char(' ')),
             QCoreApplication::translate("MainWindow", "All files (*)"));
}

} // namespace

QList<QKeySequence> MainWindow::redoShortcuts(const QList<QKeySequence> &platform)
{
    // Each once: a sequence listed twice makes the shortcut ambiguous, and it never fires (the
    // KDE and GNOME schemes already bind Ctrl+Shift+Z to Redo).
    QList<QKeySequence> keys;
    for (const QKeySequence &sequence :
         platform + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                        QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!sequence.isEmpty() && !keys.contains(sequence))
            keys.append(sequence);
    }
    return keys;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ApplicationIcon::icon());
    // A comfortable default that still fits small screens (1024×700 and up).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 820);
    resize(std::min(1280, available.width()), std::min(820, available.height()));

    m_places = new QListWidget(this);
    m_places->setObjectName(QStringLiteral("places"));
    m_places->setAccessibleName(tr("Places"));
    m_places->setIconSize(QSize(22, 22));
    m_places->setSpacing(2);
    m_places->setFrameShape(QFrame::NoFrame);
    m_places->setMinimumWidth(150);
    m_places->setMaximumWidth(260);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new WelcomePage(this);
    m_pages->addWidget(m_welcome);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_places);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1090});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_places, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QWidget *page = pageOf(m_places->item(row)))
            m_pages->setCurrentWidget(page); // page 0 is the welcome page
    });
    // Clicking the current place again leaves a detail page shown over it.
    connect(m_places, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (QWidget *page = pageOf(item))
            m_pages->setCurrentWidget(page);
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseNewDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabaseToOpen);

    m_profileChip = new QToolButton(this);
    m_profileChip->setObjectName(QStringLiteral("profileChip"));
    m_profileChip->setAutoRaise(true);
    m_profileChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileChip->setIcon(QIcon::fromTheme(QStringLiteral("user-identity")));
    m_profileChip->setToolTip(tr("Who is using Trellis: picks the workspace and what \"mine\" means"));
    connect(m_profileChip, &QToolButton::clicked, this, &MainWindow::profileRequested);
    menuBar()->setCornerWidget(m_profileChip, Qt::TopRightCorner);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("saveStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);

    createMenus();
    setDatabase(nullptr);

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Database…"), this, &MainWindow::chooseNewDatabase);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"),
                                          this, &MainWindow::chooseDatabaseToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_recentMenu =
        file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_backupAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back Up…"),
                                     this, &MainWindow::backUp);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    file->addSeparator();
    QMenu *importMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    QAction *importCalendar =
        importMenu->addAction(QIcon::fromTheme(QStringLiteral("text-calendar")), tr("&Calendar (.ics)…"),
                              this, &MainWindow::importCalendarRequested);
    importCalendar->setObjectName(QStringLiteral("importCalendarAction"));
    QAction *importRoster =
        importMenu->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("&Roster (CSV)…"),
                              this, &MainWindow::importRosterRequested);
    importRoster->setObjectName(QStringLiteral("importRosterAction"));
    QMenu *exportMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *exportCalendar =
        exportMenu->addAction(QIcon::fromTheme(QStringLiteral("text-calendar")), tr("&Calendar (.ics)…"),
                              this, &MainWindow::exportCalendarRequested);
    exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    QAction *exportRoster =
        exportMenu->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("&Roster (CSV)…"),
                              this, &MainWindow::exportRosterRequested);
    exportRoster->setObjectName(QStringLiteral("exportRosterAction"));
    QAction *exportRelationships =
        exportMenu->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                              tr("Relationships (&CSV)…"), this, &MainWindow::exportRelationshipsRequested);
    exportRelationships->setObjectName(QStringLiteral("exportRelationshipsAction"));
    m_databaseActions << importCalendar << exportCalendar << importRoster << exportRoster
                      << exportRelationships;
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts(QKeySequence::keyBindings(QKeySequence::Redo)));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this,
                                    &MainWindow::findRequested);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    m_databaseActions << find;
    edit->addSeparator();
    QAction *preferences = edit->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"),
                                           this, &MainWindow::preferencesRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_places, &QWidget::setVisible);
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Trellis"),
                                     this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setDatabase(Database *database)
{
    // The window needs no notifier: it only names the file and backs it up.
    m_data = DataSource(database, nullptr);
    m_undoStack->clear();
    m_backupAction->setEnabled(database != nullptr);
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(database != nullptr);
    m_profileChip->setVisible(database != nullptr);
    if (!database) {
        clearPlaces();
        m_pages->setCurrentWidget(m_welcome);
        m_statusLabel->clear();
    } else {
        m_statusLabel->setText(tr("Saved — every change is stored at once"));
    }
    m_places->setVisible(database != nullptr);
    updateTitle();
}

void MainWindow::addPlace(const QString &id, const QIcon &icon, const QString &title, QWidget *page)
{
    page->setParent(m_pages);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title);
    item->setData(PlaceIdRole, id);
    item->setData(PlacePageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    item->setSizeHint(QSize(0, 36));
    m_places->addItem(item);
    if (m_places->count() == 1)
        m_places->setCurrentRow(0);
    rebuildGoMenu();
}

void MainWindow::clearPlaces()
{
    m_places->clear();
    m_detailPages.clear();
    while (m_pages->count() > 1) {
        QWidget *page = m_pages->widget(1);
        m_pages->removeWidget(page);
        delete page;
    }
    rebuildGoMenu();
}

void MainWindow::showPlace(const QString &id)
{
    for (int row = 0; row < m_places->count(); ++row) {
        if (m_places->item(row)->data(PlaceIdRole).toString() == id) {
            m_places->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::addDetailPage(const QString &id, QWidget *page)
{
    page->setParent(m_pages);
    m_pages->addWidget(page);
    m_detailPages.insert(id, page);
}

void MainWindow::showDetailPage(const QString &id)
{
    if (QWidget *page = m_detailPages.value(id))
        m_pages->setCurrentWidget(page);
}

void MainWindow::showCurrentPlace()
{
    if (QWidget *page = pageOf(m_places->currentItem()))
        m_pages->setCurrentWidget(page);
}

void MainWindow::openRelationship(qint64 relationshipId)
{
    Q_EMIT relationshipRequested(relationshipId);
}

QString MainWindow::currentPlace() const
{
    const QListWidgetItem *item = m_places->currentItem();
    return item ? item->data(PlaceIdRole).toString() : QString();
}

QStringList MainWindow::placeIds() const
{
    QStringList ids;
    for (int row = 0; row < m_places->count(); ++row)
        ids << m_places->item(row)->data(PlaceIdRole).toString();
    return ids;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget() == m_welcome ? nullptr : m_pages->currentWidget();
}

void MainWindow::rebuildGoMenu()
{
    m_goMenu->clear();
    for (int row = 0; row < m_places->count(); ++row) {
        const QListWidgetItem *item = m_places->item(row);
        QAction *action = m_goMenu->addAction(item->icon(), item->text());
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        // Also when the place is current already but a page opened from it (a relationship) is
        // shown over it: setCurrentRow() then changes nothing, so show the place's page as well.
        connect(action, &QAction::triggered, this, [this, row] {
            m_places->setCurrentRow(row);
            if (QWidget *page = pageOf(m_places->item(row)))
                m_pages->setCurrentWidget(page);
        });
    }
    m_goMenu->setEnabled(m_places->count() > 0);
}

void MainWindow::setProfileText(const QString &text)
{
    m_profileChip->setText(text + QStringLiteral(" ▾"));
    m_profileChip->setAccessibleName(tr("Profile: %1").arg(text));
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::setEdits(Edits *edits)
{
    if (m_edits == edits)
        return;
    if (m_edits)
        disconnect(m_edits, nullptr, this, nullptr);
    m_edits = edits;
    if (!edits)
        return;
    connect(edits, &Edits::performed, this, [this](EditKind, const QString &message) {
        showStatusMessage(
            tr("%1 — %2 undoes it")
                .arg(message, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            8000);
    });
    // Refusals stay longer: they say why something did not happen.
    connect(edits, &Edits::failed, this, [this](const QString &step, const QString &message) {
        showStatusMessage(tr("%1 refused — %2").arg(step, message), 20000);
    });
    connect(edits, &Edits::historyCleared, this,
            [this](const QString &message) { showStatusMessage(message, 20000); });
}

void MainWindow::updateTitle()
{
    if (m_data.isValid())
        setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(DatabaseFiles::pathOf(m_data)).fileName()));
    else
        setWindowTitle(tr("Trellis"));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentDatabases::list();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openDatabaseRequested(path); });
    }
}

void MainWindow::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Trellis Database"),
                                                      DatabaseFiles::defaultPath(), fileFilter());
    if (!path.isEmpty())
        Q_EMIT newDatabaseRequested(path);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Trellis Database"), QString(), fileFilter());
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::backUp()
{
    if (!m_data.isValid())
        return;
    const QFileInfo source(DatabaseFiles::pathOf(m_data));
    const QString suggested = source.absolutePath() + QLatin1Char('/') + source.completeBaseName() +
                              QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) +
                              QStringLiteral(".backup.sqlite");
    const QString out = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested, fileFilter());
    if (out.isEmpty())
        return;
    // The file dialog already asked before replacing an existing file.
    if (QFileInfo::exists(out) && !QFile::remove(out)) {
        QMessageBox::warning(this, tr("Back Up"), tr("Cannot replace %1.").arg(out));
        return;
    }
    const DataSource current = m_data;
    m_backupAction->setEnabled(false);
    showStatusMessage(tr("Backing up to %1…").arg(out), 0);
    auto *job = BackgroundJob::start(
        [current, out](JobControl &) { return DatabaseFiles::backUp(current, out); }, this);
    connect(job, &BackgroundJob::finished, this, [this, out](bool ok, const QString &error, bool) {
        m_backupAction->setEnabled(m_data.isValid());
        statusBar()->clearMessage();
        if (!ok) {
            QMessageBox::warning(this, tr("Back Up"), error);
            return;
        }
        m_statusLabel->setText(
            tr("Saved · backup %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        showStatusMessage(tr("Backed up to %1").arg(out));
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Trellis"),
                       tr("<h3>Trellis %1</h3><p>Relationships, goals and meetings for mentoring programmes, "
                          "kept on your own computer.</p>")
                           .arg(QStringLiteral(TRELLIS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace trellis
