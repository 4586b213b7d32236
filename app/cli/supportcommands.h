#pragma once

// `plancia-cli support ...` and `plancia-cli tutor ...` (supportcommand.cpp, tutorcommand.cpp).
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace plancia::cli {

class Context;

void supportOptions(QCommandLineParser &parser);
int runSupport(Context &context, const QCommandLineParser &parser);
void tutorOptions(QCommandLineParser &parser);
int runTutor(Context &context, const QCommandLineParser &parser);

// "90s", "30m", "24h", "2d" (a bare number is minutes) -> seconds; nullopt when not a duration.
std::optional<qint64> parseDurationSeconds(const QString &text);

} // namespace plancia::cli
