#include "http/target.h"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace pv::http {

std::optional<Target> parse_target(std::string_view text) {
  boost::urls::url_view url;
  if (!text.empty() && text.front() == '/') {
    auto parsed = boost::urls::parse_origin_form(text);
    if (!parsed) return std::nullopt;
    url = *parsed;
  } else {
    auto parsed = boost::urls::parse_absolute_uri(text);
    if (!parsed) return std::nullopt;
    url = *parsed;
    if (url.scheme_id() != boost::urls::scheme::http &&
        url.scheme_id() != boost::urls::scheme::https) {
      return std::nullopt;
    }
  }
  Target out;
  out.path = url.path();
  if (out.path.empty()) out.path.push_back('/');  // "http://host" asks for "/"
  if (out.path.front() != '/') return std::nullopt;
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  for (auto param : url.params(opts)) {
    out.query.emplace_back(param.key, param.value);
  }
  return out;
}

}  // namespace pv::http
