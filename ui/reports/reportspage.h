#pragma once

#include "insights/cohortkpis.h"
#include "reports/reportdocument.h"
#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace trellis {

class BackgroundJob;
class CohortPicker;
class LoadRequest;
class ModelLoader;
class ReportKpiModel;

// Coordinator ▸ Reports (issue 13, item 5): a cohort's (or its whole programme's) board pack or
// full report. The KPIs are read on the loader's worker (ReportFetch: CohortKpis::load) and shown
// as a table; "Print Summary…" opens a print preview of the same ReportDocument drawn by
// ReportRenderer, "Export PDF…" writes it on a BackgroundJob with progress and cancel (no file is
// left behind when cancelled), "Export KPIs as CSV…" writes the table (ReportCsv). Reports read
// only: nothing to undo.
class ReportsPage final : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ModelLoader *loader() const { return m_loader; }
    ReportKpiModel *kpiModel() const { return m_kpiModel; }
    // The KPIs shown (none before the first load).
    const std::optional<CohortKpis> &kpis() const { return m_kpis; }

    qint64 cohortId() const;
    void setCohort(qint64 cohortId);
    void setWholeProgramme(bool whole);
    void setVariant(ReportOptions::Variant variant);
    ReportOptions options() const;
    // The document of what is shown, as printed and exported.
    ReportDocument document() const;

    // Draws the document on `printer` (the print preview's paintRequested).
    void printOn(QPrinter *printer);
    // Starts writing the PDF to `path` on a worker thread with a progress dialog; false when
    // nothing is loaded or an export runs. exportFinished() tells the end.
    bool exportPdf(const QString &path);
    // What the progress dialog's Cancel does.
    void cancelExport();
    bool isExporting() const;
    // Writes the KPI table as CSV (a few dozen rows: on the GUI thread).
    [[nodiscard]] Status exportCsv(const QString &path) const;

Q_SIGNALS:
    // After each load was shown.
    void loaded();
    void exportFinished(bool ok, bool cancelled, const QString &path);
    // The empty state's "Open Programmes" (no cohort to report on yet).
    void programmesRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showKpis(CohortKpis kpis, const LoadRequest &request);
    void choicesLoaded();
    void reload();
    void refreshTable();
    void updateSummary();
    void updateActions();
    void variantChanged();
    void printSummary();
    void chooseExportPdf();
    void chooseExportCsv();
    QString suggestedFileName(const QString &suffix) const;
    std::optional<PageScaffold::EmptyState> emptyState() const;

    WorkspaceContext m_context;
    ModelLoader *m_loader = nullptr;
    ReportKpiModel *m_kpiModel = nullptr;
    PageScaffold *m_scaffold = nullptr;
    CohortPicker *m_cohort = nullptr; // the cohorts, without "Every relationship"
    QComboBox *m_scope = nullptr;
    QComboBox *m_variant = nullptr;
    QComboBox *m_periodMode = nullptr;
    QWidget *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_anonymise = nullptr;
    QCheckBox *m_notes = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_basis = nullptr;
    QTableView *m_table = nullptr;
    QPointer<BackgroundJob> m_job;
    QPointer<QProgressDialog> m_progress;
    std::optional<CohortKpis> m_kpis;
    bool m_started = false;
};

} // namespace trellis
