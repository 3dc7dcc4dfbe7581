// The clock, behind an interface so that tests can move time (sessions expire,
// throttles lift, share windows close) without sleeping.
#pragma once

#include <chrono>

namespace pv {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace pv
