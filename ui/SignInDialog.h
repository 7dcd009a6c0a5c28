#pragma once
// Asks the admin to paste an access token for a real Webex API. The token lives only in memory:
// it is handed over through tokenEntered() and the field is cleared; nothing is written to disk.
// Opened with open(). GUI thread only.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wod::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const QString &apiUrl, QWidget *parent = nullptr);
    // Shows why sign-in is needed again (e.g. the server answered 401).
    void setMessage(const QString &message);

signals:
    void tokenEntered(const QString &token);

public:
    void accept() override;

private:
    QLabel *m_messageLabel;
    QLineEdit *m_tokenEdit;
    QPushButton *m_signInButton;
};

} // namespace wod::ui
