// The loader's context restrictions: a rule's `scope`, a disclaimer's `when`,
// and the allowed hosts of link_outside and email_outside.
#include <algorithm>

#include "policy/charter_keys.h"
#include "policy/loader_context.h"

namespace pv::policy::loader {
namespace {

// A list of values parsed by `parse`, each refused with `what` when unknown.
template <class E>
std::optional<std::vector<E>> read_enum_list(Context& ctx, const Json& value,
                                             const std::string& path,
                                             std::optional<E> (*parse)(std::string_view),
                                             const char* what, const char* choices) {
  const auto names = read_strings(ctx, value, path);
  if (!names) return std::nullopt;
  std::vector<E> out;
  for (std::size_t i = 0; i < names->size(); ++i) {
    const auto parsed = parse((*names)[i]);
    if (!parsed) {
      ctx.error(index_path(path, i),
                std::string("unknown ") + what + " \"" + (*names)[i] + "\" (" + choices + ")");
      continue;
    }
    out.push_back(*parsed);
  }
  return out;
}

bool is_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

}  // namespace

std::optional<std::vector<std::string>> read_languages(Context& ctx, const Json& value,
                                                       const std::string& path) {
  if (!read_strings(ctx, value, path)) return std::nullopt;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (auto language = read_language(ctx, value[i], index_path(path, i))) {
      out.push_back(std::move(*language));
    }
  }
  return out;
}

Scope read_scope(Context& ctx, const Json& object, const std::string& path) {
  Scope scope;
  if (const Json* v = member(object, "networks")) {
    scope.networks = read_enum_list<Network>(ctx, *v, key_path(path, "networks"), parse_network,
                                             "network", "linkedin, x or facebook");
  }
  if (const Json* v = member(object, "regions")) {
    scope.regions = read_strings(ctx, *v, key_path(path, "regions"));
  }
  if (const Json* v = member(object, "roles")) {
    scope.roles = read_strings(ctx, *v, key_path(path, "roles"));
  }
  if (const Json* v = member(object, "languages")) {
    scope.languages = read_languages(ctx, *v, key_path(path, "languages"));
  }
  if (const Json* v = member(object, "origins")) {
    scope.origins = read_enum_list<Origin>(ctx, *v, key_path(path, "origins"), parse_origin,
                                           "origin", "library, edited or original");
  }
  if (const Json* v = member(object, "tags")) {
    scope.tags = read_strings(ctx, *v, key_path(path, "tags"));
  }
  return scope;
}

std::optional<DisclaimerWhen> read_when(Context& ctx, const Json& value, const std::string& path) {
  if (!check_object(ctx, value, path, keys::kWhen, {})) return std::nullopt;
  DisclaimerWhen when;
  when.scope = read_scope(ctx, value, path);
  if (const Json* v = member(value, "rules")) {
    when.rules = read_strings(ctx, *v, key_path(path, "rules"));
  }
  return when;
}

std::optional<HostPattern> read_host_pattern(Context& ctx, const Json& value,
                                             const std::string& path) {
  auto text = read_string(ctx, value, path);
  if (!text) return std::nullopt;
  HostPattern pattern;
  std::string host = *text;
  std::transform(host.begin(), host.end(), host.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  if (host.starts_with("*.")) {
    pattern.subdomains = true;
    host.erase(0, 2);
  }
  // Dot-separated labels, none empty: no scheme, path, port or wildcard inside.
  bool ok = !host.empty() && host.front() != '.' && host.back() != '.' &&
            host.find("..") == std::string::npos;
  ok = ok &&
       std::all_of(host.begin(), host.end(), [](char c) { return is_host_char(c) || c == '.'; });
  if (!ok) {
    ctx.error(path, "\"" + *text +
                        "\" is not a host: write \"example.com\" or \"*.example.com\" (ASCII, "
                        "no scheme, port or path)");
    return std::nullopt;
  }
  pattern.host = std::move(host);
  return pattern;
}

}  // namespace pv::policy::loader
