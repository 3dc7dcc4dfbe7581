#include "support/endpoint.h"

#include <stdexcept>
#include <string>

namespace pv::testing {

boost::asio::ip::tcp::endpoint parse_endpoint(std::string_view address) {
  auto colon = address.rfind(':');
  if (colon == std::string_view::npos) {
    throw std::invalid_argument("not IP:PORT: " + std::string(address));
  }
  std::string host(address.substr(0, colon));
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  auto port = std::stoi(std::string(address.substr(colon + 1)));
  return {boost::asio::ip::make_address(host), static_cast<unsigned short>(port)};
}

}  // namespace pv::testing
