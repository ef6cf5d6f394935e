#pragma once

#include "domain/resourcesuggestion.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QWidget;

namespace trellis {

// "Suggest a Resource…": what a mentee proposes to their mentor — kind, title, link and why — and,
// with several relationships, to which mentor. Empty: cancelled. The caller fills in who and when.
class SuggestionForm {
public:
    // `relationships`: (label, relationship id), the current one first.
    [[nodiscard]] static std::optional<ResourceSuggestion>
    ask(QWidget *parent, const QList<QPair<QString, Id>> &relationships);
};

} // namespace trellis
