#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QUndoStack;

namespace trellis {

class Database;

// The Trellis window: menus, the workspace area and the status line. It does
// not open files itself; it asks the composition root (app/) through signals.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the given database (owned by the caller) or nothing.
    void setDatabase(Database *database);
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void newDatabaseRequested(const QString &path);
    void openDatabaseRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void backUp();
    void showAbout();
    void updateTitle();

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace trellis
