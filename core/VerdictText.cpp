#include "VerdictText.h"

#include <QCoreApplication>

namespace wod {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("wod::VerdictText", text, nullptr, n);
}

QString statusTag(CheckItem::State state)
{
    switch (state) {
    case CheckItem::State::Passed: return QStringLiteral("[ OK ]");
    case CheckItem::State::Failed: return QStringLiteral("[FAIL]");
    case CheckItem::State::Unknown: return QStringLiteral("[ ?? ]");
    case CheckItem::State::Info: return QStringLiteral("[INFO]");
    }
    return {};
}
} // namespace

QString verdictToText(const OrgSnapshot &s, const Verdict &v)
{
    QString out;
    out += tr("Organization: %1 (%2)\n").arg(s.orgDisplayName, s.orgId);
    out += tr("Signed in as: %1\n\n").arg(s.actor.email);
    for (const CheckItem &c : v.checklist) {
        out += statusTag(c.state) + QLatin1Char(' ') + c.title + QLatin1Char('\n');
        // A detail with a list under its sentence keeps the list indented too.
        out += QStringLiteral("       ")
            + QString(c.detail).replace(QLatin1Char('\n'), QStringLiteral("\n       "))
            + QLatin1Char('\n');
        if (!c.remedy.isEmpty())
            out += QStringLiteral("       ") + tr("What to do: %1").arg(c.remedy) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    if (v.eligible) {
        out += tr("Eligible: the organization can be deleted.");
        if (v.criterion)
            out += QLatin1Char(' ') + describe(*v.criterion);
        if (!v.unknown.isEmpty())
            out += QLatin1Char(' ')
                + tr("Some conditions are unknown (%1); the server decides when the organization "
                     "is deleted.")
                      .arg(v.unknown.join(QStringLiteral(", ")));
    } else {
        out += tr("Not eligible: %n blocker(s) must be resolved first.", int(v.blockers.size()));
    }
    out += QLatin1Char('\n');
    if (v.usersToHandle > 0)
        out += tr("%Ln user(s) besides you will be converted or deleted first.", v.usersToHandle)
            + QLatin1Char('\n');
    if (v.popup)
        out += tr("The sign-in prompt \"Delete Organization / Remind Me Later\" applies.\n");
    return out;
}

} // namespace wod
