#include "models/calendarchoices.h"

#include "models/loadrequest.h"
#include "storage/catalogquery.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CalendarChoices", text);
}

// A listing's value in the named column of one row.
QVariant cell(const CatalogQuery::Table &table, const QVariantList &row, const char *name)
{
    return row.value(int(table.columns.indexOf(QLatin1String(name))));
}

void sortByLabel(QList<CalendarChoices::Choice> &choices)
{
    std::sort(choices.begin(), choices.end(),
              [](const CalendarChoices::Choice &a, const CalendarChoices::Choice &b) {
                  return QString::localeAwareCompare(a.label, b.label) < 0;
              });
}

} // namespace

Result<CalendarChoices> CalendarChoices::fetch(Database &database, const LoadRequest &)
{
    const CatalogQuery catalog(database.connection());
    auto relationships = catalog.list(CatalogQuery::Listing::Relationships);
    if (!relationships)
        return relationships.error();
    auto people = catalog.list(CatalogQuery::Listing::People);
    if (!people)
        return people.error();
    auto cohorts = catalog.list(CatalogQuery::Listing::Cohorts);
    if (!cohorts)
        return cohorts.error();

    CalendarChoices choices;
    const CatalogQuery::Table &r = *relationships;
    for (const QVariantList &row : r.rows)
        choices.relationships.append(
            {cell(r, row, "id").toLongLong(),
             tr("%1 – %2").arg(cell(r, row, "mentor").toString(), cell(r, row, "mentee").toString()),
             cell(r, row, "mentor_id").toLongLong(), cell(r, row, "mentee_id").toLongLong(),
             cell(r, row, "cohort_id").toLongLong()});
    const CatalogQuery::Table &p = *people;
    for (const QVariantList &row : p.rows)
        choices.people.append({cell(p, row, "id").toLongLong(), cell(p, row, "name").toString()});
    const CatalogQuery::Table &c = *cohorts;
    for (const QVariantList &row : c.rows)
        choices.cohorts.append(
            {cell(c, row, "id").toLongLong(),
             tr("%1 (%2)").arg(cell(c, row, "name").toString(), cell(c, row, "programme").toString())});
    sortByLabel(choices.relationships);
    sortByLabel(choices.people);
    sortByLabel(choices.cohorts);
    return choices;
}

QList<Entity> CalendarChoices::watched()
{
    return {Entity::Relationship, Entity::Person, Entity::Cohort, Entity::Programme};
}

} // namespace trellis
