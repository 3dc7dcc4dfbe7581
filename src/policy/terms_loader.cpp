// The loader's term readers: term strings through parse_term(), "@list"
// references resolved into the terms of the list.
#include "policy/loader_context.h"

namespace pv::policy::loader {
namespace {

void read_term_or_list(Context& ctx, const Json& value, const std::string& path,
                       std::vector<Term>& out) {
  if (value.is_string() && value.get_ref<const std::string&>().starts_with('@')) {
    const std::string name = value.get<std::string>().substr(1);
    const std::vector<Term>* terms = ctx.list(name);
    if (!terms) {
      ctx.error(path, "unknown list @" + name);
      return;
    }
    out.insert(out.end(), terms->begin(), terms->end());
    return;
  }
  read_one_term(ctx, value, path, out);
}

}  // namespace

void read_one_term(Context& ctx, const Json& value, const std::string& path,
                   std::vector<Term>& out) {
  const auto source = read_string(ctx, value, path);
  if (!source) return;
  auto term = parse_term(*source);
  if (!term.ok()) {
    ctx.error(path, term.error().message());
    return;
  }
  out.push_back(std::move(*term));
}

std::vector<Term> read_terms(Context& ctx, const Json& value, const std::string& path,
                             bool allow_single) {
  std::vector<Term> out;
  if (allow_single && value.is_string()) {
    read_term_or_list(ctx, value, path, out);
    return out;
  }
  if (!value.is_array()) {
    ctx.error(path, std::string(allow_single ? "expected a term or an array of terms"
                                             : "expected an array of terms") +
                        ", found " + type_name(value));
    return out;
  }
  if (value.empty()) ctx.error(path, "must not be empty");
  for (std::size_t i = 0; i < value.size(); ++i) {
    read_term_or_list(ctx, value[i], index_path(path, i), out);
  }
  return out;
}

}  // namespace pv::policy::loader
