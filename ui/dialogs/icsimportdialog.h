#pragma once

#include "io/icsimportreport.h"
#include "models/calendarchoices.h"
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
class QTreeView;

namespace trellis {

class BackgroundJob;
class ChoiceListModel;
class IcsPreviewModel;
class LoadRequest;
class ModelLoader;
class SearchableComboBox;

// File ▸ Import ▸ Calendar (.ics)…: a file, the relationship its new meetings join, and
// "skip invalid events". A preview of what the import would add, update, leave unchanged, skip
// and warn about is computed on a worker thread (IcsImportPreview: the real import, rolled back);
// Import then runs IcsImporter on a worker thread (progress, cancel: a cancelled import writes
// nothing) and puts the result on the undo stack as one step.
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
        qint64 events = 0;
        qint64 added = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 warnings = 0;
        qint64 errors = 0;
        bool refused = false;
    };
    Counts counts() const { return m_counts; }

    // Runs the import (the Import button); false when there is nothing to import.
    bool startImport();

Q_SIGNALS:
    // The relationships to import into are loaded (again after they changed).
    void choicesLoaded();
    void previewReady();
    // The import finished; on success it is one step on the undo stack.
    void imported(bool ok);

private:
    void applyChoices(CalendarChoices choices, const LoadRequest &request);
    void browse();
    void showPreview(const IcsImportReport &report);
    void showFailure(const QString &message);
    void clearPreview();
    void updateButtons();
    void cancelOrClose();

    WorkspaceContext m_context;
    std::optional<qint64> m_wantedRelationship;
    ModelLoader *m_choicesLoader = nullptr;
    QLineEdit *m_path = nullptr;
    ChoiceListModel *m_relationships = nullptr;
    SearchableComboBox *m_relationship = nullptr; // over m_relationships
    QCheckBox *m_skipInvalid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    IcsPreviewModel *m_previewModel = nullptr;
    QTreeView *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    BackgroundJob *m_job = nullptr;
    Counts m_counts;
    bool m_importing = false;
    bool m_previewAgain = false;
};

} // namespace trellis
