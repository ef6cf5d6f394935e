#include "io/ianazonealiases.h"

#include <QFile>
#include <QHash>
#include <QTimeZone>

namespace trellis {

namespace {

QHash<QString, QString> readLinks()
{
    QHash<QString, QString> links;
    QFile file(QStringLiteral("/usr/share/zoneinfo/tzdata.zi"));
    if (!file.open(QIODevice::ReadOnly))
        return links;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("L "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() >= 3)
            links.insert(QString::fromUtf8(parts.at(2)), QString::fromUtf8(parts.at(1)));
    }
    return links;
}

} // namespace

QString IanaZoneAliases::canonical(const QString &zoneId)
{
    if (zoneId.isEmpty() || QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()))
        return zoneId;
    static const QHash<QString, QString> links = readLinks(); // thread-safe initialisation
    QString current = zoneId;
    for (int hops = 0; hops < 4 && links.contains(current); ++hops)
        current = links.value(current);
    return QTimeZone::isTimeZoneIdAvailable(current.toUtf8()) ? current : zoneId;
}

} // namespace trellis
