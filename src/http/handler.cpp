#include "http/handler.h"

namespace pv::http {

// Out of line so that the vtable has one home.
Handler::~Handler() = default;

}  // namespace pv::http
