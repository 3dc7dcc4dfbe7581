// The scheduler on a real SQLite store: claims, outcomes, retries, limits,
// recovery after a crash, and two schedulers racing on one database.
#include "sharing/scheduler.h"

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "sharing/store_fixture.h"

namespace pv::sharing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

PublishOutcome said(PublishResult result, std::string reason = "") {
  PublishOutcome o;
  o.result = result;
  o.reason = std::move(reason);
  if (result == PublishResult::kPublished) {
    o.post_id = "urn:li:share:1";
    o.post_url = "https://www.linkedin.com/feed/update/urn:li:share:1/";
  }
  return o;
}

class SchedulerTest : public testing::SharingStoreTest {
 protected:
  SchedulerOptions options() {
    SchedulerOptions o;
    o.daily_limit = 0;
    o.spacing = seconds(0);
    o.lease = seconds(120);
    o.retry.max_attempts = 3;
    o.retry.base = seconds(60);
    o.jitter = [] { return 0.0; };
    return o;
  }
  std::unique_ptr<Scheduler> scheduler(SchedulerOptions o, const std::string& worker = "w1",
                                       store::Database* db = nullptr) {
    return std::make_unique<Scheduler>(db ? *db : *db_, *audit_, clock_,
                                       TimeZone::load("America/Toronto").value(), std::move(o),
                                       worker);
  }
  // A scheduled share, queued.
  std::string queued(const std::string& user = "u1", const std::string& network = "linkedin",
                     std::optional<TimePoint> at = std::nullopt) {
    auto s = share(user, "scheduled", network);
    if (at) s.scheduled_at = *at;
    db_->write([&](store::Tx& tx) {
      tx.shares().insert(s);
      enqueue_publish(tx, s, user + ":" + network, clock_.now());
    });
    return s.id;
  }
  store::ShareRow read(const std::string& id) {
    return *db_->read_value([&](store::Tx& tx) { return tx.shares().find(id); });
  }
  std::vector<store::PublishAttemptRow> attempts(const std::string& id) {
    return db_->read_value([&](store::Tx& tx) { return tx.publish_jobs().attempts(id); });
  }
  std::vector<std::string> audit_actions(const std::string& id) {
    std::vector<std::string> out;
    db_->read([&](store::Tx& tx) {
      store::AuditFilter f;
      f.entity = "share";
      f.entity_id = id;
      f.limit = 1000;
      for (const auto& row : tx.audit().list(f))
        out.push_back(row.action);
    });
    return out;
  }
  // A publish function answering `outcome` and counting its calls.
  PublishFn answering(PublishOutcome outcome) {
    return [this, outcome](const ClaimedJob& job) {
      ++calls_[job.share.id];
      EXPECT_EQ(job.share.status, "publishing");
      return outcome;
    };
  }
  std::map<std::string, int> calls_;
};

TEST_F(SchedulerTest, PublishesADueShareOnceAndRecordsIt) {
  auto s = scheduler(options());
  std::vector<std::string> hooked;
  s->set_published_hook(
      [&](store::Tx&, const store::ShareRow& share) { hooked.push_back(share.id); });
  auto id = queued();
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  auto share = read(id);
  EXPECT_EQ(share.status, "published");
  EXPECT_EQ(share.post_id, "urn:li:share:1");
  EXPECT_EQ(share.post_url, "https://www.linkedin.com/feed/update/urn:li:share:1/");
  EXPECT_EQ(share.published_at, clock_.now());
  EXPECT_EQ(hooked, std::vector<std::string>{id});

  auto tries = attempts(id);
  ASSERT_EQ(tries.size(), 1u);
  EXPECT_EQ(tries[0].outcome, "published");
  EXPECT_EQ(tries[0].worker, "w1");
  EXPECT_EQ(tries[0].attempt, 1);
  EXPECT_EQ(audit_actions(id), (std::vector<std::string>{"share.publishing", "share.published"}));

  clock_.advance(seconds(3600));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  EXPECT_EQ(calls_[id], 1);
  EXPECT_TRUE(audit_->verify(*db_).ok);
}

TEST_F(SchedulerTest, WaitsForTheScheduledTime) {
  auto s = scheduler(options());
  auto id = queued("u1", "x", clock_.now() + seconds(3600));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  EXPECT_EQ(read(id).status, "scheduled");
  clock_.advance(seconds(3599));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  clock_.advance(seconds(1));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  EXPECT_EQ(read(id).status, "published");
}

TEST_F(SchedulerTest, TransientFailuresBackOffThenFail) {
  auto s = scheduler(options());
  auto id = queued();
  auto transient = answering(said(PublishResult::kTransient, "HTTP 503"));
  EXPECT_EQ(s->run_once(transient), 1);
  EXPECT_EQ(read(id).status, "scheduled");
  // Jitter 0: half of 60 s, then half of 120 s.
  clock_.advance(seconds(29));
  EXPECT_EQ(s->run_once(transient), 0);
  clock_.advance(seconds(1));
  EXPECT_EQ(s->run_once(transient), 1);
  clock_.advance(seconds(59));
  EXPECT_EQ(s->run_once(transient), 0);
  clock_.advance(seconds(1));
  EXPECT_EQ(s->run_once(transient), 1);
  auto share = read(id);
  EXPECT_EQ(share.status, "failed");
  EXPECT_NE(share.failure_reason->find("HTTP 503"), std::string::npos);
  auto tries = attempts(id);
  ASSERT_EQ(tries.size(), 3u);
  for (const auto& t : tries)
    EXPECT_EQ(t.outcome, "transient");
  EXPECT_TRUE(tries[0].retry_at.has_value());
  EXPECT_FALSE(tries[2].retry_at.has_value());
  clock_.advance(seconds(86400));
  EXPECT_EQ(s->run_once(transient), 0);
}

TEST_F(SchedulerTest, RateLimitedWaitsForTheNetworksTime) {
  auto s = scheduler(options());
  auto id = queued();
  auto limited = said(PublishResult::kRateLimited, "HTTP 429");
  limited.retry_at = clock_.now() + minutes(15);
  EXPECT_EQ(s->run_once(answering(limited)), 1);
  EXPECT_EQ(read(id).status, "scheduled");
  clock_.advance(minutes(14));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  clock_.advance(minutes(1));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  EXPECT_EQ(read(id).status, "published");
  auto tries = attempts(id);
  ASSERT_EQ(tries.size(), 2u);
  EXPECT_EQ(tries[0].outcome, "rate_limited");
  EXPECT_EQ(tries[1].outcome, "published");
}

TEST_F(SchedulerTest, AnUnknownOutcomeIsNeverRetried) {
  auto s = scheduler(options());
  auto id = queued();
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kUnknownOutcome, "connection reset"))), 1);
  auto share = read(id);
  EXPECT_EQ(share.status, "unknown");
  EXPECT_TRUE(share.failure_reason.has_value());
  for (int i = 0; i < 5; ++i) {
    clock_.advance(seconds(86400));
    EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  }
  EXPECT_EQ(calls_[id], 1);
}

TEST_F(SchedulerTest, AThrowingPublisherCountsAsUnknown) {
  auto s = scheduler(options());
  auto id = queued();
  EXPECT_EQ(s->run_once([](const ClaimedJob&) -> PublishOutcome {
    throw std::runtime_error("socket closed mid-write");
  }),
            1);
  EXPECT_EQ(read(id).status, "unknown");
  EXPECT_EQ(attempts(id)[0].outcome, "unknown_outcome");
}

TEST_F(SchedulerTest, RefusalsFailAtOnceWithTheNetworksReason) {
  auto s = scheduler(options());
  auto rejected = queued("u1", "linkedin");
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kRejected, "DUPLICATE_POST"))), 1);
  EXPECT_EQ(read(rejected).status, "failed");
  EXPECT_EQ(read(rejected).failure_reason, "DUPLICATE_POST");

  auto reconnect = queued("u1", "x");
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kNeedsReconnect, "invalid_token"))), 1);
  EXPECT_EQ(read(reconnect).status, "failed");
  EXPECT_EQ(read(reconnect).failure_reason->rfind("needs_reconnect", 0), 0u);
}

TEST_F(SchedulerTest, AClaimLeftByACrashBecomesUnknownNeverPublishedAgain) {
  auto crashed = scheduler(options(), "crashed");
  auto id = queued();
  auto claimed = crashed->claim_due();  // then the server dies before completing
  ASSERT_EQ(claimed.size(), 1u);
  EXPECT_EQ(read(id).status, "publishing");

  auto other = scheduler(options(), "w2");
  clock_.advance(seconds(60));
  EXPECT_EQ(other->run_once(answering(said(PublishResult::kPublished))), 0);
  EXPECT_EQ(read(id).status, "publishing");  // the lease still holds
  clock_.advance(seconds(61));
  EXPECT_EQ(other->run_once(answering(said(PublishResult::kPublished))), 0);
  EXPECT_EQ(read(id).status, "unknown");
  EXPECT_EQ(calls_[id], 0);
  EXPECT_EQ(attempts(id)[0].outcome, "lease_expired");

  // The stalled scheduler's late answer is recorded; a failure changes nothing…
  crashed->complete(claimed[0], said(PublishResult::kTransient, "late failure"));
  EXPECT_EQ(read(id).status, "unknown");
  clock_.advance(seconds(86400));
  EXPECT_EQ(other->run_once(answering(said(PublishResult::kPublished))), 0);
  // …but a late success settles the question.
  crashed->complete(claimed[0], said(PublishResult::kPublished));
  EXPECT_EQ(read(id).status, "published");
}

TEST_F(SchedulerTest, AnAccountPostsAtMostTheDailyLimitInTheFirmsDay) {
  auto o = options();
  o.daily_limit = 2;
  auto s = scheduler(o);
  // A second apart, so that they fall due in this order.
  auto a = queued("u1", "linkedin");
  clock_.advance(seconds(1));
  auto b = queued("u1", "linkedin");
  clock_.advance(seconds(1));
  auto c = queued("u1", "linkedin");
  auto other_account = queued("u1", "x");
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 3);
  EXPECT_EQ(read(a).status, "published");
  EXPECT_EQ(read(b).status, "published");
  EXPECT_EQ(read(c).status, "scheduled");
  EXPECT_EQ(read(other_account).status, "published");
  auto job = db_->read_value([&](store::Tx& tx) { return tx.publish_jobs().find(c); });
  // 10:00 in Toronto: the next local day starts at 05:00 UTC.
  EXPECT_EQ(format_time(job->due_at), "2026-11-21T05:00:00Z");
  EXPECT_EQ(audit_actions(c), std::vector<std::string>{"share.deferred"});

  const auto midnight = *parse_time("2026-11-21T05:00:00Z");
  clock_.advance(std::chrono::duration_cast<seconds>(midnight - clock_.now()) - seconds(1));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  clock_.advance(seconds(1));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  EXPECT_EQ(read(c).status, "published");
}

TEST_F(SchedulerTest, PostsOfOneAccountAreSpacedOut) {
  auto o = options();
  o.spacing = minutes(10);
  auto s = scheduler(o);
  auto a = queued("u1", "linkedin");
  clock_.advance(seconds(1));
  auto b = queued("u1", "linkedin");
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  EXPECT_EQ(read(a).status, "published");
  EXPECT_EQ(read(b).status, "scheduled");
  clock_.advance(minutes(9));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  clock_.advance(minutes(1));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 1);
  EXPECT_EQ(read(b).status, "published");
}

TEST_F(SchedulerTest, ACancelledJobIsNeverClaimed) {
  auto s = scheduler(options());
  auto id = queued("u1", "linkedin", clock_.now() + minutes(5));
  db_->write([&](store::Tx& tx) {
    EXPECT_TRUE(tx.publish_jobs().drop(id));
    auto share = *tx.shares().find(id);
    share.status = "cancelled";
    tx.shares().update(share);
  });
  clock_.advance(minutes(10));
  EXPECT_EQ(s->run_once(answering(said(PublishResult::kPublished))), 0);
  EXPECT_EQ(read(id).status, "cancelled");
}

// Two schedulers, each with its own connections to one database file (as two
// servers have), racing over the same queue: every share goes out once.
TEST_F(SchedulerTest, TwoSchedulersOnOneDatabasePublishEachShareOnce) {
  constexpr int kShares = 60;
  std::vector<std::string> ids;
  for (int i = 0; i < 6; ++i)
    add_user("racer" + std::to_string(i));
  for (int i = 0; i < kShares; ++i) {
    ids.push_back(queued("racer" + std::to_string(i % 6), i % 2 ? "x" : "linkedin"));
  }
  auto second_db = open();
  auto o = options();
  o.batch = 3;
  auto first = scheduler(o, "server-a");
  auto second = scheduler(o, "server-b", second_db.get());

  std::mutex mutex;
  std::map<std::string, std::vector<std::string>> published_by;  // share → workers
  auto publish_as = [&](const std::string& worker) {
    return [&, worker](const ClaimedJob& job) {
      {
        std::lock_guard lock(mutex);
        published_by[job.share.id].push_back(worker);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      return said(PublishResult::kPublished);
    };
  };
  std::atomic<int> rounds_with_work{0};
  auto run = [&](Scheduler& s, const std::string& worker) {
    auto fn = publish_as(worker);
    for (int idle = 0; idle < 3;) {
      if (s.run_once(fn) == 0) {
        ++idle;
      } else {
        idle = 0;
        ++rounds_with_work;
      }
    }
  };
  std::thread a([&] { run(*first, "server-a"); });
  std::thread b([&] { run(*second, "server-b"); });
  a.join();
  b.join();

  ASSERT_EQ(published_by.size(), static_cast<std::size_t>(kShares));
  for (const auto& id : ids) {
    ASSERT_EQ(published_by[id].size(), 1u) << id;
    EXPECT_EQ(read(id).status, "published");
    EXPECT_EQ(attempts(id).size(), 1u);
  }
  EXPECT_GE(rounds_with_work.load(), 2);
}

}  // namespace
}  // namespace pv::sharing
