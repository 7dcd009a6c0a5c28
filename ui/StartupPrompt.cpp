#include "StartupPrompt.h"

#include "EnglishPlurals.h"
#include "Look.h"
#include "StatusIcons.h"
#include "Widgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

StartupPrompt::StartupPrompt(const QString &orgDisplayName, const Verdict &verdict, int snoozeDays,
                             QWidget *parent)
    : QDialog(parent)
{
    EnglishPlurals::ensureInstalled();
    setObjectName(QStringLiteral("startupPrompt"));
    setWindowTitle(tr("Delete Organization"));
    setAccessibleName(tr("Delete Organization or Remind Me Later"));
    setMinimumWidth(520);

    QVBoxLayout *layout = Widgets::dialogLayout(this, 14);

    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("promptIconLabel"));
    icon->setPixmap(StatusIcons::icon(verdict.eligible ? CheckItem::State::Info : CheckItem::State::Failed).pixmap(QSize(32, 32), devicePixelRatioF()));
    icon->setFixedSize(34, 34);
    // The title and text are true for this verdict: the prompt also appears for an organization
    // that something still blocks, or whose remaining conditions this server cannot report.
    const int blockers = static_cast<int>(verdict.blockers.size());
    QString titleText;
    QString bodyText;
    if (!verdict.eligible) {
        titleText = tr("Your organization cannot be deleted yet");
        QStringList what;
        for (const Blocker &b : verdict.blockers)
            what << b.message;
        bodyText = tr("%1 only has free subscriptions, but %n condition(s) still block its "
                      "deletion: %2 Choose “Review what blocks deletion” to see each one and what to do "
                      "about it.",
                      nullptr, blockers)
                       .arg(orgDisplayName, what.join(QLatin1Char(' ')));
    } else if (!verdict.unknown.isEmpty()) {
        titleText = tr("Your organization may be deletable");
        bodyText = tr("%1 only has free subscriptions. As its full administrator you may be able "
                      "to delete it from Cisco's identity system, but this server cannot report "
                      "%n condition(s): Delete Organization asks you to check them in Control Hub "
                      "first. Deleting your organization will result in data loss and is "
                      "irreversible.",
                      nullptr, static_cast<int>(verdict.unknown.size()))
                       .arg(orgDisplayName);
    } else {
        titleText = tr("Your organization can be deleted");
        bodyText = tr("%1 only has free subscriptions. As its full administrator you can delete it from "
                      "Cisco's identity system. Deleting your organization will result in data loss and is "
                      "irreversible; the next steps explain what is lost and let you decide what happens to "
                      "your users.")
                       .arg(orgDisplayName);
    }
    QLabel *title = Widgets::wrappingLabel(titleText, this, QStringLiteral("promptTitleLabel"));
    Widgets::makeHeading(title, 1.2);
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    layout->addLayout(head);

    QLabel *text = Widgets::wrappingLabel(bodyText, this, QStringLiteral("promptTextLabel"));
    layout->addWidget(text);
    QLabel *later =
        Widgets::wrappingLabel(tr("Remind Me Later asks again in %n day(s).", nullptr, snoozeDays),
                               this, QStringLiteral("promptLaterLabel"));
    layout->addWidget(later);
    // A little more air above the buttons; spare height goes there too, not between paragraphs.
    layout->addSpacing(6);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("promptButtonBox"));
    auto *remind = buttons->addButton(tr("&Remind Me Later"), QDialogButtonBox::RejectRole);
    remind->setObjectName(QStringLiteral("remindLaterButton"));
    remind->setAccessibleName(tr("Remind Me Later"));
    // Blocked: the action is a review, not a deletion (as on Account > Info), and is not red.
    auto *del = buttons->addButton(verdict.eligible ? tr("&Delete Organization")
                                                    : tr("Re&view what blocks deletion"),
                                   QDialogButtonBox::AcceptRole);
    del->setObjectName(QStringLiteral("promptDeleteOrganizationButton"));
    del->setAccessibleName(verdict.eligible ? tr("Delete Organization")
                                            : tr("Review what blocks deletion"));
    if (verdict.eligible)
        Look::markDestructive(del);
    // The safe choice is the default: Return alone must not start a deletion flow.
    remind->setDefault(true);
    remind->setFocus();
    layout->addWidget(buttons);

    connect(del, &QPushButton::clicked, this, [this] {
        done(QDialog::Accepted);
        emit deleteRequested();
    });
    connect(remind, &QPushButton::clicked, this, &StartupPrompt::reject);

    // The paragraphs wrap: size the dialog for the width it opens with, not for the narrower
    // width of its size hint (that height left an empty band above the buttons).
    resize(minimumWidth(), heightForWidth(minimumWidth()));
}

void StartupPrompt::reject()
{
    QDialog::reject();
    emit remindLaterRequested();
}

} // namespace wod::ui
