#pragma once
// Fault injection settings of the sandbox server: the scenario's "faults" object and the
// webex-sandbox flags (resources/api/openapi.yaml, section "Faults"). All faults default to off.
// A plain value type; safe to copy between threads.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace wod::sandbox {

struct FaultConfig
{
    int latencyMs = 0; // every response delayed by latencyMs + uniform(0, jitterMs)
    int jitterMs = 0;
    int rateLimitPerSecond = 0; // 0 = unlimited; more within a sliding 1 s window -> 429
    double errorRate = 0;       // 0..1: 500/502/503 (503 carries Retry-After: 1)
    double resetRate = 0;       // 0..1: connection closed without an answer
    double stallRate = 0;       // 0..1: answered (504) only after stallMs
    int stallMs = 60000;
    double malformedRate = 0; // 0..1: 200 with a body that is not JSON
    double truncatedRate = 0; // 0..1: half a JSON body with the full Content-Length, then close
    double resetAfterEffectRate = 0;   // 0..1: the request takes effect, then the connection resets
    int tokenExpiresAfterRequests = 0; // 0 = never; else 401 after that many authenticated requests
    QStringList conflictAtDelete;      // blocker wire codes answered as 409 at the org DELETE
    int conflictAtDeleteTimes = 1;     // how many org DELETEs get that forced 409
    bool publicApiOnly = false;        // extension endpoints answer 404
    int orgDeletionDelayMs = 2000;     // GET /organizations/{id} stays 200 this long after DELETE
    quint32 seed = 1;                  // RNG seed: the same seed gives the same fault sequence
    bool scimBulk = true;              // false: the SCIM Bulk endpoint answers 404
    // true: Bulk answers as RFC 7644 3.7.3 and Cisco's example do (per operation location,
    // method, status, and response for a failure; no path or bulkId echo for DELETE), and the
    // request must be as Cisco's schema (BulkUser) has it: schemas, failOnErrors, operations.
    bool scimBulkRfc = false;
    int scimBulkStatus = 0;               // 0, or 400..599: every Bulk request is answered with it
    bool orgDeleteIgnoresUsers = false;   // a lax server: users never block the org DELETE (#17)
    bool directorySyncUnreadable = false; // the directorySync extension read answers 404 (the
                                          // check is unknown while conversion stays available)
    int scimBulkLostAnswers = 0; // the first N Bulk requests are carried out, their answers cut
                                 // off halfway (a lost answer; a reset before any byte would be
                                 // resent by Qt's HTTP layer on its own)
    bool scimUsers = true;       // false: SCIM Users answers 403 (token without its scope)
    // The most users one SCIM "Search users" page holds, whatever `count` asks for (RFC 7644
    // 3.4.2.4: a server may return fewer than asked). Cisco's spec documents no maximum; 1,000
    // (/v1/people's) is the cautious default, a larger one emulates a server that honours more.
    int scimUsersMaxCount = 1000;

    // Reads a "faults" object. Unknown keys and values of the wrong type or out of range are
    // errors naming the field, e.g. "faults.errorRate: expected a number from 0 to 1, found 2".
    // `base` supplies the values of absent keys.
    static std::optional<FaultConfig> fromJson(const QJsonObject &faults, QString *error);
    static std::optional<FaultConfig> fromJson(const QJsonObject &faults, const FaultConfig &base,
                                               QString *error);
    // The same keys as fromJson() reads; conflictAtDelete as a list of codes.
    QJsonObject toJson() const;

    // What the value of a key is (and what webex-sandbox's flag for it takes).
    enum class ValueKind
    {
        WholeNumber,
        Rate,        // a number from 0 to 1
        Switch,      // true or false
        BlockerCodes // conflictAtDelete: true, false or a list of conflictCodes()
    };
    // nullopt for a key fromJson() does not know.
    static std::optional<ValueKind> kindOf(const QString &key);
    // The six blocker codes a 409 at the org DELETE can carry.
    static const QStringList &conflictCodes();

    friend bool operator==(const FaultConfig &, const FaultConfig &) = default;
};

} // namespace wod::sandbox
