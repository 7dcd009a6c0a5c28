#include "ResultPage.h"

#include "SaveAs.h"
#include "StatusIcons.h"
#include "SubscriptionText.h"
#include "UiServices.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <functional>

namespace wod::ui {

namespace {

// A path as the admin reads it: the home folder written "~", which is shorter and wraps less.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QStringLiteral("~") + clean.mid(home.size()));
    return QDir::toNativeSeparators(clean);
}

} // namespace

ResultPage::ResultPage(WizardController *controller, UiServices *services, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_services(services)
{
    setObjectName(QStringLiteral("resultPage"));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("resultIconLabel"));
    m_iconLabel->setFixedSize(36, 36);
    m_headlineLabel = Widgets::wrappingLabel(this, QStringLiteral("resultHeadlineLabel"));
    Widgets::makeHeading(m_headlineLabel, 1.2);
    head->addWidget(m_iconLabel, 0, Qt::AlignTop);
    head->addWidget(m_headlineLabel, 1);
    layout->addLayout(head);

    QScrollArea *scroll =
        Widgets::verticalScrollArea(this, QStringLiteral("resultScrollArea"), tr("Result details"));
    m_bodyLabel = Widgets::wrappingLabel(scroll, QStringLiteral("resultBodyLabel"), Qt::RichText);
    m_bodyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_bodyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bodyLabel->setContentsMargins(0, 0, 6, 0);
    SubscriptionText::keepRealIdsWhenCopied(m_bodyLabel);
    scroll->setWidget(m_bodyLabel);
    layout->addWidget(scroll, 1);

    m_resumeButton = Widgets::pageButton(tr("&Resume"), this, QStringLiteral("resumeButton"),
                                         tr("Resume the deletion where it stopped"));
    m_saveReceiptButton = Widgets::pageButton(tr("&Save receipt…"), this,
                                              QStringLiteral("saveReceiptButton"),
                                              tr("Save the receipt as JSON"));
    Widgets::addButtonRow(layout, {m_resumeButton, m_saveReceiptButton});

    connect(m_resumeButton, &QPushButton::clicked, this, [this] { m_controller->resume(); });
    connect(m_saveReceiptButton, &QPushButton::clicked, this, &ResultPage::saveReceipt);
    connect(m_controller, &WizardController::runFinished, this, &ResultPage::render);
}

void ResultPage::initializePage()
{
    render();
}

void ResultPage::render()
{
    using Status = wod::net::RunOutcome::Status;
    const wod::net::RunOutcome &o = m_controller->outcome();
    const QString org = m_controller->snapshot().orgDisplayName.isEmpty()
        ? tr("the organization")
        : m_controller->snapshot().orgDisplayName;
    const bool deleteUsers = m_controller->disposition() == UserDisposition::Delete;
    CheckItem::State mark = CheckItem::State::Failed;
    QString headline;
    QString body;
    const auto para = [](const QString &text) -> QString { return QStringLiteral("<p>") + text + QStringLiteral("</p>"); };
    const QString usersLine = o.usersTotal == 0
        ? QString()
        : (deleteUsers ? tr("%1 of %2 users were deleted.") : tr("%1 of %2 users were converted to individual accounts with free Webex licenses."))
              .arg(o.usersHandled)
              .arg(o.usersTotal);

    const QStringList ids = SubscriptionText::ids(m_controller->snapshot().subscriptions);
    switch (o.status) {
    case Status::Deleted:
        mark = CheckItem::State::Passed;
        headline = o.confirmed ? tr("%1 has been deleted").arg(org)
                               : tr("%1 is being deleted").arg(org);
        // Accepted but not yet seen gone: the title does not claim more than Cisco confirmed.
        setTitle(o.confirmed ? tr("Organization deleted") : tr("Deletion accepted"));
        body += para(o.confirmed
                         ? tr("Cisco confirmed that the organization is gone. Removing all of its data from "
                              "Cisco's services can take up to 10 minutes to complete.")
                         : tr("Deletion can take up to 10 minutes to complete."));
        if (!usersLine.isEmpty())
            body += para(usersLine.toHtmlEscaped());
        body += para(tr("<b>What now:</b> people who created a trial with their email address can now "
                        "be added to another organization."));
        break;
    case Status::Blocked:
        headline = tr("%1 was not deleted").arg(org);
        setTitle(tr("The deletion was refused"));
        // Users handled before the refusal stay handled: say so first, never "intact".
        if (o.usersHandled > 0)
            body += para(QStringLiteral("<b>")
                         + (deleteUsers ? tr("%Ln user(s) were already deleted before Cisco refused. "
                                             "This cannot be undone.",
                                             nullptr, o.usersHandled)
                                        : tr("%Ln user(s) were already converted to individual "
                                             "accounts before Cisco refused. This cannot be undone.",
                                             nullptr, o.usersHandled))
                               .toHtmlEscaped()
                         + QStringLiteral("</b>"));
        body += para(tr("Cisco refused to delete the organization (HTTP 409 Conflict). Resolve these "
                        "conditions, then choose Resume:"));
        body += QStringLiteral("<ul>");
        for (const Blocker &b : o.blockers) {
            body += QStringLiteral("<li><b>") + b.message.toHtmlEscaped() + QStringLiteral("</b>");
            if (!b.details.isEmpty())
                body += QStringLiteral("<br>")
                    + SubscriptionText::withUnbreakableIds(b.details.join(QStringLiteral(", ")), ids)
                          .toHtmlEscaped();
            if (!b.remedy.isEmpty())
                body += QStringLiteral("<br>") + tr("What to do: %1").arg(b.remedy.toHtmlEscaped());
            body += QStringLiteral("</li>");
        }
        body += QStringLiteral("</ul>");
        // The bold line above already says it when every user was handled.
        if (!usersLine.isEmpty() && o.usersHandled != o.usersTotal)
            body += para(usersLine.toHtmlEscaped());
        break;
    case Status::Changed:
        headline = tr("Nothing was changed");
        setTitle(tr("The organization changed"));
        // The runner's message names what changed; the general sentence only stands in for it.
        if (o.message.isEmpty())
            body += para(tr("The organization changed after you confirmed, so nothing was done. Start "
                            "again to review the new state."));
        if (!o.blockers.isEmpty()) {
            body += QStringLiteral("<ul>");
            for (const Blocker &b : o.blockers)
                body += QStringLiteral("<li>") + b.message.toHtmlEscaped() + QStringLiteral("</li>");
            body += QStringLiteral("</ul>");
        }
        break;
    case Status::Cancelled:
        mark = CheckItem::State::Info;
        headline = tr("Deletion stopped");
        setTitle(tr("You stopped the deletion"));
        // The runner's own message repeats the users line: the page says it once.
        body += para(o.usersHandled > 0 || usersLine.isEmpty()
                         ? tr("The organization was not deleted.")
                         : tr("The organization was not deleted and nothing was changed."));
        if (!usersLine.isEmpty() && o.usersHandled > 0)
            body += para(usersLine.toHtmlEscaped());
        break;
    case Status::Failed:
        headline = tr("The deletion did not finish");
        setTitle(tr("Something went wrong"));
        // The runner's message usually quotes the error already: say it once.
        if (!o.message.contains(o.error.message))
            body += para(o.error.message.toHtmlEscaped());
        // Nobody handled: the message says nothing was done, "0 of N users" adds nothing.
        if (!usersLine.isEmpty() && o.usersHandled > 0)
            body += para(usersLine.toHtmlEscaped());
        break;
    }
    if (!o.message.isEmpty() && o.status != Status::Deleted && o.status != Status::Blocked
        && o.status != Status::Cancelled)
        body += para(o.message.toHtmlEscaped());
    if (o.usersFailed > 0)
        body += para(tr("%Ln user(s) could not be handled; the receipt lists them.", nullptr, o.usersFailed));
    const bool canResume = o.resumable && !o.journalPath.isEmpty();
    if (canResume)
        body += para(tr("The journal %1 records what was done: Resume continues from there, without "
                        "touching users already handled.")
                         .arg(displayPath(o.journalPath).toHtmlEscaped()));
    if (!o.trackingIds.isEmpty())
        body += para(tr("Tracking IDs (for Cisco support): %1")
                         .arg(o.trackingIds.join(QStringLiteral(", ")).toHtmlEscaped()));

    m_iconLabel->setPixmap(StatusIcons::icon(mark).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_iconLabel->setAccessibleName(StatusIcons::label(mark));
    m_headlineLabel->setText(headline);
    // A subtitle keeps ModernStyle's header band (and its margins) on this page as on the others.
    setSubTitle(subtitleFor(o, deleteUsers));
    m_bodyLabel->setText(body);
    m_resumeButton->setVisible(canResume);
    m_resumeButton->setEnabled(canResume && !m_controller->isRunning());
    m_saveReceiptButton->setEnabled(m_controller->hasOutcome());
}

QString ResultPage::subtitleFor(const wod::net::RunOutcome &o, bool deleteUsers)
{
    using Status = wod::net::RunOutcome::Status;
    switch (o.status) {
    case Status::Deleted: return tr("The deletion request was accepted.");
    case Status::Cancelled: return tr("The run stopped before the organization was deleted.");
    case Status::Failed: return tr("The run did not finish; see what was done below.");
    case Status::Changed: return tr("Start again to review its new state.");
    case Status::Blocked:
        if (o.usersHandled <= 0)
            return tr("The organization was not deleted and nothing was changed.");
        return deleteUsers ? tr("The organization was not deleted, but %Ln user(s) were deleted.",
                                nullptr, o.usersHandled)
                           : tr("The organization was not deleted, but %Ln user(s) were converted.",
                                nullptr, o.usersHandled);
    }
    return {};
}

void ResultPage::saveReceipt()
{
    SaveAs::ask(m_services, this, tr("Save receipt"), QStringLiteral("deletion-receipt.json"),
                tr("JSON (*.json)"), tr("Saving failed"),
                std::bind_front(&WizardController::saveReceipt, m_controller));
}

} // namespace wod::ui
