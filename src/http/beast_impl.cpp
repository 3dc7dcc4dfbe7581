// Boost.Asio and Boost.Beast compiled once for the whole program, instead of in
// every translation unit that uses them (BOOST_ASIO_SEPARATE_COMPILATION and
// BOOST_BEAST_SEPARATE_COMPILATION are set by the pv_beast target for everything
// that links it: pv_http and the tests' HTTP client). The TLS part is for the
// outbound client (beast_client.cpp).
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
