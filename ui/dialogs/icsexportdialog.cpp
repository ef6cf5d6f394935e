#include "dialogs/icsexportdialog.h"

#include "models/backgroundjob.h"
#include "models/choicelistmodel.h"
#include "models/defaultsreader.h"
#include "models/modelloader.h"
#include "models/transferjobs.h"
#include "widgets/pagestyle.h"
#include "widgets/searchablecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

namespace {

const QString LastFolderKey = QStringLiteral("icsExport/lastFolder");

} // namespace

QString IcsExportDialog::defaultFolder()
{
    // The folder of the last export, else Documents, else home: the first that exists. Nothing is
    // created for it (a missing Documents folder stays missing).
    const QStringList candidates = {QSettings().value(LastFolderKey).toString(),
                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                    QDir::homePath()};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::currentPath();
}

IcsExportDialog::IcsExportDialog(const WorkspaceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("icsExportDialog"));
    setWindowTitle(tr("Export Calendar"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    auto *intro = new QLabel(tr("Writes the meetings to an iCalendar file that Outlook, Google Calendar, "
                                "Thunderbird and Apple Calendar can open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(8);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exportScopeKind"));
    m_kind->setAccessibleName(tr("Meetings of"));
    m_kind->addItem(tr("Everything in this database"), int(MeetingExportScope::Kind::All));
    m_kind->addItem(tr("One relationship"), int(MeetingExportScope::Kind::Relationship));
    m_kind->addItem(tr("One person (as mentor or mentee)"), int(MeetingExportScope::Kind::Person));
    m_kind->addItem(tr("One cohort"), int(MeetingExportScope::Kind::Cohort));
    form->addRow(tr("Meetings of:"), m_kind);
    m_targets = new ChoiceListModel(this);
    m_target = new SearchableComboBox(this);
    m_target->setObjectName(QStringLiteral("exportScopeTarget"));
    m_target->setAccessibleName(tr("Which one"));
    m_target->setMinimumContentsLength(32);
    m_target->setChoices(m_targets);
    form->addRow(tr("Which:"), m_target);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    layout->addLayout(form);

    auto *include = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(include);
    includeLayout->setSpacing(8);
    m_notes = new QCheckBox(tr("Agenda and shared notes"), include);
    m_notes->setObjectName(QStringLiteral("exportIncludeNotes"));
    m_attendees = new QCheckBox(tr("Mentor's and mentee's e-mail addresses as attendees"), include);
    m_attendees->setObjectName(QStringLiteral("exportIncludeAttendees"));
    auto *never = new QLabel(tr("Private notes are never exported."), include);
    never->setObjectName(QStringLiteral("exportPrivateNotesNever"));
    PageStyle::makeSecondary(never);
    includeLayout->addWidget(m_notes);
    includeLayout->addWidget(m_attendees);
    includeLayout->addWidget(never);
    layout->addWidget(include);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_export, &QPushButton::clicked, this, &IcsExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IcsExportDialog::cancelOrClose);
    connect(browseButton, &QPushButton::clicked, this, &IcsExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IcsExportDialog::fillTargets);
    connect(m_path, &QLineEdit::textChanged, this, &IcsExportDialog::updateButtons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &IcsExportDialog::updateButtons);

    const DatabasePreferences defaults = DefaultsReader(m_context.dataSource()).preferences();
    m_notes->setChecked(defaults.exportIncludeNotes);
    m_attendees->setChecked(defaults.exportIncludeAttendees);
    m_path->setText(QDir::toNativeSeparators(
        QDir(defaultFolder()).filePath(tr("mentoring-meetings") + QStringLiteral(".ics"))));
    // A mentor or mentee exports their own meetings unless they choose otherwise.
    if (m_context.profile && m_context.profile->role != Role::Coordinator)
        m_wanted = MeetingExportScope::person(m_context.profile->personId);
    // The short lists of choices are read on a worker, and again when they change meanwhile.
    m_choicesLoader = new ModelLoader(m_context.dataSource(), CalendarChoices::watched(), this);
    m_choicesLoader->setLoad(&CalendarChoices::fetch, this, &IcsExportDialog::applyChoices);
    connect(m_choicesLoader, &ModelLoader::failed, m_status, &QLabel::setText);
    fillTargets();
    m_choicesLoader->reload();
    resize(560, 0);
}

IcsExportDialog::~IcsExportDialog()
{
    if (m_job)
        m_job->cancel();
}

void IcsExportDialog::applyChoices(CalendarChoices choices, const LoadRequest &)
{
    m_choices = std::move(choices);
    // The wanted scope is chosen on the first load; a later one keeps what is chosen then.
    const bool first = !m_choicesLoaded;
    m_choicesLoaded = true;
    if (first && m_wanted)
        setScope(*m_wanted);
    else
        fillTargets();
    Q_EMIT choicesLoaded();
}

void IcsExportDialog::setScope(const MeetingExportScope &scope)
{
    m_wanted = scope;
    m_kind->setCurrentIndex(m_kind->findData(int(scope.kind)));
    fillTargets();
    const int index = m_target->findData(scope.id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

MeetingExportScope IcsExportDialog::scope() const
{
    MeetingExportScope scope;
    scope.kind = MeetingExportScope::Kind(m_kind->currentData().toInt());
    scope.id = scope.kind == MeetingExportScope::Kind::All ? 0 : m_target->currentData().toLongLong();
    return scope;
}

void IcsExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void IcsExportDialog::fillTargets()
{
    const auto kind = MeetingExportScope::Kind(m_kind->currentData().toInt());
    const QVariant previous = m_target->currentData();
    const QList<CalendarChoices::Choice> *choices = nullptr;
    switch (kind) {
    case MeetingExportScope::Kind::Relationship:
        choices = &m_choices.relationships;
        break;
    case MeetingExportScope::Kind::Person:
        choices = &m_choices.people;
        break;
    case MeetingExportScope::Kind::Cohort:
        choices = &m_choices.cohorts;
        break;
    case MeetingExportScope::Kind::All:
        break;
    }
    m_targets->setChoices(choices ? *choices : QList<CalendarChoices::Choice>{});
    const int again = previous.isValid() ? m_target->findData(previous) : -1;
    m_target->setCurrentIndex(again >= 0 ? again : (m_targets->rowCount() > 0 ? 0 : -1));
    m_target->setEnabled(!m_job && choices && !choices->isEmpty()); // a reload may come mid-export
    if (!choices)
        m_target->setHint(tr("All meetings"));
    else if (!m_choicesLoaded)
        m_target->setHint(tr("Loading…"));
    else
        m_target->setHint(choices->isEmpty() ? tr("None in this database") : QString());
    updateButtons();
}

void IcsExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), m_path->text(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".ics") : path);
}

void IcsExportDialog::updateButtons()
{
    const auto kind = MeetingExportScope::Kind(m_kind->currentData().toInt());
    const bool scopeChosen = kind == MeetingExportScope::Kind::All || m_target->currentIndex() >= 0;
    m_export->setEnabled(!m_job && scopeChosen && !m_path->text().trimmed().isEmpty());
}

bool IcsExportDialog::startExport()
{
    updateButtons();
    if (!m_export->isEnabled())
        return false;
    const MeetingExportScope chosen = scope();
    const QString path = m_path->text().trimmed();
    IcsExportOptions options;
    options.includeNotes = m_notes->isChecked();
    options.includeAttendees = m_attendees->isChecked();
    auto summary = std::make_shared<IcsExportSummary>();
    const DataSource source = m_context.dataSource();

    for (QWidget *input :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_notes),
          static_cast<QWidget *>(m_attendees), static_cast<QWidget *>(m_path)})
        input->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));

    m_job = BackgroundJob::start(
        [source, chosen, path, options, summary](JobControl &control) -> Status {
            auto written = TransferJobs::exportCalendar(source, chosen, path, options, control);
            if (!written)
                return written.error();
            *summary = *written;
            return {};
        },
        this);
    updateButtons();
    connect(m_job, &BackgroundJob::progress, this,
            [this](double fraction, const QString &) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this,
            [this, path, summary](bool ok, const QString &error, bool cancelled) {
                m_job = nullptr;
                m_progress->hide();
                m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
                for (QWidget *input : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_notes),
                                       static_cast<QWidget *>(m_attendees), static_cast<QWidget *>(m_path)})
                    input->setEnabled(true);
                fillTargets();
                if (cancelled)
                    m_status->setText(tr("Export cancelled; no file was written."));
                else if (!ok)
                    m_status->setText(error);
                else
                    m_status->setText(tr("Exported %n event(s) to %1.", nullptr, int(summary->events))
                                          .arg(QDir::toNativeSeparators(path)));
                if (ok && !cancelled) {
                    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
                    Q_EMIT exported(path, summary->events);
                }
                Q_EMIT finished(ok && !cancelled);
            });
    return true;
}

void IcsExportDialog::cancelOrClose()
{
    if (m_job) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    reject();
}

} // namespace trellis
