// A fake http::Client: records every request and answers from a queue the test
// fills (a response, or a transport failure).
#pragma once

#include <deque>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "http/client.h"

namespace pv::testing {

class FakeClient final : public http::Client {
 public:
  http::ClientResult send(const http::ClientRequest& request) override {
    std::lock_guard lock(mu_);
    sent.push_back(request);
    if (answers_.empty()) throw std::logic_error("FakeClient: no answer queued for " + request.url);
    auto answer = answers_.front();
    answers_.pop_front();
    return answer;
  }

  void answer(int status, std::string body, http::Headers headers = {}) {
    std::lock_guard lock(mu_);
    answers_.push_back(http::ClientResponse{status, std::move(headers), std::move(body)});
  }
  void fail(http::TransportError::Stage stage) {
    std::lock_guard lock(mu_);
    answers_.push_back(http::TransportError{stage, "fake transport failure"});
  }

  std::vector<http::ClientRequest> sent;

 private:
  std::mutex mu_;
  std::deque<http::ClientResult> answers_;
};

}  // namespace pv::testing
