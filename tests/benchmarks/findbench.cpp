// trellis-findbench: Edit ▸ Find on a large database (the `large` demo:
//   trellis-cli demo /tmp/large.sqlite --size large).
//   trellis-findbench DB [TEXT...]   (default texts: "ma", "abena", "aws cert", "abena b")
// For each run the database file is first dropped from the operating system's cache
// (posix_fadvise, Linux), so "cold" is a first search after the computer read nothing of it.
// The dialog shows a search's groups together, so a search's time is the time to its first result.
// Prints "phase<TAB>ms<TAB>details" on stdout (details end with the process's CPU ms for the phase,
// which says more than the wall time on a busy machine):
//   cold-search     the first search on a new connection to a cold file
//   warm-index      SearchQuery::warm() on a cold file (the app runs it after its first paint)
//   warmed-search   the first search after that warm-up
//   warm-search     each text once more, everything cached
#include "storage/databasecheck.h"
#include "storage/migrations.h"
#include "storage/readonlyconnection.h"
#include "storage/searchquery.h"
#include "storage/sqlitedialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

using namespace trellis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

std::clock_t s_cpu = 0;

void startCpu()
{
    s_cpu = std::clock();
}

void print(const char *phase, qint64 nanoseconds, const QString &details)
{
    const double cpuMs = 1000.0 * double(std::clock() - s_cpu) / CLOCKS_PER_SEC;
    std::printf("%s\t%.1f\t%s (cpu %.1f ms)\n", phase, double(nanoseconds) / 1e6, qPrintable(details), cpuMs);
    std::fflush(stdout);
}

// Drops the file (and its -wal) from the page cache; false when the system does not allow it.
bool evict(const QString &path)
{
    bool ok = true;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        if (!QFile::exists(file))
            continue;
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0) {
            ok = false;
            continue;
        }
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
}

QString describe(const SearchResults &results)
{
    int hits = 0;
    for (const SearchGroup &group : results.groups)
        hits += int(group.hits.size());
    return QStringLiteral("\"%1\": %2 hits in %3 groups")
        .arg(results.text)
        .arg(hits)
        .arg(results.groups.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return fail(QStringLiteral("usage: trellis-findbench DB [TEXT...]"));
    const QString path = args.takeFirst();
    const QStringList texts = args.isEmpty()
                                  ? QStringList{QStringLiteral("ma"), QStringLiteral("abena"),
                                                QStringLiteral("aws cert"), QStringLiteral("abena b")}
                                  : args;
    const QString first = texts.first();
    const QString evicted = evict(path) ? QStringLiteral("file evicted from the OS cache")
                                        : QStringLiteral("OS cache NOT evicted");

    // Read only: a benchmark must never migrate or otherwise change the file it measures.
    if (const Status usable = DatabaseCheck::preflight(path); !usable)
        return fail(usable.errorMessage());
    {
        ReadOnlyConnection db(path);
        if (!db.isOpen())
            return fail(db.errorText());
        const Result<int> version = SqliteDialect::instance().schemaVersion(db.db());
        if (!version || *version != Migrations::latestVersion())
            return fail(
                QStringLiteral("%1: schema %2, this build searches schema %3; open it once in Trellis first")
                    .arg(path)
                    .arg(version ? *version : -1)
                    .arg(Migrations::latestVersion()));
        evict(path);
        QElapsedTimer clock;
        startCpu();
        clock.start();
        auto results = SearchQuery(db.db()).run(first);
        const qint64 ns = clock.nsecsElapsed();
        if (!results)
            return fail(results.errorMessage());
        print("cold-search", ns, describe(*results) + QStringLiteral(", ") + evicted);
    }
    {
        ReadOnlyConnection db(path);
        if (!db.isOpen())
            return fail(db.errorText());
        evict(path);
        QElapsedTimer clock;
        startCpu();
        clock.start();
        const Status warmed = SearchQuery(db.db()).warm();
        if (!warmed)
            return fail(warmed.errorMessage());
        print("warm-index", clock.nsecsElapsed(), QStringLiteral("SearchQuery::warm() on a cold file"));
        startCpu();
        clock.restart();
        auto results = SearchQuery(db.db()).run(first);
        const qint64 ns = clock.nsecsElapsed();
        if (!results)
            return fail(results.errorMessage());
        print("warmed-search", ns, describe(*results) + QStringLiteral(", first search after the warm-up"));
        for (const QString &text : texts) {
            startCpu();
            clock.restart();
            auto again = SearchQuery(db.db()).run(text);
            const qint64 warm = clock.nsecsElapsed();
            if (!again)
                return fail(again.errorMessage());
            print("warm-search", warm, describe(*again));
        }
    }
    return 0;
}
