#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// JSON literals in tests: moc (6.4) mis-parses some raw string literals and then silently
// generates nothing, so write JSON(...) instead of R"(...)". Whitespace is collapsed.
// Keep every string inside it on one line: a long literal that clang-format (or a person)
// splits into two adjacent literals stays two JSON strings, and the document no longer parses.
#define JSON(...) QByteArray(#__VA_ARGS__)

namespace plancia::test {

// Call first in every test's initTestCase(): Qt test mode for standard paths, the HOME that
// CTest assigned created, logging to a file under it.
void initTestEnvironment();

// Files under `dir` (recursively) whose contents contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace plancia::test
