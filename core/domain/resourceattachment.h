#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace trellis {

// A file kept inside the database with its resource (one portable file), its SHA-256 (duplicate
// detection) and the text read from it for the library's search (LibraryTextExtractor), or
// Unreadable when none could be read.
struct ResourceAttachment {
    Id id = 0;
    Id resourceId = 0;
    QString fileName;
    QString mediaType;
    QByteArray content;
    QString sha256; // hex, of content
    QString extractedText;
    AttachmentText textStatus = AttachmentText::Unreadable;
    // Read without its bytes (a list): the stored size; -1 when content holds the bytes.
    qint64 listedSize = -1;

    [[nodiscard]] qint64 byteSize() const { return listedSize >= 0 ? listedSize : content.size(); }
    [[nodiscard]] static QString hashOf(const QByteArray &content);
    [[nodiscard]] Status validate() const;
    bool operator==(const ResourceAttachment &) const = default;
};

} // namespace trellis
