#include "relationships/lifecyclemenu.h"

#include "commands/edits.h"
#include "domain/relationshiplifecycle.h"
#include "util/clock.h"
#include "widgets/formdialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace trellis {

LifecycleMenu::LifecycleMenu(const WorkspaceContext &context, QToolButton *button, QWidget *dialogParent)
    : QObject(button)
    , m_context(context)
    , m_button(button)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("lifecycleController"));
    m_menu = new QMenu(button);
    m_menu->setObjectName(QStringLiteral("lifecycleMenu"));
    auto add = [this](const QString &name, const QString &label, const QString &icon,
                      void (LifecycleMenu::*slot)()) {
        QAction *action = m_menu->addAction(QIcon::fromTheme(icon), label, this, slot);
        action->setObjectName(name);
    };
    add(QStringLiteral("lifecycleActivate"), tr("&Activate"), QStringLiteral("media-playback-start"),
        &LifecycleMenu::activate);
    add(QStringLiteral("lifecyclePause"), tr("&Pause"), QStringLiteral("media-playback-pause"),
        &LifecycleMenu::pause);
    add(QStringLiteral("lifecycleResume"), tr("&Resume"), QStringLiteral("media-playback-start"),
        &LifecycleMenu::resume);
    m_menu->addSeparator();
    add(QStringLiteral("lifecycleFitCheck"), tr("&Fit Check…"), QStringLiteral("dialog-ok"),
        &LifecycleMenu::fitCheck);
    m_menu->addSeparator();
    add(QStringLiteral("lifecycleComplete"), tr("&Complete…"), QStringLiteral("checkmark"),
        &LifecycleMenu::complete);
    add(QStringLiteral("lifecycleEndEarly"), tr("&End Early…"), QStringLiteral("process-stop"),
        &LifecycleMenu::endEarly);
    m_button->setMenu(m_menu);
    update();
}

void LifecycleMenu::setSnapshot(const std::optional<RelationshipSnapshot> &snapshot)
{
    if (snapshot) {
        m_relationship = snapshot->relationship;
        m_menteeName = snapshot->names.value(snapshot->relationship.menteeId);
    } else {
        m_relationship.reset();
        m_menteeName.clear();
    }
    update();
}

bool LifecycleMenu::isFinished() const
{
    return m_relationship && (m_relationship->status == RelationshipStatus::Completed ||
                              m_relationship->status == RelationshipStatus::EndedEarly);
}

void LifecycleMenu::update()
{
    auto action = [this](const char *name) { return m_menu->findChild<QAction *>(QLatin1String(name)); };
    if (!m_relationship) {
        for (QAction *a : m_menu->actions())
            a->setEnabled(false);
        return;
    }
    const Relationship &r = *m_relationship;
    const QString reason = QStringLiteral("-");
    auto allowed = [&](RelationshipStatus to) {
        return RelationshipLifecycle::check(r.status, to, reason).ok();
    };
    action("lifecycleActivate")->setVisible(r.status == RelationshipStatus::Proposed);
    action("lifecycleActivate")->setEnabled(r.status == RelationshipStatus::Proposed);
    action("lifecyclePause")->setEnabled(allowed(RelationshipStatus::Paused));
    action("lifecyclePause")->setVisible(r.status != RelationshipStatus::Paused);
    action("lifecycleResume")->setEnabled(r.status == RelationshipStatus::Paused);
    action("lifecycleResume")->setVisible(r.status == RelationshipStatus::Paused);
    action("lifecycleFitCheck")
        ->setEnabled(r.fitCheckOutcome == FitCheckOutcome::Pending &&
                     (r.status == RelationshipStatus::Active || r.status == RelationshipStatus::Paused));
    action("lifecycleComplete")->setEnabled(allowed(RelationshipStatus::Completed));
    action("lifecycleEndEarly")->setEnabled(allowed(RelationshipStatus::EndedEarly));
    m_button->setEnabled(!isFinished());
    m_button->setToolTip(isFinished() ? tr("This relationship has ended; its history stays readable.")
                                      : tr("Activate, pause, check the fit, complete or end"));
}

void LifecycleMenu::activate()
{
    if (m_relationship)
        (void)m_context.edits->activateRelationship(m_relationship->id);
}

void LifecycleMenu::pause()
{
    if (m_relationship)
        (void)m_context.edits->pauseRelationship(m_relationship->id);
}

void LifecycleMenu::resume()
{
    if (m_relationship)
        (void)m_context.edits->resumeRelationship(m_relationship->id);
}

void LifecycleMenu::fitCheck()
{
    if (!m_relationship)
        return;
    QMessageBox box(QMessageBox::Question, tr("Fit Check"),
                    tr("After the first meetings, do you both want to continue?"), QMessageBox::Cancel,
                    m_dialogParent);
    box.setObjectName(QStringLiteral("fitCheckBox"));
    box.setInformativeText(tr("Confirm the fit to carry on, or end the relationship professionally, with a "
                              "reason and a closing reflection."));
    QPushButton *confirm = box.addButton(tr("Confirm Fit"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmFitButton"));
    QPushButton *end = box.addButton(tr("End Professionally…"), QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("endAfterFitCheckButton"));
    box.setDefaultButton(confirm);
    box.exec();
    if (!m_relationship)
        return;
    if (box.clickedButton() == confirm)
        (void)m_context.edits->confirmFit(m_relationship->id);
    else if (box.clickedButton() == end)
        endWithDetails(RelationshipStatus::EndedEarly, true);
}

void LifecycleMenu::complete()
{
    endWithDetails(RelationshipStatus::Completed, false);
}

void LifecycleMenu::endEarly()
{
    endWithDetails(RelationshipStatus::EndedEarly, false);
}

bool LifecycleMenu::endWithDetails(RelationshipStatus to, bool afterFitCheck)
{
    if (!m_relationship)
        return false;
    const Id id = m_relationship->id;
    const bool early = to == RelationshipStatus::EndedEarly;
    FormDialog dialog(early ? tr("End Relationship") : tr("Complete Relationship"), m_dialogParent);
    dialog.setObjectName(QStringLiteral("endRelationshipDialog"));
    dialog.addIntro(early ? tr("Ending well matters. Say why the relationship ends and take a moment to "
                               "reflect together. All goals, meetings and notes stay readable.")
                          : tr("Congratulations on completing the relationship with %1. A closing reflection "
                               "helps both of you see how far you came.")
                                .arg(m_menteeName));
    dialog.addDate(QStringLiteral("endDate"), tr("&Ended on:"), Clock::today(), Clock::today());
    dialog.addLine(QStringLiteral("endReason"), early ? tr("&Reason:") : tr("&Outcome:"), QString(), early,
                   early ? tr("e.g. Expectations differ; moving abroad") : tr("e.g. Goals met"));
    dialog.addText(QStringLiteral("closingReflection"), tr("Closing &reflection:"), QString(), false,
                   tr("What went well, what you learned, what comes next"));
    dialog.setOkText(early ? tr("End Relationship") : tr("Complete"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QDate on = dialog.date(QStringLiteral("endDate"));
    const QString reason = dialog.text(QStringLiteral("endReason"));
    const QString reflection = dialog.text(QStringLiteral("closingReflection"));
    Edits &edits = *m_context.edits;
    if (afterFitCheck)
        return edits.endAfterFitCheck(id, on, reason, reflection).ok();
    if (early)
        return edits.endRelationshipEarly(id, on, reason, reflection).ok();
    return edits.completeRelationship(id, on, reason, reflection).ok();
}

} // namespace trellis
