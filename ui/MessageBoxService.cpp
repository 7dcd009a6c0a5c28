#include "MessageBoxService.h"

#include <QPointer>
#include <QTimer>

namespace wod::ui {

MessageBoxService::MessageBoxService(QObject *parent) : QObject(parent) {}

void MessageBoxService::setNextAnswer(QMessageBox::StandardButton button)
{
    m_answers.enqueue(button);
}

void MessageBoxService::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                            const QString &text, QMessageBox::StandardButtons buttons,
                            QMessageBox::StandardButton defaultButton, const Callback &done)
{
    m_lastText = text;
    emit asked(title, text);
    QPointer<QWidget> guard(parent);
    const bool hadParent = parent != nullptr;
    if (!m_answers.isEmpty()) {
        const QMessageBox::StandardButton answer = m_answers.dequeue();
        // Queued, so that callers see the same ordering as with a real dialog.
        QTimer::singleShot(0, this, [guard, hadParent, answer, done] {
            if (done && (!hadParent || guard))
                done(answer);
        });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("questionMessageBox"));
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    connect(box, &QMessageBox::finished, this, [box, done](int) {
        QAbstractButton *clicked = box->clickedButton();
        const QMessageBox::StandardButton answer =
            clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
        if (done)
            done(answer);
    });
    box->open();
}

void MessageBoxService::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                               const QString &text, const Callback &done)
{
    ask(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok, done);
}

} // namespace wod::ui
