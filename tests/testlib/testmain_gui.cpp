#include "testlib/testregistry.h"
#include "util/translations.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrellisTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tests"));
    QStandardPaths::setTestModeEnabled(true);
    trellis::Translations::install(QLocale::c()); // QSettings and data go to test locations
    return trellis::test::TestRegistry::runAll(argc, argv) == 0 ? 0 : 1;
}
