// The scheduler's publish function for real networks: a claimed share goes
// out through the advisor's connected account (networks::AccountService,
// which refreshes the token when it must), and the network's classified
// answer becomes the scheduler's outcome.
//
// Thread-safe (the account service is).
#pragma once

#include "networks/account_service.h"
#include "sharing/scheduler.h"

namespace pv::sharing {

// The outcome of a networks call, as the scheduler acts on it.
PublishOutcome to_outcome(const networks::Outcome<networks::Published>& result);

// Publishes a claimed share (its composed text, and its tracked link on
// `public_url` for the networks that draw a link card) through its account.
PublishFn network_publisher(networks::AccountService& accounts, const std::string& public_url);

}  // namespace pv::sharing
