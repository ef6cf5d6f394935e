#include "models/icspreviewmodel.h"

#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {

// Two events added or updated (in file order) and one skipped with two reasons.
IcsImportReport sample()
{
    IcsImportReport report;
    report.events = 2;
    report.added = 1;
    report.updated = 1;
    report.skipped = 1;
    report.changedEvents.push_back({12, QStringLiteral("uid-1"), QStringLiteral("Kick-off"), false, {}});
    report.changedEvents.push_back({30, QStringLiteral("uid-2"), QString(), true, {}});
    IcsSkippedEvent skipped;
    skipped.line = 44;
    skipped.summary = QStringLiteral("Broken");
    skipped.problems = {{45, QStringLiteral("Line 45: no DTSTART")},
                        {46, QStringLiteral("Line 46: bad RRULE")}};
    report.skippedEvents.push_back(skipped);
    return report;
}

QString text(const IcsPreviewModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class IcsPreviewModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldListChangedEventsThenSkippedOnes()
    {
        IcsPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(IcsPreviewModel::ColumnCount));
        QCOMPARE(model.headerData(IcsPreviewModel::ActionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Import"));
        QCOMPARE(model.headerData(IcsPreviewModel::LineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Line"));

        model.setReport(sample());

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, IcsPreviewModel::ActionColumn), QStringLiteral("Add"));
        QCOMPARE(text(model, 0, IcsPreviewModel::EventColumn), QStringLiteral("Kick-off"));
        QCOMPARE(model.data(model.index(0, IcsPreviewModel::LineColumn)).toInt(), 12);
        QCOMPARE(text(model, 1, IcsPreviewModel::ActionColumn), QStringLiteral("Update"));
        QCOMPARE(text(model, 1, IcsPreviewModel::EventColumn), QStringLiteral("(no title)"));
        QCOMPARE(model.data(model.index(1, 0), IcsPreviewModel::ActionRole).toInt(),
                 int(IcsPreviewModel::Action::Update));
        QCOMPARE(text(model, 2, IcsPreviewModel::ActionColumn), QStringLiteral("Skip"));
        QCOMPARE(model.data(model.index(2, 0), IcsPreviewModel::LineRole).toInt(), 44);
        // A skipped event tells why, an imported one has no tooltip.
        QCOMPARE(text(model, 2, IcsPreviewModel::EventColumn, Qt::ToolTipRole),
                 QStringLiteral("Line 45: no DTSTART\nLine 46: bad RRULE"));
        QCOMPARE(model.data(model.index(2, 0), IcsPreviewModel::ReasonsRole).toStringList().size(), 2);
        QVERIFY(!model.data(model.index(0, IcsPreviewModel::EventColumn), Qt::ToolTipRole).isValid());
        // Only the skipped row reads quieter; line numbers align right.
        QVERIFY(model.data(model.index(2, IcsPreviewModel::ActionColumn), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(0, IcsPreviewModel::ActionColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(0, IcsPreviewModel::LineColumn), Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    void shouldReplaceThePreviewAndClearIt()
    {
        IcsPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new preview replaces the old one…
        IcsImportReport other;
        other.changedEvents.push_back({3, QStringLiteral("uid-9"), QStringLiteral("Only"), false, {}});
        model.setReport(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, IcsPreviewModel::EventColumn), QStringLiteral("Only"));

        // …and clearing empties it (once: an empty model stays quiet).
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
        model.clear();
        QCOMPARE(reset.count(), 2);
        // A refused file lists no events.
        IcsImportReport refused;
        refused.refused = true;
        refused.errors = {{1, QStringLiteral("Line 1: not an iCalendar file")}};
        model.setReport(refused);
        QCOMPARE(model.rowCount(), 0);
    }
};

TRELLIS_REGISTER_TEST(IcsPreviewModelTest);

#include "icspreviewmodeltest.moc"
