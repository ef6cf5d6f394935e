#include "reports/reportspage.h"

#include "coordinator/coordinatorui.h"
#include "models/backgroundjob.h"
#include "models/displaytexts.h"
#include "models/modelloader.h"
#include "models/reportfetch.h"
#include "reports/reportcsv.h"
#include "reports/reportkpimodel.h"
#include "reports/reportpdf.h"
#include "reports/reportrenderer.h"
#include "util/clock.h"
#include "widgets/cohortpicker.h"
#include "widgets/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace trellis {

ReportsPage::ReportsPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ModelLoader(context.dataSource(), {}, this))
    , m_kpiModel(new ReportKpiModel(this))
{
    setObjectName(QStringLiteral("reportsPage"));

    m_scaffold = new PageScaffold(tr("Reports"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);

    // A report is about a cohort or its programme: "Every relationship" is no choice here.
    m_cohort = new CohortPicker(context.dataSource(), CohortPicker::Choices::RealCohorts,
                                QStringLiteral("reportsCohort"), this);
    m_cohort->setPurpose(tr("The cohort the report is about"));
    // The report's period stands beside it: programme and cohort here, the dates in the tip.
    m_cohort->setShowDates(false);
    m_scaffold->addBesideTitle(m_cohort, 8);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportsScope"));
    m_scope->setAccessibleName(tr("Report on"));
    m_scope->addItem(tr("This cohort"));
    m_scope->addItem(tr("Its whole programme"));
    m_scope->setToolTip(tr("Report on the chosen cohort, or on every cohort of its programme"));
    m_scaffold->addBesideTitle(m_scope, 4);

    m_exportPdf =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("reportsExportPdf"));
    m_exportPdf->setToolTip(tr("Write the report as a PDF to hand to the board"));
    m_exportPdf->setDefault(true);
    m_scaffold->setPrimaryButton(m_exportPdf);

    // What the report holds: variant, period and options, then the other two outputs.
    QHBoxLayout *row = m_scaffold->filterRow();
    m_variant = new QComboBox(this);
    m_variant->setObjectName(QStringLiteral("reportsVariant"));
    m_variant->addItem(tr("Board pack"), int(ReportOptions::Variant::Board));
    m_variant->addItem(tr("Full report"), int(ReportOptions::Variant::Full));
    m_variant->setItemData(0, tr("Key figures, three charts and the pairs at risk, in at most three pages"),
                           Qt::ToolTipRole);
    m_variant->setItemData(1, tr("Adds a table of every pair and, when asked, their shared notes"),
                           Qt::ToolTipRole);
    m_variant->setAccessibleName(tr("Variant"));
    row->addWidget(m_variant);
    m_periodMode = new QComboBox(this);
    m_periodMode->setObjectName(QStringLiteral("reportsPeriodMode"));
    m_periodMode->setAccessibleName(tr("Period"));
    m_periodMode->addItem(tr("Cohort's dates"));
    m_periodMode->addItem(tr("Custom period"));
    m_periodMode->setToolTip(tr("A cohort counts from its start to its end (or today); a programme the "
                                "last twelve months"));
    row->addWidget(m_periodMode);
    // The dates only while a custom period is chosen (the summary names the dates counted), so
    // the row fits a 1024-pixel window.
    m_dates = new QWidget(this);
    auto *datesLayout = new QHBoxLayout(m_dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    const auto makeDate = [this](const QString &name, const QString &accessible) {
        auto *edit = new QDateEdit(m_dates);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    m_from = makeDate(QStringLiteral("reportsFrom"), tr("From"));
    m_to = makeDate(QStringLiteral("reportsTo"), tr("To"));
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(tr("to"), m_dates));
    datesLayout->addWidget(m_to);
    m_dates->hide();
    row->addWidget(m_dates);
    row->addSpacing(8);
    m_anonymise = new QCheckBox(tr("&Anonymise"), this);
    m_anonymise->setObjectName(QStringLiteral("reportsAnonymise"));
    m_anonymise->setToolTip(tr("Show counts under 5 as “< 5” and people by their initials"));
    row->addWidget(m_anonymise);
    m_notes = new QCheckBox(tr("Shared &notes"), this);
    m_notes->setObjectName(QStringLiteral("reportsNotes"));
    m_notes->setToolTip(tr("Full report: add a section per pair with its goals and shared meeting notes "
                           "(never private notes)"));
    row->addWidget(m_notes);
    row->addStretch(1);
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                              tr("P&rint Summary…"), this);
    m_print->setObjectName(QStringLiteral("reportsPrint"));
    m_print->setToolTip(tr("Preview the report and print it"));
    row->addWidget(m_print);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    m_heading = PageStyle::sectionTitle(tr("Key figures"), content);
    m_heading->setObjectName(QStringLiteral("reportsHeading"));
    contentLayout->addWidget(m_heading);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("reportsKpis"));
    m_table->setAccessibleName(tr("Key figures"));
    m_table->setModel(m_kpiModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ReportKpiModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReportKpiModel::Definition, QHeaderView::Stretch);
    contentLayout->addWidget(m_table, 1);
    // Under the table: what its timings mean, and the table for a spreadsheet.
    auto *below = new QHBoxLayout;
    below->setSpacing(12);
    m_basis = PageStyle::secondary(QString(), content);
    m_basis->setObjectName(QStringLiteral("reportsBasis"));
    m_basis->setWordWrap(true);
    below->addWidget(m_basis, 1);
    m_exportCsv =
        new QPushButton(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export KPIs as &CSV…"), content);
    m_exportCsv->setObjectName(QStringLiteral("reportsExportCsv"));
    m_exportCsv->setToolTip(tr("Write the table of key figures for a spreadsheet"));
    below->addWidget(m_exportCsv, 0, Qt::AlignTop);
    contentLayout->addLayout(below);
    m_scaffold->setContent(content);

    m_scaffold->emptyButton()->setObjectName(QStringLiteral("reportsEmptyButton"));
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Counting the cohort's figures…"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, &ReportsPage::programmesRequested);

    connect(m_cohort, &CohortPicker::choicesLoaded, this, &ReportsPage::choicesLoaded);
    connect(m_cohort, &CohortPicker::failed, m_scaffold, &PageScaffold::showFailed);
    connect(m_loader, &ModelLoader::loaded, this, &ReportsPage::loaded);
    connect(m_loader, &ModelLoader::stateChanged, this, &ReportsPage::updateActions);
    connect(m_cohort, &CohortPicker::cohortChanged, this, &ReportsPage::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int scope) {
        // A cohort's own period is its dates; a programme's the last twelve months.
        m_periodMode->setItemText(0, scope == 1 ? tr("Last 12 months") : tr("Cohort's dates"));
        reload();
    });
    connect(m_variant, &QComboBox::currentIndexChanged, this, &ReportsPage::variantChanged);
    connect(m_periodMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_dates->setVisible(mode == 1);
        reload();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_periodMode->currentIndex() == 1)
                reload();
        });
    connect(m_anonymise, &QCheckBox::toggled, this, [this] {
        refreshTable();
        updateSummary();
    });
    connect(m_notes, &QCheckBox::toggled, this, &ReportsPage::reload);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printSummary);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::chooseExportPdf);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::chooseExportCsv);

    variantChanged();
    updateActions();
}

ReportsPage::~ReportsPage()
{
    // A running export is cancelled (its job is a child); its QSaveFile leaves no file.
    cancelExport();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    // Counted when first shown, not while the workspace is built; from then on the figures
    // follow every change to the cohort's relationships, meetings, goals and feedback.
    m_started = true;
    m_loader->setWatched(ReportFetch::watchedEntities());
    reload();
}

qint64 ReportsPage::cohortId() const
{
    return m_cohort->cohortId();
}

void ReportsPage::setCohort(qint64 cohortId)
{
    m_cohort->setCohort(cohortId);
}

void ReportsPage::setWholeProgramme(bool whole)
{
    m_scope->setCurrentIndex(whole ? 1 : 0);
}

void ReportsPage::setVariant(ReportOptions::Variant variant)
{
    m_variant->setCurrentIndex(std::max(0, m_variant->findData(int(variant))));
}

ReportOptions ReportsPage::options() const
{
    const auto variant = ReportOptions::Variant(m_variant->currentData().toInt());
    ReportOptions options = ReportOptions::defaultsFor(variant, Clock::today());
    options.anonymise = m_anonymise->isChecked();
    options.includeNotes = variant == ReportOptions::Variant::Full && m_notes->isChecked();
    return options;
}

ReportDocument ReportsPage::document() const
{
    if (!m_kpis)
        return {};
    return ReportDocument::build(*m_kpis, options());
}

void ReportsPage::variantChanged()
{
    // Each variant starts from its own default: the board pack anonymises, the full report not.
    const ReportOptions defaults =
        ReportOptions::defaultsFor(ReportOptions::Variant(m_variant->currentData().toInt()), Clock::today());
    const bool full = defaults.variant == ReportOptions::Variant::Full;
    m_anonymise->setChecked(defaults.anonymise);
    m_notes->setEnabled(full);
    if (!full && m_notes->isChecked())
        m_notes->setChecked(false); // reloads without the notes
    updateSummary();
}

void ReportsPage::reload()
{
    const qint64 cohort = cohortId();
    if (!m_started || cohort <= 0)
        return;
    ReportRequest request;
    request.cohortId = cohort;
    request.wholeProgramme = m_scope->currentIndex() == 1;
    if (m_periodMode->currentIndex() == 1) {
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        request.period = ReportPeriod{from, to};
    }
    request.includeNotes = m_notes->isEnabled() && m_notes->isChecked();
    m_loader->setLoad(ReportFetch(request), this, &ReportsPage::showKpis);
    m_loader->reload();
    updateActions();
}

void ReportsPage::showKpis(CohortKpis kpis, const LoadRequest &request)
{
    Q_UNUSED(request);
    m_kpis = std::move(kpis);
    // The dates counted, shown even when they are the cohort's own.
    for (QDateEdit *edit : {m_from, m_to})
        edit->blockSignals(true);
    m_from->setDate(m_kpis->period.from);
    m_to->setDate(m_kpis->period.to);
    for (QDateEdit *edit : {m_from, m_to})
        edit->blockSignals(false);
    refreshTable();
    updateSummary();
    updateActions();
}

void ReportsPage::refreshTable()
{
    if (!m_kpis) {
        m_kpiModel->clear();
        return;
    }
    m_kpiModel->setKpis(*m_kpis, m_anonymise->isChecked());
}

void ReportsPage::updateSummary()
{
    if (!m_kpis) {
        m_scaffold->setSummary(QString());
        m_basis->clear();
        return;
    }
    const ReportDocument doc = document();
    // The period counted (the picker names the cohort); short, so the title row fits 1024 pixels.
    const QString dates =
        tr("%1 – %2").arg(DisplayTexts::date(m_kpis->period.from), DisplayTexts::date(m_kpis->period.to));
    m_scaffold->setSummary(m_kpis->cohortName.isEmpty() ? tr("All cohorts · %1").arg(dates) : dates);
    m_heading->setText(options().variant == ReportOptions::Variant::Board
                           ? tr("Key figures of the board pack")
                           : tr("Key figures of the full report"));
    QString basis;
    for (const ReportBlock &block : doc.blocks)
        if (block.kind == ReportBlock::Kind::Footnotes && !block.text.isEmpty()) {
            basis = block.text;
            break;
        }
    m_basis->setText(basis);
}

void ReportsPage::choicesLoaded()
{
    m_scaffold->refresh();
    updateActions();
}

void ReportsPage::updateActions()
{
    const bool ready = m_kpis.has_value() && m_loader->state() == ModelLoader::State::Loaded;
    const bool exporting = isExporting();
    m_print->setEnabled(ready);
    m_exportPdf->setEnabled(ready && !exporting);
    m_exportCsv->setEnabled(ready);
}

std::optional<PageScaffold::EmptyState> ReportsPage::emptyState() const
{
    if (m_cohort->isLoaded() && m_cohort->cohortCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("folder-documents"),
            tr("Reports summarise a cohort for the board. Add a cohort to a programme first."),
            tr("Open Programmes")};
    return std::nullopt;
}

QString ReportsPage::suggestedFileName(const QString &suffix) const
{
    QString name =
        m_kpis ? (m_kpis->cohortName.isEmpty() ? m_kpis->programmeName : m_kpis->cohortName) : tr("Report");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    const QString kind = m_variant->currentIndex() == 0 ? tr("board pack") : tr("report");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(
        tr("%1 %2 %3").arg(name.simplified(), kind, Clock::today().toString(Qt::ISODate)) + suffix);
}

void ReportsPage::printOn(QPrinter *printer)
{
    if (!m_kpis)
        return;
    auto pages = ReportRenderer::render(document(), printer);
    if (!pages)
        CoordinatorUi::showStatus(this, pages.errorMessage());
}

void ReportsPage::printSummary()
{
    if (!m_kpis)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPdf::pageLayout(ReportPdf::localePageSize()));
    printer.setDocName(document().pdfTitle);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Summary"));
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ReportsPage::printOn);
    preview.exec();
}

bool ReportsPage::isExporting() const
{
    return m_job && m_job->isRunning();
}

bool ReportsPage::exportPdf(const QString &path)
{
    if (!m_kpis || isExporting())
        return false;
    const ReportDocument doc = document();
    const QDate generatedOn = options().generatedOn;
    const QPageSize pageSize = ReportPdf::localePageSize();
    // The charts are QGraphicsWidgets, drawn here on the GUI thread; the worker paints them.
    auto charts = std::make_shared<const ReportRenderer::Charts>(
        ReportRenderer::drawCharts(doc, ReportPdf::pageLayout(pageSize)));

    m_progress = new QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(QStringLiteral("reportsProgress"));
    m_progress->setWindowTitle(tr("Export PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);

    m_job = BackgroundJob::start(
        [doc, generatedOn, pageSize, charts, path](JobControl &control) -> Status {
            control.report(0, QCoreApplication::translate("trellis::ReportsPage", "Laying out the pages…"));
            auto pdf = ReportPdf::bytes(
                doc, generatedOn, pageSize,
                [&control](int page, int pages) {
                    control.report(double(page) / double(std::max(1, pages)),
                                   QCoreApplication::translate("trellis::ReportsPage", "Page %1 of %2")
                                       .arg(page)
                                       .arg(pages));
                    return !control.cancelled();
                },
                charts.get());
            if (!pdf)
                return pdf.error();
            // Cancelled after the last page: still nothing written.
            if (control.cancelled())
                return Error{QCoreApplication::translate("trellis::ReportsPage", "Cancelled.")};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
                return Error{QCoreApplication::translate("trellis::ReportsPage", "Could not write “%1”: %2")
                                 .arg(path, file.errorString())};
            return Status::success();
        },
        this);
    connect(m_job, &BackgroundJob::progress, m_progress,
            [progress = m_progress](double fraction, const QString &phase) {
                if (!progress)
                    return;
                progress->setValue(int(fraction * 100));
                if (!phase.isEmpty())
                    progress->setLabelText(phase);
            });
    connect(m_progress, &QProgressDialog::canceled, this, &ReportsPage::cancelExport);
    connect(m_job, &BackgroundJob::finished, this,
            [this, path](bool ok, const QString &error, bool cancelled) {
                if (m_progress) {
                    m_progress->hide();
                    m_progress->deleteLater();
                }
                if (cancelled)
                    CoordinatorUi::showStatus(this, tr("Export cancelled: no file was written."));
                else if (ok)
                    CoordinatorUi::showStatus(this, tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
                else
                    CoordinatorUi::showStatus(this, error);
                updateActions();
                Q_EMIT exportFinished(ok && !cancelled, cancelled, path);
            });
    updateActions();
    return true;
}

void ReportsPage::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

Status ReportsPage::exportCsv(const QString &path) const
{
    if (!m_kpis)
        return Error{tr("Nothing to export yet.")};
    return ReportCsv::write(*m_kpis, m_anonymise->isChecked(), path);
}

void ReportsPage::chooseExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedFileName(QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsPage::chooseExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export KPIs as CSV"), suggestedFileName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportCsv(path); !written)
        CoordinatorUi::showStatus(this, written.errorMessage());
    else
        CoordinatorUi::showStatus(this, tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace trellis
