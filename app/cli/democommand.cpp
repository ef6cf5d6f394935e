#include "cli/democommand.h"

#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString DemoCommand::summary() const
{
    return tr("Fill a new or empty database with a realistic demo programme.");
}

void DemoCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("size"), tr("How much data: small, medium or large."), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Random seed; the same seed gives the same data (default 1)."), QStringLiteral("N"),
                      QStringLiteral("1")});
}

int DemoCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QString sizeText = parser.value(QStringLiteral("size"));
    if (sizeText.isEmpty()) {
        streams.err << tr("demo needs a size: --size small|medium|large") << Qt::endl;
        return 2;
    }
    const auto size = DemoGenerator::sizeFromName(sizeText);
    if (!size) {
        streams.err << tr("Unknown demo size \"%1\"; use small, medium or large.").arg(sizeText) << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        streams.err << tr("The seed must be a non-negative whole number, not \"%1\".")
                           .arg(parser.value(QStringLiteral("seed")))
                    << Qt::endl;
        return 2;
    }

    const QString path = QFileInfo(database).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }

    DemoOptions options;
    options.size = *size;
    options.seed = seed;
    if (isatty(fileno(stderr))) {
        options.progress = [&streams, lastPercent = -1](double fraction, const QString &phase) mutable {
            const int percent = int(fraction * 100);
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            streams.err << QStringLiteral("\r%1% %2").arg(percent, 3).arg(phase, -40) << Qt::flush;
        };
    }
    QElapsedTimer timer;
    timer.start();
    auto generated = DemoGenerator::generate(*opened.value(), options);
    if (options.progress)
        streams.err << QLatin1Char('\r') << QString(50, QLatin1Char(' ')) << QLatin1Char('\r') << Qt::flush;
    if (!generated) {
        opened.value().reset();
        if (!existed) {
            // A file this command created and could not fill is left neither half-made nor behind.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        streams.err << generated.errorMessage() << Qt::endl;
        return 1;
    }
    const DemoSummary &s = generated.value();
    streams.out << tr("Wrote a %1 demo programme (seed %2) to %3 in %4 s:")
                       .arg(DemoGenerator::sizeName(*size))
                       .arg(seed)
                       .arg(path)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    // Each count in its own plural form ("1 programme", "3 cohorts").
    const auto count = [](const char *text, qint64 n) {
        return QCoreApplication::translate("cli", text, nullptr, int(n));
    };
    streams.out << tr("  %1 (%2, %3), %4, %5, %6")
                       .arg(count(QT_TRANSLATE_N_NOOP("cli", "%n person(s)"), s.people),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n mentor(s)"), s.mentors),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n mentee(s)"), s.mentees),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n programme(s)"), s.programmes),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n cohort(s)"), s.cohorts),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n relationship(s)"), s.relationships))
                << Qt::endl;
    streams.out << tr("  %1, %2, %3, %4; %5 in all")
                       .arg(count(QT_TRANSLATE_N_NOOP("cli", "%n meeting row(s)"), s.meetingRows),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n goal(s)"), s.goals),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n progress update(s)"), s.progressUpdates),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n resource(s)"), s.resources),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n row(s)"), s.totalRows))
                << Qt::endl;
    streams.out << tr("  profile: person %1 (mentor)").arg(s.profilePersonId) << Qt::endl;
    return 0;
}

} // namespace trellis::cli
