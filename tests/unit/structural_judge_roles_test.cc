// Judges by role (indexer/relate/structural_judge_roles.cc) on caption,
// docket and signature lines written here: the judge below, the assigned
// judge, a docket entry's panel, the signer, and dissenting justices.

#include <doctest/doctest.h>

#include <string>

#include "build/prepared_file.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

PreparedDocument prepare(const std::string& text, const std::string& kind, const std::string& court = "") {
  static SentenceSplitter splitter;
  Document doc;
  doc.id = "r";
  doc.kind = kind;
  doc.title = "Test";
  doc.court = court;
  doc.text = text;
  return analyze_document(std::move(doc), splitter);
}

Extraction relate(const std::string& text, const std::string& kind, const std::string& court = "") {
  return prepare(text, kind, court).extraction;
}

std::string qualifier(const Relation& r, const std::string& name) {
  auto it = r.qualifiers.find(name);
  if (it == r.qualifiers.end()) return "";
  const std::string* s = std::get_if<std::string>(&it->second);
  return s ? *s : "";
}

// "subject=role;" for every presides_over, in order; "=below" for decided_below.
std::string roles(const Extraction& x) {
  std::string out;
  for (const Relation& r : x.relations) {
    if (r.predicate == "presides_over") out += r.subject + "=" + qualifier(r, "role") + ";";
    if (r.predicate == "decided_below") out += r.subject + "=below;";
  }
  return out;
}

std::string dissenters(const Extraction& x) {
  std::string out;
  for (const Relation& r : x.relations) {
    if (r.predicate == "dissents") out += r.subject + ";";
  }
  return out;
}

const Relation* find(const Extraction& x, const std::string& predicate, const std::string& subject_part) {
  for (const Relation& r : x.relations) {
    if (r.predicate == predicate && r.subject.find(subject_part) != std::string::npos) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("judge roles: the district judge under an appeal heading presides below, the panel over the review") {
  const std::string text =
      "UNITED STATES COURT OF APPEALS\n"
      "FOR THE FIRST CIRCUIT\n\n"
      "No. 24-1187\n\n"
      "ORLA PEMBERTON,\n\n"
      "Plaintiff, Appellant,\n\n"
      "v.\n\n"
      "GRANITE FALLS CREDIT UNION,\n\n"
      "Defendant, Appellee.\n\n"
      "APPEAL FROM THE UNITED STATES DISTRICT COURT\n\n"
      "FOR THE DISTRICT OF MAINE\n\n"
      "[Hon. Rosalind K. Thibodeau,\n"
      "U.S. District Judge\n"
      "]\n\n"
      "Before\n\n"
      "Marchetti, Chief Judge,\n\n"
      "Oduya and Lindqvist, Circuit Judges.\n\n"
      "Per Curiam. The order denying a preliminary injunction is affirmed.\n";
  const PreparedDocument prepared = prepare(text, "opinion", "ca1");
  const Extraction& x = prepared.extraction;
  const std::string r = roles(x);
  CHECK(r.find("thibodeau=below") != std::string::npos);
  CHECK(r.find("marchetti=panel") != std::string::npos);
  CHECK(r.find("oduya=panel") != std::string::npos);
  CHECK(r.find("lindqvist=panel") != std::string::npos);
  // The judge below is not on the panel, does not preside over the appeal
  // and signs nothing of it (the title line under the name is no signature).
  CHECK(r.find("thibodeau=panel") == std::string::npos);
  CHECK(r.find("thibodeau=signer") == std::string::npos);
  CHECK_FALSE(find(x, "presides_over", "thibodeau"));
  const Relation* below = find(x, "decided_below", "thibodeau");
  REQUIRE(below);
  // The evidence span is the name, in the normalized text.
  CHECK(prepared.normalized.text.substr(below->start, below->end - below->start) == "Rosalind K. Thibodeau");
}

TEST_CASE("judge roles: docket labels name the trial judge, the assigned and the referred judge") {
  const std::string appellate =
      "General Docket\n"
      "Originating Court Information:\n"
      "Court Reporter: Hollis Brandt, Court Reporter\n"
      "Trial Judge: Imogen Castellanos-Reyes, District Judge\n"
      "Date Filed: 02/03/2021\n\n"
      "06/14/2021 Order filed (AUGUSTINE P. MERRIWEATHER, LENORE DAVIES and KOJO ASANTE) The appeal is dismissed.\n";
  const Extraction a = relate(appellate, "docket", "ca9");
  const std::string r = roles(a);
  CHECK(r.find("castellanos-reyes=below") != std::string::npos);
  CHECK(r.find("merriweather=panel") != std::string::npos);
  CHECK(r.find("davies=panel") != std::string::npos);
  CHECK(r.find("asante=panel") != std::string::npos);
  // The court reporter is no judge.
  CHECK(r.find("brandt") == std::string::npos);

  const std::string district =
      "U.S. District Court\n"
      "CIVIL DOCKET FOR CASE #: 1:22-cv-00417\n"
      "Assigned to: Judge Theodora Nakashima-Price\n"
      "Referred to: Magistrate Judge Basil O. Whitcombe (Settlement)\n"
      "Date Filed: 03/01/2022\n";
  const std::string d = roles(relate(district, "docket", "nysd"));
  CHECK(d.find("nakashima-price=assigned") != std::string::npos);
  CHECK(d.find("whitcombe=referred") != std::string::npos);

  // A calendar part is not a judge; an entry in lower case is no panel.
  const std::string part =
      "Assigned to: Judge Part One\n"
      "07/01/2022 Order filed (see attached memorandum and order) Motion denied.\n";
  const std::string p = roles(relate(part, "docket", "nysd"));
  CHECK(p.find("part") == std::string::npos);
  CHECK(p.find("see") == std::string::npos);
}

TEST_CASE("judge roles: a docket's Panel line and the names on the lines below it") {
  const std::string trade =
      "CIT DOCKET FOR CASE #: 1:09-cv-00123-ABC\n\n"
      "Marlow Tire Co. v. United States\n\n"
      "Panel: Octavia R. Pemberton\n\n"
      "Silas K. Whitford\n\n"
      "Ines Q. Galloway\n\n"
      "Lead Docket:\n\n"
      "Jurisdiction:\n"
      "12/01/2009 9 Order entered assigning action to Judges Three-Judge Panel.(Clerk) (Entered: 12/01/2009)\n";
  const Extraction x = relate(trade, "docket", "cit");
  const std::string r = roles(x);
  CHECK(r.find("pemberton=panel") != std::string::npos);
  CHECK(r.find("whitford=panel") != std::string::npos);
  CHECK(r.find("galloway=panel") != std::string::npos);
  // Not a name: the next label, nor a bench's kind after "Judges".
  CHECK(r.find("lead") == std::string::npos);
  for (const Entity& e : x.entities) CHECK_MESSAGE(e.name.find("Three") == std::string::npos, e.id);
}

TEST_CASE("judge roles: a signature block names the signing judge, pleading line numbers aside") {
  const std::string text =
      "The defendant is enjoined from using the plaintiff's source code.\n\n"
      "  5         IT IS SO ORDERED.\n"
      "  6   DATED: May 2, 2023\n"
      "                                        WINIFRED A. OKAFOR\n"
      "  8                                     United States District Judge\n";
  const std::string r = roles(relate(text, "order", "cacd"));
  CHECK(r.find("okafor=signer") != std::string::npos);
  // The judge who signs an order wrote it.
  const Extraction x = relate(text, "order", "cacd");
  CHECK(find(x, "authored", "okafor"));
  // A title line under a line that is not a name signs nothing.
  const std::string none = roles(relate("The motion is granted in part.\nUnited States District Judge\n", "order"));
  CHECK(none.find("signer") == std::string::npos);
}

TEST_CASE("judge roles: dissenting justices, joined dissents and noted positions") {
  const std::string text =
      "MR. JUSTICE HALVERSEN delivered the opinion of the court.\n\n"
      "The judgment is reversed.\n\n"
      "MR. JUSTICE ABERNATHY and MR. JUSTICE QUILLFEATHER dissent.\n\n"
      "JUSTICE MORROW, with whom JUSTICE STAVROS joins, dissenting.\n\n"
      "I would affirm.\n\n"
      "MR. JUSTICE PENDLETON concurs in this dissent.\n";
  const Extraction x = relate(text, "opinion", "scotus");
  const std::string d = dissenters(x);
  CHECK(d.find("abernathy") != std::string::npos);
  CHECK(d.find("quillfeather") != std::string::npos);
  CHECK(d.find("morrow") != std::string::npos);
  CHECK(d.find("stavros") != std::string::npos);
  CHECK(d.find("pendleton") != std::string::npos);
  // The author of the opinion of the court does not dissent; "I" is no judge.
  CHECK(d.find("halversen") == std::string::npos);
  CHECK(d.find("judge:i;") == std::string::npos);
  const Relation* joined = find(x, "dissents", "stavros");
  REQUIRE(joined);
  CHECK(qualifier(*joined, "joined").find("morrow") != std::string::npos);

  // "concurs in this opinion" closing a dissent joins the dissent; closing
  // the Court's opinion it is no dissent.
  const Extraction in_dissent = relate(
      "MR. CHIEF JUSTICE HALVERSEN delivered the opinion of the Court.\n\n"
      "The judgment is reversed.\n\nMR. JUSTICE QUILLFEATHER concurs in this opinion.\n\n"
      "MR. JUSTICE MORROW, dissenting.\n\nI dissent.\n\nMR. JUSTICE PENDLETON concurs in this opinion.\n",
      "opinion", "scotus");
  const Relation* concurs = find(in_dissent, "dissents", "pendleton");
  REQUIRE(concurs);
  CHECK(qualifier(*concurs, "joined").find("morrow") != std::string::npos);
  CHECK_FALSE(find(in_dissent, "dissents", "quillfeather"));

  // The older Reports name the joiners after the verb; only the first name wrote.
  const Extraction verb_first = relate(
      "MR. JUSTICE HALVERSEN delivered the opinion of the court.\n\n"
      "MR. JUSTICE MORROW, with whom concurred MR. CHIEF JUSTICE STAVROS, MR. JUSTICE PENDLETON, and "
      "MR. JUSTICE QUILLFEATHER, dissenting.\n",
      "opinion", "scotus");
  const Relation* author = find(verb_first, "authored", "morrow");
  REQUIRE(author);
  CHECK(qualifier(*author, "opinion") == "dissenting");
  CHECK_FALSE(find(verb_first, "authored", "stavros"));
  CHECK_FALSE(find(verb_first, "authored", "quillfeather"));
  const Relation* joiner = find(verb_first, "dissents", "quillfeather");
  REQUIRE(joiner);
  CHECK(qualifier(*joiner, "joined").find("morrow") != std::string::npos);

  const std::string order =
      "Received Order from the Supreme Court: The application for stay is granted in part. "
      "Justice Lindgren, Justice Osei, and Justice Varga would have stayed the District Court order in its entirety.\n";
  const Extraction o = relate(order, "docket", "ca9");
  const Relation* noted = find(o, "dissents", "varga");
  REQUIRE(noted);
  CHECK(qualifier(*noted, "position") == "would have stayed the District Court order in its entirety");
  CHECK(dissenters(o).find("lindgren") != std::string::npos);
  CHECK(dissenters(o).find("osei") != std::string::npos);

  // A justice who took no part does not preside.
  const Extraction np = relate("MR. JUSTICE HALVERSEN delivered the opinion of the Court.\n\n"
                               "MR. JUSTICE ABERNATHY took no part in the consideration or decision of this case.\n",
                               "opinion", "scotus");
  const Relation* absent = find(np, "presides_over", "abernathy");
  REQUIRE(absent);
  auto negated = absent->qualifiers.find("negated");
  REQUIRE(negated != absent->qualifiers.end());
  CHECK(std::get<bool>(negated->second));
  CHECK(dissenters(np).empty());

  // The older Reports note a dissent without opinion as the justice's view
  // of the judgment; the Court's own "we are of opinion" is no dissent.
  const Extraction old_form = relate("MR. JUSTICE HALVERSEN delivered the opinion of the Court.\n\n"
                                     "We are of opinion that the judgment should be affirmed.\n\n"
                                     "MR. JUSTICE ABERNATHY is of opinion that the judgment below should be reversed.\n",
                                     "opinion", "scotus");
  CHECK(dissenters(old_form) == "judge:abernathy;");
  const Relation* viewed = find(old_form, "dissents", "abernathy");
  REQUIRE(viewed);
  CHECK(qualifier(*viewed, "position") == "is of opinion that the judgment below should be reversed");

  // A sentence about what a court would do names no dissenter.
  const Extraction n = relate("The court would reach the same result under the statute, Judge Harlow said.\n", "opinion");
  CHECK(dissenters(n).empty());
}

TEST_CASE("judge roles: a separate opinion's heading with its qualifier names its author") {
  const Extraction x = relate(
      "MR. JUSTICE HALVERSEN delivered the opinion of the court.\n\n"
      "See Smith v. Jones, 500 U.S. 1 (1990) (ABERNATHY, J., concurring in part).\n\n"
      "The rule holds. Cf. Quillfeather, J., dissenting in United States v. Rabb, 176 F.2d 732.\n\n"
      "MR. JUSTICE MORROW, concurring specially.\n\nI agree with the result.\n\n"
      "JUSTICE STAVROS, concurring in the judgment.\n\nI would go further.\n\n"
      "JUSTICE PENDLETON, dissenting in part.\n\nI would remand.\n\n"
      "MR. JUSTICE OSEI, whom MR. JUSTICE VARGA joins, concurring.\n\nI join.\n",
      "opinion", "scotus");
  const Relation* morrow = find(x, "authored", "morrow");
  REQUIRE(morrow);
  CHECK(qualifier(*morrow, "opinion") == "concurring");
  const Relation* stavros = find(x, "authored", "stavros");
  REQUIRE(stavros);
  CHECK(qualifier(*stavros, "opinion") == "concurring");
  const Relation* pendleton = find(x, "authored", "pendleton");
  REQUIRE(pendleton);
  CHECK(qualifier(*pendleton, "opinion") == "dissenting");
  // A citation's parenthetical names another case's opinion.
  CHECK_FALSE(find(x, "authored", "abernathy"));
  CHECK_FALSE(find(x, "authored", "quillfeather"));
  // Who joins writes nothing.
  CHECK(find(x, "authored", "osei"));
  CHECK_FALSE(find(x, "authored", "varga"));
}
