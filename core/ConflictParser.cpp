#include "ConflictParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wod {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::ConflictParser", text);
}

// Lower case, single spaces, no final punctuation, digits for "one": the documented strings and
// the help article's variants then compare equal.
QString normalise(const QString &text)
{
    QString s = text.simplified().toLower();
    while (!s.isEmpty()
           && (s.back() == QLatin1Char('.') || s.back() == QLatin1Char(';')
               || s.back() == QLatin1Char(',') || s.back() == QLatin1Char('!')
               || s.back().isSpace()))
        s.chop(1);
    s.replace(QStringLiteral("more than one "), QStringLiteral("more than 1 "));
    s.replace(QStringLiteral("managed-by"), QStringLiteral("managed by"));
    s.replace(QStringLiteral("organization"), QStringLiteral("org"));
    s.replace(QStringLiteral("directory sync "), QStringLiteral("directory synchronization "));
    return s;
}

struct KnownCondition
{
    const char *normalised;
    BlockerCode code;
};

constexpr KnownCondition kConditions[] = {
    {"org cannot be deleted as it has linked sites", BlockerCode::LinkedSites},
    {"org cannot be deleted as it has active subscriptions or licenses", BlockerCode::Subscriptions},
    {"org cannot be deleted as directory synchronization is enabled", BlockerCode::DirectorySync},
    {"org cannot be deleted as it has more than 1 user", BlockerCode::MultipleUsers},
    {"org cannot be deleted as it has more than 1 users", BlockerCode::MultipleUsers},
    {"org cannot be deleted as it has more than 1 managed by relationship",
     BlockerCode::MultipleManagedBy},
    {"org cannot be deleted as it has more than 1 managed by relationships",
     BlockerCode::MultipleManagedBy},
    {"org cannot be deleted as it has managed orgs", BlockerCode::ManagedOrgs},
};

// One text may carry several conditions ("Org cannot be deleted as ... . Org cannot be deleted as
// ..."): split before each lead-in that starts a sentence (text start, or after . ; : , ! ? or a
// line break). A lead-in inside a sentence ("Your org cannot be deleted because ...") does not
// split, so an unrecognised text stays whole and verbatim.
QStringList splitSentences(const QString &text)
{
    static const QRegularExpression leadIn(
        QStringLiteral("(?<=[.;:,!?\\n])\\s*(?=(?:org|organization) cannot be deleted\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const QString &part : text.split(leadIn, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

class Collector
{
public:
    void addRecognised(BlockerCode code)
    {
        for (const Blocker &b : std::as_const(report.blockers)) {
            if (b.code == code)
                return;
        }
        report.blockers.append(makeBlocker(code));
    }
    void addUnknown(const QString &verbatim)
    {
        for (const Blocker &b : std::as_const(report.blockers)) {
            if (b.code == BlockerCode::Unknown && b.message == verbatim)
                return;
        }
        report.blockers.append(
            Blocker{BlockerCode::Unknown, verbatim, blockerRemedy(BlockerCode::Unknown), {}});
    }
    // Returns how many blockers the text produced.
    int addText(const QString &text, bool keepUnknown)
    {
        int added = 0;
        for (const QString &sentence : splitSentences(text)) {
            if (auto code = ConflictParser::classify(sentence)) {
                addRecognised(*code);
                ++added;
            } else if (keepUnknown) {
                addUnknown(sentence);
                ++added;
            }
        }
        return added;
    }
    ConflictReport report;
};

} // namespace

std::optional<BlockerCode> ConflictParser::classify(const QString &sentence)
{
    const QString n = normalise(sentence);
    for (const KnownCondition &c : kConditions) {
        if (n == QLatin1String(c.normalised))
            return c.code;
    }
    return std::nullopt;
}

std::optional<ConflictReport> ConflictParser::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ConflictReport> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The 409 response is not JSON: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("The 409 response is not a JSON object."));

    const QJsonObject obj = doc.object();
    const QJsonValue message = obj.value(QLatin1String("message"));
    const QJsonValue errors = obj.value(QLatin1String("errors"));
    if (!message.isUndefined() && !message.isString() && !message.isNull())
        return fail(tr("The 409 response's \"message\" is not a string."));
    if (!errors.isUndefined() && !errors.isArray() && !errors.isNull())
        return fail(tr("The 409 response's \"errors\" is not a list."));

    QStringList descriptions;
    for (const QJsonValue &e : errors.toArray()) {
        if (!e.isObject())
            return fail(tr("An entry of the 409 response's \"errors\" is not an object."));
        const QJsonValue d = e.toObject().value(QLatin1String("description"));
        if (d.isString() && !d.toString().trimmed().isEmpty())
            descriptions.append(d.toString());
    }
    const QString messageText = message.toString();
    if (messageText.trimmed().isEmpty() && descriptions.isEmpty())
        return fail(tr("The 409 response has neither a message nor error descriptions."));

    Collector collector;
    int fromErrors = 0;
    for (const QString &d : std::as_const(descriptions))
        fromErrors += collector.addText(d, true);
    // The top-level message usually summarises errors[]: keep its unknown parts only when errors[]
    // said nothing, so nothing the server said is lost and nothing is shown twice.
    collector.addText(messageText, fromErrors == 0);

    collector.report.trackingId = obj.value(QLatin1String("trackingId")).toString();
    return collector.report;
}

} // namespace wod
