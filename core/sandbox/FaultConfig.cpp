#include "FaultConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <limits>
#include <type_traits>
#include <variant>

namespace wod::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::sandbox::FaultConfig", text);
}

struct FieldError
{
    QString message;
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(v.toString());
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return {};
}

QString field(const QString &key)
{
    return QStringLiteral("faults.") + key;
}

int readInt(const QJsonValue &v, const QString &key, int min, int max)
{
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < min || d > max)
        throw FieldError{tr("%1: expected a whole number from %2 to %3, found %4")
                             .arg(field(key))
                             .arg(min)
                             .arg(max)
                             .arg(describe(v))};
    return int(d);
}

double readRate(const QJsonValue &v, const QString &key)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1)
        throw FieldError{
            tr("%1: expected a number from 0 to 1, found %2").arg(field(key), describe(v))};
    return d;
}

bool readBool(const QJsonValue &v, const QString &key)
{
    if (!v.isBool())
        throw FieldError{tr("%1: expected true or false, found %2").arg(field(key), describe(v))};
    return v.toBool();
}

QStringList readConflict(const QJsonValue &v)
{
    const QString key = QStringLiteral("conflictAtDelete");
    if (v.isBool())
        return v.toBool() ? QStringList{QStringLiteral("linked_sites")} : QStringList{};
    if (!v.isArray())
        throw FieldError{tr("%1: expected true, false or a list of blocker codes, found %2")
                             .arg(field(key), describe(v))};
    QStringList codes;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString code = a.at(i).toString();
        if (!a.at(i).isString() || !FaultConfig::conflictCodes().contains(code))
            throw FieldError{tr("%1[%2]: unknown blocker code %3 (expected one of %4)")
                                 .arg(field(key))
                                 .arg(i)
                                 .arg(describe(a.at(i)),
                                      FaultConfig::conflictCodes().join(QStringLiteral(", ")))};
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

constexpr int kMaxMs = 24 * 60 * 60 * 1000;
constexpr int kMaxInt = std::numeric_limits<int>::max();

using Member = std::variant<int FaultConfig::*, quint32 FaultConfig::*, double FaultConfig::*,
                            bool FaultConfig::*, QStringList FaultConfig::*>;

// One key of the "faults" object: the member it sets and, for whole numbers, their range.
struct Field
{
    const char *key;
    Member member;
    int min = 0;
    int max = 0;
};

// Every key, in the order the unknown-key error lists them.
const Field kFields[] = {
    {"latencyMs", &FaultConfig::latencyMs, 0, kMaxMs},
    {"jitterMs", &FaultConfig::jitterMs, 0, kMaxMs},
    {"rateLimitPerSecond", &FaultConfig::rateLimitPerSecond, 0, 1'000'000},
    {"errorRate", &FaultConfig::errorRate},
    {"resetRate", &FaultConfig::resetRate},
    {"stallRate", &FaultConfig::stallRate},
    {"stallMs", &FaultConfig::stallMs, 0, kMaxMs},
    {"malformedRate", &FaultConfig::malformedRate},
    {"truncatedRate", &FaultConfig::truncatedRate},
    {"resetAfterEffectRate", &FaultConfig::resetAfterEffectRate},
    {"tokenExpiresAfterRequests", &FaultConfig::tokenExpiresAfterRequests, 0, kMaxInt},
    {"conflictAtDelete", &FaultConfig::conflictAtDelete},
    {"conflictAtDeleteTimes", &FaultConfig::conflictAtDeleteTimes, 0, 1'000'000},
    {"publicApiOnly", &FaultConfig::publicApiOnly},
    {"orgDeletionDelayMs", &FaultConfig::orgDeletionDelayMs, 0, kMaxMs},
    {"seed", &FaultConfig::seed, 0, kMaxInt},
    {"scimBulk", &FaultConfig::scimBulk},
    {"scimBulkRfc", &FaultConfig::scimBulkRfc},
    {"scimBulkStatus", &FaultConfig::scimBulkStatus, 0, 599},
    {"scimBulkLostAnswers", &FaultConfig::scimBulkLostAnswers, 0, 1'000'000},
    {"orgDeleteIgnoresUsers", &FaultConfig::orgDeleteIgnoresUsers},
    {"directorySyncUnreadable", &FaultConfig::directorySyncUnreadable},
    {"scimUsers", &FaultConfig::scimUsers},
    {"scimUsersMaxCount", &FaultConfig::scimUsersMaxCount, 1, 1'000'000},
};

const Field *fieldOf(const QString &key)
{
    for (const Field &f : kFields) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

// Reads `v` into the member of `f`; throws FieldError naming the field.
void readField(FaultConfig &c, const Field &f, const QJsonValue &v)
{
    const QString key = QLatin1String(f.key);
    if (const auto *m = std::get_if<int FaultConfig::*>(&f.member))
        c.*(*m) = readInt(v, key, f.min, f.max);
    else if (const auto *m = std::get_if<quint32 FaultConfig::*>(&f.member))
        c.*(*m) = quint32(readInt(v, key, f.min, f.max));
    else if (const auto *m = std::get_if<double FaultConfig::*>(&f.member))
        c.*(*m) = readRate(v, key);
    else if (const auto *m = std::get_if<bool FaultConfig::*>(&f.member))
        c.*(*m) = readBool(v, key);
    else
        c.*std::get<QStringList FaultConfig::*>(f.member) = readConflict(v);
    // The one key with a gap in its range: no success status.
    if (key == QLatin1String("scimBulkStatus") && c.scimBulkStatus != 0 && c.scimBulkStatus < 400)
        throw FieldError{tr("%1: expected 0 or an HTTP error status from 400 to 599, found %2")
                             .arg(field(key), describe(v))};
}

QJsonValue valueOf(const FaultConfig &c, const Field &f)
{
    return std::visit(
        [&](auto member) {
            const auto &value = c.*member;
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QStringList>)
                return QJsonValue(QJsonArray::fromStringList(value));
            else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, quint32>)
                return QJsonValue(qint64(value));
            else
                return QJsonValue(value);
        },
        f.member);
}

} // namespace

const QStringList &FaultConfig::conflictCodes()
{
    // The order of the six 409 messages in the Webex API reference.
    static const QStringList codes{
        QStringLiteral("linked_sites"),        QStringLiteral("subscriptions"),
        QStringLiteral("directory_sync"),      QStringLiteral("multiple_users"),
        QStringLiteral("multiple_managed_by"), QStringLiteral("managed_orgs")};
    return codes;
}

std::optional<FaultConfig> FaultConfig::fromJson(const QJsonObject &faults, QString *error)
{
    return fromJson(faults, FaultConfig{}, error);
}

std::optional<FaultConfig> FaultConfig::fromJson(const QJsonObject &faults, const FaultConfig &base,
                                                 QString *error)
{
    FaultConfig c = base;
    try {
        for (auto it = faults.begin(); it != faults.end(); ++it) {
            const Field *f = fieldOf(it.key());
            if (!f) {
                QStringList keys;
                for (const Field &known : kFields)
                    keys.append(QLatin1String(known.key));
                throw FieldError{tr("%1: unknown fault (expected one of %2)")
                                     .arg(field(it.key()), keys.join(QStringLiteral(", ")))};
            }
            readField(c, *f, it.value());
        }
    } catch (const FieldError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
    return c;
}

QJsonObject FaultConfig::toJson() const
{
    QJsonObject out;
    for (const Field &f : kFields)
        out.insert(QLatin1String(f.key), valueOf(*this, f));
    return out;
}

std::optional<FaultConfig::ValueKind> FaultConfig::kindOf(const QString &key)
{
    const Field *f = fieldOf(key);
    if (!f)
        return std::nullopt;
    if (std::holds_alternative<double FaultConfig::*>(f->member))
        return ValueKind::Rate;
    if (std::holds_alternative<bool FaultConfig::*>(f->member))
        return ValueKind::Switch;
    if (std::holds_alternative<QStringList FaultConfig::*>(f->member))
        return ValueKind::BlockerCodes;
    return ValueKind::WholeNumber;
}

} // namespace wod::sandbox
