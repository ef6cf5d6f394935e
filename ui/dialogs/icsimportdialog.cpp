#include "dialogs/icsimportdialog.h"

#include "io/icsreader.h"
#include "storage/catalogquery.h"
#include "storage/database.h"
#include "widgets/backgroundjob.h"

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
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

namespace {

enum PreviewColumn { ActionColumn, EventColumn, WhenColumn, LineColumn, PreviewColumnCount };

QString whenText(const IcsTime &time)
{
    if (time.kind == IcsTime::Kind::AllDay) {
        const QDate date = QDate::fromString(time.local, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : time.local;
    }
    const QDateTime local = QDateTime::fromString(time.local, Qt::ISODate);
    const QString text = local.isValid() ? QLocale().toString(local, QLocale::ShortFormat) : time.local;
    return time.kind == IcsTime::Kind::Zoned && !time.zone.isEmpty()
               ? text + QStringLiteral(" (") + time.zone + QLatin1Char(')')
               : text;
}

} // namespace

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
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("importRelationship"));
    m_relationship->setAccessibleName(tr("Into relationship"));
    m_relationship->setMinimumContentsLength(32);
    m_relationship->setPlaceholderText(tr("Loading…"));
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

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Events in the file"));
    m_preview->setColumnCount(PreviewColumnCount);
    m_preview->setHeaderLabels({tr("Import"), tr("Event"), tr("When"), tr("Line")});
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    m_preview->setColumnWidth(ActionColumn, 140);
    m_preview->setColumnWidth(WhenColumn, 200);
    m_preview->setColumnWidth(LineColumn, 56);
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
    connect(m_relationship, &QComboBox::currentIndexChanged, this, &IcsImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IcsImportDialog::cancelOrClose);

    clearPreview();
    loadChoices();
    resize(760, 560);
}

IcsImportDialog::~IcsImportDialog()
{
    if (m_job)
        m_job->cancel();
}

void IcsImportDialog::loadChoices()
{
    auto table = std::make_shared<CatalogQuery::Table>();
    Database *database = m_context.database;
    auto *job = BackgroundJob::start(
        [database, table](JobControl &) -> Status {
            auto listed = CatalogQuery(database->connection()).list(CatalogQuery::Listing::Relationships);
            if (!listed)
                return listed.error();
            *table = *listed;
            return {};
        },
        this);
    const std::optional<Id> me =
        m_context.profile ? std::optional<Id>(m_context.profile->personId) : std::nullopt;
    connect(job, &BackgroundJob::finished, this, [this, table, me](bool ok, const QString &error, bool) {
        if (!ok) {
            m_summary->setText(error);
            return;
        }
        const auto col = [&table](const char *name) {
            return int(table->columns.indexOf(QLatin1String(name)));
        };
        struct Choice {
            qint64 id;
            QString label;
            bool mine;
        };
        QList<Choice> choices;
        for (const QVariantList &row : table->rows) {
            const bool mine = me && (row.value(col("mentor_id")).toLongLong() == *me ||
                                     row.value(col("mentee_id")).toLongLong() == *me);
            choices.append(
                {row.value(col("id")).toLongLong(),
                 tr("%1 – %2").arg(row.value(col("mentor")).toString(), row.value(col("mentee")).toString()),
                 mine});
        }
        // The profile's own relationships first, then by name.
        std::sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) {
            if (a.mine != b.mine)
                return a.mine;
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
        const QSignalBlocker blocker(m_relationship);
        m_relationship->clear();
        for (const Choice &choice : choices)
            m_relationship->addItem(choice.label, choice.id);
        m_relationship->setPlaceholderText(choices.isEmpty() ? tr("No relationships yet: add one first")
                                                             : QString());
        if (m_wantedRelationship)
            m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(*m_wantedRelationship)));
        updateButtons();
        Q_EMIT choicesLoaded();
    });
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
    const QString path = m_path->text().trimmed();
    if (m_job) {
        // Read again with the new inputs once the running preview stops.
        m_previewAgain = true;
        m_job->cancel();
        return;
    }
    clearPreview();
    if (path.isEmpty())
        return;
    auto result = std::make_shared<IcsReadResult>();
    const bool skip = m_skipInvalid->isChecked();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_job = BackgroundJob::start(
        [path, skip, result](JobControl &control) -> Status {
            IcsReadOptions options;
            options.skipInvalid = skip;
            options.cancel = control.cancelFlag();
            options.progress = [&control](int done, int total) {
                control.report(total > 0 ? double(done) / double(total) : 1.0);
            };
            auto read = IcsReader(options).readFile(path);
            if (!read)
                return read.error();
            *result = std::move(read).value();
            return {};
        },
        this);
    updateButtons();
    connect(m_job, &BackgroundJob::progress, this,
            [this](double fraction, const QString &) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this,
            [this, result](bool ok, const QString &error, bool cancelled) {
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
                    showPreview(*result);
                updateButtons();
                Q_EMIT previewReady();
            });
}

void IcsImportDialog::clearPreview()
{
    m_counts = {};
    m_preview->clear();
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

void IcsImportDialog::showPreview(const IcsReadResult &result)
{
    clearPreview();
    m_counts.refused = result.refused;
    m_counts.events = int(result.events.size());
    m_counts.skipped = int(result.skipped.size());
    m_counts.warnings = int(result.warnings.size());
    m_counts.errors = int(result.errors.size());

    const QIcon addIcon = QIcon::fromTheme(QStringLiteral("list-add"));
    const QIcon skipIcon = QIcon::fromTheme(QStringLiteral("dialog-cancel"));
    for (const IcsReadEvent &event : result.events) {
        QString action;
        if (event.isOverride()) {
            ++m_counts.overrides;
            action = tr("Occurrence");
        } else if (event.isSeries()) {
            ++m_counts.series;
            action = tr("Series");
        } else {
            ++m_counts.singles;
            action = tr("Meeting");
        }
        auto *item = new QTreeWidgetItem(m_preview);
        item->setIcon(ActionColumn, addIcon);
        item->setText(ActionColumn, action);
        item->setText(EventColumn, event.summary.isEmpty() ? tr("(no title)") : event.summary);
        item->setText(WhenColumn, whenText(event.isOverride() ? *event.recurrenceId : event.start));
        item->setText(LineColumn, QString::number(event.line));
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (event.status == IcsEventStatus::Cancelled)
            item->setText(ActionColumn, tr("Cancelled"));
    }
    for (const IcsSkippedEvent &skipped : result.skipped) {
        auto *item = new QTreeWidgetItem(m_preview);
        item->setIcon(ActionColumn, skipIcon);
        item->setText(ActionColumn, tr("Skipped"));
        item->setText(EventColumn, skipped.summary.isEmpty() ? tr("(no title)") : skipped.summary);
        item->setText(LineColumn, QString::number(skipped.line));
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList reasons;
        for (const IcsProblem &problem : skipped.problems)
            reasons.append(problem.message);
        item->setToolTip(EventColumn, reasons.join(QLatin1Char('\n')));
        item->setForeground(ActionColumn, palette().brush(QPalette::PlaceholderText));
    }

    const QIcon errorIcon = QIcon::fromTheme(QStringLiteral("dialog-error"));
    const QIcon warningIcon = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    // The reader's messages name their line ("Line 12: …").
    for (const IcsProblem &problem : result.errors)
        new QListWidgetItem(errorIcon, problem.message, m_problems);
    for (const IcsProblem &problem : result.warnings)
        new QListWidgetItem(warningIcon, problem.message, m_problems);
    m_problems->setVisible(m_problems->count() > 0);

    if (result.refused) {
        m_summary->setText(m_skipInvalid->isChecked()
                               ? tr("This file cannot be imported: it is not an iCalendar file.")
                               : tr("This file cannot be imported as it is: the problems are listed below. "
                                    "Choose \"Skip invalid events\" to import the valid ones."));
        return;
    }
    QStringList parts;
    parts.append(tr("Events to import: %1").arg(m_counts.events));
    if (m_counts.series > 0)
        parts.append(tr("series: %1").arg(m_counts.series));
    if (m_counts.overrides > 0)
        parts.append(tr("changed occurrences: %1").arg(m_counts.overrides));
    if (m_counts.skipped > 0)
        parts.append(tr("skipped: %1").arg(m_counts.skipped));
    if (m_counts.warnings > 0)
        parts.append(tr("warnings: %1").arg(m_counts.warnings));
    if (m_counts.events == 0 && m_counts.skipped == 0)
        parts = QStringList{tr("This file holds no events: there is nothing to import.")};
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void IcsImportDialog::updateButtons()
{
    // Writing the import (IcsImporter) is not available in this build yet: the preview shows
    // what the file holds, the commit step stays disabled and says why.
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Importing is not available yet in this version; the preview shows what the file "
                            "holds."));
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
