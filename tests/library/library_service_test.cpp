// The library as advisors see it: targeting, windows, language preference,
// search, and the rotation of caption variants.
#include "library_fixture.h"

namespace pv::testing {
namespace {

class LibraryServiceTest : public LibraryFixture {
 protected:
  std::vector<std::string> ids(const library::ContentPage& page) {
    std::vector<std::string> out;
    for (const auto& item : page.items)
      out.push_back(item["id"]);
    return out;
  }
  std::vector<std::string> visible(const auth::User& advisor, library::LibraryQuery q = {}) {
    return ids(library_.list(advisor, q).value());
  }
};

TEST_F(LibraryServiceTest, AdvisorsSeeOnlyLiveItemsTargetedToThem) {
  auto toronto = add_user("t@x.ca", {"advisor"}, {group_});
  auto montreal = add_user("m@x.ca", {"advisor"}, {other_group_});
  auto everyone = approved(fields("for all"));
  auto f = fields("Toronto only");
  f.groups = {group_};
  auto targeted = approved(f);
  create(fields("a draft"));
  submit(create(fields("pending")));
  EXPECT_EQ(visible(toronto), (std::vector<std::string>{targeted, everyone}));
  EXPECT_EQ(visible(montreal), std::vector<std::string>{everyone});
  EXPECT_EQ(library_.get(montreal, targeted).error().kind(), ErrorKind::kNotFound);
  EXPECT_TRUE(library_.get(toronto, targeted));
}

TEST_F(LibraryServiceTest, TheShareWindowOpensAndCloses) {
  auto advisor = add_user("a@x.ca", {"advisor"});
  auto f = fields();
  f.starts_at = clock_.now() + std::chrono::hours(24);
  f.expires_at = clock_.now() + std::chrono::hours(48);
  auto id = approved(f);
  EXPECT_TRUE(visible(advisor).empty());
  clock_.advance(std::chrono::hours(25));
  EXPECT_EQ(visible(advisor), std::vector<std::string>{id});
  EXPECT_EQ(library_.get(advisor, id).value()["status"], "approved");
  clock_.advance(std::chrono::hours(24));
  EXPECT_TRUE(visible(advisor).empty());
  EXPECT_EQ(library_.get(advisor, id).error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(content_.get(id, std::nullopt).value()["status"], "expired");
}

TEST_F(LibraryServiceTest, TheirLanguageComesFirst) {
  auto francophone = add_user("f@x.ca", {"advisor"}, {}, "fr-CA");
  auto anglophone = add_user("e@x.ca", {"advisor"}, {}, "en-CA");
  auto f = fields("Bonjour");
  f.language = "fr-CA";
  auto french = approved(f);
  auto english = approved(fields("Hello"));  // newer
  EXPECT_EQ(visible(francophone), (std::vector<std::string>{french, english}));
  EXPECT_EQ(visible(anglophone), (std::vector<std::string>{english, french}));
  library::LibraryQuery q;
  q.language = "fr";
  EXPECT_EQ(visible(anglophone, q), std::vector<std::string>{french});
}

TEST_F(LibraryServiceTest, SearchIgnoresAccentsAndCaseAndMatchesPrefixes) {
  auto advisor = add_user("a@x.ca", {"advisor"});
  auto f = fields("Les Rendements de l'Épargne-retraite");
  f.title = "REER";
  auto id = approved(f);
  approved(fields("Something else"));
  for (const char* typed : {"rendement", "epargne", "ÉPARGNE", "rend epar", "reer", "caption"}) {
    library::LibraryQuery q;
    q.q = typed;
    auto found = visible(advisor, q);
    if (std::string(typed) == "caption") {
      EXPECT_EQ(found.size(), 2u) << typed;  // both items' captions
    } else {
      EXPECT_EQ(found, std::vector<std::string>{id}) << typed;
    }
  }
  library::LibraryQuery q;
  q.q = "rendements garantis";
  EXPECT_TRUE(visible(advisor, q).empty());
}

TEST_F(LibraryServiceTest, CaptionVariantsRotateAcrossAdvisorsAndStay) {
  auto f = fields();
  f.captions[policy::Network::kLinkedIn] = {"One", "Two", "Three"};
  f.captions[policy::Network::kX] = {"Only"};
  auto id = approved(f);
  std::vector<int> variants;
  for (int i = 0; i < 4; ++i) {
    auto advisor = add_user("a" + std::to_string(i) + "@x.ca", {"advisor"});
    auto item = library_.get(advisor, id).value();
    variants.push_back(item["assigned_captions"]["linkedin"]["variant"]);
    EXPECT_EQ(item["assigned_captions"]["x"]["text"], "Only");
    // The same advisor keeps their variant, in the list and in sharing.
    auto again = library_.list(advisor, {}).value().items.at(0);
    EXPECT_EQ(again["assigned_captions"]["linkedin"], item["assigned_captions"]["linkedin"]);
    auto caption = library_.caption_for(advisor, id, policy::Network::kLinkedIn).value();
    EXPECT_EQ(caption.text, item["assigned_captions"]["linkedin"]["text"]);
    EXPECT_EQ(caption.version, 1);
    EXPECT_EQ(library_.caption_for(advisor, id, policy::Network::kFacebook).error().code(),
              "no_caption");
  }
  EXPECT_EQ(variants, (std::vector<int>{0, 1, 2, 0}));
}

TEST_F(LibraryServiceTest, PagesStayStableWhileItemsArrive) {
  auto advisor = add_user("a@x.ca", {"advisor"});
  std::vector<std::string> all;
  for (int i = 0; i < 5; ++i)
    all.insert(all.begin(), approved(fields("item " + std::to_string(i))));
  library::LibraryQuery q;
  q.limit = 2;
  auto first = library_.list(advisor, q).value();
  EXPECT_EQ(ids(first), (std::vector<std::string>{all[0], all[1]}));
  approved(fields("newer"));  // arrives between two pages
  q.cursor = first.next;
  auto second = library_.list(advisor, q).value();
  EXPECT_EQ(ids(second), (std::vector<std::string>{all[2], all[3]}));
  q.cursor = second.next;
  auto third = library_.list(advisor, q).value();
  EXPECT_EQ(ids(third), std::vector<std::string>{all[4]});
  EXPECT_FALSE(third.next);
  q.cursor = "a:whatever";
  EXPECT_EQ(library_.list(advisor, q).error().kind(), ErrorKind::kInvalid);
}

}  // namespace
}  // namespace pv::testing
