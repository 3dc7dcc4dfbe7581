// Parsing "127.0.0.1:PORT" / "[::1]:PORT" into an Asio endpoint, for the test
// clients. Private to tests/support.
#pragma once

#include <string_view>

#include <boost/asio/ip/tcp.hpp>

namespace pv::testing {

// Throws std::invalid_argument when `address` is not IP:PORT.
boost::asio::ip::tcp::endpoint parse_endpoint(std::string_view address);

}  // namespace pv::testing
