#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace trellis::test {

// A scratch folder with a fresh, migrated database in it.
class TempDatabase {
public:
    TempDatabase();
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_path; }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    Database &db() { return *m_db; }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray readAll(const QString &path);

} // namespace trellis::test
