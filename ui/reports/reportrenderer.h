#pragma once

#include "reports/reportdocument.h"
#include "util/result.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

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
    // Paints every page on `device` (begins and ends its own QPainter). Returns the page count.
    // `progress(page, pages)` is told after each page; returning false cancels.
    [[nodiscard]] static Result<int> render(const ReportDocument &document, QPagedPaintDevice *device,
                                            const std::function<bool(int, int)> &progress = {});
    // The same onto a painter already begun on `device` (QPrintPreviewDialog hands one over).
    [[nodiscard]] static Result<int> paint(const ReportDocument &document, QPainter &painter,
                                           QPagedPaintDevice *device,
                                           const std::function<bool(int, int)> &progress = {});
};

} // namespace trellis
