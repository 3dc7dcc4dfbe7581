// pv::http::Request: one HTTP request as the server read it, free of Beast, handed
// to the Handler on a worker thread. A plain value: the handler owns it for the
// duration of handle() and may change it (the API layer fills path_params).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/headers.h"

namespace pv::http {

struct Request {
  std::string method;  // as sent, e.g. "GET"
  std::string target;  // the raw request-target, e.g. "/api/v1/content?q=rendement"
  std::string path;    // percent-decoded, without the query, e.g. "/api/v1/content"
  // Decoded query parameters in order ('+' is a space); a key may repeat.
  std::vector<std::pair<std::string, std::string>> query;
  Headers headers;
  std::string body;
  std::string remote_address;  // "ip:port" of the peer
  // The client's X-Request-Id when well formed, otherwise one generated per request.
  std::string request_id;
  bool tls = false;
  // Filled by the API layer from the router's match.
  std::map<std::string, std::string> path_params;

  // The first value of query parameter `name`.
  std::optional<std::string> query_param(std::string_view name) const;
  // The first value of header `name` (case-insensitive); headers.get_all() gives every one.
  std::optional<std::string_view> header(std::string_view name) const { return headers.get(name); }
};

}  // namespace pv::http
