#include "models/contacttrend.h"

#include "storage/relationshipoverviewquery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("trellis::ContactTrend", text, nullptr, n);
}

// The average month, so that a 14-day cadence asks for about two contacts a month.
constexpr double DaysPerMonth = 365.25 / 12.0;

} // namespace

ContactTrend ContactTrend::of(const RelationshipOverviewRow &row, const QDate &today)
{
    ContactTrend trend;
    trend.firstMonth = RelationshipOverviewQuery::trendStart(today);
    trend.months = row.monthlyContacts;
    if (row.status == QLatin1String("active") && row.cadenceDays > 0)
        trend.expected = DaysPerMonth / row.cadenceDays;
    return trend;
}

int ContactTrend::highest() const
{
    return months.isEmpty() ? 0 : *std::max_element(months.cbegin(), months.cend());
}

QString ContactTrend::text() const
{
    const QLocale locale;
    QStringList parts;
    for (int i = 0; i < months.size(); ++i) {
        const QString month = locale.monthName(firstMonth.addMonths(i).month(), QLocale::ShortFormat);
        QString part = tr("%1 %2").arg(month, locale.toString(months.at(i)));
        if (i == months.size() - 1)
            part = tr("%1 (so far)").arg(part);
        parts.append(part);
    }
    QString result = tr("Contact per month: %1").arg(parts.join(tr(", ")));
    if (expected > 0) {
        const int rounded = std::max(1, int(std::lround(expected)));
        result += tr("; the cadence asks for about %n a month", rounded);
    }
    return result;
}

} // namespace trellis
