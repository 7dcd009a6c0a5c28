#pragma once
// The message-box seam: every question or notice the UI puts to the admin goes through here, never
// through QMessageBox::exec(). ask() opens a window-modal box with open() and calls back when the
// admin answers; the event loop keeps running. Tests queue answers with setNextAnswer(): the next
// ask() then shows nothing and calls back (queued, like a real answer) with that button.
// GUI thread only.

#include <QMessageBox>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <functional>

namespace wod::ui {

class MessageBoxService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    explicit MessageBoxService(QObject *parent = nullptr);

    // Shows a question; `done` receives the button pressed (Escape: the escape button, e.g. No).
    // `parent` may be null; `done` is not called when `parent` is destroyed first.
    // `buttonTexts` names buttons by what they do ("Stop and Close" rather than "Yes"); a button
    // not named there keeps the standard text.
    void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
             const Callback &done,
             const QMap<QMessageBox::StandardButton, QString> &buttonTexts = {});
    // A notice with one OK button; `done` may be empty.
    void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                const Callback &done = {});

    // Tests: the next ask()/inform() answers `button` without showing anything.
    void setNextAnswer(QMessageBox::StandardButton button);
    int pendingAnswers() const { return static_cast<int>(m_answers.size()); }
    // The text of the last question or notice (tests assert what was asked).
    QString lastText() const { return m_lastText; }

signals:
    // Emitted for every ask()/inform(), answered by a test or shown.
    void asked(const QString &title, const QString &text);

private:
    QQueue<QMessageBox::StandardButton> m_answers;
    QString m_lastText;
};

} // namespace wod::ui
