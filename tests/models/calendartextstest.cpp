#include "models/calendartexts.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

// A narrow chip in the week or day view (overlaps side by side) shows what fits of its quieter
// line, keeping times whole: the title goes first, then the range's end.
class CalendarTextsTest : public QObject {
    Q_OBJECT

private:
    static AgendaEntry entry(const QString &title)
    {
        AgendaEntry e;
        e.occurrence.startUtc = QDateTime(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        e.occurrence.endUtc = e.occurrence.startUtc + 3600;
        e.occurrence.title = title;
        return e;
    }
    // One unit per character, so the widths below read as characters.
    static qreal characters(const QString &text) { return qreal(text.size()); }

private Q_SLOTS:
    void shouldKeepTimesWholeInANarrowChip()
    {
        const QTimeZone utc = QTimeZone::utc();
        const AgendaEntry titled = entry(QStringLiteral("Mentoring session"));
        // "09:00–10:00" is 11 characters; " · " 3 more; "Ment…" 5.
        QCOMPARE(CalendarTexts::chipDetails(titled, utc, 40, characters),
                 QStringLiteral("09:00–10:00 · Mentoring session"));
        QCOMPARE(CalendarTexts::chipDetails(titled, utc, 19, characters),
                 QStringLiteral("09:00–10:00 · Mentoring session")); // cut in the title
        QCOMPARE(CalendarTexts::chipDetails(titled, utc, 18, characters), QStringLiteral("09:00–10:00"));
        QCOMPARE(CalendarTexts::chipDetails(titled, utc, 11, characters), QStringLiteral("09:00–10:00"));
        QCOMPARE(CalendarTexts::chipDetails(titled, utc, 10, characters), QStringLiteral("09:00"));
        QCOMPARE(CalendarTexts::chipDetails(entry(QString()), utc, 40, characters),
                 QStringLiteral("09:00–10:00"));
    }
};

TRELLIS_REGISTER_TEST(CalendarTextsTest);

#include "calendartextstest.moc"
