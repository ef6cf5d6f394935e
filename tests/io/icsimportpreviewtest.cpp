#include "io/icsimportpreview.h"

#include "io/icsimporter.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

class IcsImportPreviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldForeseeTheImportAndWriteNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("skipInvalid");
        QTest::newRow("series and overrides") << QStringLiteral("valid/icaljs_recur_instances.ics") << false;
        QTest::newRow("many events") << QStringLiteral("valid/rie_machbar_16_feb_2019.ics") << false;
        QTest::newRow("refused") << QStringLiteral("malformed/nodeical_badRRULE.ics") << false;
        QTest::newRow("skip invalid") << QStringLiteral("malformed/nodeical_badRRULE.ics") << true;
    }

    void shouldForeseeTheImportAndWriteNothing()
    {
        QFETCH(QString, file);
        QFETCH(bool, skipInvalid);
        const QString path = QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + file;
        // GIVEN the sample programme
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        const QString before = dumpDatabase(temp.db().connection());

        // WHEN the import is previewed THEN nothing changes
        auto preview = IcsImportPreview::run(temp.db(), path, d.relationship, skipInvalid);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.errorMessage()));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
        QVERIFY(preview->changes.isEmpty());

        // AND the real import does what the preview said
        IcsImporter importer(temp.db());
        importer.setSkipInvalid(skipInvalid);
        auto imported = importer.importFile(path, d.relationship);
        QVERIFY(imported.ok());
        QCOMPARE(preview->refused, imported->refused);
        QCOMPARE(preview->events, imported->events);
        QCOMPARE(preview->added, imported->added);
        QCOMPARE(preview->updated, imported->updated);
        QCOMPARE(preview->unchanged, imported->unchanged);
        QCOMPARE(preview->skipped, imported->skipped);
        QCOMPARE(preview->warnings.size(), imported->warnings.size());

        // AND a second preview sees the imported events as unchanged
        auto again = IcsImportPreview::run(temp.db(), path, d.relationship, skipInvalid);
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, imported->added + imported->updated);
    }
};

TRELLIS_REGISTER_TEST(IcsImportPreviewTest);

#include "icsimportpreviewtest.moc"
