#include "AcknowledgePage.h"

#include "DryRunDialog.h"
#include "UiServices.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

AcknowledgePage::AcknowledgePage(WizardController *controller, UiServices *services, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_services(services)
{
    setObjectName(QStringLiteral("acknowledgePage"));
    setTitle(tr("Delete your organization"));
    setSubTitle(tr("Deleting your organization will result in data loss and is irreversible."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Delete Organization"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    QFrame *lossFrame = Widgets::styledPanel(this, QStringLiteral("lossFrame"));
    auto *lossLayout = new QVBoxLayout(lossFrame);
    lossLayout->setContentsMargins(14, 12, 14, 12);
    m_lossLabel = Widgets::wrappingLabel(lossFrame, QStringLiteral("lossLabel"), Qt::RichText);
    lossLayout->addWidget(m_lossLabel);
    layout->addWidget(lossFrame);

    auto *ackBox = new QVBoxLayout;
    ackBox->setSpacing(2);
    m_ackCheckBox = new QCheckBox(this);
    m_ackCheckBox->setObjectName(QStringLiteral("ackCheckBox"));
    ackBox->addWidget(m_ackCheckBox);
    // A check box does not wrap its text: the long sentence goes into a buddy label instead.
    m_ackTextLabel = Widgets::wrappingLabel(this, QStringLiteral("ackTextLabel"));
    m_ackTextLabel->setIndent(24);
    ackBox->addWidget(m_ackTextLabel);
    layout->addLayout(ackBox);

    m_nameLabel = Widgets::wrappingLabel(this, QStringLiteral("orgNamePromptLabel"), Qt::RichText);
    layout->addSpacing(4);
    layout->addWidget(m_nameLabel);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("orgNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Organization name"));
    m_nameEdit->setAccessibleDescription(tr("Type the organization's name exactly as shown to enable Delete Organization."));
    m_nameEdit->setMaxLength(256);
    m_nameLabel->setBuddy(m_nameEdit);
    layout->addWidget(m_nameEdit);
    m_nameHintLabel = Widgets::wrappingLabel(this, QStringLiteral("orgNameHintLabel"));
    layout->addWidget(m_nameHintLabel);
    // Why Delete Organization did not start: the sign-in is too old (see SignInFreshness).
    m_reauthLabel = Widgets::wrappingLabel(this, QStringLiteral("reauthNoteLabel"));
    m_reauthLabel->setVisible(false);
    layout->addWidget(m_reauthLabel);

    layout->addStretch(1);
    auto *dryRow = new QHBoxLayout;
    m_dryRunButton = Widgets::pageButton(tr("D&ry run…"), this, QStringLiteral("dryRunButton"),
                                         tr("Dry run: show the exact plan without changing anything"));
    m_dryRunButton->setAccessibleDescription(tr("Opens a window with every step Delete Organization would take."));
    QLabel *dryHint =
        Widgets::wrappingLabel(tr("Shows exactly what would be done, without changing anything."),
                               this, QStringLiteral("dryRunHintLabel"));
    dryRow->addWidget(m_dryRunButton);
    dryRow->addWidget(dryHint, 1);
    layout->addLayout(dryRow);

    registerField(QStringLiteral("ack.irreversible*"), m_ackCheckBox);
    registerField(QStringLiteral("confirm.orgName"), m_nameEdit);

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        updateNameHint();
        emit completeChanged();
    });
    connect(m_dryRunButton, &QPushButton::clicked, this, &AcknowledgePage::showDryRun);
    connect(m_controller, &WizardController::snapshotChanged, this, &AcknowledgePage::render);
    connect(m_controller, &WizardController::dispositionChanged, this, &AcknowledgePage::render);
    connect(m_controller, &WizardController::reauthenticationRequired, this, [this](const QString &why) {
        m_reauthLabel->setText(why);
        m_reauthLabel->setAccessibleName(m_reauthLabel->text());
        m_reauthLabel->setVisible(true);
    });
    connect(m_controller, &WizardController::reauthenticated, this, [this] {
        m_reauthLabel->setText(tr("You signed in again. Choose Delete Organization to continue."));
        m_reauthLabel->setAccessibleName(m_reauthLabel->text());
        m_reauthLabel->setVisible(true);
    });
}

void AcknowledgePage::initializePage()
{
    render();
    m_ackCheckBox->setFocus();
}

void AcknowledgePage::render()
{
    const OrgSnapshot &s = m_controller->snapshot();
    const int users = m_controller->verdict().usersToHandle;
    const auto choice = m_controller->disposition();

    QString loss = tr("<p><b>What will be lost</b></p>"
                      "<ul style='margin-left:12px; -qt-list-indent:0'>"
                      "<li>All information associated with %1: Webex messages and files.</li>"
                      "<li>All Webex Meetings data, including Webex Meetings URLs and meeting recordings.</li>")
                       .arg(s.orgDisplayName.toHtmlEscaped());
    if (users > 0 && choice == UserDisposition::Convert)
        loss += tr("<li>Converted users keep a free Webex license, but their data associated with "
                   "Webex or Webex Meetings is purged: only content in spaces between two people is "
                   "retained.</li>");
    else if (users > 0)
        loss += tr("<li>The users are deleted with all of their Webex data.</li>");
    // The acting admin is neither converted nor deleted by the run: their account goes with the org.
    loss += tr("<li>Your own account, %1, is deleted with the organization.</li>")
                .arg(s.actor.email.toHtmlEscaped());
    loss += QStringLiteral("</ul>");
    m_lossLabel->setText(loss);

    QString ack;
    if (users == 0)
        ack = tr("I understand that %1 and all of its data will be deleted, and that this is "
                 "irreversible.")
                  .arg(s.orgDisplayName);
    else if (choice == UserDisposition::Delete)
        ack = tr("I understand that my %Ln user(s) will be deleted, that %1 and all of its data will "
                 "be deleted, and that this is irreversible.",
                 nullptr, users)
                  .arg(s.orgDisplayName);
    else
        ack = tr("I understand that my %Ln user(s) will be transferred to individual accounts with "
                 "free Webex licenses, that %1 and all of its data will be deleted, and that this is "
                 "irreversible.",
                 nullptr, users)
                  .arg(s.orgDisplayName);
    m_ackCheckBox->setText(tr("I &understand and accept:"));
    m_ackCheckBox->setAccessibleName(ack);
    m_ackTextLabel->setText(ack);

    m_nameLabel->setText(tr("To confirm, type the organization's name <b>%1</b> exactly as shown "
                            "(case and spaces count):")
                             .arg(s.orgDisplayName.toHtmlEscaped()));
    updateNameHint();
    emit completeChanged();
}

void AcknowledgePage::updateNameHint()
{
    const QString typed = m_nameEdit->text();
    if (typed.isEmpty())
        m_nameHintLabel->setText(QString());
    else if (m_controller->nameMatches(typed))
        m_nameHintLabel->setText(tr("The name matches."));
    else
        m_nameHintLabel->setText(tr("The name does not match yet."));
}

bool AcknowledgePage::isComplete() const
{
    return QWizardPage::isComplete()
        && m_controller->isConfirmationValid(m_nameEdit->text(), m_ackCheckBox->isChecked());
}

bool AcknowledgePage::validatePage()
{
    // The controller refuses a second start, so a double click cannot send anything twice.
    return m_controller->confirmDeletion(m_nameEdit->text(), m_ackCheckBox->isChecked());
}

void AcknowledgePage::showDryRun()
{
    auto *dialog = new DryRunDialog(m_controller->dryRunText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace wod::ui
