#pragma once
// One machine-readable line per figure a benchmark measures, for tests/bench/run-all.sh:
//   FIGURE {"id": ..., "figure": ..., "value": ..., "display": ..., "unit": ..., "detail": ...,
//           "target": ..., "reproduce": ...}
// run-all.sh adds the load average, machine and commit and writes tests/bench/results.json; the
// README's figures table is generated from that file (tests/bench/figures.cmake). `detail` is
// the rest of the table cell (what the value is compared with, other runs); `target` "–" when
// the figure has none.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace FigureLine {

inline void print(QTextStream &out, const QString &id, const QString &figure, double value,
                  const QString &unit, const QString &detail, const QString &target,
                  const QString &reproduce)
{
    // As the table shows it: three significant digits or so.
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    const QJsonObject o{{QStringLiteral("id"), id},
                        {QStringLiteral("figure"), figure},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("display"), QString::number(value, 'f', decimals)},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("target"), target},
                        {QStringLiteral("reproduce"), reproduce}};
    out << "FIGURE " << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace FigureLine
