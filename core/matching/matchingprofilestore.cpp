#include "matching/matchingprofilestore.h"

#include "storage/settingsstore.h"

#include <QJsonDocument>

namespace trellis {

QString MatchingProfileStore::keyOf(Id programmeId)
{
    return QStringLiteral("matching.profile.%1").arg(programmeId);
}

std::optional<MatchingProfile> MatchingProfileStore::load(QSqlDatabase db, Id programmeId)
{
    const auto stored = SettingsStore(std::move(db)).value(keyOf(programmeId));
    if (!stored)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(stored->toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return MatchingProfile::fromJson(document.object());
}

Status MatchingProfileStore::write(RowStore &rows, Id programmeId, const MatchingProfile &profile)
{
    const QString text = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    return SettingsStore::put(rows, keyOf(programmeId), text);
}

} // namespace trellis
