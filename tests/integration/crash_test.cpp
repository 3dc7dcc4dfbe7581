// Acknowledged data is never lost: clients write in a loop, the server is
// killed with SIGKILL mid-stream and restarted; every write that got a 2xx is
// there, and the audit chain verifies.
#include <atomic>
#include <mutex>
#include <thread>

#include "integration/app_fixture.h"

namespace pv::testing {
namespace {

class CrashTest : public AppFixture {};

TEST_F(CrashTest, EveryAcknowledgedWriteSurvivesSigkill) {
  start();
  const std::string token = bearer_token(admin_email_);
  std::mutex mutex;
  std::vector<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::atomic<int> attempts{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      HttpClient c(server_->address(), std::chrono::seconds(5));
      for (int i = 0; !stop; ++i) {
        std::string name = "group-" + std::to_string(w) + "-" + std::to_string(i);
        ++attempts;
        try {
          auto r = c.post_json("/api/v1/groups", {{"name", name}}, bearer(token));
          if (r.status == 201) {
            std::lock_guard lock(mutex);
            acknowledged.push_back(name);
          }
        } catch (const std::exception&) {
          return;  // the server is gone
        }
      }
    });
  }
  // Let the writers get going, then pull the plug without warning.
  while (attempts < 200)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server_->kill_hard();
  stop = true;
  for (auto& t : writers)
    t.join();
  ASSERT_GT(acknowledged.size(), 50u);

  server_->start();
  auto c = client();
  auto groups = c->get("/api/v1/groups", bearer(token));
  ASSERT_EQ(groups.status, 200) << groups.body;
  const auto listing = groups.json();
  std::set<std::string> present;
  for (const auto& g : listing["items"])
    present.insert(g["name"].get<std::string>());
  for (const auto& name : acknowledged) {
    EXPECT_TRUE(present.contains(name)) << name << " was lost; " << present.size() << " present";
  }

  auto verify = c->get("/api/v1/audit/verify", bearer(token)).json();
  EXPECT_EQ(verify["ok"], true) << verify;
  EXPECT_EQ(server_->run({"audit", "verify"}).exit_code, 0);
}

}  // namespace
}  // namespace pv::testing
