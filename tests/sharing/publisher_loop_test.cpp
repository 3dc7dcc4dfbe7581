// The publisher's thread: it publishes what falls due without being asked,
// wakes up at once when told, and stops only after the round in progress.
#include "sharing/publisher_loop.h"

#include <atomic>

#include "sharing/store_fixture.h"

namespace pv::sharing {
namespace {

using namespace std::chrono_literals;

class PublisherLoopTest : public testing::SharingStoreTest {
 protected:
  std::string queue_one() {
    auto s = share("u1", "scheduled");
    db_->write([&](store::Tx& tx) {
      tx.shares().insert(s);
      enqueue_publish(tx, s, "u1:linkedin", clock_.now());
    });
    return s.id;
  }
  std::string status(const std::string& id) {
    return db_->read_value([&](store::Tx& tx) { return tx.shares().find(id)->status; });
  }
  bool eventually(const std::function<bool()>& done) {
    for (int i = 0; i < 500 && !done(); ++i)
      std::this_thread::sleep_for(10ms);
    return done();
  }
  std::unique_ptr<Scheduler> scheduler() {
    SchedulerOptions o;
    o.daily_limit = 0;
    o.spacing = 0s;
    return std::make_unique<Scheduler>(*db_, *audit_, clock_,
                                       TimeZone::load("America/Toronto").value(), o, "loop");
  }
};

TEST_F(PublisherLoopTest, PublishesWhatIsDueAndStopsAfterTheRoundInProgress) {
  auto s = scheduler();
  std::atomic<int> calls{0};
  std::atomic<bool> release{false};
  metrics::Registry registry;
  s->set_metrics(registry);
  PublisherLoop loop(
      *s,
      [&](const ClaimedJob&) {
        ++calls;
        while (!release)
          std::this_thread::sleep_for(1ms);
        PublishOutcome o;
        o.result = PublishResult::kPublished;
        o.post_id = "1";
        return o;
      },
      // A long interval: only wake() makes the loop look again soon.
      std::chrono::milliseconds(60'000), [&] { s->update_gauges(); });
  auto first = queue_one();
  loop.start();
  ASSERT_TRUE(eventually([&] { return calls == 1; }));
  EXPECT_EQ(status(first), "publishing");
  // Stopping waits for the publish call in flight, which is then recorded.
  std::thread stopper([&] { loop.stop(); });
  std::this_thread::sleep_for(50ms);
  release = true;
  stopper.join();
  EXPECT_EQ(status(first), "published");
  EXPECT_NE(registry.render().find(
                "portevoix_publish_outcomes_total{network=\"linkedin\",outcome=\"published\"} 1"),
            std::string::npos)
      << registry.render();
  EXPECT_NE(registry.render().find("portevoix_publish_queue{state=\"waiting\"} 0"),
            std::string::npos);
}

TEST_F(PublisherLoopTest, WakeRunsARoundAtOnce) {
  auto s = scheduler();
  std::atomic<int> calls{0};
  PublisherLoop loop(
      *s,
      [&](const ClaimedJob&) {
        ++calls;
        PublishOutcome o;
        o.result = PublishResult::kPublished;
        return o;
      },
      std::chrono::milliseconds(60'000));
  loop.start();
  std::this_thread::sleep_for(50ms);  // the first round found nothing; now it waits
  auto id = queue_one();
  loop.wake();
  ASSERT_TRUE(eventually([&] { return calls == 1; }));
  ASSERT_TRUE(eventually([&] { return status(id) == "published"; }));
  loop.stop();
}

}  // namespace
}  // namespace pv::sharing
