#include "relationships/relationshipheader.h"

#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "models/textcontrast.h"
#include "widgets/pagestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

QPushButton *makeButton(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

RelationshipHeader::RelationshipHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relationshipHeader"));
    auto *grid = new QHBoxLayout(this);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->setSpacing(16);

    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("relationshipBack"));
    back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    back->setAutoRaise(true);
    back->setText(tr("Back"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setToolTip(tr("Back (Alt+Left)"));
    back->setAccessibleName(tr("Back"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QToolButton::clicked, this, &RelationshipHeader::backRequested);
    grid->addWidget(back, 0, Qt::AlignTop);

    m_avatar = new QLabel(this);
    m_avatar->setObjectName(QStringLiteral("relationshipAvatar"));
    m_avatar->setFixedSize(48, 48);
    m_avatar->setAlignment(Qt::AlignCenter);
    grid->addWidget(m_avatar, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    auto *firstLine = new QHBoxLayout;
    m_names = PageStyle::pageTitle(QString(), this);
    m_names->setObjectName(QStringLiteral("relationshipNames"));
    m_names->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("relationshipStatus"));
    firstLine->addWidget(m_names, 1);
    firstLine->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignVCenter);
    text->addLayout(firstLine);
    auto *secondLine = new QHBoxLayout;
    secondLine->setSpacing(8);
    m_details = PageStyle::secondary(QString(), this);
    m_details->setObjectName(QStringLiteral("relationshipDetails"));
    m_healthIcon = new QLabel(this);
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("relationshipHealth"));
    secondLine->addWidget(m_details);
    secondLine->addWidget(m_healthIcon);
    secondLine->addWidget(m_health);
    secondLine->addStretch(1);
    text->addLayout(secondLine);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("relationshipReasons"));
    m_reasons->setWordWrap(true);
    text->addWidget(m_reasons);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_logMeeting = makeButton(QStringLiteral("view-calendar-day"), tr("Log Meeting…"),
                              QStringLiteral("relationshipLogMeeting"), this);
    m_planMeeting = makeButton(QStringLiteral("appointment-new"), tr("Plan Meeting…"),
                               QStringLiteral("relationshipPlanMeeting"), this);
    m_logContact = makeButton(QStringLiteral("call-start"), tr("Log Contact…"),
                              QStringLiteral("relationshipLogContact"), this);
    m_logMeeting->hide();
    m_planMeeting->hide();
    connect(m_logMeeting, &QPushButton::clicked, this, &RelationshipHeader::logMeetingRequested);
    connect(m_planMeeting, &QPushButton::clicked, this, &RelationshipHeader::planMeetingRequested);
    connect(m_logContact, &QPushButton::clicked, this, &RelationshipHeader::logContactRequested);
    buttons->addWidget(m_logMeeting);
    buttons->addWidget(m_logContact);
    buttons->addWidget(m_planMeeting);
    buttons->addStretch(1);

    m_lifecycle = new QToolButton(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleButton"));
    m_lifecycle->setText(tr("⋯ Lifecycle"));
    m_lifecycle->setAccessibleName(tr("Lifecycle"));
    m_lifecycle->setPopupMode(QToolButton::InstantPopup);
    m_lifecycle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(m_lifecycle);
    text->addLayout(buttons);
    grid->addLayout(text, 1);
}

void RelationshipHeader::setMeetingActionsVisible(bool visible)
{
    m_logMeeting->setVisible(visible);
    m_planMeeting->setVisible(visible);
}

void RelationshipHeader::showLoading()
{
    m_names->setText(tr("Loading…"));
}

void RelationshipHeader::showFailed(const QString &message)
{
    m_names->setText(tr("This relationship could not be loaded"));
    m_details->setText(message);
}

void RelationshipHeader::styleAvatar(const QString &initials)
{
    // A disc in the highlight colour, deepened until the initials read at 4.5:1 on it (the
    // palette's own pair is often only 3.7:1); drawn again on each snapshot, so a new palette is
    // followed. Painted, not styled: a style sheet would hold on to the colours of its time.
    // The active colours: the header is disabled while a relationship loads.
    const QPalette palette = this->palette();
    const QColor text = palette.color(QPalette::Active, QPalette::HighlightedText);
    const qreal ratio = devicePixelRatioF();
    QPixmap disc(QSize(48, 48) * ratio);
    disc.setDevicePixelRatio(ratio);
    disc.fill(Qt::transparent);
    QPainter painter(&disc);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(TextContrast::backgroundFor(text, palette.color(QPalette::Active, QPalette::Highlight)));
    painter.drawEllipse(QRectF(0, 0, 48, 48));
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(16);
    painter.setFont(font);
    painter.setPen(text);
    painter.drawText(QRectF(0, 0, 48, 48), Qt::AlignCenter, initials);
    painter.end();
    m_avatar->setPixmap(disc);
}

void RelationshipHeader::setSnapshot(const RelationshipSnapshot &snapshot, bool menteeView)
{
    const Relationship &r = snapshot.relationship;
    const QString mentee = snapshot.names.value(r.menteeId);
    const QString mentor = snapshot.names.value(r.mentorId);
    styleAvatar(DisplayTexts::initials(mentee));
    m_avatar->setAccessibleName(mentee);
    const QString secondaryColour = PageStyle::secondaryColour(this).name();
    m_names->setText(
        tr("%1 <span style='font-weight:normal; font-size:small; color:%3'>← mentored by %2</span>")
            .arg(mentee.toHtmlEscaped(), mentor.toHtmlEscaped(), secondaryColour));
    m_names->setAccessibleName(tr("%1, mentored by %2").arg(mentee, mentor));

    QString status;
    switch (r.status) {
    case RelationshipStatus::Proposed:
        status = tr("Proposed on %1").arg(DisplayTexts::date(r.proposedOn));
        break;
    case RelationshipStatus::Active:
        status = tr("Active since %1").arg(DisplayTexts::date(r.startDate));
        break;
    case RelationshipStatus::Paused:
        status = tr("Paused · started %1").arg(DisplayTexts::date(r.startDate));
        break;
    case RelationshipStatus::Completed:
        status = tr("Completed on %1").arg(DisplayTexts::date(r.endDate));
        break;
    case RelationshipStatus::EndedEarly:
        status = tr("Ended early on %1").arg(DisplayTexts::date(r.endDate));
        break;
    }
    m_status->setText(QStringLiteral("● ") + status);
    QPalette statusPalette = m_status->palette();
    const HealthPresentation::Tone tone = r.status == RelationshipStatus::Active
                                              ? HealthPresentation::Tone::Good
                                              : HealthPresentation::Tone::Neutral;
    statusPalette.setColor(QPalette::WindowText, tone == HealthPresentation::Tone::Neutral
                                                     ? palette().color(QPalette::WindowText)
                                                     : HealthPresentation::colour(tone));
    m_status->setPalette(statusPalette);

    QStringList details;
    const RelationshipOverviewRow &row = snapshot.overview.row;
    if (!row.programmeName.isEmpty())
        details.append(row.cohortName.isEmpty() || row.cohortName.contains(row.programmeName)
                           ? (row.cohortName.isEmpty() ? row.programmeName : row.cohortName)
                           : tr("%1 · %2").arg(row.programmeName, row.cohortName));
    details.append(r.cadenceDays == 1 ? tr("every day") : tr("every %n day(s)", nullptr, r.cadenceDays));
    m_details->setText(details.join(QStringLiteral(" · ")));

    const RelationshipHealth &health = snapshot.overview.health;
    // Paused is already the status; health speaks only of measured (active) relationships.
    const bool measured = health.state != CadenceState::NotApplicable && health.state != CadenceState::Paused;
    m_healthIcon->setVisible(measured);
    m_health->setVisible(measured);
    const QString reasons = HealthPresentation::reasonsText(health);
    if (measured) {
        m_healthIcon->setPixmap(HealthPresentation::icon(health).pixmap(16, 16));
        // The reasons have their own line below: the word alone here, or the first would be said twice.
        m_health->setText(reasons.isEmpty() ? HealthPresentation::label(health)
                                            : HealthPresentation::shortLabel(health));
        QPalette p = m_health->palette();
        p.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::tone(health)));
        m_health->setPalette(p);
    }
    m_reasons->setText(
        reasons.isEmpty() ? QString() : QString(reasons).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    m_reasons->setVisible(!reasons.isEmpty());
    QPalette reasonsPalette = m_reasons->palette();
    reasonsPalette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_reasons->setPalette(reasonsPalette);

    const bool finished =
        r.status == RelationshipStatus::Completed || r.status == RelationshipStatus::EndedEarly;
    m_logContact->setEnabled(!finished);
    m_lifecycle->setVisible(!menteeView);
}

} // namespace trellis
