#include "WizardFiles.h"

#include "CsvWriter.h"
#include "UserListModel.h"
#include "VerdictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wod::ui::WizardFiles {

namespace {

// WizardController wrote these files before they had their own: its translations stay there.
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::ui::WizardController", text);
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeChecklistJson(const QString &path, const OrgSnapshot &snapshot, const Verdict &verdict,
                        QString *error)
{
    return writeFile(path, QJsonDocument(verdictToJson(snapshot, verdict)).toJson(QJsonDocument::Indented),
                     error);
}

bool writeChecklistCsv(const QString &path, const Verdict &verdict, QString *error)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("title"),
                QStringLiteral("detail"), QStringLiteral("remedy")});
    for (const CheckItem &item : verdict.checklist)
        csv.addRow({item.id, toWireName(item.state), item.title, item.detail, item.remedy});
    return writeFile(path, csv.data(), error);
}

bool writeUsersCsv(const QString &path, const OrgSnapshot &snapshot, QString *error)
{
    UserListModel model;
    model.setUsers(snapshot.usersToHandle());
    return writeFile(path, model.toCsv(), error);
}

bool writeReceipt(const QString &path, const wod::net::RunOutcome &outcome,
                  const OrgSnapshot *snapshot, QString *error)
{
    if (!outcome.receipt.isEmpty()) // serialized without one JSON object per user (100k users)
        return writeFile(path, outcome.receipt.toJson(QJsonDocument::Indented), error);
    // A runner that ended before writing a receipt (e.g. changed org): record what is known.
    QJsonObject receipt;
    receipt.insert(QStringLiteral("status"), wod::net::toWireName(outcome.status));
    receipt.insert(QStringLiteral("message"), outcome.message);
    receipt.insert(QStringLiteral("usersHandled"), outcome.usersHandled);
    receipt.insert(QStringLiteral("usersFailed"), outcome.usersFailed);
    receipt.insert(QStringLiteral("usersTotal"), outcome.usersTotal);
    receipt.insert(QStringLiteral("trackingIds"), QJsonArray::fromStringList(outcome.trackingIds));
    if (snapshot) {
        receipt.insert(QStringLiteral("orgId"), snapshot->orgId);
        receipt.insert(QStringLiteral("orgDisplayName"), snapshot->orgDisplayName);
    }
    return writeFile(path, QJsonDocument(receipt).toJson(QJsonDocument::Indented), error);
}

} // namespace wod::ui::WizardFiles
