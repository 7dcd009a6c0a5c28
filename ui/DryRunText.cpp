#include "DryRunText.h"

#include <QCoreApplication>
#include <QStringList>

namespace wod::ui::DryRunText {

namespace {

// WizardController wrote this text before it had its own file: its translations stay there.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wod::ui::WizardController", text, disambiguation, n);
}

} // namespace

QString describe(const DeletionPlan &plan, UserDisposition disposition)
{
    QStringList lines;
    lines << tr("Dry run: nothing has been changed.") << QString();
    lines << tr("Organization: %1 (%2)").arg(plan.orgDisplayName, plan.orgId);
    lines << tr("Signed-in administrator: %1 (never converted or deleted)").arg(plan.actorEmail);
    lines << QString();
    int n = 1;
    lines << tr("%1. Read the organization again and stop, changing nothing, if it differs from "
                "what you confirmed.")
                 .arg(n++);
    if (!plan.users.isEmpty()) {
        lines << (disposition == UserDisposition::Convert
                      ? tr("%1. Convert %Ln user(s) to individual accounts with free Webex licenses:",
                           nullptr, static_cast<int>(plan.users.size()))
                            .arg(n++)
                      : tr("%1. Delete %Ln user(s):", nullptr, static_cast<int>(plan.users.size()))
                            .arg(n++));
        for (const Person &p : plan.users)
            lines << QStringLiteral("     - ") + (p.displayName.isEmpty() ? p.email
                                                : p.displayName + QStringLiteral(" <")
                                                      + p.email + QLatin1Char('>'));
    }
    lines << tr("%1. Delete the organization: DELETE /v1/organizations/%2").arg(n++).arg(plan.orgId);
    lines << tr("%1. Wait until the organization is gone (up to 10 minutes).").arg(n++);
    lines << QString() << tr("Fingerprint of what you saw: %1").arg(QString::fromLatin1(plan.fingerprint));
    return lines.join(QLatin1Char('\n'));
}

} // namespace wod::ui::DryRunText
