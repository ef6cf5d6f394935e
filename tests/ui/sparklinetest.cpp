#include "widgets/sparkline.h"

#include "mentor/menteedelegate.h"
#include "models/contacttrend.h"
#include "models/menteelistmodel.h"
#include "testlib/testregistry.h"
#include "widgets/apppalette.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace trellis;

namespace {

ContactTrend trendOf(QList<int> months, double expected)
{
    ContactTrend trend;
    trend.firstMonth = QDate(2026, 6, 1);
    trend.months = std::move(months);
    trend.expected = expected;
    return trend;
}

// The painted height of the column at x: rows that differ from the background.
int paintedHeight(const QImage &image, int x, const QColor &background)
{
    int height = 0;
    for (int y = 0; y < image.height(); ++y)
        if (image.pixelColor(x, y) != background)
            ++height;
    return height;
}

QImage draw(const ContactTrend &trend, const QPalette &palette, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    Sparkline::paint(&painter, QRect(QPoint(0, 0), size), trend, palette, false);
    return image;
}

} // namespace

// Sparklines of contact per month (issue 11): bars as tall as their months' counts, the cadence's
// level as a line, months below it drawn apart from those that meet it; in the mentor's list at
// the far right of a wide row, and left out of a narrow one.
class SparklineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldDrawEachMonthAsTallAsItsCount_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void shouldDrawEachMonthAsTallAsItsCount()
    {
        QFETCH(bool, dark);
        const QPalette palette = AppPalette::of(dark ? Appearance::Dark : Appearance::Light);
        const ContactTrend trend = trendOf({0, 1, 4, 2, 4, 3}, 0);
        QCOMPARE(Sparkline::width(trend), 6 * Sparkline::BarWidth + 5 * Sparkline::Gap);
        const QSize size(Sparkline::width(trend), 40);
        const QImage image = draw(trend, palette, size);
        const QColor base = palette.color(QPalette::Base);
        const auto barHeight = [&](int month) {
            return paintedHeight(image, month * (Sparkline::BarWidth + Sparkline::Gap) + 2, base);
        };
        QCOMPARE(barHeight(2), 40); // the highest month fills the height
        QCOMPARE(barHeight(4), 40);
        QCOMPARE(barHeight(3), 20);
        QCOMPARE(barHeight(1), 10);
        QCOMPARE(barHeight(0), 1); // a month without contact is a baseline, not nothing
        // The gaps stay the row's colour.
        QCOMPARE(paintedHeight(image, Sparkline::BarWidth, base), 0);
    }

    void shouldSetMonthsBelowTheCadenceApart()
    {
        const QPalette palette = AppPalette::of(Appearance::Light);
        const ContactTrend trend = trendOf({1, 3, 0, 0, 0, 0}, 2.0);
        const QImage image = draw(trend, palette, QSize(Sparkline::width(trend), 30));
        const int low = 2, met = Sparkline::BarWidth + Sparkline::Gap + 2;
        const QColor below = image.pixelColor(low, 29);
        const QColor good = image.pixelColor(met, 29);
        QVERIFY2(below != good, qPrintable(below.name() + QLatin1Char(' ') + good.name()));
        // The cadence's level (2 of a scale of 3) is a dashed line across, a third from the top.
        const QColor base = palette.color(QPalette::Base);
        // The topmost painted row over the months without contact (their bars are a baseline).
        int lineRow = -1;
        for (int y = 0; y < image.height() && lineRow < 0; ++y)
            for (int x = 2 * (Sparkline::BarWidth + Sparkline::Gap); x < image.width(); ++x)
                if (image.pixelColor(x, y) != base)
                    lineRow = y;
        QVERIFY2(lineRow >= 8 && lineRow <= 12, qPrintable(QString::number(lineRow)));
    }

    void shouldShowTheTrendAtTheRightOfAWideMenteeRowOnly()
    {
        const QPalette palette = AppPalette::of(Appearance::Light);
        RelationshipOverviewEntry entry;
        entry.row.relationshipId = 7;
        entry.row.menteeName = QStringLiteral("Ana Lopez");
        entry.row.status = QStringLiteral("active");
        entry.row.cadenceDays = 14;
        MenteeListModel model;
        const auto render = [&](QList<int> months, int width) {
            entry.row.monthlyContacts = std::move(months);
            model.setEntries({entry});
            MenteeDelegate delegate;
            QStyleOptionViewItem option;
            option.palette = palette;
            option.rect = QRect(0, 0, width, 64);
            option.state = QStyle::State_Enabled;
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(palette.color(QPalette::Base));
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0));
            painter.end();
            // The far right, where the sparkline goes.
            return image.copy(QRect(width - 8 - 60, 0, 60, 64));
        };
        QVERIFY(render({0, 0, 0, 0, 0, 0}, 1100) != render({4, 4, 4, 4, 4, 4}, 1100));
        QCOMPARE(render({0, 0, 0, 0, 0, 0}, 560), render({4, 4, 4, 4, 4, 4}, 560));
        QVERIFY(
            model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Contact per month")));
    }
};

TRELLIS_REGISTER_TEST(SparklineTest);
#include "sparklinetest.moc"
