#include "support/raw_connection.h"

#include <array>
#include <functional>
#include <system_error>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "support/endpoint.h"

namespace pv::testing {
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct RawConnection::Impl {
  net::io_context ioc;
  tcp::socket socket{ioc};
};

RawConnection::RawConnection(std::string_view address) : impl_(std::make_unique<Impl>()) {
  boost::system::error_code ec;
  impl_->socket.connect(parse_endpoint(address), ec);
  if (ec) throw std::system_error(ec, "connecting to " + std::string(address));
}

RawConnection::~RawConnection() {
  boost::system::error_code ec;
  impl_->socket.close(ec);
}

void RawConnection::send(std::string_view bytes) {
  boost::system::error_code ec;
  net::write(impl_->socket, net::buffer(bytes.data(), bytes.size()), ec);
  if (ec) throw std::system_error(ec, "sending");
}

RawConnection::ReadResult RawConnection::read_until_closed(std::chrono::milliseconds timeout) {
  return read_until({}, timeout);
}

RawConnection::ReadResult RawConnection::read_until(std::string_view needle,
                                                    std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now();
  ReadResult result;
  std::array<char, 4096> chunk{};
  std::function<void()> read = [&] {
    impl_->socket.async_read_some(
        net::buffer(chunk), [&](boost::system::error_code ec, std::size_t n) {
          result.data.append(chunk.data(), n);
          auto now = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
          if (ec) {
            if (ec != net::error::operation_aborted) {
              result.closed = true;  // end of stream or reset: the server hung up
              result.elapsed = now;
            }
            return;
          }
          if (!needle.empty() && result.data.find(needle) != std::string::npos) {
            result.elapsed = now;
            return;
          }
          read();
        });
  };
  read();
  impl_->ioc.restart();
  impl_->ioc.run_for(timeout);
  if (!impl_->ioc.stopped()) {
    boost::system::error_code ec;
    impl_->socket.cancel(ec);
    impl_->ioc.run();
  }
  if (!result.closed && result.elapsed.count() == 0) {
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
  }
  return result;
}

bool can_connect(std::string_view address) {
  net::io_context ioc;
  tcp::socket socket(ioc);
  boost::system::error_code ec;
  socket.connect(parse_endpoint(address), ec);
  return !ec;
}

}  // namespace pv::testing
