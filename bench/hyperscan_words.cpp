#include "hyperscan_words.h"

#include <cstdio>
#include <stdexcept>

#include <hs.h>

#include "lexicon.h"

namespace pv::bench {

struct HyperscanWords::Impl {
  hs_database_t* database = nullptr;
  hs_scratch_t* scratch = nullptr;
  ~Impl() {
    hs_free_scratch(scratch);
    hs_free_database(database);
  }
};

std::string HyperscanWords::pattern(const std::string& term) {
  const PlainTerm plain = plain_term(term);
  std::string out = "\\b";
  for (const char c : plain.text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
      out += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    }
  }
  out += plain.prefix ? "\\w*\\b" : "\\b";
  return out;
}

HyperscanWords::HyperscanWords(const std::vector<std::string>& terms)
    : impl_(std::make_unique<Impl>()) {
  std::vector<std::string> patterns;
  std::vector<const char*> expressions;
  std::vector<unsigned> flags(terms.size(), HS_FLAG_CASELESS);
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    patterns.push_back(pattern(terms[i]));
    ids.push_back(static_cast<unsigned>(i));
  }
  for (const auto& p : patterns)
    expressions.push_back(p.c_str());
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                       &impl_->database, &error) != HS_SUCCESS) {
    const std::string message = error != nullptr ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("hyperscan: " + message);
  }
  if (hs_alloc_scratch(impl_->database, &impl_->scratch) != HS_SUCCESS) {
    throw std::runtime_error("hyperscan: cannot allocate scratch space");
  }
}

HyperscanWords::~HyperscanWords() = default;

std::size_t HyperscanWords::count_matches(std::string_view folded) const {
  std::size_t count = 0;
  const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                           void* context) -> int {
    ++*static_cast<std::size_t*>(context);
    return 0;  // go on scanning
  };
  hs_scan(impl_->database, folded.data(), static_cast<unsigned>(folded.size()), 0, impl_->scratch,
          on_match, &count);
  return count;
}

}  // namespace pv::bench
