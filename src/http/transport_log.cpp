#include "http/transport_log.h"

#include <spdlog/spdlog.h>

namespace pv::http::detail {
namespace {

bool is_ordinary(const beast::error_code& ec) {
  return ec == net::error::eof || ec == net::error::operation_aborted ||
         ec == net::error::connection_reset || ec == net::error::broken_pipe ||
         ec == net::error::not_connected || ec == beast::error::timeout ||
         ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message;
}

}  // namespace

void log_transport_error(std::string_view what, const beast::error_code& ec,
                         std::string_view peer) {
  auto level = is_ordinary(ec) ? spdlog::level::debug : spdlog::level::warn;
  if (peer.empty()) {
    spdlog::log(level, "http: {}: {}", what, ec.message());
  } else {
    spdlog::log(level, "http: {} from {}: {}", what, peer, ec.message());
  }
}

}  // namespace pv::http::detail
