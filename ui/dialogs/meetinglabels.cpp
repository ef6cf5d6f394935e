#include "dialogs/meetinglabels.h"

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

QString MeetingLabels::mode(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::InPerson:
        return tr("In person");
    case MeetingMode::Video:
        return tr("Video call");
    case MeetingMode::Phone:
        return tr("Phone");
    case MeetingMode::Chat:
        return tr("Chat");
    case MeetingMode::ShadowDay:
        return tr("Shadow day");
    case MeetingMode::Event:
        return tr("Event");
    }
    return {};
}

QString MeetingLabels::channel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Call:
        return tr("Call");
    case ContactChannel::Email:
        return tr("E-mail");
    case ContactChannel::Message:
        return tr("Message");
    case ContactChannel::Video:
        return tr("Video call");
    case ContactChannel::InPerson:
        return tr("In person");
    case ContactChannel::Other:
        return tr("Other");
    }
    return {};
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
