// Parsing ServerOptions::listen ("127.0.0.1:8080", "[::1]:0", "localhost:8080").
// Pure; any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pv::http {

struct ListenAddress {
  std::string host;  // an IP address literal, without brackets
  std::uint16_t port = 0;
};

// "localhost" becomes 127.0.0.1; other names are refused (a server binds to an
// address, and resolving names at startup would make it depend on DNS).
std::optional<ListenAddress> parse_listen_address(std::string_view text);

}  // namespace pv::http
