// The composition root's view of sharing: the scheduler's options from the
// configuration, and a name for this server's publisher (its lease owner).
#pragma once

#include <string>

#include "app/config.h"
#include "sharing/scheduler.h"

namespace pv::app {

sharing::SchedulerOptions scheduler_options(const Config& config);

// "host:pid:random": unique per process, readable in the attempts' record.
std::string publisher_id();

}  // namespace pv::app
