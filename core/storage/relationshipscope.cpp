#include "storage/relationshipscope.h"

#include <QStringList>

namespace trellis {

QString RelationshipScope::sqlCondition(const QString &column) const
{
    switch (kind) {
    case Kind::All:
        return {};
    case Kind::Relationship:
        return column + QStringLiteral(" = ") + QString::number(id);
    case Kind::Relationships: {
        if (ids.isEmpty())
            return QStringLiteral("0 = 1");
        QStringList values;
        values.reserve(ids.size());
        for (qint64 value : ids)
            values << QString::number(value);
        return column + QStringLiteral(" IN (") + values.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    case Kind::Person:
        return column + QStringLiteral(" IN (SELECT id FROM relationship WHERE mentor_id = ") +
               QString::number(id) + QStringLiteral(" OR mentee_id = ") + QString::number(id) +
               QLatin1Char(')');
    case Kind::Mentor:
        return column + QStringLiteral(" IN (SELECT id FROM relationship WHERE mentor_id = ") +
               QString::number(id) + QLatin1Char(')');
    case Kind::Mentee:
        return column + QStringLiteral(" IN (SELECT id FROM relationship WHERE mentee_id = ") +
               QString::number(id) + QLatin1Char(')');
    case Kind::Cohort:
        return column + QStringLiteral(" IN (SELECT id FROM relationship WHERE cohort_id = ") +
               QString::number(id) + QLatin1Char(')');
    }
    return {};
}

} // namespace trellis
