// The Client of client.h on Boost.Beast: https through OpenSSL (peer certificate
// checked against the system's trust store and the host name, SNI sent), plain
// http to loopback addresses. A fresh connection per request (Connection: close):
// the networks are called a few times a minute, and a connection that was never
// reused cannot blur which request a drop belongs to.
#pragma once

#include <memory>

#include "http/client.h"

namespace pv::http {

std::unique_ptr<Client> make_beast_client(ClientOptions options = {});

}  // namespace pv::http
