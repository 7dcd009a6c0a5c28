#include "ResumeOffer.h"

#include "MessageBoxService.h"

#include <QCoreApplication>
#include <QLocale>

namespace wod::ui {

namespace {

// The main window asked this question before it had its own file: its translations stay there.
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::ui::MainWindow", text);
}

} // namespace

std::optional<wod::net::JournalSummary> ResumeOffer::pendingRun(const QString &journalDirectory,
                                                                const QString &orgId)
{
    for (const auto &summary : wod::net::Journal::pending(journalDirectory)) {
        if (summary.plan.orgId == orgId)
            return summary;
    }
    return std::nullopt;
}

void ResumeOffer::ask(MessageBoxService *messageBox, QWidget *parent,
                      const wod::net::JournalSummary &run, const std::function<void(bool)> &answered)
{
    QString text = tr("A deletion of %1 did not finish (last step %2): %3 of %4 users were handled.")
                       .arg(run.plan.orgDisplayName,
                            QLocale().toString(run.lastUpdate.toUTC(), QLocale::ShortFormat))
                       .arg(run.usersDone)
                       .arg(run.usersTotal);
    if (run.orgDeleteSent)
        text += QLatin1Char(' ') + tr("The organization's deletion was already sent.");
    text += QStringLiteral("\n\n") + tr("Resume it now?");
    messageBox->ask(parent, QMessageBox::Question, tr("Resume the deletion?"), text,
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                    [answered](QMessageBox::StandardButton answer) {
                        answered(answer == QMessageBox::Yes);
                    },
                    {{QMessageBox::Yes, tr("&Resume")}, {QMessageBox::No, tr("&Not Now")}});
}

} // namespace wod::ui
