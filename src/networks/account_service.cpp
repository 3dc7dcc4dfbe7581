#include "networks/account_service.h"

#include "networks/pkce.h"
#include "util/crypto.h"
#include "util/ids.h"

namespace pv::networks {
namespace {

std::string name_of(Network network) {
  return std::string(policy::to_string(network));
}

Error invalid_state() {
  return Error(ErrorKind::kBadRequest, "invalid_state",
               "This connection link is unknown, already used or expired: connect again.");
}

nlohmann::json failure_json(const Failure& f) {
  return {{"class", to_string(f.kind)}, {"code", f.code}, {"reason", f.reason}};
}

}  // namespace

AccountService::AccountService(store::Database& db, audit::AuditLog& audit, const Clock& clock,
                               const ConnectorRegistry& connectors, TokenCipher cipher,
                               AccountOptions options)
    : db_(db),
      audit_(audit),
      clock_(clock),
      connectors_(connectors),
      cipher_(std::move(cipher)),
      options_(options) {}

Result<std::string> AccountService::begin_connect(const std::string& user_id, Network network,
                                                  const std::string& redirect_uri,
                                                  const std::optional<std::string>& page_id) {
  Connector* connector = connectors_.find(network);
  if (!connector) {
    return Error(ErrorKind::kConflict, "network_not_configured",
                 "Porte-voix is not set up to connect to " + name_of(network) + ".");
  }
  const TimePoint now = clock_.now();
  const std::string state = crypto::random_token(32);
  const std::string verifier = make_code_verifier();
  db_.write([&](store::Tx& tx) {
    tx.oauth_states().remove_expired(now);
    tx.oauth_states().insert(
        store::OAuthStateRow{crypto::sha256_hex(state), user_id, name_of(network), redirect_uri,
                             cipher_.seal(verifier), page_id, now, now + options_.state_ttl});
    nlohmann::json data = {{"network", name_of(network)}};
    if (page_id) data["page_id"] = *page_id;
    audit_.record(tx, {user_id, "network.connect_start", "network", name_of(network), data});
  });
  return connector->authorize_url(
      {state, redirect_uri, connector->uses_pkce() ? code_challenge_s256(verifier) : ""});
}

Result<CallbackResult> AccountService::finish_connect(Network network, const CallbackInput& in) {
  if (in.state.empty()) return invalid_state();
  const TimePoint now = clock_.now();
  // Taken at once: whatever happens next, this state is spent.
  auto row = db_.write_value(
      [&](store::Tx& tx) { return tx.oauth_states().take(crypto::sha256_hex(in.state)); });
  if (!row || row->expires_at <= now || row->network != name_of(network)) return invalid_state();
  auto user = db_.read_value([&](store::Tx& tx) { return tx.users().find(row->user_id); });
  auto verifier = cipher_.open(row->code_verifier);
  Connector* connector = connectors_.find(network);
  if (!user || !user->active || !verifier || !connector) return invalid_state();

  CallbackResult result{network, row->user_id, std::nullopt, std::nullopt};
  if (in.error || !in.code || in.code->empty()) {
    result.failure =
        Failure{FailureClass::kRejected, in.error_description.value_or("the network sent no code"),
                in.error.value_or("no_code"), 0, std::nullopt};
  } else {
    auto connected =
        connector->exchange_code({*in.code, row->redirect_uri, *verifier, row->page_id});
    if (!connected) {
      result.failure = connected.failure();
    } else {
      const auto& c = connected.value();
      store::NetworkAccountRow account;
      account.user_id = row->user_id;
      account.network = name_of(network);
      account.external_id = c.identity.external_id;
      account.author = c.identity.author;
      account.display_name = c.identity.display_name;
      account.tokens = {cipher_.seal(c.tokens.access_token),
                        c.tokens.refresh_token
                            ? std::optional(cipher_.seal(*c.tokens.refresh_token))
                            : std::nullopt,
                        c.tokens.expires_at, c.tokens.refresh_expires_at, c.tokens.scopes};
      account.connected_at = account.updated_at = now;
      db_.write([&](store::Tx& tx) {
        auto existing = tx.network_accounts().find_for_user(row->user_id, account.network);
        if (existing) {
          account.id = existing->id;
          tx.network_accounts().reconnect(account);
        } else {
          account.id = new_id(now);
          tx.network_accounts().insert(account);
        }
        audit_.record(tx, {row->user_id,
                           "network.connect",
                           "network_account",
                           account.id,
                           {{"network", account.network},
                            {"external_id", account.external_id},
                            {"display_name", account.display_name},
                            {"reconnected", existing.has_value()}}});
        result.account =
            account_view(*tx.network_accounts().find(account.id), now, options_.expiring_window);
      });
      return result;
    }
  }
  db_.write([&](store::Tx& tx) {
    audit_.record(tx, {row->user_id, "network.connect_failed", "network", name_of(network),
                       failure_json(*result.failure)});
  });
  return result;
}

std::vector<Account> AccountService::list(const std::string& user_id) const {
  const TimePoint now = clock_.now();
  auto rows =
      db_.read_value([&](store::Tx& tx) { return tx.network_accounts().list_for_user(user_id); });
  std::vector<Account> out;
  for (const auto& r : rows)
    out.push_back(account_view(r, now, options_.expiring_window));
  return out;
}

std::optional<Account> AccountService::find(const std::string& account_id) const {
  auto row = db_.read_value([&](store::Tx& tx) { return tx.network_accounts().find(account_id); });
  if (!row) return std::nullopt;
  return account_view(*row, clock_.now(), options_.expiring_window);
}

Status AccountService::disconnect(const std::string& user_id, const std::string& account_id) {
  bool removed = false;
  db_.write([&](store::Tx& tx) {
    auto row = tx.network_accounts().find(account_id);
    if (!row || row->user_id != user_id) return;
    tx.network_accounts().remove(account_id);
    audit_.record(tx, {user_id,
                       "network.disconnect",
                       "network_account",
                       account_id,
                       {{"network", row->network}, {"external_id", row->external_id}}});
    removed = true;
  });
  if (!removed) return Error(ErrorKind::kNotFound, "not_found", "No such connected account.");
  return Ok{};
}

}  // namespace pv::networks
