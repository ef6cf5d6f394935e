#pragma once

#include "io/rosterimporter.h"
#include "workspace/workspacecontext.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace trellis {

class BackgroundJob;
class RosterPreviewModel;

// File ▸ Import ▸ Roster (CSV): choose a file, map its columns to Trellis fields (guessed from
// the header), preview who will be added and every problem with its line and field, then
// import — all or nothing, one undo step. Reading, checking and writing run on a worker thread.
class RosterImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RosterImportDialog(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    // Reads the file and plans the import (tests call it instead of the file chooser).
    void setFile(const QString &path);
    const RosterImportPlan &plan() const { return m_plan; }

Q_SIGNALS:
    void planned();            // a preview is ready (or the file could not be read)
    void imported(int people); // the import was committed and pushed onto the undo stack
    void importFailed(const QString &message);

private:
    void chooseFile();
    void replan();
    void startPlan(const QString &path, bool readFile);
    void showPlan();
    void import();
    void setBusy(bool busy, const QString &text = {});
    RosterMapping mappingFromCombos() const;

    WorkspaceContext m_context;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QHash<int, QComboBox *> m_columns; // RosterField → combo
    QTableView *m_preview = nullptr;
    RosterPreviewModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPointer<BackgroundJob> m_job;
    int m_generation = 0;
    bool m_fillingCombos = false;
    CsvTable m_table;
    RosterImportPlan m_plan;
    QString m_readError;
};

} // namespace trellis
