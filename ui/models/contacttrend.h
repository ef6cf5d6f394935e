#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace trellis {

struct RelationshipOverviewRow;

// A relationship's contact per month for its sparkline (RelationshipOverviewRow::monthlyContacts)
// with the level its cadence asks for, and the same in words for a tooltip, a screen reader or
// a copied table.
struct ContactTrend {
    QDate firstMonth;    // the first day of the oldest month
    QList<int> months;   // held meetings plus logged contacts, oldest first; the last is this month
    double expected = 0; // contacts a month the cadence asks for; 0 when not measured (not active)

    static ContactTrend of(const RelationshipOverviewRow &row, const QDate &today);
    int highest() const;
    // "Contact per month: Jul 2, Aug 1, … Dec 0 (so far); the cadence asks for about 2 a month".
    QString text() const;
    bool operator==(const ContactTrend &) const = default;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::ContactTrend)
