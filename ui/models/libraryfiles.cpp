#include "models/libraryfiles.h"

#include "extract/libraryfilereader.h"
#include "models/backgroundjob.h"
#include "storage/database.h"
#include "storage/libraryquery.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

namespace trellis {

BackgroundJob *LibraryFiles::read(const QStringList &paths, qint64 limitBytes, ReadDone done, QObject *parent)
{
    auto result = std::make_shared<QList<ResourceAttachment>>();
    BackgroundJob *job = BackgroundJob::start(
        [paths, limitBytes, result](JobControl &control) -> Status {
            for (const QString &path : paths) {
                if (control.cancelled())
                    return {};
                auto read = LibraryFileReader::read(path, limitBytes);
                if (!read)
                    return read.error();
                result->append(std::move(*read));
            }
            return {};
        },
        parent);
    QObject::connect(job, &BackgroundJob::finished, job,
                     [result, done = std::move(done)](bool ok, const QString &message, bool cancelled) {
                         if (cancelled)
                             return;
                         if (!ok)
                             done(Error{message});
                         else
                             done(*result);
                     });
    return job;
}

BackgroundJob *LibraryFiles::write(const DataSource &data, Id attachmentId, const QString &path,
                                   WriteDone done, QObject *parent)
{
    Database *database = data.database();
    BackgroundJob *job = BackgroundJob::start(
        [database, attachmentId, path](JobControl &) -> Status {
            auto attachment = LibraryQuery(database->connection()).attachment(attachmentId);
            if (!attachment)
                return attachment.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(attachment->content) != attachment->content.size() || !file.commit())
                return Error{QCoreApplication::translate("LibraryFiles", "Cannot write %1: %2")
                                 .arg(path, file.errorString())};
            return {};
        },
        parent);
    QObject::connect(job, &BackgroundJob::finished, job,
                     [done = std::move(done)](bool ok, const QString &message, bool cancelled) {
                         if (!cancelled)
                             done(ok ? Status() : Status(Error{message}));
                     });
    return job;
}

} // namespace trellis
