#pragma once

#include "reports/reportdocument.h"
#include "util/result.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPicture>
#include <QRectF>
#include <QString>

#include <functional>

class QPageLayout;
class QPagedPaintDevice;
class QPainter;

namespace trellis {

// Lays a ReportDocument out onto pages and paints it with QPainter (issue 13, items 2 and 4):
// a running header and footer with "Page N of M" on every page, tables drawn cell by cell
// (the fast path: no QTextDocument), their header repeated on every page, no row split, and the
// charts drawn by ui/charts' ActivityChart as vectors. The same code paints a QPdfWriter and a
// QPrinter (print preview). Needs a QApplication (the charts are QGraphicsWidgets).
class ReportRenderer {
public:
    // The document's charts drawn ahead as vector pictures at the size a page of `layout` gives
    // them. ActivityChart is a QGraphicsWidget, which belongs to the GUI thread: record the charts
    // there and hand them to a render on a worker thread (Export PDF…).
    struct Charts {
        QSizeF size;                   // in screen pixels (96 per inch), as the chart was laid out
        QHash<int, QPicture> pictures; // by ActivityChart::Kind
        QHash<int, QString> empty;     // kinds with nothing to draw: the sentence instead
    };
    [[nodiscard]] static Charts drawCharts(const ReportDocument &document, const QPageLayout &layout);

    // Paints every page on `device` (begins and ends its own QPainter). Returns the page count.
    // `progress(page, pages)` is told after each page; returning false cancels. Without `charts`
    // they are drawn now (on the GUI thread only).
    [[nodiscard]] static Result<int> render(const ReportDocument &document, QPagedPaintDevice *device,
                                            const std::function<bool(int, int)> &progress = {},
                                            const Charts *charts = nullptr);
    // The same onto a painter already begun on `device` (QPrintPreviewDialog hands one over).
    [[nodiscard]] static Result<int> paint(const ReportDocument &document, QPainter &painter,
                                           QPagedPaintDevice *device,
                                           const std::function<bool(int, int)> &progress = {},
                                           const Charts *charts = nullptr);
};

} // namespace trellis
