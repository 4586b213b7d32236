#pragma once

// The transfer engine's thread (internal to core/storage): the libcurl multi loop, the tasks
// and the state shared with the owner's thread (a mutex-guarded copy of every Item that the
// worker publishes at most every 100 ms, and a command queue the owner fills).
#include "storage/transferengine.h"
#include "storage/transferstate.h"

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QSet>

namespace plancia::s3::detail {

using Id = TransferEngine::Id;
using Item = TransferEngine::Item;

struct Command
{
    enum class Kind { Add, Pause, Resume, Cancel, Credentials, Settings, Forget, Quit };
    Kind kind = Kind::Add;
    Id id = 0;
    bool recursive = false;
    std::optional<UploadState> resume;
    Result<AwsCredentials> credentials;
};

struct Shared
{
    std::mutex mutex;
    QHash<Id, Item> items;
    QList<Id> order;
    QList<Id> added;
    QSet<Id> changed;
    QList<Id> finished;
    bool flushPosted = false;
    std::deque<Command> commands;
    TransferEngine::Settings settings;
    std::atomic<Id> nextId{1};
};

class Worker
{
public:
    // `postFlush` makes the owner deliver the pending notifications; `askCredentials` makes it
    // ask the CredentialsSource (the answer comes back as a Credentials command). Both are
    // called from the worker's thread and must only post.
    Worker(std::shared_ptr<Shared> shared, Endpoint endpoint, std::function<void()> postFlush,
           std::function<void(bool force)> askCredentials);
    ~Worker(); // stops the thread

    void push(Command command);

private:
    class Loop;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Loop> m_loop;
    std::thread m_thread;
};

} // namespace plancia::s3::detail
