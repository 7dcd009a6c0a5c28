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
    // The admin's own clock, never broken inside ("11:58 / AM").
    QString lastStep = QLocale().toString(run.lastUpdate.toLocalTime(), QLocale::ShortFormat);
    lastStep.replace(QLatin1Char(' '), QChar(0x00A0));
    // One fact a line: a long organization name wraps its own line only.
    QString text = tr("A deletion of %1 did not finish.").arg(run.plan.orgDisplayName);
    text += QLatin1Char('\n') + tr("Users handled: %1 of %2").arg(run.usersDone).arg(run.usersTotal);
    if (run.orgDeleteSent)
        text += QLatin1Char('\n') + tr("The organization's deletion was already sent.");
    text += QLatin1Char('\n') + tr("Last step: %1").arg(lastStep);
    text += QStringLiteral("\n\n") + tr("Resume it now?");
    messageBox->ask(parent, QMessageBox::Question, tr("Resume the deletion?"), text,
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                    [answered](QMessageBox::StandardButton answer) {
                        answered(answer == QMessageBox::Yes);
                    },
                    {{QMessageBox::Yes, tr("&Resume")}, {QMessageBox::No, tr("&Not Now")}});
}

} // namespace wod::ui
