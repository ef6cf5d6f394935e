#include "storage/meetingidentityquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

constexpr qsizetype s_chunk = 400; // below SQLite's default limit of bound parameters

MeetingKind kindOf(const QString &text)
{
    if (text == QLatin1String("series"))
        return MeetingKind::Series;
    if (text == QLatin1String("override"))
        return MeetingKind::Override;
    return MeetingKind::Single;
}

} // namespace

Result<QHash<QString, MeetingIdentity>> MeetingIdentityQuery::byUids(const QStringList &uids) const
{
    QHash<QString, MeetingIdentity> found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < uids.size(); from += s_chunk) {
        const qsizetype n = std::min(s_chunk, uids.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        query.prepare(
            QStringLiteral("SELECT uid, recurrence_id, id, relationship_id, kind, series_id, sequence "
                           "FROM meeting WHERE uid IN (%1)")
                .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < n; ++i)
            query.addBindValue(uids.at(from + i));
        if (!query.exec())
            return Error{QCoreApplication::translate("MeetingIdentityQuery", "Cannot look up meetings: %1")
                             .arg(query.lastError().text())};
        while (query.next()) {
            MeetingIdentity identity;
            identity.id = query.value(2).toLongLong();
            identity.relationshipId = query.value(3).toLongLong();
            identity.kind = kindOf(query.value(4).toString());
            if (!query.value(5).isNull())
                identity.seriesId = query.value(5).toLongLong();
            identity.sequence = query.value(6).toInt();
            found.insert(key(query.value(0).toString(), query.value(1).toString()), identity);
        }
    }
    return found;
}

} // namespace trellis
