#include "http/static_files.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "http/target.h"

namespace pv::http {
namespace {
namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

class StaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("pv-static-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    root_ = base_ / "static";
    write(base_ / "secret.txt", "outside the root");
    write(base_ / "elsewhere" / "secret.txt", "outside too");
    write(root_ / "index.html", "<!doctype html><title>home</title>");
    write(root_ / "app.js", "console.log(1);");
    write(root_ / "docs" / "index.html", "docs");
    write(root_ / "img" / "logo.svg", "<svg/>");
    write(root_ / ".env", "SECRET=1");
    fs::create_directories(root_ / "empty");
    fs::create_symlink(base_ / "secret.txt", root_ / "link-out");
    fs::create_directory_symlink(base_ / "elsewhere", root_ / "dir-out");
    fs::create_symlink(root_ / "app.js", root_ / "link-in.js");
  }
  void TearDown() override { fs::remove_all(base_); }

  Request request(std::string method, std::string path) {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.request_id = "test-id";
    return r;
  }

  fs::path base_, root_;
};

TEST_F(StaticFiles, ServesFilesWithTheirType) {
  auto r = serve_static(root_, request("GET", "/app.js"));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "console.log(1);");
  EXPECT_EQ(r->headers.get("Content-Type"), "text/javascript; charset=utf-8");
}

TEST(ContentType, CoversTheUiFileTypes) {
  const std::pair<const char*, const char*> cases[] = {
      {"a.html", "text/html; charset=utf-8"},
      {"a.css", "text/css; charset=utf-8"},
      {"a.js", "text/javascript; charset=utf-8"},
      {"a.mjs", "text/javascript; charset=utf-8"},
      {"a.json", "application/json; charset=utf-8"},
      {"a.js.map", "application/json; charset=utf-8"},
      {"a.svg", "image/svg+xml"},
      {"a.png", "image/png"},
      {"a.jpg", "image/jpeg"},
      {"A.JPEG", "image/jpeg"},
      {"a.webp", "image/webp"},
      {"a.gif", "image/gif"},
      {"favicon.ico", "image/x-icon"},
      {"a.woff2", "font/woff2"},
      {"robots.txt", "text/plain; charset=utf-8"},
      {"a.exe", "application/octet-stream"},
      {"Makefile", "application/octet-stream"},
  };
  for (const auto& [name, type] : cases)
    EXPECT_EQ(content_type_for(name), type) << name;
}

TEST_F(StaticFiles, ServesIndexHtmlForTheRootAndDirectories) {
  for (const char* path : {"/", ""}) {
    auto r = serve_static(root_, request("GET", path));
    ASSERT_TRUE(r.has_value()) << path;
    EXPECT_EQ(r->body, "<!doctype html><title>home</title>");
    EXPECT_EQ(r->headers.get("Content-Type"), "text/html; charset=utf-8");
  }
  for (const char* path : {"/docs", "/docs/"}) {
    auto r = serve_static(root_, request("GET", path));
    ASSERT_TRUE(r.has_value()) << path;
    EXPECT_EQ(r->body, "docs");
  }
  EXPECT_FALSE(serve_static(root_, request("GET", "/empty/")).has_value());
}

TEST_F(StaticFiles, NeverServesAnythingOutsideTheRoot) {
  // Each target as a client could send it, decoded once as the server does.
  const char* targets[] = {
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/.%2e/secret.txt",
      "/..%2fsecret.txt",
      "/..%2Fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/%252e%252e/secret.txt",
      "/%252e%252e%252fsecret.txt",
      "/..%5csecret.txt",
      "/..%5Csecret.txt",
      "/docs/../../secret.txt",
      "/docs/%2e%2e/%2e%2e/secret.txt",
      "/./index.html",
      "/app.js%00.html",
      "/app.js%00",
      "/%00",
      "//etc/passwd",
      "/etc/passwd",
      "/link-out",
      "/dir-out/secret.txt",
      "/.env",
      "/%2eenv",
      "/docs/..",
      "/nonexistent.js",
      "/app.js/",
  };
  for (const char* target : targets) {
    SCOPED_TRACE(target);
    auto parsed = parse_target(target);
    if (!parsed) continue;  // the server answers 400 before any file is looked at
    auto req = request("GET", parsed->path);
    auto r = serve_static(root_, req);
    EXPECT_FALSE(r.has_value()) << (r ? r->body : "");
    auto not_found = serve_static_or_404(root_, req);
    EXPECT_EQ(not_found.status, 404);
    EXPECT_EQ(nlohmann::json::parse(not_found.body)["error"]["code"], "not_found");
  }
  // Also through the relative-path overload, and with backslashes or NUL given raw.
  for (std::string rel : {std::string("../secret.txt"), std::string("..\\secret.txt"),
                          std::string("app.js\0.html", 12), std::string("img/../../secret.txt")}) {
    EXPECT_FALSE(serve_static(root_, request("GET", "/static/x"), rel).has_value()) << rel;
  }
}

TEST_F(StaticFiles, FollowsSymlinksThatStayInside) {
  auto r = serve_static(root_, request("GET", "/link-in.js"));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->body, "console.log(1);");
}

TEST_F(StaticFiles, ServesARelativePathForAMountedPrefix) {
  auto r = serve_static(root_, request("GET", "/static/img/logo.svg"), "img/logo.svg");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->body, "<svg/>");
  EXPECT_EQ(r->headers.get("Content-Type"), "image/svg+xml");
}

TEST_F(StaticFiles, AnswersOnlyGetAndHead) {
  EXPECT_FALSE(serve_static(root_, request("POST", "/app.js")).has_value());
  EXPECT_FALSE(serve_static(root_, request("DELETE", "/app.js")).has_value());
}

TEST_F(StaticFiles, SendsHeadWithoutABody) {
  auto r = serve_static(root_, request("HEAD", "/app.js"));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "");
  EXPECT_EQ(r->headers.get("Content-Length"), "15");
  EXPECT_EQ(r->headers.get("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_TRUE(r->headers.get("ETag").has_value());
}

TEST_F(StaticFiles, SetsCachingHeaders) {
  auto html = serve_static(root_, request("GET", "/index.html"));
  auto js = serve_static(root_, request("GET", "/app.js"));
  ASSERT_TRUE(html && js);
  EXPECT_EQ(html->headers.get("Cache-Control"), "no-cache");
  EXPECT_EQ(js->headers.get("Cache-Control"), "public, max-age=3600");
  EXPECT_TRUE(js->headers.get("Last-Modified")->ends_with(" GMT"));
  auto etag = std::string(*js->headers.get("ETag"));
  EXPECT_TRUE(etag.starts_with("\"") && etag.ends_with("\"")) << etag;
  EXPECT_NE(etag, std::string(*html->headers.get("ETag")));
}

TEST_F(StaticFiles, Answers304WhenTheClientHasTheFile) {
  auto first = serve_static(root_, request("GET", "/app.js"));
  ASSERT_TRUE(first.has_value());
  std::string etag(*first->headers.get("ETag"));
  std::string last_modified(*first->headers.get("Last-Modified"));
  struct Case {
    const char* header;
    std::string value;
    int status;
  };
  const Case cases[] = {
      {"If-None-Match", etag, 304},
      {"If-None-Match", "W/" + etag, 304},
      {"If-None-Match", "\"other\", " + etag, 304},
      {"If-None-Match", "*", 304},
      {"If-None-Match", "\"other\"", 200},
      {"If-Modified-Since", last_modified, 304},
      {"If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT", 200},
      {"If-Modified-Since", "not a date", 200},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.header) + ": " + c.value);
    auto req = request("GET", "/app.js");
    req.headers.add(c.header, c.value);
    auto r = serve_static(root_, req);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, c.status);
    if (c.status == 304) {
      EXPECT_EQ(r->body, "");
      EXPECT_EQ(r->headers.get("ETag"), etag);
    }
  }
  // A stale ETag wins over a fresh date: If-None-Match is asked first.
  auto req = request("GET", "/app.js");
  req.headers.add("If-None-Match", "\"other\"");
  req.headers.add("If-Modified-Since", last_modified);
  EXPECT_EQ(serve_static(root_, req)->status, 200);
}

TEST_F(StaticFiles, ChangesTheETagWhenTheFileChanges) {
  auto before = serve_static(root_, request("GET", "/app.js"));
  write(root_ / "app.js", "console.log('a longer file');");
  auto after = serve_static(root_, request("GET", "/app.js"));
  ASSERT_TRUE(before && after);
  EXPECT_NE(before->headers.get("ETag"), after->headers.get("ETag"));
}

}  // namespace
}  // namespace pv::http
