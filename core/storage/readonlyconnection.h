#pragma once

#include <QSqlDatabase>
#include <QString>

namespace trellis {

// A short-lived read-only connection for inspecting a file that must not be
// modified (refusal checks, integrity checks, backup verification). With no
// -wal beside the file it opens "immutable", so SQLite creates no -shm either.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace trellis
