#include "calendar/windowszones.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace trellis {

namespace {

// Outlook/Exchange display names (without the "(UTC±hh:mm) " prefix) → Windows ids.
// Older Outlook versions wrote ";" or ", " between the last two cities and "Greenwich
// Mean Time : …"; the lookup normalises those before searching this table.
struct DisplayName {
    const char *display;
    const char *windowsId;
};

constexpr DisplayName kDisplayNames[] = {
    {"international date line west", "Dateline Standard Time"},
    {"hawaii", "Hawaiian Standard Time"},
    {"alaska", "Alaskan Standard Time"},
    {"pacific time (us & canada)", "Pacific Standard Time"},
    {"pacific time (us & canada), tijuana", "Pacific Standard Time"},
    {"tijuana, baja california", "Pacific Standard Time (Mexico)"},
    {"arizona", "US Mountain Standard Time"},
    {"mountain time (us & canada)", "Mountain Standard Time"},
    {"central time (us & canada)", "Central Standard Time"},
    {"guadalajara, mexico city, monterrey", "Central Standard Time (Mexico)"},
    {"saskatchewan", "Canada Central Standard Time"},
    {"eastern time (us & canada)", "Eastern Standard Time"},
    {"indiana (east)", "US Eastern Standard Time"},
    {"bogota, lima, quito", "SA Pacific Standard Time"},
    {"bogota, lima, quito, rio branco", "SA Pacific Standard Time"},
    {"atlantic time (canada)", "Atlantic Standard Time"},
    {"newfoundland", "Newfoundland Standard Time"},
    {"brasilia", "E. South America Standard Time"},
    {"buenos aires", "Argentina Standard Time"},
    {"city of buenos aires", "Argentina Standard Time"},
    {"santiago", "Pacific SA Standard Time"},
    {"coordinated universal time", "UTC"},
    {"dublin, edinburgh, lisbon, london", "GMT Standard Time"},
    {"greenwich mean time : dublin, edinburgh, lisbon, london", "GMT Standard Time"},
    {"monrovia, reykjavik", "Greenwich Standard Time"},
    {"casablanca, monrovia", "Greenwich Standard Time"},
    {"amsterdam, berlin, bern, rome, stockholm, vienna", "W. Europe Standard Time"},
    {"belgrade, bratislava, budapest, ljubljana, prague", "Central Europe Standard Time"},
    {"brussels, copenhagen, madrid, paris", "Romance Standard Time"},
    {"sarajevo, skopje, warsaw, zagreb", "Central European Standard Time"},
    {"west central africa", "W. Central Africa Standard Time"},
    {"athens, bucharest", "GTB Standard Time"},
    {"athens, bucharest, istanbul", "GTB Standard Time"},
    {"athens, istanbul, minsk", "GTB Standard Time"},
    {"bucharest", "E. Europe Standard Time"},
    {"cairo", "Egypt Standard Time"},
    {"harare, pretoria", "South Africa Standard Time"},
    {"helsinki, kyiv, riga, sofia, tallinn, vilnius", "FLE Standard Time"},
    {"helsinki, kiev, riga, sofia, tallinn, vilnius", "FLE Standard Time"},
    {"jerusalem", "Israel Standard Time"},
    {"amman", "Jordan Standard Time"},
    {"istanbul", "Turkey Standard Time"},
    {"kuwait, riyadh", "Arab Standard Time"},
    {"baghdad", "Arabic Standard Time"},
    {"nairobi", "E. Africa Standard Time"},
    {"moscow, st. petersburg", "Russian Standard Time"},
    {"moscow, st. petersburg, volgograd", "Russian Standard Time"},
    {"tehran", "Iran Standard Time"},
    {"abu dhabi, muscat", "Arabian Standard Time"},
    {"kabul", "Afghanistan Standard Time"},
    {"islamabad, karachi", "Pakistan Standard Time"},
    {"chennai, kolkata, mumbai, new delhi", "India Standard Time"},
    {"kathmandu", "Nepal Standard Time"},
    {"dhaka", "Bangladesh Standard Time"},
    {"astana, dhaka", "Central Asia Standard Time"},
    {"bangkok, hanoi, jakarta", "SE Asia Standard Time"},
    {"beijing, chongqing, hong kong, urumqi", "China Standard Time"},
    {"kuala lumpur, singapore", "Singapore Standard Time"},
    {"perth", "W. Australia Standard Time"},
    {"taipei", "Taipei Standard Time"},
    {"osaka, sapporo, tokyo", "Tokyo Standard Time"},
    {"seoul", "Korea Standard Time"},
    {"adelaide", "Cen. Australia Standard Time"},
    {"darwin", "AUS Central Standard Time"},
    {"brisbane", "E. Australia Standard Time"},
    {"canberra, melbourne, sydney", "AUS Eastern Standard Time"},
    {"hobart", "Tasmania Standard Time"},
    {"guam, port moresby", "West Pacific Standard Time"},
    {"auckland, wellington", "New Zealand Standard Time"},
    {"fiji", "Fiji Standard Time"},
    {"nuku'alofa", "Tonga Standard Time"},
};

QString normalisedDisplayName(const QString &name)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*\\((?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = name;
    text.remove(prefix);
    text.replace(QLatin1Char(';'), QLatin1Char(','));
    text.replace(QStringLiteral("\\,"), QStringLiteral(","));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral(" ,"), QStringLiteral(","));
    return text.trimmed().toLower();
}

const QHash<QString, QByteArray> &displayTable()
{
    static const QHash<QString, QByteArray> table = [] {
        QHash<QString, QByteArray> result;
        for (const DisplayName &entry : kDisplayNames)
            result.insert(QString::fromLatin1(entry.display), QByteArray(entry.windowsId));
        return result;
    }();
    return table;
}

// Every IANA id by its last path element in lower case ("sydney" → Australia/Sydney).
const QHash<QString, QByteArray> &zonesByCity()
{
    static const QHash<QString, QByteArray> table = [] {
        QHash<QString, QByteArray> result;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids) {
            const int slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/"))
                continue;
            const QString city =
                QString::fromUtf8(id.mid(slash + 1)).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!result.contains(city.toLower()))
                result.insert(city.toLower(), id);
        }
        return result;
    }();
    return table;
}

void appendUnique(QList<QByteArray> &list, const QByteArray &id)
{
    if (!id.isEmpty() && !list.contains(id) && QTimeZone(id).isValid())
        list.append(id);
}

} // namespace

QList<QByteArray> WindowsZones::candidates(const QString &windowsName)
{
    QList<QByteArray> result;
    const QString trimmed = windowsName.trimmed();
    appendUnique(result, QTimeZone::windowsIdToDefaultIanaId(trimmed.toUtf8()));

    const QString display = normalisedDisplayName(trimmed);
    const auto known = displayTable().constFind(display);
    if (known != displayTable().constEnd())
        appendUnique(result, QTimeZone::windowsIdToDefaultIanaId(known.value()));

    // Cities named in the display name, in the order written.
    QString cities = display;
    static const QRegularExpression parenthesised(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression separators(QStringLiteral("[,:]"));
    cities.remove(parenthesised);
    const QStringList parts = cities.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto zone = zonesByCity().constFind(part.trimmed());
        if (zone != zonesByCity().constEnd())
            appendUnique(result, zone.value());
    }
    return result;
}

std::optional<int> WindowsZones::displayOffsetSeconds(const QString &windowsName)
{
    static const QRegularExpression offset(
        QStringLiteral("^\\s*\\((?:UTC|GMT)(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?\\)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = offset.match(windowsName);
    if (!match.hasMatch())
        return std::nullopt;
    if (match.capturedLength(1) == 0)
        return 0;
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
    return match.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QList<QByteArray> WindowsZones::representativeZones()
{
    static const QList<QByteArray> zones = [] {
        QList<QByteArray> result;
        const QList<QByteArray> windowsIds = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &iana : windowsIds) {
            const QByteArray windowsId = QTimeZone::ianaIdToWindowsId(iana);
            if (windowsId.isEmpty())
                continue;
            appendUnique(result, QTimeZone::windowsIdToDefaultIanaId(windowsId));
        }
        return result;
    }();
    return zones;
}

} // namespace trellis
