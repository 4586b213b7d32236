// `plancia-cli s3 cp`: owned by the transfer engine (core/storage/transferengine.h), which
// replaces this placeholder. The s3 group (s3command.cpp) calls s3CpOptions() and s3Cp().
#include "cli.h"
#include "s3commands.h"

namespace plancia::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::S3Cp)
};
} // namespace

void s3CpOptions(QCommandLineParser &) {}

int s3Cp(Context &context, const QStringList &, const QCommandLineParser &)
{
    return context.fail(ExitFailed, Tr::tr("s3 cp is not available yet."));
}

} // namespace plancia::cli
