#pragma once

#include "domain/meetingexportscope.h"
#include "models/calendarchoices.h"
#include "workspace/workspacecontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace trellis {

class BackgroundJob;
class ChoiceListModel;
class LoadRequest;
class ModelLoader;
class SearchableComboBox;

// File ▸ Export ▸ Calendar (.ics)…: which meetings (a relationship, a person, a cohort or
// everything), what they include (shared notes, attendees; private notes never) and where.
// The export runs on a worker thread with progress and cancel (IcsExporter; a cancelled
// export leaves no file).
class IcsExportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit IcsExportDialog(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~IcsExportDialog() override;

    // Preselects a scope (e.g. the relationship on screen) once the choices are loaded.
    void setScope(const MeetingExportScope &scope);
    MeetingExportScope scope() const;
    void setPath(const QString &path);
    // Where the file is proposed: the last export's folder, else Documents, else home — the first
    // that exists (nothing is created unasked).
    static QString defaultFolder();
    // Starts the export (the Export button); false when the form is incomplete.
    bool startExport();
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // The choices of relationships, people and cohorts are loaded (again after they changed).
    void choicesLoaded();
    void exported(const QString &path, qint64 events);
    // The export ended (ok, failed or cancelled); the dialog stays open to show the outcome.
    void finished(bool ok);

private:
    void applyChoices(CalendarChoices choices, const LoadRequest &request);
    void fillTargets();
    void browse();
    void updateButtons();
    void cancelOrClose();

    WorkspaceContext m_context;
    CalendarChoices m_choices;
    ModelLoader *m_choicesLoader = nullptr;
    bool m_choicesLoaded = false;
    std::optional<MeetingExportScope> m_wanted;
    QComboBox *m_kind = nullptr;
    ChoiceListModel *m_targets = nullptr;   // the entries of the kind chosen
    SearchableComboBox *m_target = nullptr; // over m_targets
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_attendees = nullptr;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    BackgroundJob *m_job = nullptr;
};

} // namespace trellis
