#include "storage/peoplequery.h"

#include "storage/entityreader.h"

#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace trellis {

Result<QList<Person>> PeopleQuery::people(const QList<Id> &ids) const
{
    const EntityReader reader(m_db);
    QList<Person> people;
    constexpr qsizetype chunk = 500; // well under SQLite's bound-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QStringList marks;
        QVariantList binds;
        for (qsizetype i = start; i < std::min(ids.size(), start + chunk); ++i) {
            marks.append(QStringLiteral("?"));
            binds.append(ids.at(i));
        }
        auto found = reader.rows(QStringLiteral("SELECT * FROM person WHERE id IN (%1) ORDER BY id")
                                     .arg(marks.join(QLatin1Char(','))),
                                 binds);
        if (!found)
            return found.error();
        people.append(EntityReader::fromRows<Person>(*found));
    }
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) { return a.id < b.id; });
    if (auto tags = reader.loadTags(people); !tags)
        return tags.error();
    return people;
}

} // namespace trellis
