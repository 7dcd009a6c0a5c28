#pragma once
// The users a deletion affects, as a table (name, email) that holds 100,000 rows and filters in
// well under 50 ms per keystroke: every row's searchable text is lower-cased once into one
// contiguous buffer (no string object per row: less memory, and a full search is one scan of that
// buffer), and a filter that extends the previous one only searches the rows still shown.
// Read-only. GUI thread only.

#include "OrgSnapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <vector>

namespace wod::ui {

class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, ColumnCount };

    explicit UserListModel(QObject *parent = nullptr);

    void setUsers(const QList<Person> &users);
    const QList<Person> &users() const { return m_users; }

    // Case-insensitive substring over name and email; empty shows everyone.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_users.size()); }
    // The person shown at `row` of the filtered view.
    const Person &personAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "displayName,email,id" lines with a header, RFC 4180 quoting; all users, not just the shown.
    QByteArray toCsv() const;

private:
    // Lower-cased "name\nemail" of row i: m_haystack[m_offsets[i], m_offsets[i + 1] - 1), each
    // followed by a NUL that ends the row.
    QStringView rowText(int row) const;
    std::vector<int> searchAll(const QString &needle) const;

    QList<Person> m_users;
    QString m_haystack;
    std::vector<qsizetype> m_offsets; // m_users.size() + 1 entries
    std::vector<int> m_visible;       // indices into m_users
    QString m_filter;
};

} // namespace wod::ui
