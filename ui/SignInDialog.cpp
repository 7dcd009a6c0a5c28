#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

SignInDialog::SignInDialog(const QString &apiUrl, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Webex"));
    setMinimumWidth(540);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Paste an access token of a full administrator of the organization. "
                                "It is kept in memory only and never saved.\nAPI: %1")
                                 .arg(apiUrl),
                             this);
    intro->setObjectName(QStringLiteral("signInIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("signInMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);

    auto *label = new QLabel(tr("&Access token:"), this);
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
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_signInButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancelButton"));
    layout->addWidget(buttons);
    connect(m_tokenEdit, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_signInButton->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
}

void SignInDialog::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void SignInDialog::accept()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (token.isEmpty())
        return;
    m_tokenEdit->clear();
    QDialog::accept();
    emit tokenEntered(token);
}

} // namespace wod::ui
