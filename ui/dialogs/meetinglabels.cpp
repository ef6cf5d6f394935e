#include "dialogs/meetinglabels.h"

#include "models/displaytexts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

namespace trellis {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingLabels", text);
}
} // namespace

// One wording everywhere: the labels come from DisplayTexts.
QString MeetingLabels::mode(MeetingMode mode)
{
    return DisplayTexts::meetingMode(mode);
}

QString MeetingLabels::channel(ContactChannel channel)
{
    return DisplayTexts::channel(channel);
}

void MeetingLabels::fillModes(QComboBox *combo)
{
    for (MeetingMode m : {MeetingMode::InPerson, MeetingMode::Video, MeetingMode::Phone, MeetingMode::Chat,
                          MeetingMode::ShadowDay, MeetingMode::Event})
        combo->addItem(mode(m), int(m));
}

void MeetingLabels::fillChannels(QComboBox *combo)
{
    for (ContactChannel c : {ContactChannel::Call, ContactChannel::Email, ContactChannel::Message,
                             ContactChannel::Video, ContactChannel::InPerson, ContactChannel::Other})
        combo->addItem(channel(c), int(c));
}

void MeetingLabels::fillInitiators(QComboBox *combo, const QString &mentorName, const QString &menteeName)
{
    combo->addItem(tr("%1 (mentor)").arg(mentorName), int(Initiator::Mentor));
    combo->addItem(tr("%1 (mentee)").arg(menteeName), int(Initiator::Mentee));
    combo->addItem(tr("The coordinator"), int(Initiator::Coordinator));
    combo->addItem(tr("Not recorded"), int(Initiator::Unknown));
}

void MeetingLabels::select(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString MeetingLabels::timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

} // namespace trellis
