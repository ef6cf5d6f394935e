#include "widgets/placeholdertreeview.h"

#include "testlib/testregistry.h"

#include <QDir>
#include <QStandardItemModel>
#include <QTest>

using namespace trellis;

class PlaceholderTreeViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSayItsPlaceholderOnlyWhileEmpty()
    {
        // GIVEN an empty model with headers in the view
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Action"), QStringLiteral("Who"), QStringLiteral("Due")});
        PlaceholderTreeView view;
        view.setRootIsDecorated(false);
        view.setModel(&model);
        view.resize(420, 160);
        QVERIFY(!view.showsPlaceholder()); // no text yet
        view.setPlaceholderText(
            QStringLiteral("Nothing to do yet — actions agreed in meetings appear here."));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // THEN it shows the placeholder, painted into the first row's place
        QVERIFY(view.showsPlaceholder());
        const QImage empty = view.viewport()->grab().toImage();
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("placeholder-tree.png"))));
        const QColor background = empty.pixelColor(empty.width() - 2, empty.height() - 2);
        bool painted = false;
        for (int x = 0; x < empty.width() / 2 && !painted; ++x)
            for (int y = 0; y < view.fontMetrics().height() + 4 && !painted; ++y)
                painted = empty.pixelColor(x, y) != background;
        QVERIFY(painted);

        // WHEN a row arrives THEN the placeholder goes
        model.appendRow(
            {new QStandardItem(QStringLiteral("Send the CV")), new QStandardItem, new QStandardItem});
        QVERIFY(!view.showsPlaceholder());
    }
};

TRELLIS_REGISTER_TEST(PlaceholderTreeViewTest);

#include "placeholdertreeviewtest.moc"
