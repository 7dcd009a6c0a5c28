#pragma once
// A benchmark's fixed-width text table, its column widths given once for the header, the rows
// and the rule under the header. A cell is padded as QString::arg pads it (a negative width
// aligns left); cells are joined by the separator; each line ends with a newline.
//   const TextTable table({-34, 8}, {"run", "wall s"});
//   out << table.header();
//   out << table.row({name, QString::number(seconds, 'f', 2)});

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

class TextTable
{
public:
    TextTable(QList<int> widths, std::initializer_list<const char *> titles,
              QString separator = QStringLiteral(" "))
        : m_widths(std::move(widths)), m_separator(std::move(separator))
    {
        for (const char *title : titles)
            m_titles << QString::fromUtf8(title);
    }

    QString header() const { return row(m_titles); }

    // One cell per column, already formatted (QString::number(value, 'f', 2) and the like).
    QString row(const QStringList &cells) const
    {
        QString line;
        for (qsizetype i = 0; i < m_widths.size(); ++i) {
            if (i > 0)
                line += m_separator;
            line += QStringLiteral("%1").arg(cells.value(i), m_widths.at(i));
        }
        return line + QLatin1Char('\n');
    }

    // A line of dashes as wide as the header.
    QString rule() const { return QString(header().size() - 1, QLatin1Char('-')) + QLatin1Char('\n'); }

private:
    QList<int> m_widths;
    QStringList m_titles;
    QString m_separator;
};
