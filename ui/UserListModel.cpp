#include "UserListModel.h"

#include "CsvWriter.h"

namespace wod::ui {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserListModel::setUsers(const QList<Person> &users)
{
    beginResetModel();
    m_users = users;
    m_haystack.clear();
    m_haystack.reserve(static_cast<size_t>(users.size()));
    for (const Person &p : users)
        m_haystack.push_back((p.displayName + QLatin1Char('\n') + p.email).toLower());
    m_filter.clear();
    m_visible.resize(static_cast<size_t>(users.size()));
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_visible[i] = static_cast<int>(i);
    endResetModel();
}

void UserListModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_filter)
        return;
    // A longer filter that contains the previous one can only shrink the result: search the rows
    // still shown instead of all of them (typing is the common case).
    const bool narrowing = !m_filter.isEmpty() && needle.contains(m_filter);
    std::vector<int> next;
    if (needle.isEmpty()) {
        next.resize(m_haystack.size());
        for (size_t i = 0; i < next.size(); ++i)
            next[i] = static_cast<int>(i);
    } else if (narrowing) {
        next.reserve(m_visible.size());
        for (int i : m_visible) {
            if (m_haystack[static_cast<size_t>(i)].contains(needle))
                next.push_back(i);
        }
    } else {
        for (size_t i = 0; i < m_haystack.size(); ++i) {
            if (m_haystack[i].contains(needle))
                next.push_back(static_cast<int>(i));
        }
    }
    beginResetModel();
    m_filter = needle;
    m_visible = std::move(next);
    endResetModel();
}

const Person &UserListModel::personAt(int row) const
{
    return m_users.at(m_visible.at(static_cast<size_t>(row)));
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const Person &p = personAt(index.row());
    switch (index.column()) {
    case NameColumn: return p.displayName.isEmpty() ? p.email : p.displayName;
    case EmailColumn: return p.email;
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    default: return {};
    }
}

QByteArray UserListModel::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("id")});
    for (const Person &p : m_users)
        csv.addRow({p.displayName, p.email, p.id});
    return csv.data();
}

} // namespace wod::ui
