#include "coordinator/coordinatorui.h"

#include "commands/edits.h"
#include "dialogs/pairingdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "models/backgroundjob.h"
#include "models/csvexports.h"
#include "models/pairingchoices.h"
#include "workspace/mainwindow.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <memory>

namespace trellis {

void CoordinatorUi::openPairing(const WorkspaceContext &context, QWidget *parent, std::optional<Id> cohortId,
                                std::optional<Id> personId)
{
    const DataSource data = context.dataSource();
    if (!data.isValid() || !context.edits)
        return;
    // The choices are read on a worker (the roster grows with the programme); the dialog opens after.
    auto choices = std::make_shared<PairingDialog::Choices>();
    auto *job = BackgroundJob::start(
        [data, choices](JobControl &) -> Status {
            auto read = PairingChoices::read(data);
            if (!read)
                return read.error();
            choices->people = std::move(read->people);
            choices->mentorLoads = std::move(read->mentorLoads);
            choices->programmes = std::move(read->programmes);
            choices->cohorts = std::move(read->cohorts);
            return {};
        },
        parent);
    QObject::connect(job, &BackgroundJob::finished, parent,
                     [context, parent, cohortId, personId, choices](bool ok, const QString &error, bool) {
                         if (!ok) {
                             showStatus(parent, error);
                             return;
                         }
                         showPairingDialog(context, parent, std::move(*choices), cohortId, personId);
                     });
}

void CoordinatorUi::showPairingDialog(const WorkspaceContext &context, QWidget *parent,
                                      PairingDialog::Choices choices, std::optional<Id> cohortId,
                                      std::optional<Id> personId)
{
    QList<Person> people = choices.people;
    Edits *edits = context.edits;
    auto *dialog = new PairingDialog(
        std::move(choices), cohortId,
        [edits](const Edits::Pairing &pairing) -> Status {
            auto done = edits->pair(pairing);
            return done ? Status{} : Status(done.error());
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (personId) {
        for (const Person &person : people) {
            if (person.id != *personId)
                continue;
            if (person.isMentor)
                dialog->setMentor(*personId);
            else if (person.isMentee)
                dialog->setMentee(*personId);
        }
    }
    dialog->open();
}

void CoordinatorUi::showStatus(QWidget *widget, const QString &text)
{
    if (!widget)
        return;
    if (auto *window = qobject_cast<MainWindow *>(widget->window()))
        window->showStatusMessage(text);
}

void CoordinatorUi::importRoster(const WorkspaceContext &context, QWidget *parent)
{
    auto *dialog = new RosterImportDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Its status comes from Edits::performed, like every edit.
    dialog->open();
}

void CoordinatorUi::exportRoster(const WorkspaceContext &context, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("trellis::RosterPage", "Export Roster"),
        QCoreApplication::translate("trellis::RosterPage", "roster.csv"),
        QCoreApplication::translate("trellis::RosterPage", "CSV files (*.csv)"));
    const DataSource data = context.dataSource();
    if (path.isEmpty() || !data.isValid())
        return;
    auto count = std::make_shared<int>(0);
    auto *job = BackgroundJob::start(
        [data, path, count](JobControl &) -> Status {
            auto written = CsvExports::writeRoster(data, path);
            if (!written)
                return written.error();
            *count = *written;
            return {};
        },
        parent);
    QObject::connect(
        job, &BackgroundJob::finished, parent, [parent, count, path](bool ok, const QString &error, bool) {
            CoordinatorUi::showStatus(parent, ok ? QCoreApplication::translate("trellis::RosterPage",
                                                                               "Wrote %n person(s) to %1",
                                                                               nullptr, *count)
                                                       .arg(path)
                                                 : error);
        });
}

void CoordinatorUi::exportRelationships(const WorkspaceContext &context, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("trellis::RosterPage", "Export Relationships"),
        QCoreApplication::translate("trellis::RosterPage", "relationships.csv"),
        QCoreApplication::translate("trellis::RosterPage", "CSV files (*.csv)"));
    const DataSource data = context.dataSource();
    if (path.isEmpty() || !data.isValid())
        return;
    auto count = std::make_shared<int>(0);
    const std::optional<Profile> profile = context.profile; // a mentor or mentee exports what they may see
    auto *job = BackgroundJob::start(
        [data, path, count, profile](JobControl &) -> Status {
            auto written = CsvExports::writeRelationships(data, path, profile);
            if (!written)
                return written.error();
            *count = *written;
            return {};
        },
        parent);
    QObject::connect(
        job, &BackgroundJob::finished, parent, [parent, count, path](bool ok, const QString &error, bool) {
            CoordinatorUi::showStatus(
                parent, ok ? QCoreApplication::translate("trellis::RosterPage",
                                                         "Wrote %n relationship(s) to %1", nullptr, *count)
                                 .arg(path)
                           : error);
        });
}

} // namespace trellis
