// A clock the test moves by hand.
#pragma once

#include <atomic>

#include "util/clock.h"
#include "util/time.h"

namespace pv::testing {

class FakeClock final : public Clock {
 public:
  explicit FakeClock(TimePoint start = from_unix_seconds(1795187045)) : now_(start) {}
  TimePoint now() const override { return now_.load(); }
  void advance(std::chrono::seconds by) { now_ = now_.load() + by; }

 private:
  std::atomic<TimePoint> now_;
};

}  // namespace pv::testing
