#include "commands/changecheck.h"

#include "services/changeapplier.h"
#include "storage/database.h"
#include "storage/rowstore.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace trellis {

namespace {

// Column values as stored and as a ChangeSet recorded them: the same value, whatever the QVariant
// type each side happens to hold (a bool written, an integer read back).
bool sameValue(const QVariant &stored, const QVariant &expected)
{
    const bool storedNull = !stored.isValid() || stored.isNull();
    const bool expectedNull = !expected.isValid() || expected.isNull();
    if (storedNull || expectedNull)
        return storedNull == expectedNull;
    if (stored == expected)
        return true;
    QVariant converted = expected;
    return converted.convert(stored.metaType()) && converted == stored;
}

bool sameRow(const QVariantMap &stored, const QVariantMap &expected)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!sameValue(stored.value(it.key()), it.value()))
            return false;
    }
    return true;
}

Error changedElsewhere()
{
    return Error{QCoreApplication::translate(
        "ChangeCheck", "Its records were changed elsewhere since (another Trellis or program has this "
                       "database open); going back would overwrite that change.")};
}

} // namespace

Status ChangeCheck::stillApplies(const ChangeSet &changes) const
{
    Q_UNUSED(m_applier); // the storage check will take over (see the header)
    const RowStore rows(m_db.connection());
    // A row may change several times in one ChangeSet; its first change says how it must be now.
    QSet<std::pair<QString, Id>> seen;
    for (const RowChange &change : changes.changes) {
        if (seen.contains({change.table, change.id}))
            continue;
        seen.insert({change.table, change.id});
        auto current = rows.fetch(change.table, change.id);
        if (!current)
            return current.error();
        if (current->has_value() != change.before.has_value())
            return changedElsewhere();
        if (change.before && !sameRow(**current, *change.before))
            return changedElsewhere();
    }
    return {};
}

} // namespace trellis
