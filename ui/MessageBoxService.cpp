#include "MessageBoxService.h"

#include <QAbstractButton>
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
                            QMessageBox::StandardButton defaultButton, const Callback &done,
                            const QMap<QMessageBox::StandardButton, QString> &buttonTexts)
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
    // Our own texts for the standard buttons (Qt's defaults, in English), so that they follow the
    // app's language also where Qt's qtbase translations are not installed.
    const struct { QMessageBox::StandardButton which; QString text; } texts[] = {
        {QMessageBox::Yes, tr("&Yes")},       {QMessageBox::No, tr("&No")},
        {QMessageBox::Ok, tr("OK")},          {QMessageBox::Cancel, tr("Cancel")},
        {QMessageBox::Retry, tr("Retry")},    {QMessageBox::Close, tr("Close")},
    };
    for (const auto &t : texts) {
        if (QAbstractButton *b = box->button(t.which))
            b->setText(buttonTexts.value(t.which, t.text));
    }
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
