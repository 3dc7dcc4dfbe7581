#include "sharing/compose.h"

#include "sharing/network_length.h"

namespace pv::sharing {
namespace {

std::string assemble(const ComposeInput& in, const std::vector<bool>& short_used) {
  std::string text = in.caption;
  if (in.link) {
    text += "\n\n";
    text += *in.link;
  }
  for (std::size_t i = 0; i < in.disclaimers.size(); ++i) {
    text += i == 0 ? "\n\n" : " ";
    const auto& d = in.disclaimers[i];
    text += short_used[i] ? *d.short_form : d.full;
  }
  return text;
}

}  // namespace

Composition compose(const ComposeInput& input) {
  Composition c;
  c.limit = network_limit(input.network);
  c.short_form_used.assign(input.disclaimers.size(), false);
  c.text = assemble(input, c.short_form_used);
  c.length = network_length(input.network, c.text);
  // Switch short forms in, first to last, only while the text is too long.
  for (std::size_t i = 0; i < input.disclaimers.size() && c.length > c.limit; ++i) {
    if (!input.disclaimers[i].short_form) continue;
    c.short_form_used[i] = true;
    c.text = assemble(input, c.short_form_used);
    c.length = network_length(input.network, c.text);
  }
  c.fits = c.length <= c.limit;
  c.chars_to_cut = c.fits ? 0 : c.length - c.limit;
  return c;
}

Error too_long_error(const Composition& composition, Network network) {
  return Error(ErrorKind::kInvalid, std::string(kTooLong),
               "The text is " + std::to_string(composition.chars_to_cut) +
                   " characters too long for " + std::string(to_string(network)) + ".",
               {{"chars_to_cut", composition.chars_to_cut},
                {"length", composition.length},
                {"limit", composition.limit},
                {"network", to_string(network)}});
}

}  // namespace pv::sharing
