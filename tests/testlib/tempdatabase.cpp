#include "testlib/tempdatabase.h"

#include <QFile>

namespace trellis::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    auto opened = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (opened)
        m_db = std::move(opened).value();
    else
        qFatal("cannot create test database: %s", qPrintable(opened.errorMessage()));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace trellis::test
