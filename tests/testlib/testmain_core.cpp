#include "testlib/testregistry.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrellisTests"));
    // Each test binary its own settings: ctest runs them side by side.
    QCoreApplication::setApplicationName(QStringLiteral("tests-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    trellis::Translations::install(QLocale::c());
    return trellis::test::TestRegistry::runAll(argc, argv) == 0 ? 0 : 1;
}
