#pragma once
// RFC 4180 CSV in UTF-8 for the exports (checklist, users): fields with a comma, quote or line
// break are quoted, quotes doubled; a field starting with = + - @ gets a leading apostrophe so a
// spreadsheet does not run it as a formula.

#include <QByteArray>
#include <QStringList>

namespace wod::ui {

class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }

    static QString escape(const QString &field);

private:
    QByteArray m_data;
};

} // namespace wod::ui
