// Boost.Asio and Boost.Beast compiled once for the whole program, instead of in
// every translation unit that uses them (BOOST_ASIO_SEPARATE_COMPILATION and
// BOOST_BEAST_SEPARATE_COMPILATION are set by the pv_beast target for everything
// that links it: pv_http and the tests' HTTP client).
#include <boost/asio/impl/src.hpp>
#include <boost/beast/src.hpp>
