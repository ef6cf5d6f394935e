#pragma once

#include "models/datasource.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace trellis {

class Database;
class Edits;
class WelcomePage;

// The Trellis window: menus, a sidebar of places with their pages, the
// profile chip and the status line. It opens no files itself; it asks the
// composition root (app/) through signals, and the root adds the pages.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the given database (owned by the caller), or the welcome page for none.
    void setDatabase(Database *database);
    Database *database() const { return m_data.database(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Edit ▸ Redo's keys: the platform's, then Ctrl+Shift+Z and Ctrl+Y, none twice.
    static QList<QKeySequence> redoShortcuts(const QList<QKeySequence> &platform);
    WelcomePage *welcomePage() const { return m_welcome; }

    // Places (sidebar entries) and their pages; the window owns the pages.
    void addPlace(const QString &id, const QIcon &icon, const QString &title, QWidget *page);
    void clearPlaces();
    void showPlace(const QString &id);
    QString currentPlace() const;
    QStringList placeIds() const;
    QWidget *currentPage() const;
    // Pages without a sidebar entry (a relationship's page), shown over the current place;
    // the window owns them. Clicking a place (or showCurrentPlace()) returns to it.
    void addDetailPage(const QString &id, QWidget *page);
    void showDetailPage(const QString &id);
    void showCurrentPlace();
    // Asks for a relationship's page from any list (WorkspaceBuilder wires relationshipRequested).
    void openRelationship(qint64 relationshipId);

    void setProfileText(const QString &text);
    void showStatusMessage(const QString &text, int timeoutMs = 5000);
    // The status line for every edit, undo and redo, in one wording: "Goal added — Ctrl+Z undoes it",
    // "Undo Add goal refused — …", a cleared history (Edits' signals; none: nothing shown).
    void setEdits(Edits *edits);

Q_SIGNALS:
    void newDatabaseRequested(const QString &path);
    void openDatabaseRequested(const QString &path);
    void demoRequested();
    void profileRequested();
    void relationshipRequested(qint64 relationshipId);
    void findRequested();
    void preferencesRequested();
    void importCalendarRequested();
    void exportCalendarRequested();
    void importRosterRequested();
    void exportRosterRequested();
    void exportRelationshipsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void rebuildGoMenu();
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void backUp();
    void showAbout();
    void updateTitle();

    DataSource m_data; // the open database, or none
    QUndoStack *m_undoStack = nullptr;
    QPointer<Edits> m_edits;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QList<QAction *> m_databaseActions; // enabled only while a database is open
    QSplitter *m_splitter = nullptr;
    QListWidget *m_places = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, QWidget *> m_detailPages;
    WelcomePage *m_welcome = nullptr;
    QToolButton *m_profileChip = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace trellis
