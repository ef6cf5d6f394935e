#include "reports/reportpdf.h"

#include "reports/reportrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHashSeed>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUuid>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ReportPdf", text);
}

// Replaces every match of `pattern` by what `make` gives for it, which must have the same length.
void replaceSameLength(QByteArray &pdf, const QRegularExpression &pattern,
                       const std::function<QByteArray(const QByteArray &)> &make)
{
    const QString text = QString::fromLatin1(pdf);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray found = match.captured(0).toLatin1();
        const QByteArray replacement = make(found);
        if (replacement.size() == found.size())
            pdf.replace(match.capturedStart(0), found.size(), replacement);
    }
}

QByteArray xmpOf(const ReportDocument &document, const QDate &generatedOn)
{
    const QString stamp = generatedOn.startOfDay(Qt::UTC).toString(Qt::ISODate);
    const QUuid id = QUuid::createUuidV5(QUuid(), (document.pdfTitle + stamp).toUtf8());
    QString title = document.pdfTitle.toHtmlEscaped();
    return QStringLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
               "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
               "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
               " xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'>\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
               "<xmp:CreatorTool>Trellis</xmp:CreatorTool>\n"
               "<xmp:CreateDate>%2</xmp:CreateDate>\n"
               "<xmp:ModifyDate>%2</xmp:ModifyDate>\n"
               "<xmpMM:DocumentID>uuid:%3</xmpMM:DocumentID>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
        .arg(title, stamp, id.toString(QUuid::WithoutBraces))
        .toUtf8();
}

} // namespace

QPageSize ReportPdf::localePageSize()
{
    const QLocale locale;
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize(QPageSize::Letter);
    return QPageSize(QPageSize::A4);
}

QPageLayout ReportPdf::pageLayout(const QPageSize &pageSize)
{
    return QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

QByteArray ReportPdf::pinned(QByteArray pdf, const QDate &generatedOn)
{
    const QByteArray date = generatedOn.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000";
    // /CreationDate (D:20261202133300Z) or with an offset +01'00': the digits and zone become the
    // generation date at midnight UTC, padded to the same length.
    static const QRegularExpression creation(QStringLiteral("\\((D:\\d{14})(Z|[+-]\\d\\d'\\d\\d')\\)"));
    replaceSameLength(pdf, creation, [&](const QByteArray &found) {
        QByteArray replacement = "(D:" + date + "Z)";
        while (replacement.size() < found.size())
            replacement.insert(replacement.size() - 1, ' ');
        return replacement;
    });
    // Any uuid Qt made up (document and instance ids): derived from the pinned bytes instead.
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    const QByteArray seed = QCryptographicHash::hash(date, QCryptographicHash::Sha256);
    int nth = 0;
    replaceSameLength(pdf, uuid, [&](const QByteArray &) {
        return QUuid::createUuidV5(QUuid::fromRfc4122(seed.left(16)), date + QByteArray::number(nth++))
            .toString(QUuid::WithoutBraces)
            .toLatin1();
    });
    // The trailer's /ID [<hex> <hex>]: a hash of the pinned file.
    static const QRegularExpression fileId(QStringLiteral("<([0-9a-fA-F]{32})>"));
    const QByteArray digest = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
    replaceSameLength(pdf, fileId, [&](const QByteArray &) { return "<" + digest + ">"; });
    return pdf;
}

Result<QByteArray> ReportPdf::bytes(const ReportDocument &document, const QDate &generatedOn,
                                    const QPageSize &pageSize, const std::function<bool(int, int)> &progress,
                                    const ReportRenderer::Charts *charts)
{
    QByteArray pdf;
    {
        // Qt's PDF engine writes its fonts in QHash order, which follows the process' random
        // hash seed: a deterministic seed while this writer lives gives the same order in every
        // process (hashes made before or after keep their own seeds).
        QHashSeed::setDeterministicGlobalSeed();
        const auto reseed = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Trellis"));
        writer.setTitle(document.pdfTitle);
        writer.setResolution(300);
        writer.setDocumentXmpMetadata(xmpOf(document, generatedOn));
        writer.setPageLayout(pageLayout(pageSize));
        auto pages = ReportRenderer::render(document, &writer, progress, charts);
        if (!pages)
            return pages.error();
    }
    return pinned(std::move(pdf), generatedOn);
}

Status ReportPdf::write(const ReportDocument &document, const QDate &generatedOn, const QString &path,
                        const QPageSize &pageSize, const std::function<bool(int, int)> &progress,
                        const ReportRenderer::Charts *charts)
{
    auto pdf = bytes(document, generatedOn, pageSize, progress, charts);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error{tr("Could not write “%1”: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace trellis
