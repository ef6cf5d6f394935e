#include "models/progresstexts.h"

#include "models/displaytexts.h"

#include <QCoreApplication>

namespace trellis {

QString ProgressTexts::laterUpdateNote(const Goal &goal, const std::optional<ProgressUpdate> &latest,
                                       const QDate &date)
{
    if (!latest || !date.isValid() || ProgressUpdate::becomesCurrent(date, latest))
        return {};
    return QCoreApplication::translate("ProgressTexts",
                                       "A later update on %1 says %2; this one will appear in the history.")
        .arg(DisplayTexts::date(latest->recordedOn), DisplayTexts::measure(goal, latest->value));
}

} // namespace trellis
