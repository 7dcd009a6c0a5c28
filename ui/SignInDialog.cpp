#include "SignInDialog.h"

#include "Widgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

SignInDialog::SignInDialog(const QString &apiUrl, bool webexSignInAvailable, QWidget *parent)
    : QDialog(parent), m_webexAvailable(webexSignInAvailable)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Webex"));
    setMinimumWidth(540);

    QVBoxLayout *layout = Widgets::dialogLayout(this, 12);
    QLabel *intro = Widgets::wrappingLabel(
        tr("Sign in as a full administrator of the organization.\nAPI: %1").arg(apiUrl), this,
        QStringLiteral("signInIntroLabel"), Qt::PlainText);
    layout->addWidget(intro);
    m_messageLabel = Widgets::wrappingLabel(this, QStringLiteral("signInMessageLabel"), Qt::PlainText);
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);

    m_webexButton = Widgets::button(tr("Sign in with &Webex"), this,
                                    QStringLiteral("signInWithWebexButton"), tr("Sign in with Webex"));
    m_webexButton->setAccessibleDescription(
        tr("Opens Webex's sign-in page in your browser; the app receives the result on this "
           "computer only."));
    m_webexButton->setEnabled(m_webexAvailable);
    layout->addWidget(m_webexButton);
    m_rememberCheck = new QCheckBox(tr("&Remember me on this computer"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberMeCheckBox"));
    m_rememberCheck->setAccessibleName(tr("Remember me on this computer"));
    m_rememberCheck->setAccessibleDescription(
        tr("Keeps the sign-in in the system keychain, never in a file; Sign out removes it."));
    m_rememberCheck->setEnabled(false); // until the keychain answers
    m_rememberCheck->setVisible(m_webexAvailable);
    layout->addWidget(m_rememberCheck);
    m_rememberNote = Widgets::wrappingLabel(this, QStringLiteral("rememberMeNoteLabel"), Qt::PlainText);
    m_rememberNote->setVisible(false);
    layout->addWidget(m_rememberNote);
    m_statusLabel = Widgets::wrappingLabel(this, QStringLiteral("signInStatusLabel"), Qt::PlainText);
    m_statusLabel->setText(
        m_webexAvailable ? QString()
                         : tr("Sign in with Webex needs the client id of your Webex integration "
                              "(--client-id or WEBEX_CLIENT_ID)."));
    m_statusLabel->setVisible(!m_webexAvailable);
    layout->addWidget(m_statusLabel);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    QLabel *label = Widgets::wrappingLabel(
        tr("Or paste an &access token (kept in memory only, never saved):"), this,
        QStringLiteral("tokenLabel"));
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Access token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    label->setBuddy(m_tokenEdit);
    layout->addWidget(label);
    layout->addWidget(m_tokenEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in with the pasted token"));
    m_signInButton->setEnabled(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signInCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_signInButton->setEnabled(!t.trimmed().isEmpty() && !m_waiting);
        updateDefaultButton();
    });
    connect(m_webexButton, &QPushButton::clicked, this, [this] {
        if (m_waiting || !m_webexAvailable)
            return;
        setMessage({});
        setWaiting(true);
        emit webexSignInRequested(rememberMe());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    updateDefaultButton();
}

void SignInDialog::updateDefaultButton()
{
    // Return signs in with whatever the admin is doing: a pasted token, else Sign in with Webex.
    const bool pasting = !m_tokenEdit->text().trimmed().isEmpty() || !m_webexAvailable;
    m_signInButton->setDefault(pasting);
    m_webexButton->setDefault(!pasting);
}

void SignInDialog::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setAccessibleName(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void SignInDialog::setRememberAvailable(bool available, const QString &whyNot)
{
    m_rememberCheck->setEnabled(available && !m_waiting);
    if (!available)
        m_rememberCheck->setChecked(false);
    m_rememberNote->setText(available ? QString()
                                      : tr("\"Remember me\" is unavailable: %1 You will be asked "
                                           "to sign in next time.")
                                            .arg(whyNot));
    m_rememberNote->setVisible(!available && m_webexAvailable);
}

bool SignInDialog::rememberMe() const
{
    return m_rememberCheck->isEnabled() && m_rememberCheck->isChecked();
}

void SignInDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_webexButton->setEnabled(m_webexAvailable && !waiting);
    m_tokenEdit->setEnabled(!waiting);
    m_signInButton->setEnabled(!waiting && !m_tokenEdit->text().trimmed().isEmpty());
    if (m_webexAvailable) {
        m_statusLabel->setText(waiting ? tr("Waiting for you to sign in with Webex in your "
                                            "browser…")
                                       : QString());
        m_statusLabel->setVisible(waiting);
    }
}

void SignInDialog::finishWebexSignIn()
{
    m_waiting = false;
    QDialog::accept();
}

void SignInDialog::accept()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (token.isEmpty() || m_waiting)
        return;
    m_tokenEdit->clear();
    QDialog::accept();
    emit tokenEntered(token);
}

} // namespace wod::ui
