// trellis-crashwriter DATABASE: the writer the crash test kills. It performs edits of four kinds,
// one after another, and prints "ack KIND NAME" only after each edit's transaction committed:
//   person P<n>   a person (one row)
//   pair M<n>     a new mentee and their relationship with the first mentor, in one edit
//   goal G<n>     a goal of the newest relationship
//   update U<n>   a progress update of the newest goal (its note is U<n>)
// It runs until killed; a failed edit ends it with exit 1 and the error on stderr.
#include "domain/goal.h"
#include "domain/pairing.h"
#include "domain/person.h"
#include "domain/progressupdate.h"
#include "services/goalservice.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace trellis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void ack(const char *kind, const QString &name)
{
    std::printf("ack %s %s\n", kind, qPrintable(name));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 3)
        return fail(QStringLiteral("usage: trellis-crashwriter DATABASE MENTOR-ID"));
    auto opened = Database::open(app.arguments().at(1));
    if (!opened)
        return fail(opened.errorMessage());
    Database &db = **opened;
    const Id mentor = app.arguments().at(2).toLongLong();
    PeopleService people(db);
    RelationshipService relationships(db);
    GoalService goals(db);
    Id relationship = 0;
    Id goal = 0;
    // Names continue where an earlier (killed) run stopped: the process id keeps them apart.
    const QString run = QString::number(QCoreApplication::applicationPid());
    for (qint64 n = 0;; ++n) {
        const QString suffix = run + QLatin1Char('-') + QString::number(n);
        switch (n % 4) {
        case 0: {
            Person person;
            person.displayName = QStringLiteral("P") + suffix;
            auto done = people.createPerson(person);
            if (!done)
                return fail(done.errorMessage());
            ack("person", person.displayName);
            break;
        }
        case 1: {
            Person mentee;
            mentee.displayName = QStringLiteral("M") + suffix;
            mentee.isMentee = true;
            Pairing pairing;
            pairing.mentorId = mentor;
            pairing.active = true;
            auto done = relationships.addAndPair(mentee, pairing);
            if (!done)
                return fail(done.errorMessage());
            relationship = done->primaryId;
            ack("pair", mentee.displayName);
            break;
        }
        case 2: {
            Goal g;
            g.relationshipId = relationship;
            g.title = QStringLiteral("G") + suffix;
            auto done = goals.createGoal(g);
            if (!done)
                return fail(done.errorMessage());
            goal = done->primaryId;
            ack("goal", g.title);
            break;
        }
        case 3: {
            ProgressUpdate update;
            update.goalId = goal;
            update.recordedOn = QDate(2026, 1, 1).addDays(int(n % 300));
            update.value = double(n % 100);
            update.note = QStringLiteral("U") + suffix;
            auto done = goals.recordProgress(update);
            if (!done)
                return fail(done.errorMessage());
            ack("update", update.note);
            break;
        }
        }
    }
}
