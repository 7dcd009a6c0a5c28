#pragma once
// Test helper: a confirmed deletion plan built in code (no sandbox, no snapshot), for the tests
// of what is written from a plan: the journal, the receipt.
//
//   const DeletionPlan plan = test::samplePlan(3); // users user-1..user-3 of "Journal Org"
//   const DeletionPlan odd = test::samplePlan(3, {.orgDisplayName = QStringLiteral("\"x\"")});

#include "DeletionPlan.h"

namespace wod::test {

// What a sample plan is made of. Every value has a default, so a test names only what it is
// about; userId and userEmail take the user's number as %1.
struct SamplePlanText
{
    QString orgId = QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8xMjM0NTY3OC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDE");
    QString orgDisplayName = QStringLiteral("Journal Org");
    QString actorId = QStringLiteral("actor-id");
    QString actorEmail = QStringLiteral("admin@journal.example");
    QString userId = QStringLiteral("user-%1");
    QString userEmail = QStringLiteral("user%1@journal.example");
    int firstUser = 1; // the first user's number
    QByteArray fingerprint = "abc123";
    QDateTime confirmedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
};

// `users` users (numbered from text.firstUser), all to be deleted.
DeletionPlan samplePlan(int users, const SamplePlanText &text = {});

} // namespace wod::test
