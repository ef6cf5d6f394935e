#include "testlib/testregistry.h"
#include "util/translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrellisTests"));
    // Each test binary its own settings: ctest runs them side by side.
    QCoreApplication::setApplicationName(QStringLiteral("tests-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QStandardPaths::setTestModeEnabled(true);
    trellis::Translations::install(QLocale::c()); // QSettings and data go to test locations
    return trellis::test::TestRegistry::runAll(argc, argv) == 0 ? 0 : 1;
}
