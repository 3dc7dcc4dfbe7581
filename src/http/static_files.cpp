#include "http/static_files.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include <sys/stat.h>

#include "http/error_response.h"
#include "http/http_date.h"
#include "http/route_pattern.h"

namespace pv::http {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTypes = {{
    {".html", "text/html; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".map", "application/json; charset=utf-8"},
    {".txt", "text/plain; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".webp", "image/webp"},
    {".gif", "image/gif"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".webmanifest", "application/manifest+json"},
}};

constexpr std::string_view kAssetCacheControl = "public, max-age=3600";

// A segment that cannot name anything outside its directory, nor a hidden file.
bool is_safe_segment(std::string_view s) {
  if (s.empty() || s.front() == '.') return false;  // also "." and ".."
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\' || c == ':') return false;
  }
  return true;
}

// True when `inner` is `outer` or below it (both canonical).
bool is_within(const fs::path& outer, const fs::path& inner) {
  auto o = outer.begin();
  auto i = inner.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (i == inner.end() || *o != *i) return false;
  }
  return true;
}

// The canonical file under `root` for `relative`, or nullopt.
std::optional<fs::path> resolve(const fs::path& root, std::string_view relative) {
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  if (!relative.empty() && relative.front() == '/') relative.remove_prefix(1);
  fs::path path = base;
  bool directory = relative.empty();
  if (!relative.empty()) {
    auto segments = split_path(relative);
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (i > 0 && i + 1 == segments.size() && segments[i].empty()) {
        directory = true;  // "docs/" names a directory, and only a directory
        break;
      }
      if (!is_safe_segment(segments[i])) return std::nullopt;
      path /= fs::path(std::string(segments[i]));
    }
  }
  fs::path real = fs::canonical(path, ec);
  if (ec || !is_within(base, real)) return std::nullopt;
  bool is_dir = fs::is_directory(real, ec);
  if (directory && !is_dir) return std::nullopt;
  if (is_dir) {
    real = fs::canonical(real / "index.html", ec);
    if (ec || !is_within(base, real)) return std::nullopt;
  }
  if (!fs::is_regular_file(real, ec)) return std::nullopt;
  return real;
}

bool etag_matches(std::string_view header, std::string_view etag) {
  // A list of entity tags, or "*"; compared weakly (W/ ignored), as RFC 9110 asks for
  // If-None-Match.
  auto strip = [](std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
      t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
      t.remove_suffix(1);
    if (t.substr(0, 2) == "W/") t.remove_prefix(2);
    return t;
  };
  while (true) {
    auto comma = header.find(',');
    auto tag = strip(header.substr(0, comma));
    if (tag == "*" || tag == etag) return true;
    if (comma == std::string_view::npos) return false;
    header.remove_prefix(comma + 1);
  }
}

}  // namespace

std::string_view content_type_for(std::string_view file_name) {
  auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  std::string ext(file_name.substr(dot));
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [e, type] : kTypes) {
    if (e == ext) return type;
  }
  return "application/octet-stream";
}

std::optional<Response> serve_static(const fs::path& root, const Request& request,
                                     std::string_view relative_path) {
  bool head = request.method == "HEAD";
  if (request.method != "GET" && !head) return std::nullopt;
  auto file = resolve(root, relative_path);
  if (!file) return std::nullopt;

  struct stat st {};
  if (::stat(file->c_str(), &st) != 0) return std::nullopt;
  auto size = static_cast<unsigned long long>(st.st_size);
  auto mtime_ns = static_cast<unsigned long long>(st.st_mtim.tv_sec) * 1000000000ULL +
                  static_cast<unsigned long long>(st.st_mtim.tv_nsec);
  char etag_buf[64];
  std::snprintf(etag_buf, sizeof etag_buf, "\"%llx-%llx\"", size, mtime_ns);
  std::string etag = etag_buf;
  TimePoint mtime{std::chrono::seconds(st.st_mtim.tv_sec)};
  std::string name = file->filename().string();
  std::string_view type = content_type_for(name);

  Response r;
  r.headers.set("ETag", etag);
  r.headers.set("Last-Modified", format_http_date(mtime));
  r.headers.set("Cache-Control", type.starts_with("text/html") ? std::string("no-cache")
                                                               : std::string(kAssetCacheControl));

  auto if_none_match = request.header("If-None-Match");
  bool fresh = false;
  if (if_none_match) {
    fresh = etag_matches(*if_none_match, etag);
  } else if (auto since = request.header("If-Modified-Since")) {
    auto t = parse_http_date(*since);
    fresh = t && mtime <= *t;
  }
  if (fresh) {
    r.status = 304;
    return r;
  }

  r.headers.set("Content-Type", std::string(type));
  if (head) {
    r.headers.set("Content-Length", std::to_string(size));
    return r;
  }
  std::ifstream in(*file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  r.body = std::move(content).str();
  return r;
}

std::optional<Response> serve_static(const fs::path& root, const Request& request) {
  return serve_static(root, request, request.path);
}

Response serve_static_or_404(const fs::path& root, const Request& request) {
  if (auto r = serve_static(root, request)) return std::move(*r);
  return error_response(pv::Error(pv::ErrorKind::kNotFound, "not_found", "No such file"),
                        request.request_id);
}

}  // namespace pv::http
