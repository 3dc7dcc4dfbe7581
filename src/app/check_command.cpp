#include "app/check_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "policy/charter_loader.h"
#include "policy/url.h"
#include "util/utf8.h"

namespace pv::app {
namespace {

using Json = nlohmann::json;

// Thrown for a charter or arguments that cannot be used (exit status 2).
struct Unusable {
  std::string message;
};

std::string read_all(std::istream& in) {
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Unusable{std::string("cannot read ") + what + " " + path};
  return read_all(in);
}

std::shared_ptr<const policy::CompiledCharter> load(const CheckArgs& args) {
  const std::string text = read_file(args.charter_file, "the charter");
  auto charter = policy::load_charter_text(text);
  if (!charter) {
    std::string message = "charter " + args.charter_file + " cannot be used:";
    const auto errors = policy::charter_errors(charter.error());
    if (errors.empty()) message += "\n  " + charter.error().message();
    for (const auto& e : errors)
      message += "\n  " + e.text();
    throw Unusable{message};
  }
  policy::CompileOptions options;
  if (args.public_url) {
    options.platform_host = policy::url_host(*args.public_url);
    if (options.platform_host.empty()) {
      throw Unusable{"--public-url " + *args.public_url + ": no host (write https://host/...)"};
    }
  }
  auto compiled = policy::CompiledCharter::compile(std::move(*charter), options);
  if (!compiled) throw Unusable{"charter " + args.charter_file + ": " + compiled.error().message()};
  return *compiled;
}

Json error_line(const Json& id, const std::string& message) {
  return {{"id", id}, {"error", message}};
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void run_single(const policy::CompiledCharter& charter, const CheckArgs& args, std::istream& in,
                std::ostream& out) {
  policy::CheckContext context;
  if (args.context) {
    const Json json = Json::parse(*args.context, nullptr, false);
    if (json.is_discarded()) throw Unusable{"--context is not JSON"};
    auto parsed = policy::parse_context(json);
    if (!parsed) throw Unusable{"--context: " + parsed.error().message()};
    context = std::move(*parsed);
  }
  std::string text = args.text_file ? read_file(*args.text_file, "the text") : read_all(in);
  if (text.ends_with('\n')) text.pop_back();
  if (text.ends_with('\r')) text.pop_back();
  if (!is_valid_utf8(text)) throw Unusable{"the text is not valid UTF-8"};
  out << policy::to_json(charter.check(text, context)).dump() << '\n';
}

void run_jsonl(const policy::CompiledCharter& charter, std::istream& lines, std::ostream& out) {
  for (std::string line; std::getline(lines, line);) {
    if (auto result = check_jsonl_line(charter, line)) out << result->dump() << '\n';
  }
}

}  // namespace

std::optional<Json> check_jsonl_line(const policy::CompiledCharter& charter,
                                     std::string_view line) {
  if (blank(line)) return std::nullopt;
  const Json input = Json::parse(line, nullptr, false);
  if (input.is_discarded() || !input.is_object()) return error_line(nullptr, "not a JSON object");
  const Json id = input.value("id", Json(nullptr));
  const auto text = input.find("text");
  if (text == input.end() || !text->is_string()) return error_line(id, "no string \"text\"");
  if (!is_valid_utf8(text->get_ref<const std::string&>())) {
    return error_line(id, "\"text\" is not valid UTF-8");
  }
  policy::CheckContext context;
  if (const auto c = input.find("context"); c != input.end()) {
    if (!c->is_object()) return error_line(id, "\"context\" is not an object");
    auto parsed = policy::parse_context(*c);
    if (!parsed) return error_line(id, parsed.error().message());
    context = std::move(*parsed);
  }
  Json out = policy::to_json(charter.check(text->get<std::string>(), context));
  out["id"] = id;
  return out;
}

int check_command(const CheckArgs& args, std::istream& in, std::ostream& out, std::ostream& err) {
  try {
    if (args.jsonl_file && (args.text_file || args.context)) {
      throw Unusable{"--jsonl takes neither a text file nor --context (each line has its own)"};
    }
    const auto charter = load(args);
    if (!args.jsonl_file) {
      run_single(*charter, args, in, out);
    } else if (*args.jsonl_file == "-") {
      run_jsonl(*charter, in, out);
    } else {
      std::ifstream file(*args.jsonl_file, std::ios::binary);
      if (!file) throw Unusable{"cannot read " + *args.jsonl_file};
      run_jsonl(*charter, file, out);
    }
  } catch (const Unusable& e) {
    err << "portevoix check: " << e.message << '\n';
    return 2;
  }
  out.flush();
  return 0;
}

}  // namespace pv::app
