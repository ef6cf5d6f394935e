#pragma once

#include "domain/enums.h"

#include <QString>

class QComboBox;

namespace trellis {

// Display words for meeting and contact enums, and combo boxes filled with them
// (the enum value as item data).
class MeetingLabels {
public:
    static QString mode(MeetingMode mode);
    static QString channel(ContactChannel channel);
    static void fillModes(QComboBox *combo);
    static void fillChannels(QComboBox *combo);
    // Mentor and mentee by name, then coordinator and "not recorded".
    static void fillInitiators(QComboBox *combo, const QString &mentorName, const QString &menteeName);
    static void select(QComboBox *combo, int value);
    // The locale's short time format without seconds ("HH:mm", "h:mm AP").
    static QString timeFormat();
};

} // namespace trellis
