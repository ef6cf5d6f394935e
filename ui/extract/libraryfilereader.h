#pragma once

#include "domain/resourceattachment.h"
#include "util/result.h"

#include <QString>

namespace trellis {

// Reads a file for the library: refuses it, reading nothing, when it is larger than `limitBytes`
// (the Preferences limit); otherwise its bytes, hash and the text LibraryTextExtractor finds.
// Blocking (a 20 MB PDF takes a while): the GUI calls it on a worker.
class LibraryFileReader {
public:
    [[nodiscard]] static Result<ResourceAttachment> read(const QString &path, qint64 limitBytes);
    // From bytes already in memory (a drop of data, a test).
    [[nodiscard]] static ResourceAttachment fromData(const QString &fileName, const QByteArray &content);
};

} // namespace trellis
