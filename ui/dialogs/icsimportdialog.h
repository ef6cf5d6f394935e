#pragma once

#include "io/icsreadresult.h"
#include "workspace/workspacecontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace trellis {

class BackgroundJob;

// File ▸ Import ▸ Calendar (.ics)…: a file, the relationship its new meetings join, and
// "skip invalid events". The file is read on a worker thread (progress, cancel) into a
// preview of what the import would add, update, skip and warn about, before anything is written.
class IcsImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit IcsImportDialog(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~IcsImportDialog() override;

    void setPath(const QString &path);
    void setRelationship(qint64 relationshipId);
    void setSkipInvalid(bool skip);
    // Reads the file again for the preview (done automatically when the inputs change).
    void refreshPreview();
    bool isBusy() const { return m_job != nullptr; }

    // Counts of the last preview (what the import would do).
    struct Counts {
        int events = 0;
        int singles = 0;
        int series = 0;
        int overrides = 0;
        int skipped = 0;
        int warnings = 0;
        int errors = 0;
        bool refused = false;
    };
    Counts counts() const { return m_counts; }

Q_SIGNALS:
    void choicesLoaded();
    void previewReady();

private:
    void loadChoices();
    void browse();
    void showPreview(const IcsReadResult &result);
    void showFailure(const QString &message);
    void clearPreview();
    void updateButtons();
    void cancelOrClose();

    WorkspaceContext m_context;
    std::optional<qint64> m_wantedRelationship;
    QLineEdit *m_path = nullptr;
    QComboBox *m_relationship = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    BackgroundJob *m_job = nullptr;
    Counts m_counts;
    bool m_previewAgain = false;
};

} // namespace trellis
