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

    void shouldImportACsvListOfLinksAllOrNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("add-resource"), db, QStringLiteral("--url"),
                         QStringLiteral("https://example.org/cv"), QStringLiteral("--title"),
                         QStringLiteral("CV")})
                     .exitCode,
                 0);
        const auto write = [&](const QString &name, const QByteArray &text) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(text);
            return path;
        };
        // A bad date on line 3: nothing is added, the message names file, line and field.
        const QString bad = write(QStringLiteral("bad.csv"), "url,title,deadline\n"
                                                             "https://example.org/a,A,\n"
                                                             "https://example.org/b,B,tomorrow\n");
        CliResult result = runCli({QStringLiteral("add-resource"), db, QStringLiteral("--csv"), bad});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("bad.csv, line 3, field \u201cdeadline\u201d")),
                 qPrintable(result.err));
        QCOMPARE(runCli({QStringLiteral("resources"), db}).out.count(QLatin1Char('\n')), 1);

        // A good list: the new ones added, the duplicate named and left out.
        const QString good = write(QStringLiteral("good.csv"), "url,title,tags\n"
                                                               "https://example.org/a,A,career;events\n"
                                                               "https://example.org/CV,CV again,\n");
        result = runCli({QStringLiteral("add-resource"), db, QStringLiteral("--csv"), good});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Line 3")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Added 1 link")));
        const CliResult all = runCli({QStringLiteral("resources"), db});
        QCOMPARE(all.out.count(QLatin1Char('\n')), 2);
        QVERIFY(all.out.contains(QStringLiteral("#career #events")));
    }
};

TRELLIS_REGISTER_TEST(CliResourcesTest);

#include "cliresourcestest.moc"
