#include "storage/readonlyconnection.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace trellis {

namespace {
QAtomicInt s_next;
}

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(QStringLiteral("trellis-readonly-%1").arg(s_next.fetchAndAddRelaxed(1)))
{
    const bool live = QFileInfo::exists(path + QStringLiteral("-wal"));
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += live ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    m_db.setDatabaseName(uri);
    m_db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ReadOnlyConnection::errorText() const
{
    return m_db.lastError().text();
}

} // namespace trellis
