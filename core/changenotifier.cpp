#include "changenotifier.h"

#include "domain/profile.h"
#include "storage/database.h"
#include "storage/dataversion.h"
#include "storage/entityrows.h"

namespace trellis {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::checkForeignChanges);
}

void ChangeNotifier::announce(const ChangeSet &changes)
{
    struct Group {
        Entity entity;
        ChangeKind kind;
        QList<qint64> ids;
    };
    QList<Group> groups;
    QList<Id> touchedPeople; // people whose own row is inserted or removed in this ChangeSet
    for (const RowChange &change : changes.changes) {
        if (change.entity == Entity::Person && change.kind() != ChangeKind::Updated)
            touchedPeople.append(change.id);
    }
    for (const RowChange &change : changes.changes) {
        Entity entity = change.entity;
        Id id = change.id;
        ChangeKind kind = change.kind();
        if (entity == Entity::PersonTag) {
            id = EntityRows::personOfTag(change.after ? *change.after : *change.before);
            entity = Entity::Person;
            kind = ChangeKind::Updated;
            if (touchedPeople.contains(id))
                continue;
        }
        if (groups.isEmpty() || groups.last().entity != entity || groups.last().kind != kind)
            groups.append({entity, kind, {}});
        if (!groups.last().ids.contains(id))
            groups.last().ids.append(id);
    }
    for (const Group &group : std::as_const(groups))
        Q_EMIT changed(group.entity, group.ids, group.kind);

    // The profile lives in two settings rows: announced once more as itself, with its person.
    bool profileChanged = false;
    QList<qint64> profilePeople;
    for (const RowChange &change : changes.changes) {
        if (change.entity != Entity::Setting)
            continue;
        const QVariantMap &row = change.after ? *change.after : *change.before;
        const QString key = EntityRows::settingKey(row);
        if (key == QLatin1String(Profile::PersonIdKey)) {
            profileChanged = true;
            const qint64 person = EntityRows::settingValue(row).toLongLong();
            if (person > 0 && !profilePeople.contains(person))
                profilePeople.append(person);
        } else if (key == QLatin1String(Profile::RoleKey)) {
            profileChanged = true;
        }
    }
    if (profileChanged)
        Q_EMIT changed(Entity::Profile, profilePeople, ChangeKind::Updated);
}

void ChangeNotifier::watchForeignChanges(Database &db, int intervalMs)
{
    m_db = &db;
    m_dataVersion = DataVersion::read(db.connection());
    m_timer.start(intervalMs);
}

void ChangeNotifier::stopWatching()
{
    m_timer.stop();
    m_db = nullptr;
    m_dataVersion.reset();
}

void ChangeNotifier::checkForeignChanges()
{
    if (!m_db)
        return;
    const auto version = DataVersion::read(m_db->connection());
    if (!version)
        return;
    const bool changedSince = m_dataVersion && *version != *m_dataVersion;
    m_dataVersion = version;
    if (changedSince)
        Q_EMIT changedElsewhere();
}

} // namespace trellis
