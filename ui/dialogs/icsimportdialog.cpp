#include "dialogs/icsimportdialog.h"

#include "commands/edits.h"
#include "models/backgroundjob.h"
#include "models/choicelistmodel.h"
#include "models/icspreviewmodel.h"
#include "models/modelloader.h"
#include "models/transferjobs.h"
#include "widgets/searchablecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace trellis {

IcsImportDialog::IcsImportDialog(const WorkspaceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("icsImportDialog"));
    setWindowTitle(tr("Import Calendar"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    auto *intro =
        new QLabel(tr("Adds the meetings of an iCalendar (.ics) file to a relationship. Meetings that "
                      "Trellis already has are updated when the file has a newer version. Nothing is "
                      "written until you choose Import."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(8);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setPlaceholderText(tr("Choose an .ics file"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    m_relationships = new ChoiceListModel(this);
    m_relationship = new SearchableComboBox(this);
    m_relationship->setObjectName(QStringLiteral("importRelationship"));
    m_relationship->setAccessibleName(tr("Into relationship"));
    m_relationship->setMinimumContentsLength(32);
    m_relationship->setChoices(m_relationships);
    m_relationship->setHint(tr("Loading…"));
    form->addRow(tr("Into relationship:"), m_relationship);
    m_skipInvalid =
        new QCheckBox(tr("Skip invalid events (import the rest and list what was left out)"), this);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    form->addRow(QString(), m_skipInvalid);
    layout->addLayout(form);
    layout->addSpacing(8);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    m_previewModel = new IcsPreviewModel(this);
    m_preview = new QTreeView(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Events in the file"));
    m_preview->setModel(m_previewModel);
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(IcsPreviewModel::EventColumn, QHeaderView::Stretch);
    m_preview->setColumnWidth(IcsPreviewModel::ActionColumn, 140);
    m_preview->setColumnWidth(IcsPreviewModel::LineColumn, 56);
    m_preview->header()->setSectionResizeMode(IcsPreviewModel::DateColumn, QHeaderView::ResizeToContents);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Warnings and errors"));
    m_problems->setWordWrap(true);
    m_problems->setIconSize(QSize(16, 16));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_preview);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &IcsImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &IcsImportDialog::refreshPreview);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &IcsImportDialog::refreshPreview);
    connect(m_relationship, &QComboBox::currentIndexChanged, this, &IcsImportDialog::refreshPreview);
    connect(m_import, &QPushButton::clicked, this, &IcsImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IcsImportDialog::cancelOrClose);

    // The relationships are read on a worker, and again when they change meanwhile.
    m_choicesLoader = new ModelLoader(m_context.dataSource(), CalendarChoices::watched(), this);
    m_choicesLoader->setLoad(&CalendarChoices::fetch, this, &IcsImportDialog::applyChoices);
    connect(m_choicesLoader, &ModelLoader::failed, m_summary, &QLabel::setText);
    clearPreview();
    m_choicesLoader->reload();
    resize(760, 560);
}

IcsImportDialog::~IcsImportDialog()
{
    // A focused path field reports editingFinished while QWidget's destructor moves the focus away;
    // this part of the dialog is gone by then.
    m_path->disconnect(this);
    if (m_job)
        m_job->cancel();
}

void IcsImportDialog::applyChoices(CalendarChoices choices, const LoadRequest &)
{
    QList<CalendarChoices::Choice> relationships = std::move(choices.relationships);
    // The profile's own relationships first, then by name (as fetched).
    if (m_context.profile) {
        const Id me = m_context.profile->personId;
        std::stable_partition(
            relationships.begin(), relationships.end(),
            [me](const CalendarChoices::Choice &c) { return c.mentorId == me || c.menteeId == me; });
    }
    const QVariant previous = m_relationship->currentData();
    {
        const QSignalBlocker blocker(m_relationship);
        const bool none = relationships.isEmpty();
        m_relationships->setChoices(std::move(relationships));
        m_relationship->setCurrentIndex(-1);
        m_relationship->setHint(none ? tr("No relationships yet: add one first") : QString());
        // Keep the chosen relationship across a reload; the first time, the one asked for.
        const QVariant wanted = previous.isValid()                 ? previous
                                : m_wantedRelationship.has_value() ? QVariant(*m_wantedRelationship)
                                                                   : QVariant();
        if (wanted.isValid() || !none)
            m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(wanted)));
    }
    if (m_relationship->currentData() != previous)
        refreshPreview();
    Q_EMIT choicesLoaded();
}

void IcsImportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
    refreshPreview();
}

void IcsImportDialog::setRelationship(qint64 relationshipId)
{
    m_wantedRelationship = relationshipId;
    const int index = m_relationship->findData(relationshipId);
    if (index >= 0)
        m_relationship->setCurrentIndex(index);
}

void IcsImportDialog::setSkipInvalid(bool skip)
{
    m_skipInvalid->setChecked(skip);
}

void IcsImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Calendar"), m_path->text(),
                                     tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void IcsImportDialog::refreshPreview()
{
    if (m_importing)
        return;
    const QString path = m_path->text().trimmed();
    if (m_job) {
        // Preview again with the new inputs once the running one stops.
        m_previewAgain = true;
        m_job->cancel();
        return;
    }
    clearPreview();
    if (path.isEmpty() || m_relationship->currentIndex() < 0)
        return;
    auto report = std::make_shared<IcsImportReport>();
    const bool skip = m_skipInvalid->isChecked();
    const Id relationshipId = m_relationship->currentData().toLongLong();
    const DataSource source = m_context.dataSource();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_job = BackgroundJob::start(
        [source, path, skip, relationshipId, report](JobControl &control) -> Status {
            auto previewed = TransferJobs::previewCalendarImport(source, path, relationshipId, skip, control);
            if (!previewed)
                return previewed.error();
            *report = std::move(previewed).value();
            return {};
        },
        this);
    updateButtons();
    connect(m_job, &BackgroundJob::progress, this,
            [this](double fraction, const QString &) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this,
            [this, report](bool ok, const QString &error, bool cancelled) {
                m_job = nullptr;
                m_progress->hide();
                if (m_previewAgain) {
                    m_previewAgain = false;
                    refreshPreview();
                    return;
                }
                if (cancelled)
                    m_summary->setText(tr("Reading cancelled; nothing was imported."));
                else if (!ok)
                    showFailure(error);
                else
                    showPreview(*report);
                updateButtons();
                Q_EMIT previewReady();
            });
}

bool IcsImportDialog::startImport()
{
    updateButtons();
    if (!m_import->isEnabled() || !m_context.edits)
        return false;
    const QString path = m_path->text().trimmed();
    const bool skip = m_skipInvalid->isChecked();
    const Id relationshipId = m_relationship->currentData().toLongLong();
    const Edits *edits = m_context.edits;
    auto report = std::make_shared<IcsImportReport>();
    m_importing = true;
    for (QWidget *input : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_relationship),
                           static_cast<QWidget *>(m_skipInvalid)})
        input->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    // The import writes on the worker's connection without notifying; the GUI thread then hands
    // what it wrote to Edits::importCalendar (one undo step, announced).
    m_job = BackgroundJob::start(
        [edits, path, skip, relationshipId, report](JobControl &control) -> Status {
            auto written = edits->writeCalendarImport(
                path, relationshipId, skip, control.cancelFlag(), [&control](qint64 done, qint64 total) {
                    control.report(total > 0 ? double(done) / double(total) : 1.0);
                });
            if (!written)
                return written.error();
            *report = std::move(written).value();
            return {};
        },
        this);
    updateButtons();
    connect(m_job, &BackgroundJob::progress, this,
            [this](double fraction, const QString &) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this,
            [this, report](bool ok, const QString &error, bool cancelled) {
                m_job = nullptr;
                m_importing = false;
                m_progress->hide();
                for (QWidget *input : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_relationship),
                                       static_cast<QWidget *>(m_skipInvalid)})
                    input->setEnabled(true);
                if (cancelled || !ok || report->refused) {
                    m_summary->setText(cancelled
                                           ? tr("Import cancelled; nothing was written.")
                                           : (ok ? tr("The file was refused; nothing was written.") : error));
                    updateButtons();
                    Q_EMIT imported(false);
                    return;
                }
                // The status bar confirms it ("Imported 12 meetings into …", Edits::performed).
                auto pushed = m_context.edits->importCalendar(*report, m_relationship->currentText());
                Q_UNUSED(pushed); // written already: the step can only be missing if nothing changed
                Q_EMIT imported(true);
                accept();
            });
    return true;
}

void IcsImportDialog::clearPreview()
{
    m_counts = {};
    m_previewModel->clear();
    m_problems->clear();
    m_problems->hide();
    m_summary->setText(m_path->text().trimmed().isEmpty()
                           ? tr("Choose a file to see what it would add before anything is written.")
                           : QString());
    updateButtons();
}

void IcsImportDialog::showFailure(const QString &message)
{
    clearPreview();
    m_counts.refused = true;
    m_summary->setText(message);
}

void IcsImportDialog::showPreview(const IcsImportReport &report)
{
    clearPreview();
    m_counts.refused = report.refused;
    m_counts.events = report.events;
    m_counts.added = report.added;
    m_counts.updated = report.updated;
    m_counts.unchanged = report.unchanged;
    m_counts.skipped = report.skipped;
    m_counts.warnings = qint64(report.warnings.size());
    m_counts.errors = qint64(report.errors.size());

    m_previewModel->setReport(report);

    const QIcon errorIcon = QIcon::fromTheme(QStringLiteral("dialog-error"));
    const QIcon warningIcon = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    // The reader's messages name their line ("Line 12: …").
    for (const IcsProblem &problem : report.errors)
        new QListWidgetItem(errorIcon, problem.message, m_problems);
    for (const IcsProblem &problem : report.warnings)
        new QListWidgetItem(warningIcon, problem.message, m_problems);
    m_problems->setVisible(m_problems->count() > 0);

    if (report.refused) {
        m_summary->setText(m_skipInvalid->isChecked()
                               ? tr("This file cannot be imported: it is not an iCalendar file.")
                               : tr("This file cannot be imported as it is: the problems are listed below. "
                                    "Choose \"Skip invalid events\" to import the valid ones."));
        return;
    }
    if (report.events == 0 && report.skipped == 0) {
        m_summary->setText(tr("This file holds no events: there is nothing to import."));
        return;
    }
    QStringList parts;
    parts.append(tr("To add: %1").arg(m_counts.added));
    parts.append(tr("to update: %1").arg(m_counts.updated));
    if (m_counts.unchanged > 0)
        parts.append(tr("unchanged: %1").arg(m_counts.unchanged));
    if (m_counts.skipped > 0)
        parts.append(tr("skipped: %1").arg(m_counts.skipped));
    if (m_counts.warnings > 0)
        parts.append(tr("warnings: %1").arg(m_counts.warnings));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void IcsImportDialog::updateButtons()
{
    const bool ready = !m_job && !m_counts.refused && m_counts.added + m_counts.updated > 0 &&
                       m_relationship->currentIndex() >= 0 && m_context.edits;
    m_import->setEnabled(ready);
    m_import->setToolTip(ready ? tr("Adds and updates the meetings listed; Edit ▸ Undo takes it back.")
                               : tr("Nothing to import yet: choose a file with new or changed events."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_job ? tr("Cancel") : tr("Close"));
}

void IcsImportDialog::cancelOrClose()
{
    if (m_job) {
        m_previewAgain = false;
        m_job->cancel();
        return;
    }
    reject();
}

} // namespace trellis
