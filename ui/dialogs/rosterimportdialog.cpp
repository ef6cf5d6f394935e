#include "dialogs/rosterimportdialog.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "models/backgroundjob.h"
#include "models/healthpresentation.h"
#include "models/rosterpreviewmodel.h"
#include "models/transferjobs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

namespace {

QString fieldLabel(RosterField field)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("RosterImportDialog", text); };
    switch (field) {
    case RosterField::Name:
        return tr("Name");
    case RosterField::Email:
        return tr("E-mail");
    case RosterField::Phone:
        return tr("Phone");
    case RosterField::Roles:
        return tr("Roles");
    case RosterField::Skills:
        return tr("Skills");
    case RosterField::Interests:
        return tr("Interests");
    case RosterField::Capacity:
        return tr("Capacity");
    case RosterField::TimeZone:
        return tr("Time zone");
    case RosterField::Department:
        return tr("Department");
    case RosterField::Manager:
        return tr("Manager");
    case RosterField::Languages:
        return tr("Languages");
    case RosterField::Bio:
        return tr("About");
    case RosterField::Wishes:
        return tr("Wishes");
    case RosterField::NeverPair:
        return tr("Never pair with");
    }
    return {};
}

// The first few problems (the preview's Check column lists every one).
QString firstProblems(const RosterImportPlan &plan)
{
    constexpr int shown = 6;
    QStringList lines;
    for (qsizetype i = 0; i < plan.problems.size() && i < shown; ++i)
        lines.append(plan.problems.at(i).toString(plan.fileName));
    if (plan.problems.size() > shown)
        lines.append(QCoreApplication::translate("RosterImportDialog", "…and %n more: see the Check column.",
                                                 nullptr, int(plan.problems.size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RosterImportDialog::RosterImportDialog(const WorkspaceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new RosterPreviewModel(this))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import Roster"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *intro = new QLabel(tr("Add people from a spreadsheet saved as CSV (comma or semicolon, UTF-8). "
                                "Nothing is added until every row is right."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setPlaceholderText(tr("Choose a CSV file…"));
    m_choose = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Choose…"), this);
    m_choose->setObjectName(QStringLiteral("importChoose"));
    fileRow->addWidget(new QLabel(tr("&File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    qobject_cast<QLabel *>(fileRow->itemAt(0)->widget())->setBuddy(m_path);
    layout->addLayout(fileRow);

    auto *columns = new QGroupBox(tr("Columns"), this);
    columns->setObjectName(QStringLiteral("importColumns"));
    auto *grid = new QGridLayout(columns);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    const QList<RosterField> fields = RosterMapping::allFields();
    for (int i = 0; i < fields.size(); ++i) {
        const RosterField field = fields.at(i);
        auto *combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("mapping_") + RosterMapping::fieldKey(field));
        combo->setAccessibleName(tr("Column for %1").arg(fieldLabel(field)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto *label = new QLabel(fieldLabel(field) + QLatin1Char(':'), columns);
        label->setBuddy(combo);
        // Three columns of fields, so the dialog fits 1024 pixels.
        constexpr int Rows = 5;
        const int row = i % Rows;
        const int column = (i / Rows) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_columns.insert(int(field), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterImportDialog::replan);
    }
    columns->setEnabled(false);
    layout->addWidget(columns);

    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setShowGrid(false);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setColumnWidth(RosterPreviewModel::Line, 56);
    m_preview->setColumnWidth(RosterPreviewModel::Name, 160);
    m_preview->setColumnWidth(RosterPreviewModel::Email, 190);
    m_preview->setColumnWidth(RosterPreviewModel::Roles, 120);
    m_preview->setColumnWidth(RosterPreviewModel::Manager, 160);
    layout->addWidget(m_preview, 1);

    auto *statusRow = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose the CSV file to import."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { setFile(m_path->text()); });

    resize(900, 620);
}

RosterImportDialog::~RosterImportDialog()
{
    if (m_job)
        m_job->cancel();
}

void RosterImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Roster"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void RosterImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    startPlan(path, true);
}

void RosterImportDialog::replan()
{
    if (m_fillingCombos || m_table.records.isEmpty())
        return;
    startPlan(m_path->text(), false);
}

RosterMapping RosterImportDialog::mappingFromCombos() const
{
    RosterMapping mapping;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.columns.insert(RosterField(it.key()), column);
    }
    return mapping;
}

void RosterImportDialog::startPlan(const QString &path, bool readFile)
{
    if (!m_context.dataSource().isValid())
        return;
    const int generation = ++m_generation;
    setBusy(true, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    struct Outcome {
        CsvTable table;
        std::optional<RosterMapping> guessed;
        RosterImportPlan plan;
    };
    auto outcome = std::make_shared<Outcome>();
    if (!readFile)
        outcome->table = m_table;
    const RosterMapping mapping = mappingFromCombos();
    const DataSource source = m_context.dataSource();
    m_job = BackgroundJob::start(
        [source, path, readFile, mapping, outcome](JobControl &) -> Status {
            RosterMapping used = mapping;
            if (readFile) {
                auto table = CsvReader::readFile(path);
                if (!table)
                    return table.error();
                outcome->table = std::move(table).value();
                outcome->guessed = RosterMapping::guess(outcome->table.records.value(0).fields);
                used = *outcome->guessed;
            }
            auto plan =
                TransferJobs::planRosterImport(source, outcome->table, used, QFileInfo(path).fileName());
            if (!plan)
                return plan.error();
            outcome->plan = std::move(plan).value();
            return {};
        },
        this);
    connect(
        m_job, &BackgroundJob::finished, this,
        [this, generation, outcome, readFile](bool ok, const QString &error, bool) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (readFile) {
                m_table = ok ? outcome->table : CsvTable{};
                m_fillingCombos = true;
                const QStringList header = m_table.records.value(0).fields;
                for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
                    QComboBox *combo = it.value();
                    combo->clear();
                    combo->addItem(tr("(not imported)"), -1);
                    for (int i = 0; i < header.size(); ++i)
                        combo->addItem(header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : header.at(i), i);
                    const int column =
                        outcome->guessed ? outcome->guessed->columns.value(RosterField(it.key()), -1) : -1;
                    combo->setCurrentIndex(std::max(0, combo->findData(column)));
                }
                m_fillingCombos = false;
                findChild<QGroupBox *>(QStringLiteral("importColumns"))->setEnabled(ok);
            }
            if (ok) {
                m_plan = outcome->plan;
                m_readError.clear();
            } else {
                m_plan = RosterImportPlan{};
                m_readError = error;
            }
            showPlan();
            Q_EMIT planned();
        });
}

void RosterImportDialog::showPlan()
{
    m_model->setPlan(m_plan);
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Active, QPalette::WindowText));
    QString text;
    if (!m_readError.isEmpty()) {
        text = m_readError;
        palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    } else if (!m_plan.problems.isEmpty()) {
        text =
            tr("%n problem(s) — nothing will be imported. Fix the file (or the column choices) and choose it "
               "again:",
               nullptr, int(m_plan.problems.size())) +
            QLatin1Char('\n') + firstProblems(m_plan);
        palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    } else if (m_plan.canImport()) {
        text =
            tr("%n person(s) will be added, in one step you can undo.", nullptr, int(m_plan.people.size()));
    }
    m_summary->setPalette(palette);
    m_summary->setText(text);
    m_import->setEnabled(m_plan.canImport() && m_readError.isEmpty());
}

void RosterImportDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    if (busy) {
        m_summary->setText(text);
        m_import->setEnabled(false);
    }
    m_choose->setEnabled(!busy);
}

void RosterImportDialog::import()
{
    if (!m_plan.canImport() || !m_context.edits)
        return;
    setBusy(true, tr("Adding %n person(s)…", nullptr, int(m_plan.people.size())));
    m_buttons->setEnabled(false);
    const int generation = ++m_generation;
    auto changes = std::make_shared<ChangeSet>();
    const Edits *edits = m_context.edits;
    const CsvTable table = m_table;
    const RosterMapping mapping = mappingFromCombos();
    const QString fileName = m_plan.fileName;
    const int people = int(m_plan.people.size());
    m_job = BackgroundJob::start(
        [edits, table, mapping, fileName, changes](JobControl &) -> Status {
            auto committed = edits->writeRosterImport(table, mapping, fileName);
            if (!committed)
                return committed.error();
            *changes = std::move(committed).value();
            return {};
        },
        this);
    connect(m_job, &BackgroundJob::finished, this,
            [this, generation, changes, people](bool ok, const QString &error, bool) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                m_buttons->setEnabled(true);
                if (!ok) {
                    m_readError = error;
                    showPlan();
                    Q_EMIT importFailed(error);
                    return;
                }
                // Written on the worker; announced and put on the undo stack here, as one step.
                auto pushed = m_context.edits->importRoster(*changes);
                Q_UNUSED(pushed);
                Q_EMIT imported(people);
                accept();
            });
}

} // namespace trellis
