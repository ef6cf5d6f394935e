#pragma once

#include "insights/activityseries.h"

#include <QDate>

#include <functional>

class QWidget;

namespace trellis {

// What is behind a bar: a small window listing the rows a number counts (the meetings and
// contacts of a month, the pairs in a status at a date, the goals in a completion bin), so every
// number on a chart can be checked. Pairs open on double-click through `openRelationship`.
class ChartDrillDown {
public:
    static void showMonth(QWidget *parent, const ActivitySeries &series, const QDate &month);
    static void showStatus(QWidget *parent, const ActivitySeries &series, StatusBucket bucket,
                           const QDate &date, const std::function<void(Id)> &openRelationship);
    static void showCompletion(QWidget *parent, const ActivitySeries &series, int bin,
                               const std::function<void(Id)> &openRelationship);
};

} // namespace trellis
