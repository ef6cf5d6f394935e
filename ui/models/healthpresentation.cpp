#include "models/healthpresentation.h"

#include "models/textcontrast.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace trellis {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("HealthPresentation", text, disambiguation, n);
}
} // namespace

QString HealthPresentation::shortLabel(const RelationshipHealth &health)
{
    if (health.isAtRisk())
        return tr("At risk");
    switch (health.state) {
    case CadenceState::OnTrack:
        return tr("On track");
    case CadenceState::DueSoon:
        return tr("Due soon");
    case CadenceState::Overdue:
        return tr("Overdue");
    case CadenceState::Paused:
        return tr("Paused");
    case CadenceState::NotApplicable:
        break;
    }
    return tr("—");
}

QString HealthPresentation::label(const RelationshipHealth &health)
{
    if (health.isAtRisk()) {
        // The risk leads with the reason that makes it so ("At risk: no goals a month after the
        // start"); contact is named only when it adds to the reason (overdue, not already said),
        // never "on track" beside "at risk".
        QString text = tr("At risk: %1").arg(reasonText(health.riskReasons.first(), health));
        if (health.riskReasons.size() > 1)
            text = tr("%1 (and %n more)", nullptr, int(health.riskReasons.size()) - 1).arg(text);
        if (health.state == CadenceState::Overdue && !health.riskReasons.contains(RiskReason::LongOverdue))
            text = tr("%1 · overdue by %n day(s)", nullptr, health.daysOverdue).arg(text);
        return text;
    }
    switch (health.state) {
    case CadenceState::OnTrack:
        return tr("On track");
    case CadenceState::DueSoon:
        return tr("Contact due soon");
    case CadenceState::Overdue:
        return tr("Overdue by %n day(s)", nullptr, health.daysOverdue);
    case CadenceState::Paused:
        return tr("Paused");
    case CadenceState::NotApplicable:
        break;
    }
    return tr("—");
}

QString HealthPresentation::reasonText(RiskReason reason, const RelationshipHealth &health)
{
    switch (reason) {
    case RiskReason::LongOverdue:
        return tr("no contact for more than twice the agreed cadence (overdue by %n day(s))", nullptr,
                  health.daysOverdue);
    case RiskReason::NoGoals:
        return tr("no goals a month after the start");
    case RiskReason::FitCheckOverdue:
        return tr("the fit check is overdue");
    case RiskReason::LowFeedback:
        return tr("the latest feedback was low (2 or less)");
    case RiskReason::UnloggedMeetings:
        return tr("%n past meeting(s) not logged", nullptr, health.unloggedPastOccurrences);
    }
    return {};
}

QString HealthPresentation::reasonsText(const RelationshipHealth &health)
{
    QStringList lines;
    for (RiskReason reason : health.riskReasons)
        lines << reasonText(reason, health);
    return lines.join(QLatin1Char('\n'));
}

HealthPresentation::Tone HealthPresentation::tone(const RelationshipHealth &health)
{
    if (health.isAtRisk() || health.state == CadenceState::Overdue)
        return Tone::Bad;
    if (health.state == CadenceState::DueSoon)
        return Tone::Warning;
    if (health.state == CadenceState::OnTrack)
        return Tone::Good;
    return Tone::Neutral;
}

QIcon HealthPresentation::icon(const RelationshipHealth &health)
{
    if (health.isAtRisk())
        return QIcon::fromTheme(QStringLiteral("dialog-error"));
    switch (health.state) {
    case CadenceState::OnTrack:
        return QIcon::fromTheme(QStringLiteral("emblem-checked"),
                                QIcon::fromTheme(QStringLiteral("dialog-ok")));
    case CadenceState::DueSoon:
        return QIcon::fromTheme(QStringLiteral("chronometer"),
                                QIcon::fromTheme(QStringLiteral("appointment-soon")));
    case CadenceState::Overdue:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    case CadenceState::Paused:
        return QIcon::fromTheme(QStringLiteral("media-playback-pause"));
    case CadenceState::NotApplicable:
        break;
    }
    return {};
}

QColor HealthPresentation::colour(Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x50) : QColor(0x87, 0x5a, 0x00); // 5.2:1 on the light window
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Tone::Neutral:
        break;
    }
    return TextContrast::secondary(palette);
}

int HealthPresentation::urgency(const RelationshipHealth &health)
{
    if (health.isAtRisk())
        return 0;
    switch (health.state) {
    case CadenceState::Overdue:
        return 1;
    case CadenceState::DueSoon:
        return 2;
    case CadenceState::OnTrack:
        return 3;
    case CadenceState::Paused:
        return 4;
    case CadenceState::NotApplicable:
        break;
    }
    return 5;
}

} // namespace trellis
