// The header rules of indexer/relate/structural_relations.cc on headers
// written here in the shapes slip opinions use: a caption block over many
// lines and in capitals, a panel line, an author line.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "build/prepared_file.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

Extraction relate_header(const std::string& text, const std::string& title, const std::string& court) {
  static SentenceSplitter splitter;
  Document doc;
  doc.id = "h";
  doc.kind = "opinion";
  doc.title = title;
  doc.court = court;
  doc.text = text;
  return analyze_document(std::move(doc), splitter).extraction;
}

std::string subjects(const Extraction& x, const std::string& predicate) {
  std::string out;
  for (const Relation& r : x.relations) {
    if (r.predicate == predicate) out += r.subject + ";";
  }
  return out;
}

std::string role_of(const Extraction& x, const std::string& subject_part) {
  for (const Relation& r : x.relations) {
    if (r.predicate != "party_to" || r.subject.find(subject_part) == std::string::npos) continue;
    auto it = r.qualifiers.find("role");
    if (it != r.qualifiers.end()) return std::get<std::string>(it->second);
  }
  return "";
}

const std::string kAppealHeader =
    "United States Court of Appeals\n"
    "          For the Fourth Circuit\n\n"
    "No. 21-4455\n\n"
    "              MARGARET ELLENBOGEN,\n\n"
    "                  Plaintiff, Appellant,\n\n"
    "                         v.\n\n"
    "              HARTWELL SHIPPING COMPANY,\n\n"
    "                  Defendant, Appellee.\n\n"
    "                        Before\n\n"
    "          Okonkwo, Chief Judge, Pellegrini and Vasquez,\n\n"
    "                    Circuit Judges.\n\n"
    "     Theodore Brannigan, with whom Lucy Farrow was on brief, for appellant.\n"
    "     Desmond Kettering for appellee.\n\n"
    "     PELLEGRINI, Circuit Judge. Margaret Ellenbogen worked on a cargo ship for nine years. "
    "She sued Hartwell Shipping Company after an accident. We affirm.\n";

}  // namespace

TEST_CASE("caption block in capitals over many lines names both parties with their roles") {
  const Extraction x = relate_header(kAppealHeader, "Ellenbogen", "United States Court of Appeals");
  const std::string parties = subjects(x, "party_to");
  CHECK_MESSAGE(parties.find("ellenbogen") != std::string::npos, parties);
  CHECK_MESSAGE(parties.find("hartwell") != std::string::npos, parties);
  CHECK(role_of(x, "ellenbogen") == "plaintiff");
  CHECK(role_of(x, "hartwell") == "defendant");
  // Counsel below the caption are not parties.
  CHECK_MESSAGE(parties.find("brannigan") == std::string::npos, parties);
  CHECK_MESSAGE(parties.find("farrow") == std::string::npos, parties);
  CHECK_MESSAGE(parties.find("kettering") == std::string::npos, parties);
}

TEST_CASE("panel line: every judge between Before and Circuit Judges presides, once") {
  const Extraction x = relate_header(kAppealHeader, "Ellenbogen", "United States Court of Appeals");
  const std::string panel = subjects(x, "presides_over");
  CHECK_MESSAGE(panel.find("okonkwo") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("pellegrini") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("vasquez") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("chief") == std::string::npos, panel);
  int pellegrini = 0;
  for (const Relation& r : x.relations) {
    pellegrini += r.predicate == "presides_over" && r.subject.find("pellegrini") != std::string::npos;
  }
  CHECK(pellegrini == 1);
}

TEST_CASE("a court of appeals' author line in capitals: the judge wrote the opinion it heads") {
  const Extraction x = relate_header(kAppealHeader +
                                         "\n     VASQUEZ, Circuit Judge (dissenting): I would reverse.\n"
                                         "\n     OKONKWO, Chief Judge, concurring. I join the opinion.\n",
                                     "Ellenbogen", "United States Court of Appeals");
  std::string opinions;
  for (const Relation& r : x.relations) {
    if (r.predicate != "authored") continue;
    auto it = r.qualifiers.find("opinion");
    opinions += r.subject + "=" + (it == r.qualifiers.end() ? "" : std::get<std::string>(it->second)) + ";";
  }
  CHECK_MESSAGE(opinions.find("pellegrini=majority") != std::string::npos, opinions);
  CHECK_MESSAGE(opinions.find("vasquez=dissenting") != std::string::npos, opinions);
  CHECK_MESSAGE(opinions.find("okonkwo=concurring") != std::string::npos, opinions);
  // The panel line's capitals open no opinion.
  CHECK_MESSAGE(opinions.find("okonkwo=majority") == std::string::npos, opinions);
}

TEST_CASE("a judge's name in capitals inside a sentence heads no opinion") {
  const std::string text =
      "The district judge, HARLOWE, Circuit Judge, sitting by designation, denied the motion.\n"
      "We affirm.\n";
  const Extraction x = relate_header(text, "Ellenbogen", "United States Court of Appeals");
  CHECK_MESSAGE(subjects(x, "authored").empty(), subjects(x, "authored"));
}

TEST_CASE("a citation's v. in the opening text is not a caption") {
  const std::string text =
      "MEMORANDUM AND ORDER\n\n"
      "The motion is governed by the standard of Thornbury v. Abernathy Mills, 512 F.3d 88 (2d Cir. 2008), "
      "which Gerald Whitcombe discussed at length. The Court denies the motion.\n";
  const Extraction x = relate_header(text, "In re Whitcombe", "United States District Court");
  CHECK_MESSAGE(subjects(x, "party_to").empty(), subjects(x, "party_to"));
}

TEST_CASE("the justice who delivers the opinion of the Court presides over it") {
  const std::string text =
      "MR. JUSTICE HOLLINGSWORTH delivered the opinion of the Court.\n\n"
      "The question is whether the tax applies to the cargo. We hold that it does not.\n";
  const Extraction x = relate_header(text, "Carver Co. v. Lindqvist", "Supreme Court of the United States");
  const std::string authors = subjects(x, "authored");
  const std::string presiding = subjects(x, "presides_over");
  REQUIRE_MESSAGE(authors.find("hollingsworth") != std::string::npos, authors);
  CHECK_MESSAGE(presiding.find("hollingsworth") != std::string::npos, presiding);
}

TEST_CASE("docket entry: the judge who ordered it issues the order and grants the motion") {
  const std::string text =
      "Docket Report\n\n"
      "03/04/2019\tMOTION to Extend Time to Answer by Fennimore Logistics LLC. (Marchetti, Oswald) (Entered: 03/04/2019)\n\n"
      "03/06/2019\tORDER granting 12 Motion to Extend Time to Answer. The answer is due April 1, 2019. "
      "Ordered by Magistrate Judge Rosalind Q. Achterberg on 3/6/2019. (Entered: 03/06/2019)\n\n"
      "03/09/2019\tORDER denying 14 Motion to Compel. So Ordered by Judge Emmett Lowry on 3/9/2019. "
      "(Entered: 03/09/2019)\n";
  const Extraction x = relate_header(text, "Quill v. Fennimore Logistics LLC", "");
  const Relation* grant = nullptr;
  const Relation* denial = nullptr;
  int issued = 0;
  for (const Relation& r : x.relations) {
    if (r.predicate == "grants" && r.subject.find("achterberg") != std::string::npos) grant = &r;
    if (r.predicate == "denies" && r.subject.find("lowry") != std::string::npos) denial = &r;
    if (r.predicate == "issued_by" && r.subject.starts_with("order:") &&
        (r.object.find("achterberg") != std::string::npos || r.object.find("lowry") != std::string::npos)) {
      ++issued;
    }
  }
  REQUIRE(grant != nullptr);
  CHECK(grant->object_text == "Motion to Extend Time to Answer");
  REQUIRE(denial != nullptr);
  CHECK(denial->object_text == "Motion to Compel");
  CHECK(issued == 2);
  // The clerk's or filer's name after an entry holds no role.
  for (const Relation& r : x.relations) {
    CHECK_MESSAGE(!(r.predicate == "holds_role" && r.subject.find("marchetti") != std::string::npos), r.subject);
  }
}

TEST_CASE("a title names a party by surname: the person the text names in full is that party") {
  const std::string text =
      "Mr. Rupert Vandersloot sued the Secretary, Ms. Helena K. Pruitt, Jr., over his benefits. "
      "Pruitt moved to dismiss, and the court granted the motion. Ms. Ingrid Holm testified for the plaintiff.";
  const Extraction x = relate_header(text, "Vandersloot v. Pruitt", "United States District Court for the District of Columbia");
  CHECK(role_of(x, "vandersloot") == "plaintiff");
  CHECK(role_of(x, "pruitt") == "defendant");
  // A person the title does not name is no party.
  CHECK(role_of(x, "holm").empty());
}

TEST_CASE("the author the metadata names wrote the opinion; other metadata judges only preside") {
  static SentenceSplitter splitter;
  Document doc;
  doc.id = "h";
  doc.kind = "opinion";
  doc.title = "Vandersloot v. Pruitt";
  doc.court = "United States Court of Appeals for the D.C. Circuit";
  doc.judges = {"Harriet Okonkwo", "Lionel Brandt"};
  doc.authors = {"Harriet Okonkwo"};
  doc.text = "The District Court dismissed the complaint. We affirm.";
  const Extraction x = analyze_document(std::move(doc), splitter).extraction;
  const std::string authors = subjects(x, "authored");
  CHECK_MESSAGE(authors.find("okonkwo") != std::string::npos, authors);
  CHECK_MESSAGE(authors.find("brandt") == std::string::npos, authors);
  CHECK(subjects(x, "presides_over").find("brandt") != std::string::npos);
}

TEST_CASE("a state panel's closing line names the judges who sat") {
  const std::string text =
      "OPINION\n\nThe movant appeals the denial of his motion. We affirm.\n\n"
      "Cornelia Vantreese, Judge\n\n"
      "Harold Quimby, P.J., and Estelle Marchbank, J., concur.\n";
  const Extraction x = relate_header(text, "Doyle v. State", "Missouri Court of Appeals");
  const std::string panel = subjects(x, "presides_over");
  CHECK_MESSAGE(panel.find("quimby") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("marchbank") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("p-j") == std::string::npos, panel);
}

TEST_CASE("a state opinion's signature line names its author, with the concurring judges right under it") {
  const std::string text =
      "OPINION\n\nThe movant appeals the denial of his motion. We affirm.\n\n"
      "                                        ______________________________\n"
      "                                        Cornelia Vantreese, Judge\n"
      "Harold Quimby, P.J., and\nEstelle Marchbank, J., concur.\n";
  const Extraction x = relate_header(text, "Doyle v. State", "Missouri Court of Appeals");
  const std::string authors = subjects(x, "authored");
  CHECK_MESSAGE(authors.find("vantreese") != std::string::npos, authors);
  CHECK_MESSAGE(authors.find("quimby") == std::string::npos, authors);
  // The next line's name is not the title's: Quimby is no "Judge Quimby" author.
  const std::string panel = subjects(x, "presides_over");
  CHECK_MESSAGE(panel.find("quimby") != std::string::npos, panel);
}

TEST_CASE("a state high court's author line in capitals: SURNAME, Justice.") {
  const std::string text =
      "Heard in the Supreme Court on 4 May 2020.\n\n"
      "           HALVORSEN, Justice.\n\n"
      "The question is whether the game is one of skill. We hold that it is not.\n";
  const Extraction x = relate_header(text, "Birchwood Amusements v. State", "Supreme Court of North Carolina");
  const std::string authors = subjects(x, "authored");
  CHECK_MESSAGE(authors.find("halvorsen") != std::string::npos, authors);
}

TEST_CASE("a name and title on a line of a panel list, with no signature rule or concurrence, authors nothing") {
  const std::string text =
      "Before the Court:\n\n"
      "Cornelia Vantreese, Judge\n\n"
      "Harold Quimby, Judge\n\n"
      "The movant appeals the denial of his motion. We affirm the judgment of the trial court in all respects.\n";
  const Extraction x = relate_header(text, "Doyle v. State", "Missouri Court of Appeals");
  CHECK_MESSAGE(subjects(x, "authored").empty(), subjects(x, "authored"));
}

TEST_CASE("docket filers: counsel keep a role, clerks who typed an entry get none (real docket)") {
  // A PACER docket outside the relation gold: "(Surname, Given) (Entered: ...)"
  // names whoever typed the entry; only those the docket lists as counsel
  // ("represented by") hold a role.
  const std::filesystem::path path =
      std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real/dockets/pacer_district/nysd_4.orig.html";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path.string() << " is absent");
    return;
  }
  static SentenceSplitter splitter;
  ReadResult read = read_file(path.string());
  REQUIRE(read.ok());
  const Extraction x = analyze_document(std::move(read.documents.at(0)), splitter).extraction;
  int roles = 0;
  for (const Relation& r : x.relations) {
    if (r.predicate != "holds_role") continue;
    ++roles;
    auto it = r.qualifiers.find("role");
    const std::string role = it == r.qualifiers.end() ? "" : std::get<std::string>(it->second);
    CHECK_MESSAGE(role != "filer", r.subject);
  }
  CHECK(roles >= 1);
}

TEST_CASE("panel line of singular titles, one judge a line, the last opening with and") {
  const std::string text =
      "No. 18-2201\n\n"
      "                              Before\n"
      "                      Abernethy, Circuit Judge,\n"
      "                  Castellanos,* Associate Justice,\n"
      "                   and Winterbourne, Circuit Judge.\n\n"
      "     Ilse Norgaard for appellant.\n\n"
      "WINTERBOURNE, Circuit Judge. The appeal is from a judgment of conviction. We affirm.\n";
  const Extraction x = relate_header(text, "Norgaard", "United States Court of Appeals");
  const std::string panel = subjects(x, "presides_over");
  CHECK_MESSAGE(panel.find("abernethy") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("castellanos") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("winterbourne") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("norgaard") == std::string::npos, panel);
  CHECK_MESSAGE(panel.find("associate") == std::string::npos, panel);
}

TEST_CASE("panel line that goes on after the plural title: Circuit Judges, and X, District Judge") {
  const std::string text =
      "No. 20-1187\n\n"
      "                              Before\n\n"
      "                 Halvorsen and Ridgeway, Circuit Judges,\n"
      "                   and Trelawney,* District Judge.\n\n"
      "     Orla Pemberton for appellants.\n\n"
      "RIDGEWAY, Circuit Judge. We vacate and remand.\n";
  const Extraction x = relate_header(text, "Pemberton", "United States Court of Appeals");
  const std::string panel = subjects(x, "presides_over");
  CHECK_MESSAGE(panel.find("halvorsen") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("ridgeway") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("trelawney") != std::string::npos, panel);
  CHECK_MESSAGE(panel.find("pemberton") == std::string::npos, panel);
}
