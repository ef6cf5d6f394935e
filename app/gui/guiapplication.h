#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace trellis {

class BackgroundJob;
class MainWindow;
class Session;
struct SearchHit;

// Composition root of the GUI: owns the window and the open session (database,
// notifier, edit facade), answers the window's requests to open or create
// files, and builds the workspace for the profile.
class GuiApplication final : public QObject {
    Q_OBJECT
public:
    GuiApplication();
    ~GuiApplication() override;

    // Opens the file from the command line, else the last one, else shows the welcome page.
    bool start(const QString &requestedPath);
    MainWindow *window() const { return m_window.get(); }
    // Shows the workspace of the first person with that role, without saving the profile
    // (responsiveness probes look at every workspace of one database).
    bool previewRole(const QString &roleName);

private:
    bool openDatabase(const QString &path, bool create);
    void exploreDemo();
    void chooseProfile();
    void buildWorkspace();
    void showPreferences();
    void showFind();
    void openSearchHit(const SearchHit &hit);
    void exportCalendar();
    void importCalendar();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Session> m_session;
    BackgroundJob *m_demoJob = nullptr;
};

} // namespace trellis
