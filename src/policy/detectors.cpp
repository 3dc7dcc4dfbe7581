#include "policy/detectors.h"

#include "policy/ca_sin.h"
#include "policy/email.h"
#include "policy/payment_card.h"
#include "policy/phone.h"
#include "policy/url.h"
#include "policy/us_ssn.h"

namespace pv::policy {

std::string_view to_string(Detector detector) {
  switch (detector) {
    case Detector::kEmail: return "email";
    case Detector::kPhone: return "phone";
    case Detector::kCaSin: return "ca_sin";
    case Detector::kUsSsn: return "us_ssn";
    case Detector::kPaymentCard: return "payment_card";
    case Detector::kUrl: return "url";
  }
  return {};
}

std::optional<Detector> parse_detector(std::string_view name) {
  for (const Detector d : kAllDetectors) {
    if (to_string(d) == name) return d;
  }
  return std::nullopt;
}

std::vector<ByteSpan> detect(Detector detector, std::string_view folded) {
  switch (detector) {
    case Detector::kEmail: {
      std::vector<ByteSpan> spans;
      for (const auto& m : find_emails(folded))
        spans.push_back(m.span);
      return spans;
    }
    case Detector::kPhone: return find_phones(folded);
    case Detector::kCaSin: return find_ca_sins(folded);
    case Detector::kUsSsn: return find_us_ssns(folded);
    case Detector::kPaymentCard: return find_payment_cards(folded);
    case Detector::kUrl: {
      std::vector<ByteSpan> spans;
      for (const auto& m : find_urls(folded))
        spans.push_back(m.span);
      return spans;
    }
  }
  return {};
}

}  // namespace pv::policy
