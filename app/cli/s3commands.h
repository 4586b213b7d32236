#pragma once

// The `plancia-cli s3 ...` command group (s3command.cpp dispatches ls|cp|mv|rm|share|usage).
// `cp` lives in s3cpcommand.cpp (the transfer engine's side); the group's options are all
// added by s3Options() in s3command.cpp, including cp's (see s3CpOptions).

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace plancia::cli {

class Context;

// "s3://bucket/key/or/prefix" split; nullopt when `text` is not an s3:// URL. The key may be
// empty (the whole bucket) and is taken byte for byte (no percent-decoding).
struct S3Location
{
    QString bucket;
    QString key;
};
std::optional<S3Location> parseS3Location(const QString &text);

// Adds cp's own options to the s3 group's parser (called by s3Options(); may add nothing).
void s3CpOptions(QCommandLineParser &parser);
// `s3 cp SRC DST [--recursive]`: `args` are the positional arguments after "cp". Returns the
// exit code (1 when any object failed).
int s3Cp(Context &context, const QStringList &args, const QCommandLineParser &parser);

} // namespace plancia::cli
