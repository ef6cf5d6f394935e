#pragma once

#include "domain/enums.h"
#include "storage/changeset.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace trellis {

class Database;

// The one place that announces changes to the database, after they are committed.
// changed(): precise, from this process's edits (services and undo announce their ChangeSet);
// models update only those rows. changedElsewhere(): coarse, when another connection or
// process committed (DataVersion, polled once watchForeignChanges() is called).
class ChangeNotifier final : public QObject {
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

    // Emits changed() for each (entity, kind) group of the ChangeSet, in its order;
    // tag rows are announced as their person being updated, and a change of the profile's
    // settings rows once more as (Profile, {its person}, Updated).
    void announce(const ChangeSet &changes);
    // Polls this thread's connection of `db` every `intervalMs` until stopWatching().
    void watchForeignChanges(Database &db, int intervalMs = 2000);
    void stopWatching();
    // Polls once now (tests, or after the app regains focus).
    void checkForeignChanges();

Q_SIGNALS:
    void changed(trellis::Entity entity, const QList<qint64> &ids, trellis::ChangeKind kind);
    void changedElsewhere();

private:
    QTimer m_timer;
    Database *m_db = nullptr;
    std::optional<qint64> m_dataVersion;
};

} // namespace trellis
