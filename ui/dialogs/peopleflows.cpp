#include "dialogs/peopleflows.h"

#include "commands/edits.h"
#include "dialogs/persondialog.h"
#include "models/backgroundjob.h"
#include "models/pairingchoices.h"
#include "workspace/mainwindow.h"

#include <QCoreApplication>

#include <memory>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::PeopleFlows", text);
}

// Reads the roster on a worker, then calls `open` with it on the GUI thread (while `parent` lives).
void withPeople(const WorkspaceContext &context, QWidget *parent,
                std::function<void(const QList<Person> &people)> open)
{
    const DataSource data = context.dataSource();
    if (!data.isValid() || !context.edits)
        return;
    auto people = std::make_shared<QList<Person>>();
    auto *job = BackgroundJob::start(
        [data, people](JobControl &) -> Status {
            auto read = PairingChoices::read(data);
            if (!read)
                return read.error();
            *people = std::move(read->people);
            return {};
        },
        parent);
    QObject::connect(job, &BackgroundJob::finished, parent,
                     [parent, people, open = std::move(open)](bool ok, const QString &error, bool) {
                         if (!ok) {
                             if (auto *window = qobject_cast<MainWindow *>(parent->window()))
                                 window->showStatusMessage(error);
                             return;
                         }
                         open(*people);
                     });
}

} // namespace

std::optional<Role> PeopleFlows::partnerRole(const WorkspaceContext &context)
{
    if (!context.profile)
        return std::nullopt;
    switch (context.profile->role) {
    case Role::Mentor:
        return Role::Mentee;
    case Role::Mentee:
        return Role::Mentor;
    case Role::Coordinator:
        break;
    }
    return std::nullopt;
}

QString PeopleFlows::addPartnerText(const WorkspaceContext &context)
{
    const std::optional<Role> role = partnerRole(context);
    if (!role)
        return {};
    return *role == Role::Mentee ? tr("Add a Mentee…") : tr("Add Your Mentor…");
}

void PeopleFlows::addPartner(const WorkspaceContext &context, QWidget *parent,
                             std::function<void(Id relationshipId)> paired)
{
    const std::optional<Role> role = partnerRole(context);
    if (!role)
        return;
    const Id you = context.profile->personId;
    Edits *edits = context.edits;
    withPeople(context, parent, [edits, parent, you, role, paired](const QList<Person> &people) {
        Person blank;
        blank.setRole(*role);
        if (*role == Role::Mentor)
            blank.capacity = 1; // room for you
        auto *dialog = new PersonDialog(
            people, blank,
            [edits, you, role, paired](const Person &person) -> Status {
                Edits::Pairing pairing;
                (*role == Role::Mentee ? pairing.mentorId : pairing.menteeId) = you;
                pairing.active = true;
                auto done = edits->addAndPair(person, pairing);
                if (!done)
                    return done.error();
                if (paired)
                    paired(done->primaryId);
                return {};
            },
            parent);
        dialog->setWindowTitle(*role == Role::Mentee ? tr("Add a Mentee") : tr("Add Your Mentor"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });
}

void PeopleFlows::addPerson(const WorkspaceContext &context, QWidget *parent)
{
    Edits *edits = context.edits;
    withPeople(context, parent, [edits, parent](const QList<Person> &people) {
        Person blank;
        blank.isMentee = true;
        auto *dialog = new PersonDialog(
            people, blank,
            [edits](const Person &person) -> Status {
                auto done = edits->addPerson(person);
                return done ? Status{} : Status(done.error());
            },
            parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });
}

} // namespace trellis
