#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace trellis {

// Shown when no database is open: explore the demo programme, create a new
// database or open one. Also shows the progress of generating the demo.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &phase = {});
    void setProgress(double fraction, const QString &phase);

Q_SIGNALS:
    void demoRequested();
    void newRequested();
    void openRequested();
    void cancelRequested();

private:
    QPushButton *m_demo = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_phase = nullptr;
};

} // namespace trellis
