#pragma once
// Test helper: a QtTest data table's columns in one statement, each type beside its name:
//   wod::test::addColumns<QString, bool>("url", "allowed");
// does what QTest::addColumn<QString>("url"); QTest::addColumn<bool>("allowed"); does.

#include <QTest>

namespace wod::test {

template <typename... Types, typename... Names>
void addColumns(const Names &...names)
{
    static_assert(sizeof...(Types) == sizeof...(Names), "one column name for each column type");
    (QTest::addColumn<Types>(names), ...);
}

} // namespace wod::test
