// pv::http::Headers: the header fields of a request or a response, in the order
// they were received or added, with case-insensitive lookup. A field may occur
// several times (Set-Cookie, or a client's repeated fields); every value is kept.
// A plain value type: no locking, owned by the Request or Response holding it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pv::http {

// ASCII case-insensitive equality, as header names compare (RFC 9110, 5.1).
bool iequals(std::string_view a, std::string_view b);

class Headers {
 public:
  using Field = std::pair<std::string, std::string>;
  using const_iterator = std::vector<Field>::const_iterator;

  Headers() = default;
  Headers(std::initializer_list<Field> fields) : fields_(fields) {}

  // The first value of `name`, or nullopt when absent.
  std::optional<std::string_view> get(std::string_view name) const;
  // Every value of `name`, in order.
  std::vector<std::string_view> get_all(std::string_view name) const;
  bool contains(std::string_view name) const { return get(name).has_value(); }

  // Appends a field, keeping any earlier ones of the same name.
  void add(std::string name, std::string value);
  // Replaces every field of this name by one, in the place of the first.
  void set(std::string name, std::string value);
  // Adds the field only when no field of that name is present.
  void set_default(std::string name, std::string value);
  // Removes every field of this name; returns how many were removed.
  std::size_t erase(std::string_view name);

  const_iterator begin() const { return fields_.begin(); }
  const_iterator end() const { return fields_.end(); }
  std::size_t size() const { return fields_.size(); }
  bool empty() const { return fields_.empty(); }

 private:
  std::vector<Field> fields_;
};

}  // namespace pv::http
