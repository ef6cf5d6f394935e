#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// What an import needs to know about a stored meeting with a given iCalendar identity.
struct MeetingIdentity {
    Id id = 0;
    Id relationshipId = 0;
    MeetingKind kind = MeetingKind::Single;
    std::optional<Id> seriesId;
    int sequence = 0;
};

// Bulk lookup of meetings by UID (iCalendar identity = UID + RECURRENCE-ID), in chunks of a few
// hundred UIDs per query rather than one query per event.
class MeetingIdentityQuery {
public:
    explicit MeetingIdentityQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Every meeting row whose UID is in `uids`, keyed by key(uid, recurrence_id).
    [[nodiscard]] Result<QHash<QString, MeetingIdentity>> byUids(const QStringList &uids) const;

    static QString key(const QString &uid, const QString &recurrenceId)
    {
        return uid + QLatin1Char('\n') + recurrenceId;
    }

private:
    QSqlDatabase m_db;
};

} // namespace trellis
