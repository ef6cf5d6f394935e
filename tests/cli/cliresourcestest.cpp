#include "cli/clirunner.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis::test;

// trellis-cli resources and add-resource (issue 12, item 6).
class CliResourcesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldAddLinksAndFilesAndSearchThem()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), db}).exitCode, 0);

        // A link with tags, and a Markdown file whose text only the file holds
        CliResult added = runCli({QStringLiteral("add-resource"), db, QStringLiteral("--url"),
                                  QStringLiteral("https://example.org/cv"), QStringLiteral("--title"),
                                  QStringLiteral("CV template"), QStringLiteral("--tags"),
                                  QStringLiteral("career, writing")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("CV template")));
        const QString notes = dir.filePath(QStringLiteral("interview-notes.md"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Interviews\n\nPractise the **STAR** method with a friend.");
        file.close();
        added = runCli({QStringLiteral("add-resource"), db, QStringLiteral("--file"), notes});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        // The same link again is refused
        const CliResult again = runCli({QStringLiteral("add-resource"), db, QStringLiteral("--url"),
                                        QStringLiteral("https://example.org/CV")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already in the library")), qPrintable(again.err));
        // Neither or both of --url and --file: a usage error
        QCOMPARE(runCli({QStringLiteral("add-resource"), db}).exitCode, 2);
        QCOMPARE(
            runCli({QStringLiteral("resources"), db, QStringLiteral("--kind"), QStringLiteral("podcast")})
                .exitCode,
            2);

        // Listed by title; a search finds the text inside the file, its word marked
        const CliResult all = runCli({QStringLiteral("resources"), db});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.count(QLatin1Char('\n')), 2);
        QVERIFY(all.out.startsWith(
            QStringLiteral("1\tlink\tCV template\t#career #writing\thttps://example.org/cv")));
        const CliResult star =
            runCli({QStringLiteral("resources"), db, QStringLiteral("--search"), QStringLiteral("star")});
        QCOMPARE(star.exitCode, 0);
        QVERIFY2(star.out.contains(QStringLiteral("interview-notes")), qPrintable(star.out));
        QVERIFY(star.out.contains(QStringLiteral("[STAR]")));
        QVERIFY(!star.out.contains(QStringLiteral("CV template")));

        const CliResult json = runCli({QStringLiteral("resources"), db, QStringLiteral("--kind"),
                                       QStringLiteral("link"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("CV template"));
        QCOMPARE(array.first().toObject().value(QStringLiteral("tags")).toArray().size(), 2);
    }
};

TRELLIS_REGISTER_TEST(CliResourcesTest);

#include "cliresourcestest.moc"
