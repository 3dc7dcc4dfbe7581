#include "sharing/x_tlds.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "sharing/utf16.h"

namespace pv::sharing::x_text {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::u16string_view s) const {
    return std::hash<std::u16string_view>{}(s);
  }
};
using NameSet = std::unordered_set<std::u16string, Hash, std::equal_to<>>;

struct Tables {
  NameSet generic;
  NameSet country;
  std::size_t max_length = 0;
};

void add_names(std::string_view list, NameSet& set, std::size_t& max_length) {
  std::size_t i = 0;
  while (i < list.size()) {
    const std::size_t end = std::min(list.find(' ', i), list.size());
    auto name = to_utf16(list.substr(i, end - i));
    max_length = std::max(max_length, name.size());
    set.insert(std::move(name));
    i = end + 1;
  }
}

const Tables& tables() {
  static const Tables t = [] {
    Tables built;
    add_names(kGenericTlds, built.generic, built.max_length);
    add_names(kCountryTlds, built.country, built.max_length);
    return built;
  }();
  return t;
}

}  // namespace

bool is_tld(TldList list, std::u16string_view name) {
  const auto& t = tables();
  const NameSet& set = list == TldList::kGeneric ? t.generic : t.country;
  return set.find(name) != set.end();
}

std::size_t max_tld_length() {
  return tables().max_length;
}

}  // namespace pv::sharing::x_text
