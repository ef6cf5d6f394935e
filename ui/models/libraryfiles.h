#pragma once

#include "domain/resourceattachment.h"
#include "models/datasource.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace trellis {

class BackgroundJob;

// The library's file work, off the GUI thread: reading files (hash, text of a large PDF) before
// they are added, and writing a stored attachment out to open or save it.
class LibraryFiles {
public:
    using ReadDone = std::function<void(Result<QList<ResourceAttachment>>)>;
    using WriteDone = std::function<void(Status)>;

    // Every file, or the first refusal (over `limitBytes`, unreadable from disk): then none.
    static BackgroundJob *read(const QStringList &paths, qint64 limitBytes, ReadDone done, QObject *parent);
    // The attachment's bytes into `path`.
    static BackgroundJob *write(const DataSource &data, Id attachmentId, const QString &path, WriteDone done,
                                QObject *parent);
};

} // namespace trellis
