// The publisher's thread inside `portevoix serve`: publishing happens here,
// never on a request thread (DESIGN.md). It runs scheduler rounds every
// `interval` (at once again when a round found work), and stop() lets the
// round in progress finish (a publish call in flight completes and is
// recorded) before joining, so a clean shutdown leaves no share `publishing`.
//
// Thread safety: start() and stop() from one thread (the composition root);
// wake() from any.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "sharing/scheduler.h"

namespace pv::sharing {

class PublisherLoop {
 public:
  // `after_round` runs after every round (e.g. to refresh the queue gauges).
  PublisherLoop(Scheduler& scheduler, PublishFn publish, std::chrono::milliseconds interval,
                std::function<void()> after_round = {});
  ~PublisherLoop();  // stops

  void start();
  void stop();
  // Runs the next round now (a share was just scheduled).
  void wake();

 private:
  void run();

  Scheduler& scheduler_;
  PublishFn publish_;
  std::chrono::milliseconds interval_;
  std::function<void()> after_round_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace pv::sharing
