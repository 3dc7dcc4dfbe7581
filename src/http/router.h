// pv::http::Router<Route>: maps (method, path pattern) to a Route payload chosen
// by the API layer (a handler function, its roles, its body limit...). Patterns
// are those of route_pattern.h. Matching prefers, at each segment, a literal to a
// parameter to the wildcard, backtracking when a preferred branch leads nowhere,
// so "/users/me" beats "/users/{id}" and "/{*rest}" is the last resort.
// A HEAD request matches a GET route when no HEAD route is registered.
//
// Built once at startup (add() is not thread-safe), then read concurrently by
// every worker thread (match() and routes() are const and lock-free).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "http/route_pattern.h"
#include "util/result.h"

namespace pv::http {

enum class MatchStatus { kFound, kNotFound, kMethodNotAllowed };

template <class Route>
struct RouteMatch {
  MatchStatus status = MatchStatus::kNotFound;
  const Route* route = nullptr;  // set when kFound
  std::string pattern;           // the registered pattern, when kFound (a metrics label)
  std::map<std::string, std::string> params;
  std::vector<std::string> allowed;  // sorted, when kMethodNotAllowed (the Allow header)

  bool found() const { return status == MatchStatus::kFound; }
};

template <class Route>
class Router {
 public:
  struct Entry {
    std::string method;
    std::string pattern;
    Route route;
  };

  // Fails with kInternal "duplicate_route" when the same method is already
  // registered for a pattern of the same shape ("/users/{id}" and "/users/{uid}"
  // are the same shape), or "bad_route_pattern" / "bad_route_method".
  pv::Status add(std::string method, std::string pattern, Route route);

  // `path` is the decoded path, without the query.
  RouteMatch<Route> match(std::string_view method, std::string_view path) const;

  // Every registration, in the order of add(); pointers returned by match() into
  // these stay valid until the next add().
  const std::vector<Entry>& routes() const { return entries_; }

 private:
  struct Node {
    std::map<std::string, std::unique_ptr<Node>, std::less<>> literals;
    std::unique_ptr<Node> param;
    std::unique_ptr<Node> wildcard;
    std::map<std::string, std::size_t, std::less<>> methods;             // -> index in entries_
    std::map<std::string, std::vector<std::string>, std::less<>> names;  // method -> param names
  };
  struct Candidate {
    const Node* node;
    std::vector<std::string> values;
  };

  static void collect(const Node& node, const std::vector<std::string_view>& segments,
                      std::size_t i, std::vector<std::string>& values, std::vector<Candidate>& out);

  Node root_;
  std::vector<Entry> entries_;
};

template <class Route>
pv::Status Router<Route>::add(std::string method, std::string pattern, Route route) {
  if (!is_route_method(method)) {
    return pv::Error(pv::ErrorKind::kInternal, "bad_route_method",
                     "route method '" + method + "' for '" + pattern + "'");
  }
  auto segments = parse_route_pattern(pattern);
  if (!segments) return segments.error();
  Node* node = &root_;
  std::vector<std::string> names;
  for (const auto& segment : *segments) {
    std::unique_ptr<Node>* next = nullptr;
    switch (segment.kind) {
      case PatternSegment::Kind::kLiteral: next = &node->literals[segment.text]; break;
      case PatternSegment::Kind::kParam: next = &node->param; break;
      case PatternSegment::Kind::kWildcard: next = &node->wildcard; break;
    }
    if (segment.kind != PatternSegment::Kind::kLiteral) names.push_back(segment.text);
    if (!*next) *next = std::make_unique<Node>();
    node = next->get();
  }
  if (node->methods.count(method) != 0) {
    const Entry& first = entries_[node->methods.find(method)->second];
    return pv::Error(pv::ErrorKind::kInternal, "duplicate_route",
                     method + " " + pattern + " is already registered as " + first.pattern);
  }
  node->methods.emplace(method, entries_.size());
  node->names.emplace(method, std::move(names));
  entries_.push_back(Entry{std::move(method), std::move(pattern), std::move(route)});
  return pv::Ok{};
}

template <class Route>
void Router<Route>::collect(const Node& node, const std::vector<std::string_view>& segments,
                            std::size_t i, std::vector<std::string>& values,
                            std::vector<Candidate>& out) {
  if (i == segments.size()) {
    if (!node.methods.empty()) out.push_back({&node, values});
    if (node.wildcard && !node.wildcard->methods.empty()) {
      values.emplace_back();
      out.push_back({node.wildcard.get(), values});
      values.pop_back();
    }
    return;
  }
  std::string_view segment = segments[i];
  if (auto it = node.literals.find(segment); it != node.literals.end()) {
    collect(*it->second, segments, i + 1, values, out);
  }
  if (node.param && !segment.empty()) {
    values.emplace_back(segment);
    collect(*node.param, segments, i + 1, values, out);
    values.pop_back();
  }
  if (node.wildcard && !node.wildcard->methods.empty()) {
    std::string rest;
    for (std::size_t j = i; j < segments.size(); ++j) {
      if (j > i) rest += '/';
      rest += segments[j];
    }
    values.push_back(std::move(rest));
    out.push_back({node.wildcard.get(), values});
    values.pop_back();
  }
}

template <class Route>
RouteMatch<Route> Router<Route>::match(std::string_view method, std::string_view path) const {
  RouteMatch<Route> result;
  if (path.empty() || path.front() != '/') return result;
  std::vector<Candidate> candidates;
  std::vector<std::string> values;
  collect(root_, split_path(path), 0, values, candidates);
  std::set<std::string> allowed;
  for (auto& candidate : candidates) {
    auto it = candidate.node->methods.find(method);
    if (it == candidate.node->methods.end() && method == "HEAD") {
      it = candidate.node->methods.find(std::string_view("GET"));
    }
    if (it != candidate.node->methods.end()) {
      const Entry& entry = entries_[it->second];
      const auto& names = candidate.node->names.find(entry.method)->second;
      result.status = MatchStatus::kFound;
      result.route = &entry.route;
      result.pattern = entry.pattern;
      for (std::size_t k = 0; k < names.size(); ++k) {
        result.params.emplace(names[k], std::move(candidate.values[k]));
      }
      return result;
    }
    for (const auto& [m, index] : candidate.node->methods) {
      allowed.insert(m);
      if (m == "GET") allowed.insert("HEAD");
    }
  }
  if (!allowed.empty()) {
    result.status = MatchStatus::kMethodNotAllowed;
    result.allowed.assign(allowed.begin(), allowed.end());
  }
  return result;
}

}  // namespace pv::http
