#pragma once
// A run's receipt as JSON (what Receipt describes), built lazily. It holds the run's data (the
// plan and each user's outcome, shared, a few MB for 100,000 users) instead of a JSON object per
// user (about 0.9 KB each in QJsonObject: ~90 MB for 100,000 users).
//
// Existing code may keep treating it as a QJsonObject (implicit conversion, value()); that builds
// the whole object each time. toJson() serializes without building the users as JSON objects and
// gives exactly the bytes QJsonDocument(toObject()).toJson(format) would.

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <memory>

namespace wod::net {

struct ReceiptData;

class ReceiptDocument
{
public:
    ReceiptDocument() = default;
    ReceiptDocument(const QJsonObject &object); // NOLINT: implicit, a receipt that is a plain object
    explicit ReceiptDocument(std::shared_ptr<const ReceiptData> data);

    bool isEmpty() const;
    QJsonObject toObject() const;
    operator QJsonObject() const { return toObject(); } // NOLINT: implicit on purpose, see above
    // One member; only "users" builds the per-user objects.
    QJsonValue value(QLatin1StringView key) const;
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;

private:
    std::shared_ptr<const ReceiptData> d;
};

} // namespace wod::net
