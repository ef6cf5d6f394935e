#include "extract/libraryfilereader.h"

#include "extract/librarytextextractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryFileReader", text);
}

} // namespace

ResourceAttachment LibraryFileReader::fromData(const QString &fileName, const QByteArray &content)
{
    ResourceAttachment attachment;
    attachment.fileName = fileName;
    attachment.mediaType = LibraryTextExtractor::mediaTypeOf(fileName);
    attachment.content = content;
    attachment.sha256 = ResourceAttachment::hashOf(content);
    if (const auto text = LibraryTextExtractor::extract(content, fileName)) {
        attachment.extractedText = *text;
        attachment.textStatus = AttachmentText::Indexed;
    }
    return attachment;
}

Result<ResourceAttachment> LibraryFileReader::read(const QString &path, qint64 limitBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{tr("\u201c%1\u201d is not a file.").arg(info.fileName())};
    if (info.size() > limitBytes) {
        const QLocale locale;
        return Error{
            tr("\u201c%1\u201d is %2; the library keeps files up to %3 (Preferences \u25b8 Library). "
               "Nothing was added.")
                .arg(info.fileName(), locale.formattedDataSize(info.size()),
                     locale.formattedDataSize(limitBytes))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read \u201c%1\u201d: %2").arg(info.fileName(), file.errorString())};
    return fromData(info.fileName(), file.readAll());
}

} // namespace trellis
