// Serving the web UI's files from a directory (static/), for GET and HEAD.
// Nothing outside `root` is ever served: a path with "..", "." or hidden segments,
// backslashes, NUL or control characters (however they were encoded: the path is
// already percent-decoded once), or one that resolves outside the root through a
// symlink, is treated exactly like a missing file. "/" and directories serve their
// index.html. Caching: ETag (size and modification time), Last-Modified,
// Cache-Control "no-cache" for HTML (always revalidated, so a new release shows
// at once) and an hour for other assets; 304 on If-None-Match (or
// If-Modified-Since when no ETag is asked about). Reads the filesystem; any thread.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "http/request.h"
#include "http/response.h"

namespace pv::http {

// The file for request.path under `root`: a 200 or 304 Response, or nullopt when
// the method is not GET or HEAD or there is no such file (including every attempt
// to leave the root), so that the caller can answer 404 or try something else.
std::optional<Response> serve_static(const std::filesystem::path& root, const Request& request);
// The same, for a path relative to the root given by the caller (e.g. the
// `{*rest}` parameter of "/static/{*rest}"); a leading '/' is optional.
std::optional<Response> serve_static(const std::filesystem::path& root, const Request& request,
                                     std::string_view relative_path);
// serve_static(), with a JSON 404 (error_response, "not_found") instead of nullopt.
Response serve_static_or_404(const std::filesystem::path& root, const Request& request);

// The Content-Type for a file name by its extension; application/octet-stream
// when unknown.
std::string_view content_type_for(std::string_view file_name);

}  // namespace pv::http
