// Private to src/http/: the one place transport errors (error_codes from Asio and
// Beast: resets, timeouts, refused accepts, malformed bytes) are logged. They are
// never thrown. The ordinary ends of a connection (end of stream, reset, timeout,
// cancelled at shutdown) are debug lines; anything else is a warning. Any thread.
#pragma once

#include <string_view>

#include "http/beast.h"

namespace pv::http::detail {

// `what` says what the server was doing ("reading a request header"); `peer` is
// the remote "ip:port", or empty for the listening socket.
void log_transport_error(std::string_view what, const beast::error_code& ec, std::string_view peer);

}  // namespace pv::http::detail
