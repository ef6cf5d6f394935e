#include "models/recurrencetexts.h"

#include "calendar/recurrencerule.h"

#include <QLocale>

namespace trellis {

QString RecurrenceTexts::weekday(Qt::DayOfWeek day, int position)
{
    const QString name = QLocale().dayName(day, QLocale::LongFormat);
    switch (position) {
    case 0:
        return name;
    case 1:
        return tr("first %1").arg(name);
    case 2:
        return tr("second %1").arg(name);
    case 3:
        return tr("third %1").arg(name);
    case 4:
        return tr("fourth %1").arg(name);
    case -1:
        return tr("last %1").arg(name);
    case -2:
        return tr("second-to-last %1").arg(name);
    default:
        return tr("%1 number %2").arg(name).arg(position);
    }
}

QString RecurrenceTexts::describe(const QString &rrule, const QDate &start, const QTimeZone &zone)
{
    if (rrule.trimmed().isEmpty())
        return {};
    const auto parsed = RecurrenceRule::parse(rrule.trimmed());
    if (!parsed)
        return rrule;
    const RecurrenceRule &rule = *parsed;
    const int n = rule.interval();
    QString text;
    switch (rule.frequency()) {
    case RecurrenceRule::Frequency::Secondly:
        text = tr("Every %n second(s)", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Minutely:
        text = tr("Every %n minute(s)", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Hourly:
        text = tr("Every %n hour(s)", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Daily:
        text = n == 1 ? tr("Every day") : tr("Every %n days", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Weekly:
        text = n == 1 ? tr("Every week") : tr("Every %n weeks", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Monthly:
        text = n == 1 ? tr("Every month") : tr("Every %n months", nullptr, n);
        break;
    case RecurrenceRule::Frequency::Yearly:
        text = n == 1 ? tr("Every year") : tr("Every %n years", nullptr, n);
        break;
    }
    const QList<RecurrenceRule::WeekdayNum> days = rule.byDay();
    QStringList names;
    for (const RecurrenceRule::WeekdayNum &day : days)
        names << (day.position == 0 ? weekday(day.weekday)
                                    : tr("the %1").arg(weekday(day.weekday, day.position)));
    const QLocale locale;
    if (!names.isEmpty()) {
        text = tr("%1 on %2").arg(text, locale.createSeparatedList(names));
    } else if (start.isValid()) {
        if (rule.frequency() == RecurrenceRule::Frequency::Weekly)
            text = tr("%1 on %2").arg(text, weekday(Qt::DayOfWeek(start.dayOfWeek())));
        else if (rule.frequency() == RecurrenceRule::Frequency::Monthly)
            text = tr("%1 on day %2").arg(text, locale.toString(start.day()));
        else if (rule.frequency() == RecurrenceRule::Frequency::Yearly)
            text = tr("%1 on %2").arg(text, locale.toString(start, QStringLiteral("d MMMM")));
    }
    if (const auto count = rule.count())
        text = tr("%1, %n time(s)", nullptr, *count).arg(text);
    if (const auto until = rule.until()) {
        QDate last = until->value.date();
        if (until->form == RecurrenceRule::Until::Form::Utc)
            last = until->value.toTimeZone(zone).date();
        text = tr("%1, until %2").arg(text, locale.toString(last, QStringLiteral("d MMMM yyyy")));
    }
    return text;
}

} // namespace trellis
