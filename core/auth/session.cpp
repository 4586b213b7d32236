#include "auth/session.h"

namespace plancia {

Session::Session(Profile profile, QObject *parent)
    : Session(std::move(profile), Options{}, parent)
{}

Session::Session(Profile profile, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_http(new HttpClient(this))
    , m_tokens(nullptr)
    , m_store(nullptr)
    , m_services(nullptr)
    , m_warningTimer(nullptr)
{}

Session::~Session() = default;

} // namespace plancia
