#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace trellis {

class Database;
class BackgroundJob;
class MainWindow;

// Composition root of the GUI: owns the open database and the window, and
// answers the window's requests to open or create files.
class GuiApplication final : public QObject {
    Q_OBJECT
public:
    GuiApplication();
    ~GuiApplication() override;

    // Opens the file from the command line, else the last one, else asks.
    bool start(const QString &requestedPath);

private:
    bool openDatabase(const QString &path, bool create);
    void exploreDemo();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_database;
    BackgroundJob *m_demoJob = nullptr;
};

} // namespace trellis
