// pv::testing::RawConnection: a bare TCP connection for tests that misbehave on
// purpose (half a header, then silence) or watch when the server closes. Throws
// std::system_error when connecting or sending fails. Not thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace pv::testing {

class RawConnection {
 public:
  // `address`: "127.0.0.1:PORT" or "[::1]:PORT".
  explicit RawConnection(std::string_view address);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  void send(std::string_view bytes);

  struct ReadResult {
    std::string data;                      // everything that arrived
    bool closed = false;                   // the server closed (or reset) the connection
    std::chrono::milliseconds elapsed{0};  // from the call until the close, or the timeout
  };
  // Reads until the server closes the connection or `timeout` passes.
  ReadResult read_until_closed(std::chrono::milliseconds timeout);
  // Reads until what arrived (since the last call) contains `needle`, the server
  // closes, or `timeout` passes.
  ReadResult read_until(std::string_view needle, std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when a TCP connection to `address` is accepted by the kernel.
bool can_connect(std::string_view address);

}  // namespace pv::testing
