// The content library's services over a real SQLite store, with the audit
// log, a charter in force, the review queue, and a clock the test moves.
#pragma once

#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "auth/user_service.h"
#include "charter/charter_service.h"
#include "library/content_service.h"
#include "library/library_service.h"
#include "review/review_service.h"
#include "store/sqlite/sqlite_database.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"
#include "util/crypto.h"

namespace pv::testing {

// One rule per action the tests need: "guaranteed" blocks, "returns" asks
// for a review, "soon" only warns.
inline nlohmann::json test_charter() {
  auto rule = [](const char* id, const char* action, const char* term) {
    return nlohmann::json{{"id", id},
                          {"category", "test"},
                          {"action", action},
                          {"match", term},
                          {"message", {{"en", std::string("Rule ") + id}, {"fr", id}}}};
  };
  return {{"id", "test"},
          {"version", "1.0"},
          {"rules",
           {rule("promise.guarantee", "block", "guaranteed"),
            rule("performance.returns", "review", "return*"), rule("tone.soon", "warn", "soon")}}};
}

class LibraryFixture : public ::testing::Test {
 protected:
  LibraryFixture() {
    crypto::init();
    db_.migrate();
    group_ = users_.create_group("system", "Toronto", "").value().id;
    other_group_ = users_.create_group("system", "Montréal", "").value().id;
    second_level_ = users_.create_group("system", "Senior compliance", "").value().id;
    marketing_ = add_user("marketing@x.ca", {"marketing"});
    marketing2_ = add_user("marketing2@x.ca", {"marketing"});
    compliance_ = add_user("compliance@x.ca", {"compliance"});
    compliance2_ = add_user("compliance2@x.ca", {"compliance"}, {second_level_});
    admin_ = add_user("admin@x.ca", {"admin"});
    both_ = add_user("both@x.ca", {"marketing", "compliance"});
    charter_.publish(compliance_.id, test_charter()).value();
    reviews_.register_subject(review::Kind::kContent, content_);
  }

  auth::User add_user(const std::string& email, std::vector<std::string> roles,
                      std::vector<std::string> groups = {}, const std::string& language = "en") {
    auth::NewUser u;
    u.email = email;
    u.name = "Test " + email;
    u.password = "correct horse battery";
    u.roles = std::move(roles);
    u.groups = std::move(groups);
    u.language = language;
    return users_.create_user("system", u).value();
  }

  library::ContentFields fields(const std::string& body = "A plain note.") {
    library::ContentFields f;
    f.title = "Title";
    f.body = body;
    f.captions[policy::Network::kLinkedIn] = {"First caption", "Second caption"};
    return f;
  }

  // A new draft by `author` (marketing by default), a second after the
  // previous one (ids sort by creation time); returns its id.
  std::string create(const library::ContentFields& f, const auth::User* author = nullptr) {
    clock_.advance(std::chrono::seconds(1));
    std::string id;
    db_.write([&](store::Tx& tx) {
      id = content_.create(tx, (author ? *author : marketing_).id, f).value()["id"];
    });
    return id;
  }

  // Submitted; returns the review id.
  std::string submit(const std::string& id, const auth::User* author = nullptr) {
    auto item = content_.submit((author ? *author : marketing_).id, id).value();
    return item["review"]["id"];
  }

  // Created, submitted and approved by compliance; returns its id.
  std::string approved(const library::ContentFields& f) {
    auto id = create(f);
    reviews_.decide(compliance_, submit(id), {review::Decision::kApprove, "", {}}).value();
    return id;
  }

  std::vector<std::string> audit_actions() {
    std::vector<std::string> out;
    db_.read([&](store::Tx& tx) {
      tx.audit().scan([&](const store::AuditRow& row) { out.push_back(row.action); });
    });
    return out;
  }

  review::ReviewOptions review_options() {
    review::ReviewOptions o;
    o.calendar.zone = TimeZone::load("America/Toronto").value();
    o.reasons = review::default_reasons();
    o.second_level_group = "Senior compliance";
    return o;
  }

  TempDir dir_;
  FakeClock clock_;  // Friday 2026-11-20 15:04:05 UTC
  store::sqlite::SqliteDatabase db_{store::sqlite::SqliteOptions{dir_.file("pv.db")}};
  audit::FileCheckpoint checkpoint_{dir_.file("audit.checkpoint"), "k"};
  audit::AuditLog audit_{"k", clock_, checkpoint_};
  auth::UserService users_{db_, audit_, clock_};
  charter::CharterService charter_{db_, audit_, clock_, policy::CompileOptions{}};
  review::ReviewService reviews_{db_, audit_, clock_, charter_, review_options()};
  library::ContentService content_{db_, audit_, clock_, charter_, reviews_};
  library::LibraryService library_{db_, clock_};
  std::string group_, other_group_, second_level_;
  auth::User marketing_, marketing2_, compliance_, compliance2_, admin_, both_;
};

}  // namespace pv::testing
