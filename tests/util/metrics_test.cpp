#include "util/metrics.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace pv::metrics {
namespace {

TEST(Metrics, RendersCountersWithLabelsInTheTextFormat) {
  Registry r;
  auto& requests = r.counter("portevoix_http_requests_total", "HTTP requests served.",
                             {"method", "route", "status"});
  requests.inc({"GET", "/api/v1/users/{id}", "200"});
  requests.inc({"GET", "/api/v1/users/{id}", "200"});
  requests.inc({"POST", "/api/v1/shares", "201"}, 3);
  EXPECT_EQ(r.render(),
            "# HELP portevoix_http_requests_total HTTP requests served.\n"
            "# TYPE portevoix_http_requests_total counter\n"
            "portevoix_http_requests_total{method=\"GET\",route=\"/api/v1/users/{id}\","
            "status=\"200\"} 2\n"
            "portevoix_http_requests_total{method=\"POST\",route=\"/api/v1/shares\","
            "status=\"201\"} 3\n");
}

TEST(Metrics, RendersHistogramsWithCumulativeBuckets) {
  Registry r;
  auto& latency =
      r.histogram("portevoix_http_request_seconds", "Request latency.", {0.005, 0.1, 1}, {"route"});
  for (double v : {0.001, 0.005, 0.05, 0.5, 2.0})
    latency.observe({"/x"}, v);
  EXPECT_EQ(r.render(),
            "# HELP portevoix_http_request_seconds Request latency.\n"
            "# TYPE portevoix_http_request_seconds histogram\n"
            "portevoix_http_request_seconds_bucket{route=\"/x\",le=\"0.005\"} 2\n"
            "portevoix_http_request_seconds_bucket{route=\"/x\",le=\"0.1\"} 3\n"
            "portevoix_http_request_seconds_bucket{route=\"/x\",le=\"1\"} 4\n"
            "portevoix_http_request_seconds_bucket{route=\"/x\",le=\"+Inf\"} 5\n"
            "portevoix_http_request_seconds_sum{route=\"/x\"} 2.556\n"
            "portevoix_http_request_seconds_count{route=\"/x\"} 5\n");
}

TEST(Metrics, RendersGaugesUnlabelledAndSpecialValues) {
  Registry r;
  auto& depth = r.gauge("portevoix_queue_depth", "Shares waiting.");
  depth.set({}, 7);
  auto& odd = r.gauge("odd", "Odd values.", {"k"});
  odd.set({"inf"}, std::numeric_limits<double>::infinity());
  odd.set({"nan"}, std::nan(""));
  odd.set({"neg"}, -0.25);
  EXPECT_EQ(r.render(),
            "# HELP portevoix_queue_depth Shares waiting.\n"
            "# TYPE portevoix_queue_depth gauge\n"
            "portevoix_queue_depth 7\n"
            "# HELP odd Odd values.\n"
            "# TYPE odd gauge\n"
            "odd{k=\"inf\"} +Inf\n"
            "odd{k=\"nan\"} NaN\n"
            "odd{k=\"neg\"} -0.25\n");
}

TEST(Metrics, EscapesLabelValuesAndHelp) {
  Registry r;
  r.counter("c_total", "Help with \\ and\nnewline.", {"v"}).inc({"a\"b\\c\nd"});
  EXPECT_EQ(r.render(),
            "# HELP c_total Help with \\\\ and\\nnewline.\n"
            "# TYPE c_total counter\n"
            "c_total{v=\"a\\\"b\\\\c\\nd\"} 1\n");
}

TEST(Metrics, ReturnsTheSameFamilyForTheSameRegistration) {
  Registry r;
  auto& a = r.counter("x_total", "X.", {"k"});
  auto& b = r.counter("x_total", "X.", {"k"});
  EXPECT_EQ(&a, &b);
  auto& child = a.with({"v"});
  b.inc({"v"});
  EXPECT_EQ(child.value(), 1);
}

TEST(Metrics, RefusesRegistrationMistakes) {
  Registry r;
  r.counter("x_total", "X.", {"k"});
  EXPECT_THROW(r.gauge("x_total", "X.", {"k"}), std::invalid_argument);
  EXPECT_THROW(r.counter("x_total", "X.", {"other"}), std::invalid_argument);
  EXPECT_THROW(r.counter("1bad", "X."), std::invalid_argument);
  EXPECT_THROW(r.counter("bad-name", "X."), std::invalid_argument);
  EXPECT_THROW(r.counter("ok", "X.", {"__reserved"}), std::invalid_argument);
  EXPECT_THROW(r.histogram("h", "H.", {1, 1}), std::invalid_argument);
  EXPECT_THROW(r.histogram("h2", "H.", {1}, {"le"}), std::invalid_argument);
  auto& h = r.histogram("h3", "H.", {1, 2});
  EXPECT_THROW(r.histogram("h3", "H.", {1, 3}), std::invalid_argument);
  EXPECT_THROW(h.observe({"extra"}, 1), std::invalid_argument);
  EXPECT_THROW(r.counter("x_total", "X.", {"k"}).inc({}), std::invalid_argument);
  EXPECT_THROW(r.counter("x_total", "X.", {"k"}).inc({"v"}, -1), std::invalid_argument);
}

TEST(Metrics, CountsEveryIncrementFromManyThreads) {
  Registry r;
  auto& c = r.counter("hits_total", "Hits.", {"t"});
  auto& h = r.histogram("lat", "Latency.", Registry::latency_buckets());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10000; ++i) {
        c.inc({std::to_string(t % 2)});
        h.observe({}, 0.01);
      }
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(c.with({"0"}).value() + c.with({"1"}).value(), 40000);
  EXPECT_EQ(h.with({}).snapshot().count, 40000u);
  EXPECT_NE(r.render().find("lat_bucket{le=\"0.01\"} 40000\n"), std::string::npos);
}

}  // namespace
}  // namespace pv::metrics
