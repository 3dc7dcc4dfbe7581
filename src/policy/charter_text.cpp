// load_charter_text(): JSON text to a charter. nlohmann's SAX interface
// builds the document so that an object naming a key twice (which the parsed
// form would hide, keeping the last) is reported with its path, and so that a
// syntax error says where it is in lines and columns of code points.
#include <nlohmann/json.hpp>

#include "policy/charter_loader.h"
#include "policy/loader_context.h"

namespace pv::policy {
namespace loader {
namespace {

class DocumentBuilder : public nlohmann::json_sax<Json> {
 public:
  explicit DocumentBuilder(std::string_view text) : text_(text) {}

  Json& document() { return root_; }
  const std::vector<CharterError>& duplicates() const { return duplicates_; }
  const std::optional<CharterError>& syntax_error() const { return syntax_error_; }

  bool null() override { return put(nullptr) != nullptr; }
  bool boolean(bool value) override { return put(value) != nullptr; }
  bool number_integer(number_integer_t value) override { return put(value) != nullptr; }
  bool number_unsigned(number_unsigned_t value) override { return put(value) != nullptr; }
  bool number_float(number_float_t value, const string_t& /*text*/) override {
    return put(value) != nullptr;
  }
  bool string(string_t& value) override { return put(std::move(value)) != nullptr; }
  bool binary(binary_t& value) override { return put(Json::binary(std::move(value))) != nullptr; }

  bool start_object(std::size_t /*elements*/) override {
    open_.push_back(put(Json::object()));
    keys_.emplace_back();
    return true;
  }
  bool key(string_t& key) override {
    if (open_.back()->contains(key)) {
      duplicates_.push_back({key_path(path(), key), "duplicate key: an object names it twice"});
    }
    keys_.back() = std::move(key);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t /*elements*/) override {
    open_.push_back(put(Json::array()));
    keys_.emplace_back();
    return true;
  }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) override {
    syntax_error_ = CharterError{"", where(position) + ": " + reason(error.what())};
    return false;
  }

 private:
  // Places a value in the open container (or as the document).
  Json* put(Json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& top = *open_.back();
    if (top.is_array()) {
      top.push_back(std::move(value));
      return &top.back();
    }
    Json& slot = top[keys_.back()];
    slot = std::move(value);
    return &slot;
  }

  bool close() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }

  // The JSON path of the innermost open container.
  std::string path() const {
    std::string p = "$";
    for (std::size_t i = 1; i < open_.size(); ++i) {
      const Json& parent = *open_[i - 1];
      p = parent.is_array() ? index_path(p, parent.size() - 1) : key_path(p, keys_[i - 1]);
    }
    return p;
  }

  // "line L, column C" of the byte before `position` (nlohmann counts the
  // bytes read, the offending one included); columns count code points.
  std::string where(std::size_t position) const {
    const std::size_t end = std::min(position == 0 ? 0 : position - 1, text_.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < end; ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }

  // nlohmann's message without its "[json.exception...] ... column N: " prefix.
  static std::string reason(std::string_view what) {
    const std::size_t column = what.find("column ");
    const std::size_t colon = what.find(": ", column == std::string_view::npos ? 0 : column);
    if (colon == std::string_view::npos) return std::string(what);
    return std::string(what.substr(colon + 2));
  }

  std::string_view text_;
  Json root_;
  std::vector<Json*> open_;
  std::vector<std::string> keys_;
  std::vector<CharterError> duplicates_;
  std::optional<CharterError> syntax_error_;
};

}  // namespace
}  // namespace loader

Result<Charter> load_charter_text(std::string_view text) {
  loader::DocumentBuilder builder(text);
  loader::Json::sax_parse(text.begin(), text.end(), &builder);
  if (builder.syntax_error()) return loader::make_charter_error(true, {*builder.syntax_error()});
  auto charter = load_charter(builder.document());
  if (builder.duplicates().empty()) return charter;
  std::vector<CharterError> errors = builder.duplicates();
  if (!charter.ok()) {
    const auto more = charter_errors(charter.error());
    errors.insert(errors.end(), more.begin(), more.end());
  }
  return loader::make_charter_error(false, errors);
}

}  // namespace pv::policy
