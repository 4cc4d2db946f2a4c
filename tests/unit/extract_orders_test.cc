// Court orders (extract/figures/order_extractor.cc): kinds, what the
// sentence says about them, and the look-alikes that are not court orders.

#include <doctest/doctest.h>

#include "extract/figures/vocabulary.h"
#include "figures_test_support.h"

using figures_test::flag;
using figures_test::number;
using figures_test::run;
using figures_test::string_attr;
using Spans = std::vector<std::string>;

namespace {

figures_test::Found orders_in(std::string_view text) { return run(lexgraph::extract_orders, text); }

std::vector<std::string> kinds(const figures_test::Found& f) {
  std::vector<std::string> out;
  for (const auto& m : f.mentions) out.push_back(string_attr(m, "kind"));
  return out;
}

}  // namespace

TEST_CASE("order data files parse without problems") {
  const auto& v = lexgraph::figures::order_vocabulary();
  for (const std::string& p : v.problems) MESSAGE(p);
  CHECK(v.problems.empty());
  CHECK(v.phrase_count >= 100);
  CHECK(v.cues.size() >= 60);
  CHECK(v.by_head.count("injunction"));
  CHECK(v.by_head.count("order"));
}

TEST_CASE("the seed report's orders: denied, counted, still in place") {
  auto f = orders_in(
      "Earlier this week, a three-judge panel for the U.S. Court of Appeals for the D.C. Circuit declined to issue "
      "a preliminary injunction for the immigrants' rights group.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(f.span(f.mentions[0]) == "preliminary injunction");
  CHECK(f.mentions[0].type == "order");
  CHECK(f.mentions[0].entity.empty());
  CHECK(f.mentions[0].name == "preliminary injunction");
  CHECK(string_attr(f.mentions[0], "kind") == "preliminary_injunction");
  CHECK(flag(f.mentions[0], "negated"));

  f = orders_in("In declining the preliminary injunction request, Judge Harry T. Edwards wrote that the groups are "
                "unlikely to succeed.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(flag(f.mentions[0], "negated"));
  CHECK(flag(f.mentions[0], "requested"));

  f = orders_in("Still, two separate court orders have blocked the agencies from massive transfers of taxpayer "
                "information. Those preliminary injunctions are still in place.");
  REQUIRE(f.spans() == Spans{"court orders", "preliminary injunctions"});
  CHECK(number(f.mentions[0], "count") == 2);
  CHECK(string_attr(f.mentions[0], "kind") == "order");
  CHECK(string_attr(f.mentions[1], "status") == "in_place");
  CHECK_FALSE(flag(f.mentions[1], "negated"));

  f = orders_in("The government is appealing the case, but the Thursday ruling is significant.");
  REQUIRE(f.spans() == Spans{"ruling"});
  CHECK(string_attr(f.mentions[0], "kind") == "ruling");
  CHECK_FALSE(f.mentions[0].attrs.count("status"));  // "but" ends the appeal's reach
}

TEST_CASE("kinds of orders and their fate") {
  auto f = orders_in(
      "The district court denied the motion for a TRO but granted a temporary restraining order two days later. "
      "The Supreme Court entered an administrative stay. The injunction was lifted. The court of appeals stayed "
      "the permanent injunction pending appeal. The government appealed the vacatur.");
  REQUIRE(f.spans() == Spans{"TRO", "temporary restraining order", "administrative stay", "injunction",
                           "permanent injunction", "vacatur"});
  CHECK(kinds(f) == Spans{"tro", "tro", "stay", "injunction", "permanent_injunction", "vacatur"});
  CHECK(flag(f.mentions[0], "negated"));
  CHECK(flag(f.mentions[0], "requested"));
  CHECK_FALSE(flag(f.mentions[1], "negated"));
  CHECK(string_attr(f.mentions[1], "status") == "issued");
  CHECK(string_attr(f.mentions[2], "status") == "issued");
  CHECK(string_attr(f.mentions[3], "status") == "lifted");
  CHECK(string_attr(f.mentions[4], "status") == "stayed");
  CHECK(string_attr(f.mentions[5], "status") == "on_appeal");

  // A writ only sought is no act of a court; the others are.
  f = orders_in("Petitioners seek a writ of mandamus. The consent decree remains in effect. The judgment of the Court "
                "of Appeals is reversed. The court granted summary judgment to the agency.");
  REQUIRE(f.spans() == Spans{"consent decree", "judgment", "summary judgment"});
  CHECK(kinds(f) == Spans{"consent_decree", "judgment", "summary_judgment"});
  CHECK(string_attr(f.mentions[0], "status") == "in_place");
  CHECK(string_attr(f.mentions[1], "status") == "reversed");

  // Docket entries: the order is the entry itself.
  f = orders_in("ORDER granting 21 Motion for Certificate of Appealability. Order Discharging Debtor.");
  CHECK(f.spans() == Spans{"ORDER", "Order"});
  f = orders_in("The District Court order modifying the preliminary injunction is stayed pending resolution.");
  REQUIRE(f.spans() == Spans{"District Court order", "preliminary injunction"});
  CHECK(f.mentions[0].name == "court order");
  CHECK(string_attr(f.mentions[1], "status") == "modified");

  // A clerical error is mended by an order nunc pro tunc, whichever way round it is written.
  f = orders_in("We remand for the trial court to correct the written judgment through an order nunc pro tunc. "
                "The court shall enter a nunc pro tunc order.");
  CHECK(f.spans() == Spans{"order nunc pro tunc", "nunc pro tunc order"});
}

TEST_CASE("look-alikes that are not court orders") {
  const char* not_orders[] = {
      "The agency acted in order to protect taxpayers.",
      "The President signed an executive order on immigration.",
      "The court may order the agency to comply, and we order that the case be remanded.",
      "The court orders the parties to confer.",
      "a motion to stay the proceedings",
      "His stay in the United States was brief.",
      "Courts may not substitute their judgment for that of the agency; in my judgment it fails.",
      "the order of magnitude of the harm and the order of events",
      "The agency must exercise its judgment in ruling on the request.",
      "See id. at 12 (Scalia, J., concurring in the judgment); officers showed occasional lapses of judgment.",
  };
  for (const char* text : not_orders) {
    INFO(text);
    CHECK(orders_in(text).spans() == Spans{});
  }
  // What a cue far away says is not about this order.
  auto f = orders_in("Melanio Espinal on Petition for Review of an Order of the Board of Immigration Appeals.");
  REQUIRE(f.mentions.size() == 1);
  CHECK_FALSE(flag(f.mentions[0], "requested"));
  f = orders_in("No one could fail to see that the injunction was laid for the maintenance of good order.");
  REQUIRE(f.mentions.size() == 1);
  CHECK_FALSE(flag(f.mentions[0], "negated"));
  f = orders_in("There is no injunction in place.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(flag(f.mentions[0], "negated"));
  // The order of a court, though, is one.
  CHECK(orders_in("We review the order of the district court de novo.").spans() == Spans{"order"});
}

TEST_CASE("orders as acts of a court: named, dated, granted; requests and running titles are not") {
  auto f = orders_in("The district court granted Alamosa's motion for summary judgment. Both parties moved for "
                     "summary judgment later.");
  CHECK(f.spans() == Spans{"granted Alamosa's motion for summary judgment"});
  f = orders_in("Following the Judicial Council's order, Judge Bruce remained unassigned. We deny a stay until then.");
  CHECK(f.spans() == Spans{"Judicial Council's order"});
  f = orders_in("Government's motion seeking clarification of our order of June 26, 2017, is denied.");
  CHECK(f.spans() == Spans{"order of June 26, 2017"});
  f = orders_in("324 Filed clerk order (Deputy Clerk: RL): The mandate is recalled pursuant to the Supreme Court's "
                "10/24/17 order vacating the judgment. 325 Order filed for PUBLICATION (HAWKINS).");
  CHECK(f.spans() == Spans{"Filed clerk order", "Supreme Court's 10/24/17 order", "judgment",
                           "Order filed for PUBLICATION"});
  f = orders_in("I certify that a copy of this Order was sent. Nobody was in order to leave.");
  CHECK(f.spans() == Spans{"this Order"});
  f = orders_in("Carrier. )\n\nEXPEDITED HEARING ORDER DENYING REQUESTED RELIEF\n\nThis case requires a ruling on it.");
  CHECK(f.spans() == Spans{"EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF"});
  f = orders_in("the Court issued a TRO and Order to Show Cause Re Preliminary Injunction that was set to expire.");
  CHECK(f.spans() == Spans{"TRO", "Order to Show Cause Re Preliminary Injunction"});
  // The short title repeated at the foot of every page of pleading paper.
  f = orders_in("are enjoined from the\n                ORDER\nuse of the data.\n\n                ORDER\n");
  CHECK(f.spans() == Spans{});
}

TEST_CASE("a ruling's own dispositions are decretal orders") {
  // Capitals among ordinary words: each disposition is an order of the ruling.
  auto f = orders_in("Accordingly, it is hereby ORDERED that Zurich's Motion to Intervene (ECF No. 17) is GRANTED. "
                     "It is FURTHER ORDERED that this matter is administratively STAYED.");
  CHECK(f.spans() == Spans{"GRANTED", "STAYED"});
  for (const auto& m : f.mentions) {
    CHECK(flag(m, "decretal"));
    CHECK(string_attr(m, "kind") == "order");
  }
  CHECK(string_attr(f.mentions.at(0), "disposition") == "granted");

  // A sentence that is only the disposition: an appellate judgment, once.
  f = orders_in("The remaining arguments lack merit.\n\nReversed and remanded.");
  CHECK(f.spans() == Spans{"Reversed"});
  CHECK(kinds(f) == std::vector<std::string>{"judgment"});
  CHECK(flag(f.mentions.at(0), "decretal"));
  f = orders_in("We see no error.\n\nDecree affirmed.");
  CHECK(f.spans() == Spans{"Decree", "affirmed"});  // the decree below, and this Court's judgment affirming it
  CHECK(flag(f.mentions.at(1), "decretal"));
  CHECK_FALSE(flag(f.mentions.at(0), "decretal"));
  f = orders_in("For these reasons the petition is denied.\n\nPetition DENIED.");
  CHECK(f.spans() == Spans{"DENIED"});

  // Not a disposition of this ruling: history in lower case, a caption of
  // capitals, a sentence that says more than the disposition.
  f = orders_in("The district court denied the motion, and the court of appeals affirmed.");
  CHECK(f.mentions.empty());
  f = orders_in("PETITION FOR REVIEW DENIED AND JUDGMENT AFFIRMED\n\nThe petitioners seek review of an agency rule.");
  CHECK(f.mentions.empty());
  f = orders_in("The motion was granted in 2019 after a hearing.");
  CHECK(f.mentions.empty());
}

TEST_CASE("a court's order in lower case: the possessive court is the sign of an act") {
  auto f = orders_in("The district court's order enjoined the agency. The court's injunction was lifted. "
                     "The order of events was unclear.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.span(f.mentions[0]) == "court's order");
  CHECK(string_attr(f.mentions[1], "kind") == "injunction");
  // A possessive that names no court is no sign: "the plaintiff's order of goods".
  CHECK(orders_in("The plaintiff's order of goods arrived late.").mentions.empty());
}

TEST_CASE("the word scan finds a head wherever it stands, 64-byte blocks or not") {
  // The scan reads the text 64 bytes at a time: a head at a block's first
  // or last byte, split across two blocks, or ending the text, is found
  // all the same, and at the same place relative to its sentence.
  const std::string sentence = "The court entered a preliminary injunction. ORDERS were stayed by the TRO";
  const auto base = orders_in(sentence);
  REQUIRE(base.spans() == Spans{"preliminary injunction", "ORDERS", "TRO"});
  for (std::size_t pad = 0; pad <= 140; ++pad) {
    CAPTURE(pad);
    const std::string filler = pad == 0 ? "" : std::string(pad, 'z') + ". ";
    const auto f = orders_in(filler + sentence);
    REQUIRE(f.spans() == base.spans());
    for (std::size_t k = 0; k < f.mentions.size(); ++k) CHECK(f.mentions[k].start == base.mentions[k].start + filler.size());
    CHECK(string_attr(f.mentions[0], "kind") == "preliminary_injunction");
  }
  // A head at the very end of the text, and one glued to the word or number before it.
  for (std::size_t pad = 0; pad <= 140; ++pad) {
    CAPTURE(pad);
    const std::string filler(pad, 'z');
    CHECK(orders_in(filler + ". The court issued a preliminary injunction").spans() == Spans{"preliminary injunction"});
    CHECK(orders_in(filler + " preliminaryinjunction and 9injunction and zinjunction.").mentions.empty());
  }
}

TEST_CASE("dispositions are found at either end of a long sentence, in any case") {
  // Sentences without a disposition word are skipped before they are
  // tokenized; these have one at their first or last byte.
  auto f = orders_in("The district court's judgment, entered after a long trial on the merits of every claim, is "
                     "hereby REVERSED");
  CHECK(f.spans() == Spans{"court's judgment", "REVERSED"});
  CHECK(flag(f.mentions.at(1), "decretal"));
  f = orders_in("We have read the record.\n\nAFFIRMED.");
  CHECK(f.spans() == Spans{"AFFIRMED"});
  CHECK(kinds(f) == std::vector<std::string>{"judgment"});
  f = orders_in("We have read the record.\n\nDismissed.");
  CHECK(kinds(f) == std::vector<std::string>{"order"});
  // "Reversal" and "denial" are no disposition words; nothing is found.
  CHECK(orders_in("We have read the record.\n\nReversal sought.").mentions.empty());
}

TEST_CASE("an order's kind naming a stage or a paper of the case is no act") {
  CHECK(orders_in("The parties had completed summary judgment briefing in May.").spans() == Spans{});
  CHECK(orders_in("Conclusions at the preliminary injunction stage are only predictions.").spans() == Spans{});
  CHECK(orders_in("The court granted summary judgment to the city.").spans() == Spans{"summary judgment"});
}

TEST_CASE("a bare injunction is a remedy unless the text has one in view or acted on") {
  CHECK(orders_in("Relief by injunction against the collection of any tax is forbidden.").spans() == Spans{});
  CHECK(orders_in("The public interest favors an injunction to stop the use of the code.").spans() == Spans{});
  CHECK(orders_in("On May 2 the court issued an injunction.").spans() == Spans{"injunction"});
  CHECK(orders_in("Nobody doubts that the injunction binds the agency.").spans() == Spans{"injunction"});
  CHECK(orders_in("The effect of the state court injunction was to ban picketing.").spans() ==
        Spans{"court injunction"});
}

TEST_CASE("a criminal sentence the text reports is an order") {
  auto f = orders_in("Judge Bruce sentenced James Roe to 210 months\xE2\x80\x99 imprisonment for drug crimes.");
  REQUIRE(f.spans() == Spans{"sentenced James Roe to 210 months"});
  CHECK(string_attr(f.mentions[0], "kind") == "sentence");
  f = orders_in("He was sentenced to five years. Later he was sentenced to five years again.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].entity == f.mentions[1].entity);  // the same words name one sentence
  CHECK(orders_in("The defendant was sentenced to life.").spans() == Spans{"sentenced to life"});
  CHECK(orders_in("He was sentenced in absentia to a term the record does not show.").spans() == Spans{});
  CHECK(orders_in("The sentence of the statute reads plainly.").spans() == Spans{});
}

TEST_CASE("certiorari: the caption line and the grant the opinion rests on are one order") {
  auto f = orders_in("No. 12.\n\nCERTIORARI TO THE SUPREME COURT OF IDAHO.\n\nThis case comes here on writ of "
                     "certiorari, 500 U.S. 100, to the Supreme Court of Idaho to review its judgment.");
  const auto* caption = f.find("CERTIORARI TO THE SUPREME COURT OF IDAHO");
  const auto* grant = f.find("writ of certiorari, 500 U.S. 100");
  REQUIRE(caption);
  REQUIRE(grant);
  CHECK(caption->entity == grant->entity);
  CHECK(string_attr(*grant, "kind") == "certiorari");
  CHECK(orders_in("We granted certiorari to resolve the split.").spans() == Spans{"certiorari"});
  CHECK(orders_in("The petition for a writ of certiorari raises two questions.").spans() == Spans{});
  CHECK(orders_in("Counsel argued that certiorari is rarely proper here.").spans() == Spans{});
}

TEST_CASE("a docket entry's order received from another court, with its date") {
  auto f = orders_in("07/20/2017 98 Received Order from the Supreme Court, dated 07/19/2017: The motion is denied.");
  CHECK(f.spans() == Spans{"Received Order from the Supreme Court, dated 07/19/2017"});
  f = orders_in("Received Order from the Court of Appeals.");
  CHECK(f.spans() == Spans{"Received Order from the Court of Appeals"});
}
