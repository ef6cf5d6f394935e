#include "models/idlistmodel.h"

#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {

struct Item {
    Id id = 0;
    QString name;
    bool operator==(const Item &) const = default;
};

// The smallest live list model: one column with the name.
class ItemModel final : public IdListModel<Item> {
public:
    enum Column { Name, ColumnCount };

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return itemAt(index.row()).name;
    }
    QStringList names() const
    {
        QStringList result;
        for (const Item &item : items())
            result << item.name;
        return result;
    }

protected:
    Id idOf(const Item &item) const override { return item.id; }
};

QList<Item> itemsOf(const QString &spec)
{
    // "a1 b2 c3": name letter, id digit(s)
    QList<Item> result;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.append({word.mid(1).toLongLong(), word});
    return result;
}

// The signals a model sent, as words ("removed 1-1", "inserted 0-2", "moved 2->0", "changed 1-1").
class Recorder {
public:
    explicit Recorder(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::modelReset, [this] { log << QStringLiteral("reset"); });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved,
                         [this](const QModelIndex &, int first, int last) {
                             log << QStringLiteral("removed %1-%2").arg(first).arg(last);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsInserted,
                         [this](const QModelIndex &, int first, int last) {
                             log << QStringLiteral("inserted %1-%2").arg(first).arg(last);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsMoved,
                         [this](const QModelIndex &, int first, int, const QModelIndex &, int to) {
                             log << QStringLiteral("moved %1->%2").arg(first).arg(to);
                         });
        QObject::connect(model, &QAbstractItemModel::dataChanged,
                         [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             log << QStringLiteral("changed %1-%2").arg(topLeft.row()).arg(bottomRight.row());
                         });
    }
    QStringList log;
};

} // namespace

class IdListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyAFullResultByDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expectedSignals");

        QTest::newRow("first load inserts") << QStringLiteral("") << QStringLiteral("a1 b2 c3")
                                            << QStringList{QStringLiteral("inserted 0-2")};
        QTest::newRow("same rows send nothing")
            << QStringLiteral("a1 b2 c3") << QStringLiteral("a1 b2 c3") << QStringList{};
        QTest::newRow("one changed row") << QStringLiteral("a1 b2 c3") << QStringLiteral("a1 B2 c3")
                                         << QStringList{QStringLiteral("changed 1-1")};
        QTest::newRow("neighbouring changes in one range")
            << QStringLiteral("a1 b2 c3 d4") << QStringLiteral("a1 B2 C3 d4")
            << QStringList{QStringLiteral("changed 1-2")};
        QTest::newRow("removal in the middle") << QStringLiteral("a1 b2 c3") << QStringLiteral("a1 c3")
                                               << QStringList{QStringLiteral("removed 1-1")};
        QTest::newRow("two runs removed from the end first")
            << QStringLiteral("a1 b2 c3 d4 e5") << QStringLiteral("a1 d4")
            << QStringList{QStringLiteral("removed 4-4"), QStringLiteral("removed 1-2")};
        QTest::newRow("insertion in the middle") << QStringLiteral("a1 c3") << QStringLiteral("a1 b2 x9 c3")
                                                 << QStringList{QStringLiteral("inserted 1-2")};
        QTest::newRow("everything replaced")
            << QStringLiteral("a1 b2") << QStringLiteral("c3")
            << QStringList{QStringLiteral("removed 0-1"), QStringLiteral("inserted 0-0")};
        QTest::newRow("a renamed row moves to its new place")
            << QStringLiteral("a1 b2 c3") << QStringLiteral("C3 a1 b2")
            << QStringList{QStringLiteral("moved 2->0"), QStringLiteral("changed 0-0")};
        QTest::newRow("emptied") << QStringLiteral("a1 b2") << QStringLiteral("")
                                 << QStringList{QStringLiteral("removed 0-1")};
    }

    void shouldApplyAFullResultByDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expectedSignals);

        // GIVEN a model holding `before`
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(itemsOf(before));
        Recorder recorder(&model);

        // WHEN the full result `after` is applied
        model.setItems(itemsOf(after));

        // THEN the model holds `after` in its order, told with these row signals and never a reset
        QStringList expected;
        for (const Item &item : itemsOf(after))
            expected << item.name;
        QCOMPARE(model.names(), expected);
        QCOMPARE(recorder.log, expectedSignals);
        for (const Item &item : itemsOf(after))
            QCOMPARE(model.rowOf(item.id), int(expected.indexOf(item.name)));
    }

    void shouldApplyAPartialResultForTheGivenIdsOnly()
    {
        // GIVEN a model with three rows
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(itemsOf(QStringLiteral("a1 b2 c3")));
        Recorder recorder(&model);

        // WHEN ids 2, 4 and 1 were re-read: 2 changed, 4 is new, 1 is gone (asked for, not found)
        model.updateItems({2, 4, 1}, itemsOf(QStringLiteral("B2 d4")));

        // THEN exactly those rows change: 2 in place, 4 appended, 1 removed
        QCOMPARE(model.names(),
                 (QStringList{QStringLiteral("B2"), QStringLiteral("c3"), QStringLiteral("d4")}));
        QCOMPARE(recorder.log, (QStringList{QStringLiteral("changed 1-1"), QStringLiteral("inserted 3-3"),
                                            QStringLiteral("removed 0-0")}));
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(model.rowOf(4), 2);
        QCOMPARE(model.find(2)->name, QStringLiteral("B2"));
    }

    void shouldSendNothingForAnUnchangedPartialResult()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(itemsOf(QStringLiteral("a1 b2")));
        Recorder recorder(&model);
        model.updateItems({2, 7}, itemsOf(QStringLiteral("b2"))); // 7 was never shown
        QVERIFY2(recorder.log.isEmpty(), qPrintable(recorder.log.join(QLatin1Char(','))));
    }
};

TRELLIS_REGISTER_TEST(IdListModelTest);

#include "idlistmodeltest.moc"
