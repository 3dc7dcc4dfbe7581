#include "app/demo_content.h"

#include <stdexcept>

namespace pv::app {
namespace {

using policy::Network;

enum class Outcome { kApprove, kPending, kReject };

struct DemoItem {
  const char* title;
  const char* body;
  const char* url;
  const char* language;
  std::vector<std::string> tags;
  std::vector<std::string> groups;  // names; empty: everyone
  bool promotional;
  library::Captions captions;
  const char* caption_policy;
  int expires_in_days;  // 0: no end
  Outcome outcome;
};

const std::vector<DemoItem>& demo_items() {
  static const std::vector<DemoItem> kItems = {
      {"RRSP season: the deadline is March 2",
       "Contributions made by March 2 can be deducted from your 2025 income. Your notice of "
       "assessment shows your contribution room; your advisor can help you decide between an "
       "RRSP and a TFSA.",
       "https://www.heritage.example/en/rrsp-deadline",
       "en-CA",
       {"rrsp", "tax", "retirement"},
       {},
       true,
       {{Network::kLinkedIn,
         {"RRSP season is here: contributions made by March 2 count for your 2025 taxes.",
          "Not sure whether an RRSP or a TFSA suits you better this year? Let's talk before "
          "March 2.",
          "Your notice of assessment shows your RRSP room. Bring it to our next meeting."}},
        {Network::kX,
         {"RRSP deadline: March 2. Let's look at your contribution room together.",
          "RRSP or TFSA this year? Happy to help you compare before March 2."}},
        {Network::kFacebook,
         {"RRSP season is here! Contributions made by March 2 count for your 2025 return."}}},
       library::kEditable,
       90,
       Outcome::kApprove},
      {"Saison des REER : date limite le 2 mars",
       "Les cotisations versées d'ici le 2 mars sont déductibles de votre revenu de 2025. Votre "
       "avis de cotisation indique vos droits inutilisés; votre conseiller peut vous aider à "
       "choisir entre le REER et le CELI.",
       "https://www.heritage.example/fr/date-limite-reer",
       "fr-CA",
       {"reer", "impot", "retraite"},
       {},
       true,
       {{Network::kLinkedIn,
         {"C'est la saison des REER : les cotisations versées d'ici le 2 mars comptent pour "
          "votre déclaration de 2025.",
          "REER ou CELI cette année? Parlons-en avant le 2 mars.",
          "Votre avis de cotisation indique vos droits REER. Apportez-le à notre prochaine "
          "rencontre."}},
        {Network::kX,
         {"Date limite REER : le 2 mars. Faisons le point sur vos droits de cotisation."}},
        {Network::kFacebook,
         {"La saison des REER est commencée! Les cotisations versées d'ici le 2 mars comptent "
          "pour 2025."}}},
       library::kEditable,
       90,
       Outcome::kApprove},
      {"TFSA: new contribution room on January 1",
       "Every January, TFSA holders get new contribution room. Withdrawals made last year are "
       "added back too. A TFSA can hold savings, GICs or investments.",
       "https://www.heritage.example/en/tfsa",
       "en-CA",
       {"tfsa", "savings"},
       {},
       true,
       {{Network::kLinkedIn,
         {"New year, new TFSA room. Do you know how much you can contribute in 2026?",
          "Withdrew from your TFSA last year? That room comes back on January 1."}},
        {Network::kX, {"Your TFSA room grows every January. Let's check yours."}}},
       library::kLocked,
       120,
       Outcome::kApprove},
      {"CELI : de nouveaux droits de cotisation le 1er janvier",
       "Chaque année en janvier, les titulaires d'un CELI obtiennent de nouveaux droits de "
       "cotisation, en plus des retraits faits l'année précédente.",
       "https://www.heritage.example/fr/celi",
       "fr-CA",
       {"celi", "epargne"},
       {},
       true,
       {{Network::kLinkedIn,
         {"Nouvelle année, nouveaux droits CELI. Savez-vous combien vous pouvez cotiser en 2026?",
          "Vous avez retiré de votre CELI l'an dernier? Ces droits reviennent le 1er janvier."}},
        {Network::kFacebook, {"Vos droits de cotisation au CELI augmentent chaque janvier."}}},
       library::kLocked,
       120,
       Outcome::kApprove},
      {"Market commentary: the fourth quarter in review",
       "Markets ended the quarter mixed: bonds steadied as inflation eased, while equities stayed "
       "volatile. Past performance does not guarantee future results; a diversified portfolio "
       "remains the best answer to uncertainty.",
       "https://www.heritage.example/en/commentary/q4",
       "en-CA",
       {"markets", "commentary"},
       {},
       false,
       {{Network::kLinkedIn,
         {"Our chief economist looks back on a mixed quarter for markets.",
          "Bonds steadied, equities stayed volatile: the quarter in review."}},
        {Network::kX, {"The quarter in review, from our economics team."}}},
       library::kEditable,
       45,
       Outcome::kApprove},
      {"Commentaire de marché : retour sur le quatrième trimestre",
       "Les marchés ont terminé le trimestre en ordre dispersé : les obligations se sont "
       "stabilisées avec le recul de l'inflation, tandis que les actions sont restées volatiles. "
       "Les résultats passés ne sont pas garants des résultats futurs.",
       "https://www.heritage.example/fr/commentaire/t4",
       "fr-CA",
       {"marches", "commentaire"},
       {},
       false,
       {{Network::kLinkedIn,
         {"Notre économiste en chef revient sur un trimestre contrasté.",
          "Obligations stables, actions volatiles : le trimestre en revue."}}},
       library::kEditable,
       45,
       Outcome::kApprove},
      {"Webinar: planning your retirement income",
       "Join our Toronto advisors on Thursday at noon for a one-hour webinar on turning savings "
       "into retirement income: RRIF conversion, CPP timing and pension splitting.",
       "https://www.heritage.example/en/events/retirement-income",
       "en-CA",
       {"event", "retirement"},
       {"Toronto"},
       false,
       {{Network::kLinkedIn,
         {"Join me Thursday at noon: turning savings into retirement income.",
          "RRIFs, CPP timing, pension splitting: our retirement income webinar is on Thursday."}},
        {Network::kFacebook, {"Free webinar Thursday at noon on retirement income."}}},
       library::kEditable,
       20,
       Outcome::kApprove},
      {"Séminaire à Montréal : transmettre son patrimoine",
       "Nos conseillers de Montréal vous invitent à un séminaire sur la planification "
       "successorale : testament, mandat de protection et fiducies familiales.",
       "https://www.heritage.example/fr/evenements/succession",
       "fr-CA",
       {"evenement", "succession"},
       {"Montréal"},
       false,
       {{Network::kLinkedIn,
         {"Je vous invite à notre séminaire sur la planification successorale à Montréal.",
          "Testament, mandat de protection, fiducies : un séminaire pour y voir clair."}}},
       library::kEditable,
       25,
       Outcome::kApprove},
      {"Team news: welcome to our new Vancouver branch",
       "Héritage opens its first branch in Vancouver this month, with a team of six advisors "
       "serving the Lower Mainland.",
       "https://www.heritage.example/en/news/vancouver",
       "en-CA",
       {"team", "news"},
       {},
       false,
       {{Network::kLinkedIn,
         {"Proud to welcome our new Vancouver team to Héritage.",
          "Héritage now serves the Lower Mainland from our new Vancouver branch."}},
        {Network::kX, {"Héritage opens in Vancouver this month."}}},
       library::kEditable,
       0,
       Outcome::kApprove},
      {"Nouvelles de l'équipe : bienvenue à nos nouveaux conseillers",
       "Douze nouveaux conseillers se joignent à Héritage ce trimestre, à Montréal, Québec et "
       "Sherbrooke.",
       "https://www.heritage.example/fr/nouvelles/equipe",
       "fr-CA",
       {"equipe", "nouvelles"},
       {},
       false,
       {{Network::kLinkedIn,
         {"Bienvenue à nos douze nouveaux collègues!",
          "Héritage accueille douze nouveaux conseillers ce trimestre."}}},
       library::kEditable,
       0,
       Outcome::kApprove},
      {"Year-end tax tips for investors",
       "Before December 31: harvest capital losses to offset gains, make charitable donations, "
       "and pay deductible expenses. Talk to your advisor before selling anything.",
       "https://www.heritage.example/en/year-end-tax",
       "en-CA",
       {"tax"},
       {},
       false,
       {{Network::kLinkedIn,
         {"Three things to do before December 31 to lower your tax bill.",
          "Tax-loss selling, donations, deductible expenses: your year-end checklist."}}},
       library::kEditable,
       40,
       Outcome::kPending},
      {"Our balanced fund: a standout year",
       "Our balanced fund returned 11.4% last year, one of the best-performing funds in its "
       "category.",
       "https://www.heritage.example/en/funds/balanced",
       "en-CA",
       {"funds"},
       {},
       true,
       {{Network::kLinkedIn, {"Our balanced fund returned 11.4% last year. Ask me how."}}},
       library::kLocked,
       30,
       Outcome::kReject},
  };
  return kItems;
}

}  // namespace

DemoContentSummary add_demo_content(Domain& domain, store::Database& db, const Clock& clock,
                                    const DemoPeople& people) {
  DemoContentSummary summary;
  const auto reviewer_fr = domain.users.get_user(people.compliance_fr).value();
  const auto reviewer_en = domain.users.get_user(people.compliance_en).value();
  for (const auto& item : demo_items()) {
    library::ContentFields fields;
    fields.title = item.title;
    fields.body = item.body;
    fields.url = item.url;
    fields.language = item.language;
    fields.tags = item.tags;
    for (const auto& name : item.groups)
      fields.groups.push_back(people.groups.at(name));
    fields.promotional = item.promotional;
    fields.captions = item.captions;
    fields.caption_policy = item.caption_policy;
    if (item.expires_in_days > 0) {
      fields.expires_at = clock.now() + std::chrono::days(item.expires_in_days);
    }
    std::optional<nlohmann::json> created;
    db.write([&](store::Tx& tx) {
      created = domain.content.create(tx, people.marketing, fields).value();
    });
    const std::string id = (*created)["id"];
    auto submitted = domain.content.submit(people.marketing, id).value();
    const std::string review_id = submitted["review"]["id"];
    const auto& reviewer =
        std::string(item.language).rfind("fr", 0) == 0 ? reviewer_fr : reviewer_en;
    switch (item.outcome) {
      case Outcome::kApprove:
        domain.reviews
            .decide(reviewer, review_id, {review::Decision::kApprove, "Conforme à la charte.", {}})
            .value();
        ++summary.approved;
        break;
      case Outcome::kPending: ++summary.pending; break;
      case Outcome::kReject:
        domain.reviews
            .decide(reviewer, review_id,
                    {review::Decision::kReject,
                     "A past return needs the period, the benchmark and the standard warning; "
                     "\"best-performing\" needs a source.",
                     std::string("performance_claim")})
            .value();
        ++summary.rejected;
        break;
    }
  }
  return summary;
}

}  // namespace pv::app
