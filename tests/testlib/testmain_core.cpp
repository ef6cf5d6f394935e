#include "testlib/testregistry.h"
#include "util/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrellisTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tests"));
    trellis::Translations::install(QLocale::c());
    return trellis::test::TestRegistry::runAll(argc, argv) == 0 ? 0 : 1;
}
