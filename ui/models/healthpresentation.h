#pragma once

#include "insights/relationshiphealth.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace trellis {

// How health is shown everywhere: always icon + word + colour, never colour
// alone (UI.md). Colours are derived from the application palette so that they
// stay readable in dark themes.
class HealthPresentation {
public:
    enum class Tone { Good, Warning, Bad, Neutral };

    static QString label(const RelationshipHealth &health);      // "Overdue by 9 days"
    static QString shortLabel(const RelationshipHealth &health); // "Overdue"
    static QString reasonText(RiskReason reason, const RelationshipHealth &health);
    static QString reasonsText(const RelationshipHealth &health); // all reasons, one per line
    static Tone tone(const RelationshipHealth &health);
    static QIcon icon(const RelationshipHealth &health);
    static QColor colour(Tone tone);
    // Sorts from most urgent (at risk, overdue) to least (not applicable).
    static int urgency(const RelationshipHealth &health);
};

} // namespace trellis
