#include "UserListModel.h"

#include "CsvWriter.h"

#include <algorithm>

namespace wod::ui {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

namespace {

// Appends `text` lower-cased: ASCII in place, anything else through QString::toLower (which may
// change the length), so the result equals text.toLower() without a temporary per row.
void appendLower(QString &out, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out += text.toLower();
            return;
        }
    }
    const qsizetype at = out.size();
    out += text;
    QChar *data = out.data() + at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u >= u'A' && u <= u'Z')
            data[i] = QChar(char16_t(u + (u'a' - u'A')));
    }
}

} // namespace

void UserListModel::setUsers(const QList<Person> &users)
{
    beginResetModel();
    m_users = users;
    m_haystack.clear();
    qsizetype size = 0;
    for (const Person &p : users)
        size += p.displayName.size() + p.email.size() + 2;
    m_haystack.reserve(size);
    m_offsets.clear();
    m_offsets.reserve(static_cast<size_t>(users.size()) + 1);
    for (const Person &p : users) {
        m_offsets.push_back(m_haystack.size());
        appendLower(m_haystack, p.displayName);
        m_haystack += QLatin1Char('\n');
        appendLower(m_haystack, p.email);
        m_haystack += QChar(u'\0');
    }
    m_offsets.push_back(m_haystack.size());
    m_haystack.squeeze();
    m_filter.clear();
    m_visible.resize(static_cast<size_t>(users.size()));
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_visible[i] = static_cast<int>(i);
    endResetModel();
}

QStringView UserListModel::rowText(int row) const
{
    const auto i = static_cast<size_t>(row);
    return QStringView(m_haystack).sliced(m_offsets[i], m_offsets[i + 1] - m_offsets[i] - 1);
}

// One scan of the whole buffer; after a hit the search goes on at the next row.
std::vector<int> UserListModel::searchAll(const QString &needle) const
{
    std::vector<int> rows;
    const QStringView all(m_haystack);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = all.indexOf(needle, from);
        if (at < 0)
            break;
        const auto next = std::upper_bound(m_offsets.begin(), m_offsets.end(), at);
        const auto row = static_cast<int>(next - m_offsets.begin() - 1);
        // A needle holding the NUL row end could span two rows: such a hit is no match.
        if (at + needle.size() < *next)
            rows.push_back(row);
        from = *next;
    }
    return rows;
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
        next.resize(m_users.size());
        for (size_t i = 0; i < next.size(); ++i)
            next[i] = static_cast<int>(i);
    } else if (narrowing) {
        next.reserve(m_visible.size());
        for (int i : m_visible) {
            if (rowText(i).contains(needle))
                next.push_back(i);
        }
    } else {
        next = searchAll(needle);
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
