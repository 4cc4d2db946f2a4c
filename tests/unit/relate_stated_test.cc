// The verb-stated relation rules (indexer/relate/stated_relations.cc) on
// sentences written in the shapes real rulings and news reports use.

#include <doctest/doctest.h>

#include <string>

#include "build/prepared_file.h"
#include "relate/relation_cues.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

Extraction relate_text(const std::string& text, const std::string& court = "", const std::string& judge = "",
                       const std::string& date = "") {
  static SentenceSplitter splitter;
  Document doc;
  doc.id = "t";
  doc.kind = court.empty() ? "news" : "opinion";
  doc.court = court;
  doc.date = date;
  if (!judge.empty()) doc.judges.push_back(judge);
  doc.text = text;
  return analyze_document(std::move(doc), splitter).extraction;
}

const Relation* find(const Extraction& x, const std::string& predicate, const std::string& subject = "",
                     const std::string& object = "") {
  for (const Relation& r : x.relations) {
    if (r.predicate != predicate) continue;
    if (!subject.empty() && r.subject != subject) continue;
    if (!object.empty() && r.object != object) continue;
    return &r;
  }
  return nullptr;
}

int count(const Extraction& x, const std::string& predicate) {
  int n = 0;
  for (const Relation& r : x.relations) n += r.predicate == predicate;
  return n;
}

bool flag(const Attrs& a, const char* key) {
  auto it = a.find(key);
  return it != a.end() && std::get_if<bool>(&it->second) && std::get<bool>(it->second);
}

std::string all(const Extraction& x) {
  std::string out;
  for (const Relation& r : x.relations) out += r.subject + " " + r.predicate + " " + r.object + " [" + r.object_text + "]; ";
  return out;
}

}  // namespace

TEST_CASE("cue data files parse and inflections cover the forms") {
  const relate::CueTable& table = relate::cue_table();
  CHECK(table.problems.empty());
  for (const char* form : {"block", "blocks", "blocked", "blocking", "stopped", "shared", "sharing", "denies", "denied",
                           "gave", "sued", "barred", "enjoined", "upheld"}) {
    CHECK_MESSAGE(table.by_form.count(form), form);
  }
  // The noun "appeal" is everywhere: it states an appeal only with its possessor ("Ghaffar's appeal").
  REQUIRE(table.by_form.count("appeal"));
  for (const relate::Cue& c : table.by_form.at("appeal")) CHECK(c.frame == relate::CueFrame::possessed);
}

TEST_CASE("active, passive and coordinated orders") {
  Extraction x = relate_text(
      "A federal court order blocked the Department of Labor from enforcing the new rule and blocked the "
      "Internal Revenue Service from sharing any records.");
  INFO(all(x));
  const Relation* dol = find(x, "enjoins", "", "agency:dol");
  REQUIRE(dol);
  CHECK(dol->subject.starts_with("order:"));
  CHECK(dol->object_text.find("enforcing the new rule") != std::string::npos);
  const Relation* irs = find(x, "enjoins", "", "agency:irs");
  REQUIRE(irs);
  CHECK(irs->object_text.find("sharing any records") != std::string::npos);

  Extraction p = relate_text(
      "The memorandum of understanding was signed in May by Attorney General Pam Bondi and Secretary Marco Rubio.");
  INFO(all(p));
  CHECK(count(p, "signs") == 2);
  const Relation* s = find(p, "signs");
  REQUIRE(s);
  CHECK(s->object_text.find("memorandum") != std::string::npos);
}

TEST_CASE("negation and modality") {
  Extraction declined = relate_text(
      "On Monday, the U.S. Court of Appeals for the Ninth Circuit declined to issue a preliminary injunction "
      "against the Department of Labor.");
  INFO(all(declined));
  CHECK(find(declined, "denies", "court:ca9"));
  CHECK_FALSE(find(declined, "grants"));
  CHECK_FALSE(find(declined, "enjoins"));

  Extraction hedged = relate_text(
      "If the Internal Revenue Service shared the records with the Department of Labor, it would violate "
      "26 U.S.C. § 6103. The Department of Labor may sue the Internal Revenue Service. "
      "Whether the Federal Bureau of Investigation violated 5 U.S.C. § 552a is unclear.");
  INFO(all(hedged));
  CHECK(count(hedged, "discloses_to") == 0);
  CHECK(count(hedged, "violates") == 0);
  CHECK(count(hedged, "sues") == 0);

  Extraction alleged = relate_text("The plaintiffs allege that the Department of Labor violated 5 U.S.C. § 706.");
  INFO(all(alleged));
  const Relation* v = find(alleged, "violates", "agency:dol");
  REQUIRE(v);
  CHECK(flag(v->qualifiers, "alleged"));
  CHECK(v->confidence <= 0.4);
  CHECK_FALSE(find(alleged, "finds_violation"));

  Extraction negated = relate_text("The Department of Labor did not share the files with the Internal Revenue Service.");
  INFO(all(negated));
  const Relation* n = find(negated, "discloses_to", "agency:dol", "agency:irs");
  REQUIRE(n);
  CHECK(flag(n->qualifiers, "negated"));

  Extraction not_found = relate_text(
      "Judge Amy Berman Jackson cannot find that the Department of Labor violated 5 U.S.C. § 706.");
  INFO(all(not_found));
  CHECK_FALSE(find(not_found, "finds_violation"));
}

TEST_CASE("findings by a judge, with the violator and a count") {
  Extraction x = relate_text(
      "U.S. District Judge Amy Berman Jackson held that the Department of Labor violated 5 U.S.C. § 552a "
      "about 1,200 times by sending the files to the Internal Revenue Service.");
  INFO(all(x));
  const Relation* f = find(x, "finds_violation", "judge:amy-berman-jackson");
  REQUIRE(f);
  auto violator = f->qualifiers.find("violator");
  REQUIRE(violator != f->qualifiers.end());
  CHECK(std::get<std::string>(violator->second) == "agency:dol");
  auto c = f->qualifiers.find("count");
  REQUIRE(c != f->qualifiers.end());
  CHECK(std::get<double>(c->second) == 1200);
}

TEST_CASE("coreference: pronouns, the agency, this Court") {
  Extraction x = relate_text(
      "The Internal Revenue Service gave the Department of Labor a list of names. "
      "Judge Amy Berman Jackson said the agency violated 26 U.S.C. § 6103. She also held that the agency "
      "violated 5 U.S.C. § 552a.");
  INFO(all(x));
  CHECK(find(x, "violates", "agency:irs", "statute:usc/26/6103"));
  CHECK(find(x, "finds_violation", "judge:amy-berman-jackson", "statute:usc/5/552a"));

  Extraction ruling = relate_text("For these reasons, this Court affirms the judgment of the Tax Court.",
                                  "United States Court of Appeals for the District of Columbia Circuit");
  INFO(all(ruling));
  CHECK(find(ruling, "affirms", "court:cadc"));
}

TEST_CASE("look-alikes are not relations") {
  Extraction x = relate_text(
      "The appeal was argued in March. On remand, the parties filed briefs. The Court of Appeals has a block "
      "of cases. Doe v. Smith, 12 F.4th 34 (D.C. Cir. 2021), cert. denied, 142 S. Ct. 99 (2022). "
      "The Temporary Restraining Order Act of 1999 was repealed.");
  INFO(all(x));
  CHECK(count(x, "appeals") == 0);
  CHECK(count(x, "remands") == 0);
  CHECK(count(x, "enjoins") == 0);
  CHECK(count(x, "denies") == 0);
}

TEST_CASE("decretal dispositions: the ruling's own order, its court, judge, date and case") {
  Extraction x = relate_text(
      "For the reasons stated above, it is hereby ORDERED that the defendants' motion to dismiss (ECF No. 12) is "
      "GRANTED in part and DENIED in part. It is FURTHER ORDERED that this case is STAYED pending appeal.",
      "United States District Court for the District of Columbia", "Rudolph Contreras", "2021-05-04");
  INFO(all(x));
  const Relation* granted = find(x, "grants");
  const Relation* denied = find(x, "denies");
  REQUIRE(granted);
  REQUIRE(denied);
  CHECK(granted->subject.starts_with("order:t#"));
  CHECK(denied->subject == granted->subject);  // one order of the ruling grants and denies
  CHECK(flag(granted->qualifiers, "partial"));
  CHECK(flag(denied->qualifiers, "partial"));
  CHECK(granted->object_text.find("motion to dismiss") != std::string::npos);
  CHECK(denied->object_text == granted->object_text);
  CHECK_FALSE(flag(granted->qualifiers, "negated"));  // "No. 12" is no negation
  const Relation* stayed = find(x, "stays");
  REQUIRE(stayed);
  CHECK(stayed->subject == granted->subject);
  const Entity* order = nullptr;
  for (const Entity& e : x.entities) {
    if (e.id == granted->subject) order = &e;
  }
  REQUIRE(order);
  auto text = [&](const char* key) {
    auto it = order->attrs.find(key);
    return it == order->attrs.end() ? std::string() : std::get<std::string>(it->second);
  };
  CHECK(text("kind") == "order");
  CHECK(text("court") == "court:dcd");
  CHECK(text("judge") == "judge:rudolph-contreras");
  CHECK(text("date") == "2021-05-04");
  CHECK(find(x, "issued_by", granted->subject, "court:dcd"));
  int issued = 0;  // the merged dispositions are one order: issued once by the court, once by the judge
  for (const Relation& r : x.relations) issued += r.predicate == "issued_by";
  CHECK(issued == 2);
}

TEST_CASE("appellate dispositions: the opinion affirms, reverses and remands") {
  const std::string court = "United States Court of Appeals for the First Circuit";
  Extraction affirmed = relate_text("The district court dismissed the complaint. We affirm.", court);
  INFO(all(affirmed));
  CHECK(find(affirmed, "affirms", "court:ca1"));

  Extraction bare = relate_text("The petitioner's remaining arguments lack merit.\n\nReversed and remanded.", court);
  INFO(all(bare));
  const Relation* reversed = find(bare, "reverses", "doc:t");
  REQUIRE(reversed);
  CHECK(find(bare, "remands", "doc:t"));
  auto q = reversed->qualifiers.find("order");
  REQUIRE(q != reversed->qualifiers.end());
  CHECK(std::get<std::string>(q->second).starts_with("order:t#"));

  Extraction decree = relate_text("The judgment of the Court of Appeals is reversed, and the case is remanded to the "
                                  "District Court for further proceedings.",
                                  "Supreme Court of the United States");
  INFO(all(decree));
  CHECK(find(decree, "reverses", "doc:t"));
  CHECK(find(decree, "remands", "doc:t"));

  // History: the judgment below was affirmed by someone the sentence does not name.
  Extraction history = relate_text("The decree was affirmed without further discussion.", "Supreme Court of the United States");
  INFO(all(history));
  CHECK_FALSE(find(history, "affirms", "doc:t"));
}

TEST_CASE("noun cues and statutes applied in the court's own words") {
  Extraction news = relate_text(
      "A lawsuit by the American Civil Liberties Union against the Department of Homeland Security was filed "
      "Monday. In 2019, John Smith pled guilty to violating 21 U.S.C. § 841. Smith's appeal of the sentence was denied.");
  INFO(all(news));
  CHECK(find(news, "sues", "org:aclu", "agency:dhs"));
  CHECK(find(news, "violates", "person:john-smith", "statute:usc/21/841"));
  const Relation* appeal = find(news, "appeals", "person:john-smith");
  REQUIRE(appeal);
  CHECK(appeal->object_text == "of the sentence");

  Extraction ruling = relate_text(
      "The Court concludes that the motion is timely under Rule 24(a) of the Federal Rules of Civil Procedure. "
      "See Smith v. Jones, 123 F.3d 456 (D.C. Cir. 1999) (holding that a claim under 42 U.S.C. § 1983 fails). "
      "The plaintiffs argue that they may proceed under 5 U.S.C. § 702.",
      "United States District Court for the District of Columbia");
  INFO(all(ruling));
  int applies = 0;
  for (const Relation& r : ruling.relations) {
    if (r.predicate != "applies") continue;
    ++applies;
    CHECK(r.subject == "doc:t");
    CHECK(r.sentence == 0);
    CHECK(r.confidence <= 0.5);
  }
  CHECK(applies == 1);
}

TEST_CASE("filings as nouns: a complaint against or challenging, a notice of appeal") {
  Extraction x = relate_text(
      "On May 1, 2019, the Sierra Club filed a complaint against the Department of Labor. "
      "The Wilderness Society filed a complaint challenging two Environmental Protection Agency policies. "
      "Mary Jones filed a notice of appeal. "
      "A complaint against the Federal Aviation Administration may be filed within two years.");
  INFO(all(x));
  CHECK(find(x, "sues", "org:sierra-club", "agency:dol"));
  CHECK(find(x, "sues", "org:wilderness-society", "agency:epa"));
  CHECK(find(x, "appeals", "person:mary-jones"));
  // What may be filed is no filing.
  CHECK_FALSE(find(x, "sues", "", "agency:faa"));

  // What befell the appeal is not what it was against.
  Extraction dismissed = relate_text("Mary Jones's appeal was dismissed.");
  INFO(all(dismissed));
  const Relation* appeal = find(dismissed, "appeals", "person:mary-jones");
  REQUIRE(appeal);
  CHECK(appeal->object_text.empty());
}

TEST_CASE("the caption's parties: Appellant, the defendant, plaintiffs") {
  Extraction x = relate_text(
      "UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\n\nSAMSON O. AGBOSASA,\n\nPlaintiff, Appellant,\n\nv.\n\n"
      "DAVID A. COOPER,\n\nDefendant, Appellee.\n\nPer Curiam. Appellant has now sued appellee for malpractice.",
      "United States Court of Appeals for the First Circuit");
  INFO(all(x));
  CHECK(find(x, "sues", "person:samson-agbosasa", "person:david-cooper"));
  // No caption: "the defendant" names nobody.
  Extraction none = relate_text("The defendant sued the plaintiff in state court.", "United States District Court for the District of Columbia");
  INFO(all(none));
  CHECK(count(none, "sues") == 0);
}

namespace {

Extraction relate_titled(const std::string& title, const std::string& text, const std::string& court) {
  static SentenceSplitter splitter;
  Document doc;
  doc.id = "t";
  doc.kind = "opinion";
  doc.title = title;
  doc.court = court;
  doc.text = text;
  return analyze_document(std::move(doc), splitter).extraction;
}

}  // namespace

TEST_CASE("what a party asks for, what an order forbids and what is only charged are not facts") {
  Extraction x = relate_text(
      "The unions asked the judge to prevent the Department of Labor from handing payroll records to the "
      "Internal Revenue Service. The Department of Labor then moved to stay the ruling. The Federal Bureau of "
      "Investigation was charged with violating 5 U.S.C. § 552a.");
  INFO(all(x));
  CHECK(count(x, "discloses_to") == 0);
  CHECK(count(x, "enjoins") == 0);
  CHECK(count(x, "stays") == 0);
  const Relation* charged = find(x, "violates");
  CHECK((!charged || flag(charged->qualifiers, "alleged")));
}

TEST_CASE("requests: a noun is no request act") {
  Extraction x = relate_text(
      "Reporters filed FOIA requests with the Department of Labor. The Department of Labor's request listed "
      "no names at all. The Department of Labor's requests were matched against Internal Revenue Service files.");
  INFO(all(x));
  CHECK(count(x, "requests") == 0);
  Extraction y = relate_text("The Department of Labor requested payroll files from the Internal Revenue Service.");
  INFO(all(y));
  CHECK(find(y, "requests", "agency:dol", "agency:irs"));
}

TEST_CASE("the government is the United States or a caption party, not an agency named in passing") {
  Extraction x = relate_text(
      "A lawyer sent the Department of Labor's request for payroll files to the Internal Revenue Service. "
      "The government appeals the preliminary injunction.");
  INFO(all(x));
  const Relation* appeal = find(x, "appeals");
  REQUIRE(appeal);
  CHECK(appeal->subject == "agency:united-states");
  bool entity = false;
  for (const Entity& e : x.entities) entity = entity || e.id == "agency:united-states";
  CHECK(entity);  // the relation's subject is an entity of the document
}

TEST_CASE("a reviewing court: the court below, its history and its own dispositions") {
  const std::string circuit = "United States Court of Appeals for the First Circuit";
  Extraction x = relate_text(
      "Appeal from the United States District Court for the District of Massachusetts. The district court "
      "denied the motion to suppress. Later the court granted the motion for a new trial. We affirm the "
      "conviction but vacate the sentence.",
      circuit);
  INFO(all(x));
  CHECK(find(x, "denies", "court:mad"));
  CHECK(find(x, "grants", "court:mad"));
  CHECK_FALSE(find(x, "denies", "court:ca1"));
  CHECK_FALSE(find(x, "grants", "court:ca1"));
  const Relation* vacated = find(x, "vacates");
  REQUIRE(vacated);
  CHECK(vacated->subject == "court:ca1");  // "we", not the conviction just affirmed

  // Another court's order quoted in the ruling is that court's, not this ruling's.
  Extraction quoted = relate_text(
      "Appeal from the United States District Court for the District of Maine. The district court's order "
      "enjoined the Department of Labor from enforcing the rule.",
      circuit);
  INFO(all(quoted));
  const Relation* enjoined = find(quoted, "enjoins", "", "agency:dol");
  REQUIRE(enjoined);
  CHECK(find(quoted, "issued_by", enjoined->subject, "court:med"));
  CHECK_FALSE(find(quoted, "issued_by", enjoined->subject, "court:ca1"));

  // Which district court the text does not say: no fact rather than one about the wrong court.
  Extraction unknown = relate_text("The district court denied the motion to suppress. We affirm.", circuit);
  INFO(all(unknown));
  CHECK(count(unknown, "denies") == 0);
  CHECK(find(unknown, "affirms", "court:ca1"));

  // Another case's history: "In Smith v. Jones, the court enjoined ..." is not this court's act.
  Extraction history = relate_text(
      "In Smith v. Jones, 12 F.3d 34 (1st Cir. 1999), the court enjoined the Department of Labor from "
      "enforcing the rule, and we affirmed.",
      circuit);
  INFO(all(history));
  CHECK(count(history, "enjoins") == 0);
  CHECK_FALSE(find(history, "affirms", "court:ca1"));
}

TEST_CASE("a supreme court: the Court of Appeals affirmed, never the Supreme Court") {
  const std::string supreme = "Supreme Court of the United States";
  Extraction x = relate_text(
      "ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT. The conviction was "
      "affirmed by the Court of Appeals. The State Supreme Court reversed the sentence. In reaching its "
      "conclusion, the Court of Appeals relied upon Smith v. Jones, 12 U.S. 34.",
      supreme);
  INFO(all(x));
  const Relation* affirmed = find(x, "affirms");
  REQUIRE(affirmed);
  CHECK(affirmed->subject == "court:ca9");
  CHECK_FALSE(find(x, "affirms", "court:scotus"));
  CHECK_FALSE(find(x, "affirms", "doc:t"));
  CHECK_FALSE(find(x, "reverses", "court:scotus"));  // a state's supreme court
  CHECK(find(x, "applies", "court:ca9", "case:us/12/34"));

  Extraction unnamed = relate_text("The conviction was affirmed by the Court of Appeals.", supreme);
  INFO(all(unnamed));
  CHECK(count(unnamed, "affirms") == 0);
}

TEST_CASE("parties from the title: Plaintiff appealed") {
  Extraction x = relate_titled("Smith v. Department of Labor",
                               "John Smith worked for the Department of Labor for ten years. The plaintiff "
                               "appealed.",
                               "United States Court of Appeals for the First Circuit");
  INFO(all(x));
  CHECK(find(x, "appeals", "person:john-smith"));
}

TEST_CASE("a lawsuit as an action filed or brought, never any action against") {
  const std::string dcd = "United States District Court for the District of Columbia";
  Extraction x = relate_text(
      "On May 1, 2019, Plaintiff John Smith filed the instant negligence action against the Department of "
      "Labor under the Federal Tort Claims Act.",
      dcd);
  INFO(all(x));
  CHECK(find(x, "sues", "person:john-smith", "agency:dol"));

  Extraction none = relate_text(
      "The guarantee permitted John Smith to pursue the debt without any action against the Department of Labor. "
      "The Department of Labor took adverse action against Mary Jones.",
      dcd);
  INFO(all(none));
  CHECK(count(none, "sues") == 0);
}

TEST_CASE("denials of a filing named in words: his petition, the petitioner's application") {
  Extraction below = relate_text(
      "Appeal from the United States District Court for the District of Massachusetts. The district court "
      "therefore denied his habeas corpus petition without a hearing.",
      "United States Court of Appeals for the First Circuit");
  INFO(all(below));
  const Relation* denied = find(below, "denies", "court:mad");
  REQUIRE(denied);
  CHECK(denied->object_text.starts_with("habeas corpus petition"));

  const std::string supreme = "Supreme Court of the United States";
  Extraction rejected = relate_text(
      "The United States Court of Appeals for the Fifth Circuit summarily rejected the petitioner's application "
      "for a certificate of probable cause.",
      supreme);
  INFO(all(rejected));
  CHECK(find(rejected, "denies", "court:ca5"));

  // Rejecting an argument or a reading is no denial, even when a filing word comes later.
  Extraction argument = relate_text(
      "The United States Court of Appeals for the Fifth Circuit rejected the government's interpretation of "
      "request no. 12 and the argument for a stay.",
      supreme);
  INFO(all(argument));
  CHECK(count(argument, "denies") == 0);
}

TEST_CASE("seeking review is an appeal") {
  Extraction x = relate_text(
      "John Smith worked for the Department of Labor. John Smith then sought review of the decision in the "
      "United States Court of Appeals for the First Circuit.",
      "United States Court of Appeals for the First Circuit");
  INFO(all(x));
  CHECK(find(x, "appeals", "person:john-smith"));
  // Asking a court to review later is what a party wants, not an appeal made.
  Extraction wish = relate_text("John Smith may seek review of the decision.",
                                "United States Court of Appeals for the First Circuit");
  INFO(all(wish));
  CHECK(count(wish, "appeals") == 0);
}

TEST_CASE("an order's title in capitals states the court's disposition") {
  const std::string cacd = "United States District Court for the Central District of California";
  Extraction x = relate_text("EXPERIAN INFORMATION SOLUTIONS, Plaintiff, v. JOHN DOE, Defendant.\n\n"
                             "ORDER GRANTING PRELIMINARY INJUNCTION\n\nThe Court has read the papers.",
                             cacd);
  INFO(all(x));
  CHECK(find(x, "grants", "court:cacd"));
  CHECK(count(x, "denies") == 0);

  Extraction denying = relate_text("ORDER DENYING MOTION TO DISMISS\n\nThe Court has read the papers.", cacd);
  INFO(all(denying));
  CHECK(find(denying, "denies", "court:cacd"));
  CHECK(count(denying, "grants") == 0);
}

TEST_CASE("a noun cue's agent after it: a notice of appeal filed by X") {
  Extraction x = relate_text(
      "A notice of appeal filed by the American Civil Liberties Union in the above referenced case was docketed "
      "today.",
      "United States Court of Appeals for the Second Circuit");
  INFO(all(x));
  const Relation* appeal = find(x, "appeals");
  REQUIRE(appeal);
  CHECK(appeal->subject.starts_with("org:"));
  CHECK(appeal->object_text.empty());  // "filed by ..." is no object
}

TEST_CASE("two filings disposed of by one passive: A and B are granted") {
  const std::string supreme = "Supreme Court of the United States";
  Extraction x = relate_text(
      "The motion for leave to proceed in forma pauperis and the petition for certiorari are granted, and the "
      "judgment is reversed.",
      supreme);
  INFO(all(x));
  int granted = 0;
  bool pauperis = false;
  for (const Relation& r : x.relations) {
    if (r.predicate != "grants") continue;
    ++granted;
    pauperis = pauperis || r.object_text.find("forma pauperis") != std::string::npos;
  }
  CHECK(granted == 2);
  CHECK(pauperis);
  // Only filings: "the judgment and the petition are granted" is not two grants.
  Extraction one = relate_text("The costs of the appeal and the petition for rehearing are granted.", supreme);
  INFO(all(one));
  CHECK(count(one, "grants") == 1);
}
