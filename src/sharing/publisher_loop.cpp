#include "sharing/publisher_loop.h"

#include <spdlog/spdlog.h>

namespace pv::sharing {

PublisherLoop::PublisherLoop(Scheduler& scheduler, PublishFn publish,
                             std::chrono::milliseconds interval, std::function<void()> after_round)
    : scheduler_(scheduler),
      publish_(std::move(publish)),
      interval_(interval),
      after_round_(std::move(after_round)) {}

PublisherLoop::~PublisherLoop() {
  stop();
}

void PublisherLoop::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void PublisherLoop::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PublisherLoop::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void PublisherLoop::run() {
  for (;;) {
    int attempts = 0;
    try {
      attempts = scheduler_.run_once(publish_);
    } catch (const std::exception& e) {
      // The store failed (busy, disk): log, and try again next round.
      spdlog::error("publisher {}: round failed: {}", scheduler_.worker_id(), e.what());
    }
    if (after_round_) {
      try {
        after_round_();
      } catch (const std::exception& e) {
        spdlog::warn("publisher {}: {}", scheduler_.worker_id(), e.what());
      }
    }
    std::unique_lock lock(mutex_);
    if (stopping_) return;
    if (attempts > 0) continue;  // more may be due right away
    cv_.wait_for(lock, interval_, [this] { return stopping_ || woken_; });
    woken_ = false;
    if (stopping_) return;
  }
}

}  // namespace pv::sharing
