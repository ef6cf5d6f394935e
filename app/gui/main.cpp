#include "gui/guiapplication.h"
#include "models/meetingtime.h"
#include "services/preferences.h"
#include "util/translations.h"
#include "widgets/applicationicon.h"
#include "widgets/apppalette.h"
#include "workspace/responsivenessprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt aborts with a terse message; say how to run Trellis instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// `--probe-responsiveness ROLE`: the figures benchmarks and closing notes quote.
int runProbe(trellis::GuiApplication &trellisApp, bool opened, const QString &role)
{
    QTextStream out(stdout);
    if (!opened) {
        out << QStringLiteral("probe: cannot open the database") << Qt::endl;
        return EXIT_FAILURE;
    }
    trellis::ResponsivenessProbe probe(trellisApp.window());
    QObject::connect(&probe, &trellis::ResponsivenessProbe::finished, qApp, &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    probe.start([&trellisApp, role] { return trellisApp.previewRole(role); });
    QApplication::exec();
    for (const QString &line : probe.log())
        out << QStringLiteral("probe: ") << line << Qt::endl;
    out << QStringLiteral("probe: role %1, %2 ms in all, longest stall %3 ms, stalls over 100 ms: %4")
               .arg(role)
               .arg(clock.elapsed())
               .arg(probe.longestGapMs())
               .arg(probe.stallsOver(100))
        << Qt::endl;
    return EXIT_SUCCESS;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs(
            "trellis: no display found. Trellis is a desktop application; on a machine without a screen, "
            "run it under a virtual one:\n  xvfb-run -s '-screen 0 1440x900x24' trellis [DATABASE]\n",
            stderr);
        return EXIT_FAILURE;
    }
    QApplication app(argc, argv);
    // No organisation name, so data lives in ~/.local/share/Trellis (the domain names the settings file).
    QCoreApplication::setOrganizationDomain(QStringLiteral("trellis.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Trellis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRELLIS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Trellis"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.trellis.Trellis"));
    QGuiApplication::setWindowIcon(trellis::ApplicationIcon::icon());
    // Breeze (bundled with the package) fills in names the desktop's theme lacks.
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("breeze"));

    // The language chosen in Preferences (applied at start), else the system's; so are the
    // colours and the zone meeting times are shown in.
    const trellis::UserPreferences user = trellis::Preferences::loadUser(QSettings());
    trellis::AppPalette::apply(user.appearance);
    trellis::MeetingTime::setDisplay(user.timeDisplay);
    const QString language = user.language;
    const QLocale uiLocale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    trellis::Translations::install(uiLocale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Trellis — mentoring programmes on your desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "The database file to open (created if missing)."),
        QStringLiteral("[DATABASE]"));
    const QCommandLineOption probeOption(
        QStringLiteral("probe-responsiveness"),
        QCoreApplication::translate(
            "main", "Open every place of the workspace for ROLE (mentor, mentee or "
                    "coordinator), scroll it, print the longest stall of the window and quit."),
        QStringLiteral("ROLE"));
    parser.addOption(probeOption);
    parser.process(app);

    trellis::GuiApplication trellisApp;
    const bool opened = trellisApp.start(parser.positionalArguments().value(0));
    if (parser.isSet(probeOption))
        return runProbe(trellisApp, opened, parser.value(probeOption));
    return QApplication::exec();
}
