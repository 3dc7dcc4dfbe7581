#include "api/client_address.h"

#include <gtest/gtest.h>

namespace pv::api {
namespace {

http::Request from(const std::string& peer, const char* forwarded = nullptr) {
  http::Request r;
  r.remote_address = peer;
  if (forwarded) r.headers.add("X-Forwarded-For", forwarded);
  return r;
}

TEST(ClientAddress, ThePeerWithoutItsPort) {
  EXPECT_EQ(client_address(from("203.0.113.7:51234"), false), "203.0.113.7");
  EXPECT_EQ(client_address(from("[2001:db8::1]:443"), false), "[2001:db8::1]");
  EXPECT_EQ(client_address(from("[2001:db8::1]"), false), "[2001:db8::1]");
}

TEST(ClientAddress, ForwardedForOnlyBehindATrustedProxy) {
  // Untrusted: whatever the client wrote is ignored.
  EXPECT_EQ(client_address(from("127.0.0.1:9000", "198.51.100.9"), false), "127.0.0.1");
  // Trusted: the entry the proxy added, the last one; earlier ones are the client's claims.
  EXPECT_EQ(client_address(from("127.0.0.1:9000", "198.51.100.9"), true), "198.51.100.9");
  EXPECT_EQ(client_address(from("127.0.0.1:9000", "10.0.0.1, 198.51.100.9 "), true),
            "198.51.100.9");
  EXPECT_EQ(client_address(from("127.0.0.1:9000", " "), true), "127.0.0.1");
}

}  // namespace
}  // namespace pv::api
