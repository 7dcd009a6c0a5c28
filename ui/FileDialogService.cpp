#include "FileDialogService.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QTimer>

namespace wod::ui {

FileDialogService::FileDialogService(QObject *parent) : QObject(parent) {}

void FileDialogService::setNextAnswer(const QString &path)
{
    m_answers.enqueue(path);
}

void FileDialogService::requestSaveFileName(QWidget *parent, const QString &caption,
                                            const QString &suggestedName, const QString &filter,
                                            const Callback &done)
{
    QPointer<QWidget> guard(parent);
    const bool hadParent = parent != nullptr;
    if (!m_answers.isEmpty()) {
        const QString answer = m_answers.dequeue();
        QTimer::singleShot(0, this, [guard, hadParent, answer, done] {
            if (done && (!hadParent || guard))
                done(answer);
        });
        return;
    }
    const QString start = QDir::isAbsolutePath(suggestedName)
        ? suggestedName
        : QDir::home().filePath(suggestedName);
    auto *dialog = new QFileDialog(parent, caption, start, filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAccessibleName(caption);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(start);
    connect(dialog, &QFileDialog::finished, this, [dialog, done](int result) {
        const QStringList files = dialog->selectedFiles();
        if (done)
            done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace wod::ui
