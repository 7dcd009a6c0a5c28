#pragma once
// Test helper: `have` is the verdict `want` is, field by field, so that a failure names the field
// (eligibility, criterion, popup, users to handle, blockers, unknown checks, checklist rows):
//   wod::test::compareVerdicts(have, want);
//   if (QTest::currentTestFailed())
//       return;

#include "Verdict.h"

#include <QTest>

namespace wod::test {

inline void compareVerdicts(const Verdict &have, const Verdict &want)
{
    QCOMPARE(have.eligible, want.eligible);
    QCOMPARE(have.criterion, want.criterion);
    QCOMPARE(have.popup, want.popup);
    QCOMPARE(have.usersToHandle, want.usersToHandle);
    QCOMPARE(have.blockers, want.blockers);
    QCOMPARE(have.unknown, want.unknown);
    QCOMPARE(have.checklist, want.checklist);
}

} // namespace wod::test
