#include "widgets/applicationicon.h"

#include "testlib/testregistry.h"
#include "workspace/mainwindow.h"

#include <QImage>
#include <QTest>

using namespace trellis;

// The application's own icon is compiled in at every size the window and the desktop ask for,
// and is not the stock calendar icon the desktop entry used to borrow (issue 18).
class ApplicationIconTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldCarryTheIconAtEverySize()
    {
        const QIcon icon = ApplicationIcon::builtIn();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        // The drawing: the green of the tile at its centre-left, the cream of the frame at its top
        const QImage image = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(image.size(), QSize(256, 256));
        const QColor tile = image.pixelColor(24, 128);
        QVERIFY2(tile.green() > tile.red() + 40 && tile.green() > tile.blue(), qPrintable(tile.name()));
        const QColor frame = image.pixelColor(128, 40);
        QVERIFY2(frame.red() > 220 && frame.green() > 220, qPrintable(frame.name()));
    }

    void shouldShowItOnTheMainWindow()
    {
        MainWindow window;
        QCOMPARE(window.windowIcon().pixmap(QSize(32, 32)).toImage(),
                 ApplicationIcon::icon().pixmap(QSize(32, 32)).toImage());
    }
};

TRELLIS_REGISTER_TEST(ApplicationIconTest);

#include "applicationicontest.moc"
