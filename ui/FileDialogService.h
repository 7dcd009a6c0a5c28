#pragma once
// The file-dialog seam: "save as" questions go through here, never through a blocking static
// QFileDialog call. requestSaveFileName() opens a window-modal dialog with open() and calls back
// with the chosen path (empty: cancelled). Tests queue answers with setNextAnswer(). GUI thread only.

#include <QObject>
#include <QQueue>
#include <functional>

class QWidget;

namespace wod::ui {

class FileDialogService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &path)>;

    explicit FileDialogService(QObject *parent = nullptr);

    // `filter` like "JSON (*.json);;CSV (*.csv)"; `suggestedName` a file name or path.
    void requestSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                             const QString &filter, const Callback &done);

    // Tests: the next request answers `path` (empty: the admin cancelled) without showing anything.
    void setNextAnswer(const QString &path);
    int pendingAnswers() const { return static_cast<int>(m_answers.size()); }

private:
    QQueue<QString> m_answers;
};

} // namespace wod::ui
