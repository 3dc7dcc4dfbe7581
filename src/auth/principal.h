// Who is making a request, once authenticated, and how.
#pragma once

#include <optional>
#include <string>

#include "auth/user.h"

namespace pv::auth {

enum class AuthMethod { kSession, kBearer };

struct Principal {
  User user;
  AuthMethod method = AuthMethod::kSession;
  std::string session_hash;  // kSession: the store key of the session
  std::string csrf_token;    // kSession: what X-CSRF-Token must echo
  std::string token_id;      // kBearer
};

}  // namespace pv::auth
