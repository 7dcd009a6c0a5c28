#include "FaultConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <limits>

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
            const QString key = it.key();
            const QJsonValue v = it.value();
            if (key == QLatin1String("latencyMs"))
                c.latencyMs = readInt(v, key, 0, kMaxMs);
            else if (key == QLatin1String("jitterMs"))
                c.jitterMs = readInt(v, key, 0, kMaxMs);
            else if (key == QLatin1String("rateLimitPerSecond"))
                c.rateLimitPerSecond = readInt(v, key, 0, 1'000'000);
            else if (key == QLatin1String("errorRate"))
                c.errorRate = readRate(v, key);
            else if (key == QLatin1String("resetRate"))
                c.resetRate = readRate(v, key);
            else if (key == QLatin1String("stallRate"))
                c.stallRate = readRate(v, key);
            else if (key == QLatin1String("stallMs"))
                c.stallMs = readInt(v, key, 0, kMaxMs);
            else if (key == QLatin1String("malformedRate"))
                c.malformedRate = readRate(v, key);
            else if (key == QLatin1String("truncatedRate"))
                c.truncatedRate = readRate(v, key);
            else if (key == QLatin1String("resetAfterEffectRate"))
                c.resetAfterEffectRate = readRate(v, key);
            else if (key == QLatin1String("tokenExpiresAfterRequests"))
                c.tokenExpiresAfterRequests = readInt(v, key, 0, std::numeric_limits<int>::max());
            else if (key == QLatin1String("conflictAtDelete"))
                c.conflictAtDelete = readConflict(v);
            else if (key == QLatin1String("conflictAtDeleteTimes"))
                c.conflictAtDeleteTimes = readInt(v, key, 0, 1'000'000);
            else if (key == QLatin1String("publicApiOnly"))
                c.publicApiOnly = readBool(v, key);
            else if (key == QLatin1String("orgDeletionDelayMs"))
                c.orgDeletionDelayMs = readInt(v, key, 0, kMaxMs);
            else if (key == QLatin1String("seed"))
                c.seed = quint32(readInt(v, key, 0, std::numeric_limits<int>::max()));
            else if (key == QLatin1String("scimBulk"))
                c.scimBulk = readBool(v, key);
            else if (key == QLatin1String("scimBulkRfc"))
                c.scimBulkRfc = readBool(v, key);
            else if (key == QLatin1String("scimBulkStatus")) {
                c.scimBulkStatus = readInt(v, key, 0, 599);
                if (c.scimBulkStatus != 0 && c.scimBulkStatus < 400)
                    throw FieldError{tr("%1: expected 0 or an HTTP error status from 400 to 599, "
                                        "found %2")
                                         .arg(field(key), describe(v))};
            } else if (key == QLatin1String("directorySyncUnreadable"))
                c.directorySyncUnreadable = readBool(v, key);
            else if (key == QLatin1String("orgDeleteIgnoresUsers"))
                c.orgDeleteIgnoresUsers = readBool(v, key);
            else if (key == QLatin1String("scimBulkLostAnswers"))
                c.scimBulkLostAnswers = readInt(v, key, 0, 1'000'000);
            else if (key == QLatin1String("scimUsers"))
                c.scimUsers = readBool(v, key);
            else if (key == QLatin1String("scimUsersMaxCount"))
                c.scimUsersMaxCount = readInt(v, key, 1, 1'000'000);
            else
                throw FieldError{tr("%1: unknown fault (expected one of latencyMs, jitterMs, "
                                    "rateLimitPerSecond, errorRate, resetRate, stallRate, stallMs, "
                                    "malformedRate, truncatedRate, resetAfterEffectRate, "
                                    "tokenExpiresAfterRequests, conflictAtDelete, "
                                    "conflictAtDeleteTimes, publicApiOnly, orgDeletionDelayMs, "
                                    "seed, scimBulk, scimBulkRfc, scimBulkStatus, "
                                    "scimBulkLostAnswers, orgDeleteIgnoresUsers, "
                                    "directorySyncUnreadable, scimUsers, scimUsersMaxCount)")
                                     .arg(field(key))};
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
    return QJsonObject{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("jitterMs"), jitterMs},
        {QStringLiteral("rateLimitPerSecond"), rateLimitPerSecond},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("resetRate"), resetRate},
        {QStringLiteral("stallRate"), stallRate},
        {QStringLiteral("stallMs"), stallMs},
        {QStringLiteral("malformedRate"), malformedRate},
        {QStringLiteral("truncatedRate"), truncatedRate},
        {QStringLiteral("resetAfterEffectRate"), resetAfterEffectRate},
        {QStringLiteral("tokenExpiresAfterRequests"), tokenExpiresAfterRequests},
        {QStringLiteral("conflictAtDelete"), QJsonArray::fromStringList(conflictAtDelete)},
        {QStringLiteral("conflictAtDeleteTimes"), conflictAtDeleteTimes},
        {QStringLiteral("publicApiOnly"), publicApiOnly},
        {QStringLiteral("orgDeletionDelayMs"), orgDeletionDelayMs},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("scimBulk"), scimBulk},
        {QStringLiteral("scimBulkRfc"), scimBulkRfc},
        {QStringLiteral("scimBulkStatus"), scimBulkStatus},
        {QStringLiteral("scimBulkLostAnswers"), scimBulkLostAnswers},
        {QStringLiteral("orgDeleteIgnoresUsers"), orgDeleteIgnoresUsers},
        {QStringLiteral("directorySyncUnreadable"), directorySyncUnreadable},
        {QStringLiteral("scimUsers"), scimUsers},
        {QStringLiteral("scimUsersMaxCount"), scimUsersMaxCount},
    };
}

} // namespace wod::sandbox
