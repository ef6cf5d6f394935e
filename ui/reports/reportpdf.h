#pragma once

#include "reports/reportdocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <functional>

namespace trellis {

// A report as a PDF (issue 13, item 3): QPdfWriter at 300 dpi with fixed metadata, so the same
// document and generation date give the same bytes. Qt 6.4 writes the wall clock as the Info
// dictionary's /CreationDate and into the XMP metadata, and a random document id into the XMP
// packet; the generation date replaces them after writing (same lengths, so the
// cross-reference offsets stay right), and the XMP packet is set explicitly.
class ReportPdf {
public:
    // A4, or Letter where the locale measures in US units.
    static QPageSize localePageSize();

    [[nodiscard]] static Result<QByteArray> bytes(const ReportDocument &document, const QDate &generatedOn,
                                                  const QPageSize &pageSize = localePageSize(),
                                                  const std::function<bool(int, int)> &progress = {});
    [[nodiscard]] static Status write(const ReportDocument &document, const QDate &generatedOn,
                                      const QString &path, const QPageSize &pageSize = localePageSize(),
                                      const std::function<bool(int, int)> &progress = {});
    // Pins what Qt stamps from the clock to `generatedOn` (midnight UTC). Exposed for tests.
    static QByteArray pinned(QByteArray pdf, const QDate &generatedOn);
};

} // namespace trellis
