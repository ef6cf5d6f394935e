#include "workspace/mainwindow.h"

#include "models/recentdatabases.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace trellis {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Trellis databases (*.sqlite *.trellis);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-calendar")));
    resize(1200, 800);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(32);
    setCentralWidget(m_emptyState);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("saveStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);

    createMenus();
    setDatabase(nullptr);

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Trellis"),
                                     this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setDatabase(Database *database)
{
    m_database = database;
    m_undoStack->clear();
    m_backupAction->setEnabled(database != nullptr);
    if (database) {
        m_emptyState->setText(tr("<h2>%1</h2><p>This database is ready. Relationships, goals and meetings "
                                 "will appear here.</p>")
                                  .arg(QFileInfo(database->path()).fileName().toHtmlEscaped()));
        m_statusLabel->setText(tr("Saved — every change is stored at once"));
    } else {
        m_emptyState->setText(tr("<h2>No database open</h2><p>Create a new database with "
                                 "<b>File ▸ New Database…</b> or open one with <b>File ▸ Open…</b>.</p>"));
        m_statusLabel->clear();
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_database)
        setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(m_database->path()).fileName()));
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
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Trellis Database"), QString(), fileFilter());
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
    if (!m_database)
        return;
    const QFileInfo source(m_database->path());
    const QString suggested = source.absolutePath() + QLatin1Char('/') + source.completeBaseName() +
                              QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) +
                              QStringLiteral(".backup.sqlite");
    const QString out = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested, fileFilter());
    if (out.isEmpty())
        return;
    if (QFileInfo::exists(out) && !QFile::remove(out)) {
        QMessageBox::warning(this, tr("Back Up"), tr("Cannot replace %1.").arg(out));
        return;
    }
    if (const Status done = m_database->backupTo(out); !done) {
        QMessageBox::warning(this, tr("Back Up"), done.errorMessage());
        return;
    }
    m_statusLabel->setText(
        tr("Saved · backup %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
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
    event->accept();
}

} // namespace trellis
