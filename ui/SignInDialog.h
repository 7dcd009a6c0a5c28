#pragma once
// Signs the admin in, two ways:
//   - "Sign in with Webex" (primary): emits webexSignInRequested(rememberMe); the caller runs the
//     OAuth flow in the browser and reports back with setWaiting(false) + setMessage() on failure
//     or finishWebexSignIn() on success. "Remember me" keeps the refresh token in the system
//     keychain; setRememberAvailable(false, why) disables it and says why (no keychain: never any
//     other storage).
//   - Pasting an access token: handed over through tokenEntered(), the field is cleared.
// Nothing is written to disk by this dialog. Opened with open(). GUI thread only.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wod::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `webexSignInAvailable` false (no client id configured): the Webex button is disabled and the
    // dialog says what is missing.
    SignInDialog(const QString &apiUrl, bool webexSignInAvailable = false, QWidget *parent = nullptr);
    // Shows why sign-in is needed again (e.g. the server answered 401) or why it failed.
    void setMessage(const QString &message);
    void setRememberAvailable(bool available, const QString &whyNot = {});
    bool rememberMe() const;
    // While the browser step runs: the Webex button waits, Cancel cancels the attempt.
    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }
    // The flow succeeded: closes the dialog as accepted.
    void finishWebexSignIn();

signals:
    void tokenEntered(const QString &token);
    void webexSignInRequested(bool rememberMe);

public:
    void accept() override;

private:
    void updateDefaultButton();

    QLabel *m_messageLabel;
    QPushButton *m_webexButton;
    QCheckBox *m_rememberCheck;
    QLabel *m_rememberNote;
    QLabel *m_statusLabel;
    QLineEdit *m_tokenEdit;
    QPushButton *m_signInButton;
    bool m_webexAvailable;
    bool m_waiting = false;
};

} // namespace wod::ui
