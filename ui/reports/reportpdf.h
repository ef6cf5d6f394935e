#pragma once

#include "reports/reportdocument.h"
#include "reports/reportrenderer.h"
#include "util/result.h"

#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

namespace trellis {

// A report as a PDF (issue 13, item 3): QPdfWriter at 300 dpi with fixed metadata, so the same
// document and generation date give the same bytes. Qt 6.4 writes the wall clock as the Info
// dictionary's /CreationDate and into the XMP metadata, and a random document id into the XMP
// packet; the generation date replaces them after writing (same lengths, so the
// cross-reference offsets stay right), and the XMP packet is set explicitly. Runs on a worker
// thread when given the charts drawn ahead (ReportRenderer::drawCharts on the GUI thread).
// write() leaves no file behind when cancelled or failing (QSaveFile).
class ReportPdf {
public:
    // A4, or Letter where the locale measures in US units.
    static QPageSize localePageSize();
    // The page a report is laid out on: portrait, with the report's margins.
    static QPageLayout pageLayout(const QPageSize &pageSize = localePageSize());

    [[nodiscard]] static Result<QByteArray> bytes(const ReportDocument &document, const QDate &generatedOn,
                                                  const QPageSize &pageSize = localePageSize(),
                                                  const std::function<bool(int, int)> &progress = {},
                                                  const ReportRenderer::Charts *charts = nullptr);
    [[nodiscard]] static Status write(const ReportDocument &document, const QDate &generatedOn,
                                      const QString &path, const QPageSize &pageSize = localePageSize(),
                                      const std::function<bool(int, int)> &progress = {},
                                      const ReportRenderer::Charts *charts = nullptr);
    // Pins what Qt stamps from the clock to `generatedOn` (midnight UTC). Exposed for tests.
    static QByteArray pinned(QByteArray pdf, const QDate &generatedOn);
};

} // namespace trellis
