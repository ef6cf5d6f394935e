#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::validation {

// Small checks shared by the domain types' validate(); each names the entity and the field.
// `entity` and `field` are already translated ("Goal", "the title").
Status requireText(const QString &value, const QString &entity, const QString &field);
Status requireDate(const QDate &value, const QString &entity, const QString &field);
Status requireDateOrder(const std::optional<QDate> &earlier, const std::optional<QDate> &later,
                        const QString &entity, const QString &earlierField, const QString &laterField);
Status requireAtLeast(qint64 value, qint64 minimum, const QString &entity, const QString &field);
Status requireId(qint64 value, const QString &entity, const QString &field);
Status requireTimeZone(const QString &zoneId, const QString &entity, const QString &field);
// Items of a comma-separated list: not empty, no commas, no duplicates.
Status requireListItems(const QStringList &items, const QString &entity, const QString &field);

QString tr(const char *text);

} // namespace trellis::validation
