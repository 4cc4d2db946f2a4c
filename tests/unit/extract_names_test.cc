// Named entities (extract/names): courts, judges, agencies, people and
// organizations, on short sentences quoted from real documents, plus a run
// over every corpus-real text that checks spans and prints counts and speed.

#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/names.h"
#include "normalize/normalizer.h"
#include "read/text_reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

struct Extracted {
  std::string text;  // normalized
  std::vector<Mention> mentions;

  std::string_view span(const Mention& m) const { return std::string_view(text).substr(m.start, m.end - m.start); }

  // The first mention of `type` whose text is `written`, or nullptr.
  const Mention* find(std::string_view type, std::string_view written) const {
    for (const Mention& m : mentions)
      if (m.type == type && span(m) == written) return &m;
    return nullptr;
  }
  int count(std::string_view type) const {
    int n = 0;
    for (const Mention& m : mentions) n += m.type == type;
    return n;
  }
};

Extracted extract(const std::string& body, const std::string& court = "",
                  const std::vector<std::string>& judges = {}, const std::string& date = "",
                  const std::string& kind = "") {
  static SentenceSplitter splitter;
  Document doc;
  doc.kind = kind;
  doc.court = court;
  doc.date = date;
  doc.judges = judges;
  doc.text = body;
  Extracted x;
  x.text = normalize(body).text;
  Segmentation segments = splitter.split(x.text);
  ExtractionContext ctx{doc, x.text, segments};
  extract_names(ctx, x.mentions);
  return x;
}

std::string attr(const Mention& m, const std::string& key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return {};
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  return "<not text>";
}

// Attribute or entity of the mention of `type` written `text`; "<missing>" when there is none.
std::string attr_of(const Extracted& x, std::string_view type, std::string_view text, const std::string& key) {
  const Mention* m = x.find(type, text);
  return m ? attr(*m, key) : "<missing>";
}
std::string entity_of(const Extracted& x, std::string_view type, std::string_view text) {
  const Mention* m = x.find(type, text);
  return m ? m->entity : "<missing>";
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("names data files parse and are big enough") {
  const names::InstitutionGazetteer& g = names::InstitutionGazetteer::instance();
  for (const std::string& p : g.problems()) MESSAGE(p);
  CHECK(g.problems().empty());
  CHECK(g.agency_count() >= 150);
  // Supreme Court, 13 courts of appeals, 94 district and 94 bankruptcy courts, state courts.
  CHECK(g.court_count() >= 250);
  const names::NameLists& lists = names::NameLists::instance();
  for (const std::string& p : lists.problems()) MESSAGE(p);
  CHECK(lists.problems().empty());
  CHECK(lists.given_name_count() >= 500);
  CHECK(lists.is_role_noun("officer"));
  CHECK(lists.is_org_suffix("LLP"));
  CHECK_FALSE(lists.is_given_name("Georgia"));
}

TEST_CASE("canonical ids of typed agency and court names") {
  CHECK(agency_entity_id("ICE") == "agency:ice");
  CHECK(agency_entity_id("ice") == "agency:ice");
  CHECK(agency_entity_id("Immigration and Customs Enforcement") == "agency:ice");
  CHECK(agency_entity_id("U.S. Immigration and Customs Enforcement") == "agency:ice");
  CHECK(agency_entity_id("the Internal Revenue Service") == "agency:irs");
  CHECK(agency_entity_id("Department of the Treasury") == "agency:treasury");
  CHECK(agency_entity_id("Homeland Security Department") == "agency:dhs");
  CHECK(agency_entity_id("agency:uscis") == "agency:uscis");
  // The regional fishery management councils that prepare the plans NMFS implements.
  CHECK(agency_entity_id("Gulf of Mexico Fishery Management Council") == "agency:fmc-gulf");
  CHECK(agency_entity_id("the New England Fishery Management Council") == "agency:fmc-new-england");
  CHECK(agency_entity_id("Department of Widgets") == "");
  CHECK(court_entity_id("D.C. Circuit") == "court:cadc");
  CHECK(court_entity_id("United States Court of Appeals for the District of Columbia Circuit") == "court:cadc");
  CHECK(court_entity_id("9th Cir.") == "court:ca9");
  CHECK(court_entity_id("S.D.N.Y.") == "court:nysd");
  CHECK(court_entity_id("the Southern District of New York") == "court:nysd");
  CHECK(court_entity_id("Supreme Court of the United States") == "court:scotus");
  CHECK(court_entity_id("New York Court of Appeals") == "court:ny");
  CHECK(court_entity_id("Supreme Court of California") == "court:cal");
  CHECK(court_entity_id("cadc") == "court:cadc");
  CHECK(court_entity_id("Court of Nowhere") == "");
  CHECK(names::document_court_id("United States Court of Appeals (ca1)") == "ca1");
  CHECK(names::document_court_id("nc (state)") == "nc");
  CHECK(names::document_court_id("United States District Court for the District of Columbia") == "dcd");
}

TEST_CASE("news report: judge, agencies, people with roles, organizations") {
  Extracted x = extract(
      "U.S. District Judge Colleen Kollar-Kotelly found that the IRS had erroneously shared the "
      "taxpayer information of thousands of people with the Department of Homeland Security.\n\n"
      "Her finding was based off a declaration filed earlier this month by Dottie Romo, IRS' chief "
      "risk and control officer, which revealed that the IRS had provided DHS with information.\n\n"
      "Kollar-Kotelly said in her Thursday decision that the agency violated the law. She called the "
      "Romo declaration significant.\n\n"
      "Nina Olson, founder of the Center for Taxpayer Rights, which has sued the government, says "
      "it is unlawful. Representatives from the IRS and Treasury Department did not respond to "
      "Associated Press requests for comment.\n\n"
      "A data-sharing agreement signed last April by Treasury Secretary Scott Bessent and Homeland "
      "Security Secretary Kristi Noem allows ICE to submit names.");
  const Mention* judge = x.find("judge", "Colleen Kollar-Kotelly");
  REQUIRE(judge);
  CHECK(judge->entity == "judge:colleen-kollar-kotelly");
  CHECK(attr(*judge, "title") == "U.S. District Judge");
  const Mention* alias = x.find("judge", "Kollar-Kotelly");
  REQUIRE(alias);
  CHECK(alias->entity == "judge:colleen-kollar-kotelly");
  CHECK(attr(*alias, "alias_of") == "Colleen Kollar-Kotelly");

  const Mention* romo = x.find("person", "Dottie Romo");
  REQUIRE(romo);
  CHECK(attr(*romo, "role") == "chief risk and control officer");
  CHECK(attr(*romo, "organization") == "agency:irs");
  REQUIRE(x.find("person", "Romo"));
  CHECK(entity_of(x, "person", "Romo") == "person:dottie-romo");

  const Mention* olson = x.find("person", "Nina Olson");
  REQUIRE(olson);
  CHECK(attr(*olson, "role") == "founder");
  CHECK(attr(*olson, "organization") == "org:center-for-taxpayer-rights");
  REQUIRE(x.find("organization", "Center for Taxpayer Rights"));
  REQUIRE(x.find("organization", "Associated Press"));

  const Mention* bessent = x.find("person", "Scott Bessent");
  REQUIRE(bessent);
  CHECK(attr(*bessent, "role") == "Treasury Secretary");
  CHECK(attr(*bessent, "organization") == "agency:treasury");
  const Mention* noem = x.find("person", "Kristi Noem");
  REQUIRE(noem);
  CHECK(attr(*noem, "role") == "Homeland Security Secretary");
  CHECK(attr(*noem, "organization") == "agency:dhs");

  REQUIRE(x.find("agency", "IRS"));  // "IRS'": the span leaves the apostrophe out
  CHECK(entity_of(x, "agency", "IRS") == "agency:irs");
  CHECK(attr_of(x, "agency", "IRS", "parent") == "agency:treasury");
  CHECK(entity_of(x, "agency", "Department of Homeland Security") == "agency:dhs");
  CHECK(entity_of(x, "agency", "DHS") == "agency:dhs");
  CHECK(entity_of(x, "agency", "Treasury Department") == "agency:treasury");
  CHECK(entity_of(x, "agency", "Treasury") == "agency:treasury");
  CHECK(entity_of(x, "agency", "Homeland Security") == "agency:dhs");
  CHECK(entity_of(x, "agency", "ICE") == "agency:ice");
  // Several agencies in view: "the agency" stays unresolved.
  CHECK_FALSE(x.find("agency", "the agency"));
  CHECK(x.count("court") == 0);
  CHECK_FALSE(x.find("person", "Representatives"));
}

TEST_CASE("court named in context gives a judge his court") {
  Extracted x = extract(
      "Earlier this week, a three-judge panel for the U.S. Court of Appeals for the D.C. Circuit "
      "declined to issue a preliminary injunction for the immigrants' rights group, Centro de "
      "Trabajadores Unidos.\n\nIn declining the request, Judge Harry T. Edwards wrote that the "
      "groups are unlikely to succeed.");
  const Mention* court = x.find("court", "U.S. Court of Appeals for the D.C. Circuit");
  REQUIRE(court);
  CHECK(court->entity == "court:cadc");
  CHECK(attr(*court, "level") == "appellate");
  const Mention* edwards = x.find("judge", "Harry T. Edwards");
  REQUIRE(edwards);
  CHECK(edwards->entity == "judge:harry-edwards");
  CHECK(attr(*edwards, "court") == "court:cadc");
  CHECK(x.find("organization", "Centro de Trabajadores Unidos"));
}

TEST_CASE("slip opinions and panels: postfix titles, one mention per name") {
  Extracted panel = extract("Before\n\nLynch, Chief Judge,\nBoudin and Lipez, Circuit Judges.\n\n"
                            "LYNCH, Chief Judge. A jury rejected all of the claims.",
                            "United States Court of Appeals (ca1)");
  CHECK(panel.count("judge") == 4);
  const Mention* boudin = panel.find("judge", "Boudin");
  REQUIRE(boudin);
  CHECK(attr(*boudin, "title") == "Circuit Judge");
  CHECK(attr(*boudin, "court") == "court:ca1");
  CHECK(attr_of(panel, "judge", "Lynch", "title") == "Chief Judge");
  CHECK(entity_of(panel, "judge", "LYNCH") == "judge:lynch");

  Extracted dc = extract("Before: SRINIVASAN, Chief Judge, and PILLARD and WILKINS, Circuit Judges.\n\n"
                         "Opinion for the Court filed by Circuit Judge KATSAS.");
  CHECK(dc.find("judge", "SRINIVASAN"));
  CHECK(dc.find("judge", "PILLARD"));
  CHECK(dc.find("judge", "WILKINS"));
  CHECK(attr_of(dc, "judge", "KATSAS", "title") == "Circuit Judge");

  // A judge sitting by designation carries a footnote's asterisk, before or after the comma.
  Extracted designated = extract("Before\n\nBreyer, Chief Judge,\nTorruella, Circuit Judge,\n"
                                 "and Woodlock*, District Judge.\n\nBefore HOWARD, Circuit Judge, and SOUTER,* "
                                 "Associate Justice.",
                                 "United States Court of Appeals (ca1)");
  CHECK(attr_of(designated, "judge", "Woodlock", "title") == "District Judge");
  CHECK(attr_of(designated, "judge", "SOUTER", "title") == "Associate Justice");

  // The court below's judge in a slip opinion's header, a suffix's period before the comma.
  Extracted header = extract("APPEAL FROM THE UNITED STATES TAX COURT\n\n"
                             "[Hon. Marion Quillfeather, Jr., Tax Court Judge]\n\n"
                             "[Hon. Ezra P. Dunmore, Jr., U.S. District Judge]\n",
                             "United States Court of Appeals (ca1)");
  REQUIRE(header.find("judge", "Marion Quillfeather, Jr."));
  CHECK(attr_of(header, "judge", "Marion Quillfeather, Jr.", "title") == "Tax Court Judge");
  CHECK(attr_of(header, "judge", "Marion Quillfeather, Jr.", "court") == "court:tax");  // not the document's
  CHECK(entity_of(header, "judge", "Marion Quillfeather, Jr.") == "judge:marion-quillfeather");
  CHECK(attr_of(header, "judge", "Ezra P. Dunmore, Jr.", "title") == "U.S. District Judge");

  Extracted scotus = extract("ROBERTS, C. J., delivered the opinion of the Court. THOMAS, J., filed a "
                             "dissenting opinion.",
                             "Supreme Court of the United States");
  REQUIRE(scotus.find("judge", "ROBERTS"));
  CHECK(attr_of(scotus, "judge", "ROBERTS", "title") == "Chief Justice");
  CHECK(attr_of(scotus, "judge", "THOMAS", "title") == "Justice");
  CHECK(attr_of(scotus, "judge", "THOMAS", "court") == "court:scotus");

  // A state panel's presiding judge, and a signature whose title ends its line.
  Extracted state = extract("Affirmed.\n\n                 Cornelia Vantreese, Judge\n"
                            "Harold Quimby, P.J., and\nEstelle Marchbank, J., concur.",
                            "Missouri Court of Appeals");
  // "P.J." is a presiding judge, or in a state's courts of appeal a presiding justice.
  CHECK(attr_of(state, "judge", "Harold Quimby", "title").starts_with("Presiding"));
  CHECK(state.find("judge", "Cornelia Vantreese"));
  CHECK(attr_of(state, "judge", "Cornelia Vantreese", "title") == "Judge");
}

TEST_CASE("Supreme Court justices named by surname are the justice of that year") {
  const std::string court = "Supreme Court of the United States";
  Extracted y1930 = extract("MR. JUSTICE BUTLER delivered the opinion of the Court. STONE, J., dissenting.", court,
                            {}, "1930-01-06");
  CHECK(entity_of(y1930, "judge", "BUTLER") == "judge:pierce-butler");
  CHECK(attr_of(y1930, "judge", "BUTLER", "alias_of") == "Pierce Butler");
  CHECK(entity_of(y1930, "judge", "STONE") == "judge:harlan-stone");
  // One surname, two justices a lifetime apart: the year decides.
  Extracted early = extract("MR. JUSTICE HARLAN delivered the opinion of the Court.", court, {}, "1896-05-18");
  Extracted late = extract("MR. JUSTICE HARLAN delivered the opinion of the Court.", court, {}, "1962-06-25");
  CHECK(entity_of(early, "judge", "HARLAN") == "judge:john-harlan");
  CHECK(entity_of(late, "judge", "HARLAN") == "judge:john-marshall-harlan");
  // Without a date a shared surname stays as written; a unique one resolves.
  Extracted undated = extract("MR. JUSTICE HARLAN and MR. JUSTICE CARDOZO concurred.", court);
  CHECK(entity_of(undated, "judge", "HARLAN") == "judge:harlan");
  CHECK(entity_of(undated, "judge", "CARDOZO") == "judge:benjamin-cardozo");
  // A justice cited from another era is left alone; other courts' judges too.
  Extracted cited = extract("As Justice Marshall explained, the power to tax is the power to destroy.", court, {},
                            "1931-05-25");
  CHECK(entity_of(cited, "judge", "Marshall") == "judge:marshall");
  Extracted circuit = extract("Opinion for the Court filed by Circuit Judge KAVANAUGH.",
                              "United States Court of Appeals for the D.C. Circuit", {}, "2019-03-01");
  CHECK(entity_of(circuit, "judge", "KAVANAUGH") == "judge:kavanaugh");
}

TEST_CASE("judges cited in a parenthetical or a case name are not judges acting") {
  Extracted x = extract("See McIntyre v. Ohio Elections Commission, 514 U.S. 334, 375 (1995) (Scalia, J., "
                        "dissenting); cf. Mobile, J. & K. C. R. Co. v. Turnipseed, 219 U.S. 35, 43.");
  CHECK(x.count("judge") == 0);
  Extracted y = extract("The Criminal Justice Act and the Department of Justice Office of Legal Counsel.");
  CHECK(y.count("judge") == 0);
}

TEST_CASE("metadata judges and surnames") {
  Extracted x = extract("Jackson dissented. The Court disagreed with Justice Jackson. United States v. Jackson "
                        "controls.",
                        "Supreme Court of the United States", {"Ketanji Brown Jackson"});
  const Mention* titled = x.find("judge", "Jackson");
  REQUIRE(titled);
  CHECK(titled->entity == "judge:ketanji-brown-jackson");
  int jackson = 0;
  for (const Mention& m : x.mentions) jackson += m.type == "judge";
  CHECK(jackson == 2);  // the case name is no judge mention
}

TEST_CASE("court citation forms") {
  Extracted x = extract("Smith v. Jones, 1 F.3d 2 (9th Cir. 2005); Doe v. Roe, 3 F. Supp. 4 (D. Mass. 2003); "
                        "Roe v. Doe, 5 F. Supp. 3d 6 (S.D.N.Y. 2014); In re X, 7 B.R. 8 (Bankr. D. Del. 2004); "
                        "A v. B, 9 P.2d 1 (Cal. 1990). John D. Mass. testified.");
  CHECK(entity_of(x, "court", "9th Cir.") == "court:ca9");
  CHECK(entity_of(x, "court", "D. Mass.") == "court:mad");
  CHECK(entity_of(x, "court", "S.D.N.Y.") == "court:nysd");
  CHECK(entity_of(x, "court", "Bankr. D. Del.") == "court:deb");
  CHECK(entity_of(x, "court", "Cal.") == "court:cal");
  CHECK(x.count("court") == 5);  // "John D. Mass." is a name, not a court
  CHECK(attr_of(x, "court", "Bankr. D. Del.", "level") == "bankruptcy");
}

TEST_CASE("court names in prose and captions") {
  Extracted x = extract("The Ninth Circuit affirmed, and the Supreme Court of Ohio agreed with the New York "
                        "Court of Appeals. The Navajo Nation Supreme Court did not. UNITED STATES COURT OF "
                        "APPEALS FOR THE FIRST CIRCUIT. The Supreme Court has held otherwise. The Tax Court "
                        "disagreed.");
  CHECK(entity_of(x, "court", "Ninth Circuit") == "court:ca9");
  CHECK(entity_of(x, "court", "Supreme Court of Ohio") == "court:ohio");
  CHECK(entity_of(x, "court", "New York Court of Appeals") == "court:ny");
  CHECK(entity_of(x, "court", "UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT") == "court:ca1");
  CHECK(entity_of(x, "court", "Supreme Court") == "court:scotus");
  CHECK(entity_of(x, "court", "Tax Court") == "court:tax");
  int scotus = 0;
  for (const Mention& m : x.mentions) scotus += m.entity == "court:scotus";
  CHECK(scotus == 1);  // not the Navajo Nation's
}

TEST_CASE("court names in lower case before for and a place") {
  Extracted x = extract("His petition was presented to the federal district court for Connecticut, which denied it. "
                        "The debtor filed in the bankruptcy court for the District of Maine. The district court "
                        "for good cause denied the motion.");
  CHECK(entity_of(x, "court", "district court for Connecticut") == "court:ctd");
  // The bankruptcy court, not the district court its place names alone.
  CHECK(entity_of(x, "court", "bankruptcy court for the District of Maine") == "court:meb");
  int courts = 0;
  for (const Mention& m : x.mentions) courts += m.type == "court";
  CHECK(courts == 2);  // "district court for good cause" names no court
}

TEST_CASE("foreign regulators named by a nation's adjective and a government head word") {
  Extracted x = extract("Partners Group AG is registered with the Swiss Financial Markets Authority. The British "
                        "Home Office agreed. The Indian Office objected. The Swiss bank refused.");
  const Mention* finma = x.find("agency", "Swiss Financial Markets Authority");
  REQUIRE(finma);
  CHECK(attr(*finma, "jurisdiction") == "foreign");
  CHECK(entity_of(x, "agency", "British Home Office") == "agency:british-home-office");
  CHECK(entity_of(x, "agency", "Indian Office") == "<missing>");  // the tribes' office, not India's
}

TEST_CASE("state trial courts named by their kind and their place") {
  Extracted x = extract("He was convicted by the Court of Common Pleas of Philadelphia County in 1975. The Mason "
                        "County Circuit Court agreed, as did the Circuit Court for the County of Cook and the "
                        "Westchester County Court. The Circuit Court of Appeals reversed.");
  CHECK(entity_of(x, "court", "Court of Common Pleas of Philadelphia County") ==
        "court:court-of-common-pleas-of-philadelphia-county");
  CHECK(entity_of(x, "court", "Mason County Circuit Court") == "court:mason-county-circuit-court");
  CHECK(entity_of(x, "court", "Circuit Court for the County of Cook") == "court:circuit-court-for-the-county-of-cook");
  CHECK(entity_of(x, "court", "Westchester County Court") == "court:westchester-county-court");
  CHECK(entity_of(x, "court", "Circuit Court of Appeals") == "<missing>");  // no place: not a county court
  // The place after a comma, as North Carolina writes it.
  Extracted nc = extract("reversing an order entered by Judge Ebern Watson in the Superior Court, Onslow County. "
                         "The Superior Court, as the trial court, agreed.");
  CHECK(entity_of(nc, "court", "Superior Court, Onslow County") == "court:superior-court-onslow-county");
  CHECK(entity_of(nc, "court", "Superior Court") == "<missing>");
  // Tennessee's criminal courts sat by districts named for counties.
  Extracted tn = extract("He was indicted in the Criminal Court for the District of Knox County in that State. "
                         "The District Court for the District of Columbia was not asked.");
  CHECK(entity_of(tn, "court", "Criminal Court for the District of Knox County") ==
        "court:criminal-court-for-the-district-of-knox-county");
  const Mention* pleas = x.find("court", "Court of Common Pleas of Philadelphia County");
  REQUIRE(pleas);
  CHECK(attr(*pleas, "level") == "state");
  // The county named before: "... of King County, Washington, brought suit in the Superior Court of that county".
  Extracted fall = extract("Fall, then a resident of King County, Washington, brought suit for divorce in the "
                           "Superior Court of that county. The Circuit Court of said county never heard it.");
  CHECK(entity_of(fall, "court", "Superior Court of that county") == "court:superior-court-of-king-county");
  CHECK(entity_of(fall, "court", "Circuit Court of said county") == "court:circuit-court-of-king-county");
  CHECK(entity_of(extract("He sued in the Superior Court of that county."), "court", "Superior Court of that county") ==
        "<missing>");  // no county named before
}

TEST_CASE("the federal circuit courts before 1912, named by their district") {
  Extracted x = extract("ERROR TO THE CIRCUIT COURT OF THE UNITED STATES FOR THE DISTRICT OF INDIANA.\n\n"
                        "The case came from the Circuit Court of the United States for the Southern District of New "
                        "York, and another from the Circuit Court of the United States, which was not named.");
  CHECK(entity_of(x, "court", "CIRCUIT COURT OF THE UNITED STATES FOR THE DISTRICT OF INDIANA") ==
        "court:circuit-court-of-the-united-states-for-the-district-of-indiana");
  const Mention* sdny = x.find("court", "Circuit Court of the United States for the Southern District of New\nYork");
  if (!sdny) sdny = x.find("court", "Circuit Court of the United States for the Southern District of New York");
  REQUIRE(sdny);
  CHECK(sdny->entity == "court:circuit-court-of-the-united-states-for-the-southern-district-of-new-york");
  // Not today's district court, whose name the old court's holds.
  CHECK(entity_of(x, "court", "Southern District of New York") == "<missing>");
  CHECK(entity_of(x, "court", "Circuit Court of the United States") == "<missing>");
}

TEST_CASE("state trial courts of a numbered judicial district; New York's Appellate Division; federal district courts as a statute names them") {
  Extracted x = extract("By an indictment returned in the District Court of the Second Judicial District of the "
                        "Territory of Utah, at its May term, they were charged. The Circuit Court of the Eleventh "
                        "Judicial Circuit denied relief. The judgment was affirmed by the Appellate Division, 271 "
                        "App. Div. 829, and then by the Court of Appeals.");
  CHECK(entity_of(x, "court", "District Court of the Second Judicial District of the Territory of Utah") ==
        "court:district-court-of-the-second-judicial-district-of-the-territory-of-utah");
  CHECK(entity_of(x, "court", "Circuit Court of the Eleventh Judicial Circuit") ==
        "court:circuit-court-of-the-eleventh-judicial-circuit");
  // The federal trial courts as a class, as statutes name them; a court
  // named with its district stays that court.
  const std::string section = "Any United States district court within the jurisdiction of which the inquiry is held "
                              "may order him to appear. The United States District Courts shall hear it. The United "
                              "States District Court for the District of Columbia ruled.";
  Extracted usc = extract(section, "", {}, "", "statute");
  CHECK(entity_of(usc, "court", "United States district court") == "court:united-states-district-courts");
  CHECK(entity_of(usc, "court", "United States District Courts") == "court:united-states-district-courts");
  CHECK(entity_of(usc, "court", "United States District Court for the District of Columbia") == "court:dcd");
  // In an opinion, "the United States District Court" is most often the one below.
  CHECK(entity_of(extract(section, "", {}, "", "opinion"), "court", "United States District Courts") == "<missing>");
  // Plain text with no kind is a statute when it opens with its Code citation.
  Extracted code_text = extract("8 U.S.C. \u00a7 1225. Inspection by immigration officers\n\n" + section);
  CHECK(entity_of(code_text, "court", "United States district court") == "court:united-states-district-courts");
  CHECK(entity_of(extract(section), "court", "United States District Courts") == "<missing>");
  const Mention* division = x.find("court", "Appellate Division");
  REQUIRE(division);
  CHECK(attr(*division, "level") == "state");
}

TEST_CASE("federal bodies the gazetteer does not list; USDA's crop insurer") {
  Extracted x = extract("The Federal Quill Safety Board objected. The Federal Widget Administration agreed. The "
                        "Federal Crop Insurance Corporation paid. Federal Express Corporation shipped it.");
  CHECK(entity_of(x, "agency", "Federal Quill Safety Board") == "agency:federal-quill-safety-board");
  const Mention* widget = x.find("agency", "Federal Widget Administration");
  REQUIRE(widget);
  CHECK(attr(*widget, "jurisdiction") == "federal");
  CHECK(entity_of(x, "agency", "Federal Crop Insurance Corporation") == "agency:fcic");
  CHECK(entity_of(x, "agency", "Federal Express Corporation") == "<missing>");
}

TEST_CASE("state trial courts named by their State") {
  Extracted x = extract("Respondents brought this suit in the Maine Superior Court. The New Hampshire Superior "
                        "Court agreed. The Maryland District Court is federal.");
  CHECK(entity_of(x, "court", "Maine Superior Court") == "court:maine-superior-court");
  CHECK(entity_of(x, "court", "New Hampshire Superior Court") == "court:new-hampshire-superior-court");
  CHECK(entity_of(x, "court", "Maryland District Court") == "<missing>");
}

TEST_CASE("a surname alone after a party's role is a person, unless the text writes it inside a longer name") {
  Extracted x = extract("The 1992 memorandum from defendant DuBois, the Commissioner of Correction, was sent. The "
                        "appellant Whitener sold beer. Plaintiff-appellant Mueller sued; Mueller Company makes valves. "
                        "The respondent Terminal answered for the Terminal Railway. The defendant Town paid.");
  CHECK(entity_of(x, "person", "DuBois") == "person:dubois");
  CHECK(entity_of(x, "person", "Whitener") == "person:whitener");
  CHECK(entity_of(x, "person", "Mueller") == "<missing>");
  CHECK(entity_of(x, "person", "Terminal") == "<missing>");
  CHECK(entity_of(x, "person", "Town") == "<missing>");
}

TEST_CASE("state trial courts named by their county alone") {
  Extracted x = extract("The Middlesex Superior Court issued a decision. The Gwinnett Superior Court agreed, and the "
                        "State Superior Court did not. The Fifth Circuit Court sat.");
  CHECK(entity_of(x, "court", "Middlesex Superior Court") == "court:middlesex-superior-court");
  CHECK(entity_of(x, "court", "Gwinnett Superior Court") == "court:gwinnett-superior-court");
  CHECK(entity_of(x, "court", "State Superior Court") == "<missing>");
  CHECK(entity_of(x, "court", "Fifth Circuit Court") == "<missing>");
}

TEST_CASE("a state's Court of Chancery, with or without the State") {
  Extracted x = extract("Its propriety was challenged before the Delaware Court of Chancery. The Court of Chancery "
                        "agreed.");
  CHECK(entity_of(x, "court", "Delaware Court of Chancery") == "court:delaware-court-of-chancery");
  CHECK(x.find("court", "Court of Chancery") != nullptr);
}

TEST_CASE("this Court resolves to the document's court only when known") {
  Extracted known = extract("We agree with this Court's earlier decision.", "ca1");
  const Mention* c = known.find("court", "this Court");
  REQUIRE(c);
  CHECK(c->entity == "court:ca1");
  CHECK(attr(*c, "resolved_from") == "document");
  CHECK(extract("We agree with this Court's earlier decision.").count("court") == 0);
}

TEST_CASE("acronyms defined in the text, state bodies, statutes named after agencies") {
  Extracted x = extract("The Department of Homeland Security (\"DHS\") and the Office of Widget Safety "
                        "(\"OWS\") met. Later, OWS and DHS agreed. The Maine Department of Health and Human "
                        "Services objected, as did the Foxborough Police Department. The Homeland Security "
                        "Act applies.");
  const Mention* ows = x.find("agency", "Office of Widget Safety");
  REQUIRE(ows);
  CHECK(ows->entity == "agency:ows");
  int ows_mentions = 0;
  for (const Mention& m : x.mentions) ows_mentions += m.entity == "agency:ows";
  CHECK(ows_mentions == 3);
  const Mention* maine = x.find("agency", "Maine Department of Health and Human Services");
  REQUIRE(maine);
  CHECK(maine->entity == "agency:maine-department-of-health-and-human-services");
  CHECK(x.find("agency", "Foxborough Police Department"));
  CHECK_FALSE(x.find("agency", "Homeland Security"));
  // The state before a body its initials define is part of its name.
  x = extract("The plan was submitted by the South Carolina Department of Health and Environmental Control (DHEC) "
              "in 2016. DHEC later withdrew it.");
  const Mention* dhec = x.find("agency", "South Carolina Department of Health and Environmental Control");
  REQUIRE(dhec);
  CHECK(dhec->entity == "agency:south-carolina-department-of-health-and-environmental-control");
  CHECK(entity_of(x, "agency", "DHEC") == dhec->entity);
}

TEST_CASE("agency components in the field, exchanges, state bodies by postal code") {
  // Federal Register contact lines and a statute's list of exchanges.
  Extracted x = extract(
      "For further information contact the Federal Aviation Administration, Operations Support Group, Western "
      "Service Center, Renton, WA. Call the Chief, Bridge Section, Eleventh Coast Guard District. The program at "
      "the Goddard Space Flight Center is open. A contract with the Army and Air Force Exchange Service, Navy "
      "Exchanges, Marine Corps Exchanges, or Coast Guard Exchanges. (4 cc to the US Marshal)");
  CHECK(entity_of(x, "agency", "Western Service Center") == "agency:faa-wsc");
  CHECK(attr_of(x, "agency", "Western Service Center", "parent") == "agency:faa");
  CHECK(entity_of(x, "agency", "Eleventh Coast Guard District") == "agency:uscg-d11");
  CHECK(entity_of(x, "agency", "Goddard Space Flight Center") == "agency:gsfc");
  CHECK(entity_of(x, "agency", "Army and Air Force Exchange Service") == "agency:aafes");
  CHECK(entity_of(x, "agency", "Navy Exchanges") == "agency:nexcom");
  CHECK(entity_of(x, "agency", "Coast Guard Exchanges") == "agency:cgx");
  CHECK(entity_of(x, "agency", "US Marshal") == "agency:usms");
  // The words inside an exchange's name are not mentions of the departments.
  for (const Mention& m : x.mentions) {
    CHECK(m.entity != "agency:army");
    CHECK(m.entity != "agency:air-force");
    CHECK(m.entity != "agency:navy");
  }

  // "NC Department of Justice" is North Carolina's, not the federal one;
  // "Utah Division of Child and Family Services" keeps its last word.
  Extracted states = extract(
      "Counsel: Attorney General, NC Department of Justice. They contacted the Utah Division of Child and Family "
      "Services. IN Department of Revenue.");
  const Mention* nc = states.find("agency", "NC Department of Justice");
  REQUIRE(nc);
  CHECK(nc->entity != "agency:doj");
  CHECK(attr(*nc, "jurisdiction") == "state");
  CHECK(states.find("agency", "Utah Division of Child and Family Services"));
  CHECK_FALSE(states.find("agency", "Department of Justice"));
}

TEST_CASE("federal research institutes are agencies, not private organizations") {
  Extracted x = extract("The Secretary may disclose addresses to the National Institute for Occupational Safety and "
                        "Health and to the National Institute of Justice.");
  CHECK(entity_of(x, "agency", "National Institute for Occupational Safety and Health") == "agency:niosh");
  CHECK(entity_of(x, "agency", "National Institute of Justice") == "agency:nij");
  CHECK(x.count("organization") == 0);
}

TEST_CASE("the agency in focus") {
  Extracted one = extract("The Environmental Protection Agency issued a rule. The agency later withdrew it.");
  const Mention* m = one.find("agency", "The agency");
  REQUIRE(m);
  CHECK(m->entity == "agency:epa");
  CHECK(attr(*m, "resolved_from") == "focus");
  Extracted two = extract("The FDA and the EPA issued a rule. The agency later withdrew it.");
  CHECK_FALSE(two.find("agency", "The agency"));
  // An agency a cited case is named after is not the one in focus; the
  // one named a few sentences before is.
  Extracted cited = extract(
      "The Environmental Protection Agency revoked the permit. The company objected. It had relied on the permit. "
      "Reliance matters. See Hilton v. South Carolina Public Railways Commission, 502 U.S. 197 (1991). "
      "The company wrote to the agency about its costs.");
  const Mention* told = cited.find("agency", "the agency");
  REQUIRE(told);
  CHECK(told->entity == "agency:epa");
}

TEST_CASE("organizations: legal forms, heads, case parties left to the citation") {
  Extracted x = extract("Leonard Kesten, Thomas Donohue, and\nBrody, Hardoon, Perkins & Kesten, LLP on brief for "
                        "appellees. See Turner Broadcasting System, Inc. v. FCC, 512 U.S. 622 (1994). The "
                        "American Meat Institute sued. A survey by the Maine Medical Association followed.");
  CHECK(x.find("organization", "Brody, Hardoon, Perkins & Kesten, LLP"));
  CHECK(x.find("organization", "American Meat Institute"));
  CHECK(x.find("organization", "Maine Medical Association"));
  // Business names ending in a trade word, without a legal form.
  Extracted trade = extract("The mill was sold at auction, and MKY Realty was the high bidder. Its nominee, "
                            "Gano Industries, took title.");
  CHECK(trade.find("organization", "MKY Realty"));
  CHECK(trade.find("organization", "Gano Industries"));
  for (const Mention& m : x.mentions) CHECK(x.span(m).find("Turner") == std::string_view::npos);
  CHECK(x.find("agency", "FCC"));
  const Mention* kesten = x.find("person", "Leonard Kesten");
  REQUIRE(kesten);
  CHECK(attr(*kesten, "role") == "counsel");
  CHECK(x.find("person", "Thomas Donohue"));
}

TEST_CASE("people: counsel lines of the older reports, with whom Messrs. ... were on the brief, for the appellants") {
  Extracted x = extract("Messrs. Edwin R. Holloway and J. Tarrant Ashbury, for the appellants.\n\n"
                        "Mr. Thomas G. Hawthorne, with whom Messrs. Charles M. Brackley, Alfred E. Hollister, and "
                        "Leonard A. Swenson were on the brief, for appellant.");
  for (const char* name : {"Edwin R. Holloway", "J. Tarrant Ashbury", "Thomas G. Hawthorne", "Charles M. Brackley",
                           "Alfred E. Hollister", "Leonard A. Swenson"}) {
    CHECK_MESSAGE(attr_of(x, "person", name, "role") == "counsel", name);
  }
}

TEST_CASE("people: a name introduced by \"an individual named\", known given name or not") {
  Extracted x = extract("He admitted, however, that an individual named Aladino D\u00edas arranged the marriage. "
                        "A man named Bo Reyes drove. A person named Acme Corporation paid.");
  CHECK(entity_of(x, "person", "Aladino D\u00edas") == "person:aladino-dias");
  CHECK(entity_of(x, "person", "Bo Reyes") == "person:bo-reyes");
  CHECK(entity_of(x, "person", "Acme Corporation") == "<missing>");  // a company, whatever the words before
}

TEST_CASE("people: two name words with a role set off by its article, given name known or not") {
  Extracted x = extract("Burdley Jean, a former employee of Fleet Bank, devised a scheme. During the Constitutional "
                        "Convention, a member proposed it. Acme Widgets, a manufacturer of tools, sued.");
  CHECK(entity_of(x, "person", "Burdley Jean") == "person:burdley-jean");
  CHECK(entity_of(x, "person", "Constitutional Convention") == "<missing>");  // after an article
  CHECK(entity_of(x, "person", "Acme Widgets") == "<missing>");               // no role noun
}

TEST_CASE("people: honorifics, lawyers, captions, parties") {
  Extracted x = extract("Theodore H. Goguen, Jr. on brief for appellant.\n\nMessrs. Hugh L. Smith, and Benjamin "
                        "L. McKinley, both of San Francisco, Cal., for petitioner.\n\nFREDERICK GROSSMITH,\n\n"
                        "Plaintiff, Appellant,\n\nOn that day plaintiff Jane Doe spoke with Attorney General Pam "
                        "Bondi and Secretary of Homeland Security Kristi Noem. Mr. Smith replied.");
  CHECK(x.find("person", "Theodore H. Goguen, Jr."));
  CHECK(x.find("person", "Hugh L. Smith"));
  CHECK(x.find("person", "Benjamin L. McKinley"));
  const Mention* g = x.find("person", "FREDERICK GROSSMITH");
  REQUIRE(g);
  CHECK(attr(*g, "role") == "plaintiff");
  CHECK(g->name == "Frederick Grossmith");
  Extracted many = extract("No. 10-1012\n\nDAVID QUILLAN, ET AL.,\n\nPlaintiffs, Appellants,\n\nv.\n\n");
  CHECK(attr_of(many, "person", "DAVID QUILLAN", "role") == "plaintiff");
  CHECK(attr_of(x, "person", "Jane Doe", "role") == "plaintiff");
  CHECK(attr_of(x, "person", "Pam Bondi", "role") == "Attorney General");
  const Mention* noem = x.find("person", "Kristi Noem");
  REQUIRE(noem);
  CHECK(attr(*noem, "role") == "Secretary of Homeland Security");
  CHECK(attr(*noem, "organization") == "agency:dhs");
  // "Mr. Smith": one of the two Smiths? Hugh L. Smith is the only one named in full.
  CHECK(entity_of(x, "person", "Smith") == "person:hugh-smith");
  CHECK_FALSE(x.find("person", "WASHINGTON"));

  // A party's capacity joined to its role: "Trustee-Appellee".
  x = extract("James Wornick, Karen Wornick,\n\nAppellants,\n\nv.\n\nThomas Gaffney,\n\nTrustee-Appellee.\n");
  CHECK(attr_of(x, "person", "Thomas Gaffney", "role") == "appellee");

  // A notice's signature block: the office on the line under the name.
  x = extract("Dated: June 1, 2017.\n\nGary Taverman,\n\nDeputy Assistant Secretary for Antidumping and "
              "Countervailing Duty Operations.\n\n[FR Doc. 2017-11827 Filed 6-6-17; 8:45 am]\n");
  CHECK(attr_of(x, "person", "Gary Taverman", "role") ==
        "Deputy Assistant Secretary for Antidumping and Countervailing Duty Operations");
  x = extract("Aaron Siegel,\n\nAlternate OSD Federal Register Liaison Officer, Department of Defense.\n");
  CHECK(attr_of(x, "person", "Aaron Siegel", "role") ==
        "Alternate OSD Federal Register Liaison Officer, Department of Defense");
  CHECK(attr_of(x, "person", "Aaron Siegel", "organization") == "agency:dod");
  x = extract("Todd C. Wiemers,\n\nCaptain, U.S. Coast Guard.\n");
  CHECK(attr_of(x, "person", "Todd C. Wiemers", "role") == "Captain, U.S. Coast Guard");
  // Not a signature: no office on the next line, or more than the office there.
  x = extract("Gary Taverman,\n\nPlaintiff, Appellant,\n\nJane Roe,\n\nDirector Smith said the case was over.\n");
  CHECK(attr_of(x, "person", "Gary Taverman", "role") != "Plaintiff, Appellant");
  CHECK(attr_of(x, "person", "Jane Roe", "role").empty());

  // A notice's contact paragraph opens with the person to ask, whatever the given name.
  x = extract("FOR FURTHER INFORMATION CONTACT:\n\nSau L. Lee, Center for Drug Evaluation and Research, Food "
              "and Drug Administration, Silver Spring, MD 20993.\n\nFOR FURTHER INFORMATION CONTACT: Ngozi Adeyemi-"
              "Brandt at (202) 555-0100.\n\nSUPPLEMENTARY INFORMATION:\n\nWeather Service records are kept.\n");
  CHECK(attr_of(x, "person", "Sau L. Lee", "form") == "contact");
  CHECK(attr_of(x, "person", "Ngozi Adeyemi-Brandt", "form") == "contact");
  CHECK_FALSE(x.find("person", "Weather Service"));

  // A docket's staff named by their job: the job is the role.
  x = extract("To purchase a copy of the transcript, contact court reporter Catherine Vernon, 253-627-2062. "
              "The probation officer Jane Smith filed a report.");
  CHECK(attr_of(x, "person", "Catherine Vernon", "role") == "court reporter");
  CHECK(attr_of(x, "person", "Jane Smith", "role") == "probation officer");
}

namespace {

// extract() for a document whose metadata title is `title` (the case name).
Extracted extract_titled(const std::string& body, const std::string& title) {
  static SentenceSplitter splitter;
  Document doc;
  doc.title = title;
  doc.text = body;
  Extracted x;
  x.text = normalize(body).text;
  Segmentation segments = splitter.split(x.text);
  ExtractionContext ctx{doc, x.text, segments};
  extract_names(ctx, x.mentions);
  return x;
}

}  // namespace

TEST_CASE("layout: letterhead columns, buildings, staff roles, caption companies") {
  // 2d Cir. docketing notice: two letterhead columns squeezed into one line.
  Extracted x = extract(
      "United States Court of Appeals for the Second Circuit\n                Thurgood Marshall U.S. Courthouse\n"
      "                40 Foley Square\n\nROBERT A. KATZMANN                        CATHERINE O'HAGAN WOLFE\n"
      "CHIEF JUDGE                               CLERK OF COURT\n\nThe hearing is at the Lyndon B. Johnson "
      "Space Center.");
  for (const Mention& m : x.mentions) {
    if (m.type != "person" && m.type != "judge") continue;
    CHECK(x.span(m).find("KATZMANN CATHERINE") == std::string_view::npos);
    CHECK(x.span(m).find("Thurgood") == std::string_view::npos);
    CHECK(x.span(m).find("Lyndon") == std::string_view::npos);
    CHECK(x.span(m) != "CLERK");
  }
  CHECK(entity_of(x, "agency", "Lyndon B. Johnson Space Center") == "agency:jsc");
  // A given name after a given name is one person's: "Martin Luther King", "John Paul Stevens".
  Extracted joined = extract("Justice John Paul Stevens dissented. Reverend Martin Luther King Jr. spoke.");
  CHECK(joined.find("judge", "John Paul Stevens"));

  // Tenn. Workers' Comp. Appeals Board caption: "Ruben Diaz ) v. ) Create and Construct, LLC )".
  Extracted caption = extract("Ruben Diaz                    )\n\nv.                            )\n\n"
                              "Create and Construct, LLC     )\n\nThe firm sued Google and Facebook, Inc. later. "
                              "He was working for Create\nand Construct, LLC when he fell.");
  CHECK(caption.find("organization", "Create and Construct, LLC"));
  // The same name again in prose, across a line break, is the whole name.
  CHECK(caption.find("organization", "Create\nand Construct, LLC"));
  CHECK_FALSE(caption.find("organization", "Construct, LLC"));
  CHECK(caption.find("organization", "Facebook, Inc."));
  CHECK_FALSE(caption.find("organization", "Google and Facebook, Inc."));
}

TEST_CASE("sovereign parties: USA in a docket title, a State prosecuting") {
  Extracted usa = extract_titled("USA v. Kiraly\n\nUSA\n\nLaszlo J. Kiraly\n", "USA v. Kiraly");
  const Mention* us = usa.find("agency", "USA");
  REQUIRE(us);
  CHECK(us->entity == "agency:united-states");

  // Johnson v. Maryland (1920): the caption says "STATE OF MARYLAND"; the
  // bare "Maryland" of "Frederick County, Maryland" stays a place.
  Extracted md = extract_titled("JOHNSON\n\nv.\nSTATE OF MARYLAND.\n\nHe drove in Frederick County, Maryland.",
                                "Johnson v. Maryland");
  const Mention* state = md.find("agency", "STATE OF MARYLAND");
  REQUIRE(state);
  CHECK(state->entity == "agency:state-of-maryland");
  CHECK_FALSE(md.find("agency", "Maryland"));
  // 7th Cir., Elston v. County of Kane: the county is "Kane County" in prose.
  Extracted kane = extract_titled("Elston also sued Kane County under the Act. The County moved for summary judgment.",
                                  "Elston v. County of Kane");
  const Mention* county = kane.find("agency", "Kane County");
  REQUIRE(county);
  CHECK(county->entity == "agency:county-of-kane");
  // A title side that is no state: nothing tagged.
  CHECK_FALSE(extract_titled("SMITH\n\nv.\nJONES.", "Smith v. Jones").find("agency", "JONES"));
  // A government joined to another party of its side.
  Extracted town = extract_titled("DAVID O. COLE AND THE CITY OF OLD TOWN, ET AL.\n\nCole and the defendant City of "
                                  "Old Town assert that the court erred.",
                                  "Norman R. Harrington v. David O. Cole and the City of Old Town");
  const Mention* city = town.find("agency", "City of Old Town");
  REQUIRE(city);
  CHECK(city->entity == "agency:city-of-old-town");
  CHECK(town.find("agency", "CITY OF OLD TOWN"));
}

TEST_CASE("captions: the United States of America, officers sued in office, companies") {
  Extracted x = extract_titled(
      "No. 10-1234\n\n                UNITED STATES OF AMERICA,\n\n                     Appellee,\n\n"
      "                          v.\n\n                MARY T. WALSH,\n\n             Defendant, Appellant.\n",
      "United States v. Walsh");
  const Mention* us = x.find("agency", "UNITED STATES OF AMERICA");
  REQUIRE(us);
  CHECK(us->entity == "agency:united-states");

  // The office after the name, on its line or the next.
  Extracted officer = extract_titled(
      "No. 10-1234\n\n          ANA LOPEZ,\n\n          Petitioner,\n\n          v.\n\n"
      "          JOHN Q. ADAMS, JR., ATTORNEY GENERAL,\n\n          Respondent.\n\n"
      "No. 10-1235\n\n          PETER SMITH,\n\n          Plaintiff, Appellant,\n\n          v.\n\n"
      "          DAVID JONES,\n    SECRETARY, DEPARTMENT OF LABOR,\n\n          Defendant, Appellee.\n",
      "Lopez v. Adams");
  const Mention* adams = officer.find("person", "JOHN Q. ADAMS, JR.");
  REQUIRE(adams);
  CHECK(adams->entity == "person:john-adams");
  CHECK(officer.find("person", "DAVID JONES"));
  // Neither the office nor the department is a person.
  CHECK_FALSE(officer.find("person", "ATTORNEY GENERAL"));
  CHECK(officer.count("person") == 4);

  // A company with its legal form on the line is no person.
  Extracted company = extract_titled(
      "No. 10-1236\n\n          ROSA BELL,\n\n          Plaintiff, Appellant,\n\n          v.\n\n"
      "          D. M. REID ASSOCIATES, LTD.,\n\n          Defendant, Appellee.\n",
      "Bell v. Reid Associates");
  CHECK_FALSE(company.find("person", "D. M. REID ASSOCIATES"));
}

TEST_CASE("people named without a cue: docket listings, filer attributions, full names of Ms. X") {
  Extracted x = extract("Defendant (1)\n\nPAUL J. MANAFORT, JR.\n\nrepresented by Kevin M. Downing\n\n"
                        "LAW OFFICE OF KEVIN M. DOWNING\n\nRichard William Westling\n\nEPSTEIN BECKER & GREEN, P.C.\n\n"
                        "Credit Counseling Certificate filed by Andrew M Ellis on behalf of RUTH I ZELLEZ. "
                        "(Ellis, Andrew) (Entered: 08/27/2009)\n\nDebtor Declaration (Radicke, Michelle)\n\n"
                        "He reported the accident to his supervisor, Carie Williams. He told Ms. Williams he was hurt. "
                        "The hearing is at The William K. Nakamura\n\nCourthouse in Seattle. See John Smith v. Jones.");
  CHECK(x.find("person", "PAUL J. MANAFORT, JR."));
  CHECK(x.find("person", "Kevin M. Downing"));
  CHECK(x.find("person", "Richard William Westling"));
  CHECK(x.find("person", "Andrew M Ellis"));
  CHECK(x.find("person", "RUTH I ZELLEZ"));
  const Mention* filer = x.find("person", "Radicke, Michelle");
  REQUIRE(filer);
  CHECK(filer->name == "Michelle Radicke");
  CHECK(entity_of(x, "person", "Ellis, Andrew") == entity_of(x, "person", "Andrew M Ellis"));
  CHECK(x.find("person", "Carie Williams"));
  // A body named after a person, a building, a case name: not a person here.
  CHECK_FALSE(x.find("person", "KEVIN M. DOWNING"));
  CHECK_FALSE(x.find("person", "William K. Nakamura"));
  CHECK_FALSE(x.find("person", "John Smith"));
}

TEST_CASE("judges in signature blocks and line-broken titles") {
  Extracted x = extract("IT IS SO ORDERED.\n\n                 DAVID O. CARTER\n   8            United States District "
                        "Judge\n\nBefore:     Steven J. Menashi,\n                   Circuit Judge.\n\n"
                        "Justice Thomas would grant the application.");
  CHECK(x.find("judge", "DAVID O. CARTER"));
  CHECK_FALSE(x.find("person", "DAVID O. CARTER"));
  CHECK(x.find("judge", "Steven J. Menashi"));
  const Mention* thomas = x.find("judge", "Thomas");
  REQUIRE(thomas);
  CHECK(thomas->name == "Justice Thomas");
}

TEST_CASE("legal forms in dotted letters or capitals, PACER court headers, docket agencies") {
  Extracted x = extract("U.S. Bankruptcy Court\nDistrict of Arizona (Phoenix)\n\nfiled by DAVID B. GOLDSTEIN of "
                        "HYMSON GOLDSTEIN & PANTILIAT, P.C. on behalf of the debtor.\n\nPlaintiff CONSUMERINFO.COM, "
                        "INC. sued. Eton Park Capital Management, L.P. and Petersen Energia S.A.U. appeared. "
                        "Notice to the U.S. Trustee and the Special Counsel's Office. Filed in DENVER, CO today.");
  const Mention* court = x.find("court", "U.S. Bankruptcy Court\nDistrict of Arizona");
  REQUIRE(court);
  CHECK(court->entity == "court:azb");
  CHECK(x.find("organization", "HYMSON GOLDSTEIN & PANTILIAT, P.C."));
  CHECK(x.find("organization", "CONSUMERINFO.COM, INC."));
  CHECK(x.find("organization", "Eton Park Capital Management, L.P."));
  CHECK(x.find("organization", "Petersen Energia S.A.U."));
  CHECK(x.find("person", "DAVID B. GOLDSTEIN"));
  CHECK(x.find("agency", "U.S. Trustee"));
  CHECK(x.find("agency", "Special Counsel's Office"));
  CHECK_FALSE(x.find("organization", "DENVER, CO"));
  CHECK(x.count("person") == 1);
}

TEST_CASE("an appellate docket names the panel after a filed order") {
  Extracted x = extract("11/02/2017 325 Order filed for PUBLICATION (MICHAEL DALY HAWKINS, RONALD M. GOULD and "
                        "RICHARD A. PAEZ) The appeal is dismissed as moot.\n\nNotice of appearance (Mary Ann Smith, "
                        "John Doe and Paul Roe) was entered.", "ca9");
  CHECK(x.find("judge", "MICHAEL DALY HAWKINS"));
  CHECK(x.find("judge", "RONALD M. GOULD"));
  CHECK(x.find("judge", "RICHARD A. PAEZ"));
  CHECK(x.count("judge") == 3);
  CHECK_FALSE(x.find("person", "RONALD M. GOULD"));
}

TEST_CASE("governments that are parties to the document's case are agencies") {
  static SentenceSplitter splitter;
  Document doc;
  doc.title = "Twing v. United States";
  std::string text = normalize("Plaintiff Rebecca Twing sued Defendant United States in the United States District "
                               "Court. See Smith v. United States, 500 U.S. 1 (1991). The State of Hawaii was not "
                               "a party.").text;
  doc.text = text;
  Segmentation segments = splitter.split(text);
  ExtractionContext ctx{doc, text, segments};
  std::vector<Mention> mentions;
  extract_names(ctx, mentions);
  int united_states = 0;
  for (const Mention& m : mentions) {
    if (m.entity == "agency:united-states") ++united_states;
    CHECK(m.entity.find("hawaii") == std::string::npos);
  }
  CHECK(united_states == 1);  // the party, not the court's name nor the cited case
}

TEST_CASE("names never start at sentence openers, section titles or citation abbreviations") {
  Extracted x = extract("WASHINGTON -- A federal judge said Thursday that the agency erred. See Me. Rev. Stat. "
                        "Ann. tit. 22. Executive Secretary II was the post. The Attorney General. Nonetheless, "
                        "it failed.");
  CHECK(x.count("person") == 0);
  CHECK(x.count("judge") == 0);
}

TEST_CASE("names over corpus-real: spans in range, no overlaps, counts and speed") {
  const fs::path dir = fs::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!fs::exists(dir)) {
    MESSAGE("skipped: " << dir.string() << " not present");
    return;
  }
  SentenceSplitter splitter;
  std::map<std::string, int> counts;
  std::size_t bytes = 0;
  double seconds = 0;
  int documents = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ReadResult read = read_text(slurp(entry.path()));
    REQUIRE(read.ok());
    for (const Document& doc : read.documents) {
      NormalizedText normalized = normalize(doc.text);
      Segmentation segments = splitter.split(normalized.text);
      ExtractionContext ctx{doc, normalized.text, segments};
      std::vector<Mention> mentions;
      timespec a{}, b{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
      extract_names(ctx, mentions);
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
      seconds += static_cast<double>(b.tv_sec - a.tv_sec) + static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e9;
      bytes += normalized.text.size();
      ++documents;
      std::sort(mentions.begin(), mentions.end(),
                [](const Mention& l, const Mention& r) { return l.start < r.start; });
      for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        ++counts[m.type];
        CHECK(m.start < m.end);
        CHECK(m.end <= normalized.text.size());
        CHECK_FALSE(m.entity.empty());
        if (i > 0) CHECK(mentions[i - 1].end <= m.start);
      }
    }
  }
  CHECK(documents > 300);
  for (const auto& [type, n] : counts) MESSAGE(type << ": " << n << " mentions");
  CHECK(counts["court"] > 1000);
  CHECK(counts["judge"] > 500);
  CHECK(counts["agency"] > 1000);
  if (seconds > 0) MESSAGE("extract_names: " << bytes / 1e6 / seconds << " MB/s over " << documents << " documents");
}


namespace {

Extracted extract_document(const std::string& body, const std::string& kind, const std::string& title = "",
                           const std::string& citation = "") {
  static SentenceSplitter splitter;
  Document doc;
  doc.kind = kind;
  doc.title = title;
  doc.citation = citation;
  doc.text = body;
  Extracted x;
  x.text = normalize(body).text;
  Segmentation segments = splitter.split(x.text);
  ExtractionContext ctx{doc, x.text, segments};
  extract_names(ctx, x.mentions);
  return x;
}

}  // namespace

TEST_CASE("agency components named next to a known agency or in agency documents") {
  Extracted x = extract_document(
      "Agency: Agricultural Marketing Service, USDA.\n\nComments may also be filed with Jane Roe, Director, Economics Division, USDA/AMS/Dairy Program, "
      "Washington, DC. Comments will be available in the Office of the Hearing Clerk during regular hours.",
      "regulation");
  CHECK(entity_of(x, "agency", "Economics Division") == "agency:economics-division");
  CHECK(attr_of(x, "agency", "Economics Division", "parent") == "agency:usda");
  CHECK(attr_of(x, "agency", "Dairy Program", "parent") == "agency:ams");
  CHECK(x.find("agency", "Office of the Hearing Clerk") != nullptr);

  Extracted rule = extract_document("Jane Roe, Director, Office of Sustainable Fisheries, National Marine "
                                    "Fisheries Service.", "regulation");
  CHECK(attr_of(rule, "agency", "Office of Sustainable Fisheries", "parent") == "agency:nmfs");

  // Without an agency beside it, a program is a program, not a body.
  Extracted prose = extract_document("The Dairy Product Mandatory Reporting Program requires reports. "
                                     "The Office of Sustainable Fisheries met.", "opinion");
  CHECK(prose.count("agency") == 0);
}

TEST_CASE("state bureaus with possessive words, single-district court names, transit authorities") {
  Extracted x = extract("TENNESSEE BUREAU OF WORKERS' COMPENSATION\nIN THE COURT OF WORKERS' COMPENSATION CLAIMS\n"
                        "The Appeals Board cited longstanding law. The Workers' Compensation Appeals Board agreed.");
  CHECK(x.find("agency", "TENNESSEE BUREAU OF WORKERS' COMPENSATION") != nullptr);
  CHECK(x.find("court", "COURT OF WORKERS' COMPENSATION CLAIMS") != nullptr);
  CHECK(x.find("court", "Appeals Board") != nullptr);
  CHECK(x.find("court", "Workers' Compensation Appeals Board") != nullptr);
  CHECK(x.find("court", "Board") == nullptr);

  Extracted hi = extract("Appeal from the U.S. District Court for Hawaii, Honolulu.");
  CHECK(entity_of(hi, "court", "U.S. District Court for Hawaii") == "court:hid");

  Extracted dc = extract("U.S. District Court\n\nDistrict of Columbia (Washington, DC)\n\nD.C. law applies in the "
                         "District of Columbia.");
  CHECK(entity_of(dc, "court", "U.S. District Court\n\nDistrict of Columbia") == "court:dcd");
  CHECK(dc.count("court") == 1);  // the place is not the court

  // The State's possessive is no part of its body's name.
  Extracted nh = extract("He wrote to New Hampshire's Insurance Department. The New Hampshire Insurance Department "
                         "replied.");
  CHECK(entity_of(nh, "agency", "New Hampshire's Insurance Department") == "agency:new-hampshire-insurance-department");
  CHECK(entity_of(nh, "agency", "New Hampshire Insurance Department") == "agency:new-hampshire-insurance-department");

  Extracted metro = extract("Because WMATA had paid workers' compensation benefits, it could intervene.");
  CHECK(entity_of(metro, "agency", "WMATA") == "agency:wmata");
}

TEST_CASE("law offices in counsel blocks and company names ending in Holdings") {
  Extracted x = extract("represented by Kevin Downing\nLAW OFFICE OF KEVIN M. DOWNING\n815 Connecticut Avenue\n");
  CHECK(entity_of(x, "organization", "LAW OFFICE OF KEVIN M. DOWNING") == "org:law-office-of-kevin-m-downing");
  Extracted c = extract("At the hearing, Acme Global Holdings offered evidence from four employees.");
  CHECK(entity_of(c, "organization", "Acme Global Holdings") == "org:acme-global-holdings");
}

TEST_CASE("businesses by their trade's head word; Spanish names with words of their own before de") {
  // First Circuit, 1994: "appellant attempted to enter La Frangancia Nightclub in Providence"
  Extracted club = extract("At about 11:15 p.m., appellant attempted to enter La Frangancia Nightclub in Providence.");
  CHECK(entity_of(club, "organization", "La Frangancia Nightclub") == "org:la-frangancia-nightclub");
  Extracted tools = extract("The dealer, Vulcan Tools, sold power tools on the island.");
  CHECK(entity_of(tools, "organization", "Vulcan Tools") == "org:vulcan-tools");
  // First Circuit, 1994: "four men robbed the Bank of New England on Rockdale Street": a
  // bank named by "Bank of"; the place after "on" is where it stands, not its name.
  Extracted boston = extract("Four armed men robbed the Bank of New England on Rockdale Street in Braintree.");
  CHECK(entity_of(boston, "organization", "Bank of New England") == "org:bank-of-new-england");
  CHECK(entity_of(boston, "organization", "Bank of New England on Rockdale") == "<missing>");
  // First Circuit, 2010: "Banco Popular de Puerto Rico filed a motion to dismiss"
  Extracted bank = extract("Later, Banco Popular de Puerto Rico filed a motion to dismiss the federal claims.");
  CHECK(entity_of(bank, "organization", "Banco Popular de Puerto Rico") == "org:banco-popular-de-puerto-rico");
  Extracted caps = extract("MENDEZ INTERNET MANAGEMENT SERVICES, INC.,\n\nPlaintiff, Appellant,\n\nBANCO POPULAR DE PUERTO RICO; DORAL BANK,\n\nDefendants, Appellees.");
  CHECK(entity_of(caps, "organization", "BANCO POPULAR DE PUERTO RICO") == "org:banco-popular-de-puerto-rico");
  // Not a name: three words of its own before "de".
  Extracted long_run = extract("The Banco Rojo Verde Azul de Lima closed.");
  CHECK(entity_of(long_run, "organization", "Banco Rojo Verde Azul de Lima") == "<missing>");
  // Supreme Court, 1991: "to have been delivered to the Federal Express Office in Santa Ana": a company, not a federal office.
  Extracted courier = extract("The package was to have been delivered to the Federal Express Office in Santa Ana.");
  CHECK(entity_of(courier, "organization", "Federal Express") == "org:fedex");
  CHECK(entity_of(courier, "agency", "Federal Express Office") == "<missing>");
  // Tenth Circuit, 2016: "Later, the Appeals Council denied review".
  Extracted council = extract("Later, the Appeals Council denied review, and a district court affirmed the ALJ's decision.");
  CHECK(entity_of(council, "agency", "Appeals Council") == "agency:ssa-appeals-council");
}

TEST_CASE("people named by two initials and a surname, or a given name the list learned") {
  Extracted x = extract("The study was made by D. L. Futransky of the Standards Division. She reported fraud by "
                        "Gene Farrell, then the manager. See H. R. Rep. No. 94, and the F. B. I. During the term the "
                        "court read 12 N. E. Reports.");
  CHECK(entity_of(x, "person", "D. L. Futransky") == "person:futransky");
  CHECK(entity_of(x, "person", "Gene Farrell") == "person:gene-farrell");
  CHECK(x.count("person") == 2);
  Extracted older = extract("In October 1987 petitioner was indicted along with Frederick A. Quillan on charges.");
  CHECK(entity_of(older, "person", "Frederick A. Quillan") == "person:frederick-quillan");
}

TEST_CASE("a surname two people share is the alias of the one the document defines it for") {
  Extracted defined = extract("The dispute is between John Quillan (\"Quillan\"), co-executor of the estate of "
                              "Percy Quillan, and the United States. Quillan paid the tax in 1984.");
  CHECK(entity_of(defined, "person", "Percy Quillan") == "person:percy-quillan");
  CHECK(entity_of(defined, "person", "Quillan") == "person:john-quillan");
  // Without the definition the bare surname names neither.
  Extracted shared = extract("The dispute is between John Quillan, co-executor of the estate of Percy Quillan, and "
                             "the United States. Quillan paid the tax in 1984.");
  CHECK(entity_of(shared, "person", "Quillan") == "<missing>");
}

TEST_CASE("a name joined by 'and' to a person's full name is a person's") {
  // First Circuit, 1994: "Harry Van Leuven and\nBienvenido Marrero were working a security detail there."
  Extracted x = extract("Harry Van Leuven and\nBienvenido Marrero were working a security detail there. Marrero "
                        "grabbed the barrel.");
  CHECK(entity_of(x, "person", "Bienvenido Marrero") == "person:bienvenido-marrero");
  CHECK(entity_of(x, "person", "Marrero") == "person:bienvenido-marrero");
  Extracted before = extract("Bienvenido Marrero and Harry Van Leuven were working there.");
  CHECK(entity_of(before, "person", "Bienvenido Marrero") == "person:bienvenido-marrero");
  // Not after a capitalised word (a longer name), nor a company, nor a place.
  Extracted company = extract("Harry Van Leuven and Acme Widgets, Inc. settled.");
  CHECK(entity_of(company, "person", "Acme Widgets") == "<missing>");
  Extracted state = extract("Harry Van Leuven and New Hampshire officials met.");
  CHECK(entity_of(state, "person", "New Hampshire") == "<missing>");
}

TEST_CASE("captions: a party whose name ends in a legal form or head word is no person") {
  // First Circuit, 1994: "RUBBERMAID INCORPORATED,\n\nDefendant, Appellee."
  Extracted x = extract_titled(
      "No. 93-1000\n\n          ROSA BELL,\n\n          Plaintiff, Appellant,\n\n          v.\n\n"
      "          RUBBERMAID INCORPORATED,\n\n          Defendant, Appellee.\n",
      "Bell v. Rubbermaid Incorporated");
  CHECK(x.find("person", "RUBBERMAID INCORPORATED") == nullptr);
  CHECK(x.find("person", "ROSA BELL") != nullptr);
}

TEST_CASE("people: an office's title set off by commas after a name is the person's role") {
  // Supreme Court, 1951: "With him on the brief was William L. Hadden, Attorney General."
  Extracted x = extract("With him on the brief was William L. Hadden, Attorney General. Later, Mary Ellen Quinn, "
                        "Deputy Secretary of the Treasury, signed the order.");
  CHECK(attr_of(x, "person", "William L. Hadden", "role") == "Attorney General");
  CHECK(attr_of(x, "person", "Mary Ellen Quinn", "role") == "Deputy Secretary of the Treasury");
  CHECK(attr_of(x, "person", "Mary Ellen Quinn", "organization") == "agency:treasury");
  // A one-word office is no title here, nor a title the sentence goes on from.
  Extracted y = extract("Robert James Smith, General Motors, and Mary Ellen Quinn, Secretary and friend of his, met.");
  CHECK(attr_of(y, "person", "Robert James Smith", "role").empty());
  CHECK(attr_of(y, "person", "Mary Ellen Quinn", "role").empty());
}

TEST_CASE("the Government is the United States party; the Service in Titles 8 and 26") {
  Extracted x = extract_document("Plaintiff sued the United States. The Government opposes the motion, and "
                                 "the Government of Mexico filed nothing.", "opinion", "Roe v. United States");
  int government = 0;
  for (const Mention& m : x.mentions)
    if (x.span(m) == "Government" && m.entity == "agency:united-states") ++government;
  CHECK(government == 1);

  Extracted no_party = extract_document("The Government opposes the motion.", "opinion", "Roe v. Doe");
  CHECK(no_party.count("agency") == 0);

  Extracted ins = extract_document("officers and employees of the Service to serve as a liaison", "statute", "",
                                   "8 U.S.C. § 1226");
  CHECK(entity_of(ins, "agency", "the Service") == "agency:ins");
  Extracted other = extract_document("officers and employees of the Service", "statute", "", "42 U.S.C. § 1983");
  CHECK(other.count("agency") == 0);
}

TEST_CASE("short names a document defines for an organization name it after the definition") {
  Extracted x = extract("The cases were brought against Defendants C. R. Bard, Inc. and Bard Peripheral Vascular, "
                        "Inc. (collectively, \u201cBard\u201d). Bard manufactures and markets medical devices. "
                        "Acme Widget Company (\"Acme\") sued Zenith Holdings LLC (the \"Defendants\"). Acme lost.");
  int bard = 0, acme = 0;
  for (const Mention& m : x.mentions) {
    if (x.span(m) == "Bard" && m.entity == "org:c-r-bard-inc") ++bard;  // the group's leader
    if (x.span(m) == "Acme" && m.entity == "org:acme-widget-company") ++acme;
  }
  CHECK(bard == 2);  // the definition and the sentence after it
  CHECK(acme == 2);
  CHECK_FALSE(x.find("organization", "Defendants"));  // a side of the case, not a short name
  // A short name before its definition is nobody's yet.
  Extracted early = extract("Acme filed first. Acme Widget Company (\"Acme\") sued.");
  int early_acme = 0;
  for (const Mention& m : early.mentions)
    if (early.span(m) == "Acme" && m.start < 10) ++early_acme;
  CHECK(early_acme == 0);
  // Pleading paper numbers its lines: the definition may open the next line after its number.
  Extracted lined = extract("brought against Defendants C. R. Bard, Inc. and Bard Peripheral Vascular, Inc.\n17   "
                            "(collectively, \"Bard\"). Bard manufactures IVC filters.");
  CHECK(entity_of(lined, "organization", "Bard") == "org:c-r-bard-inc");
}

TEST_CASE("federal offices named by title alone are agencies, parts of their departments") {
  Extracted x = extract("On a warrant issued by the Attorney General, an alien may be arrested. The Secretary of "
                        "State shall order consular officers to discontinue granting visas. The Secretary of "
                        "Homeland Security may waive it.");
  CHECK(entity_of(x, "agency", "Attorney General") == "agency:attorney-general");
  const Mention* state = x.find("agency", "Secretary of State");
  REQUIRE(state);
  CHECK(attr(*state, "parent") == "agency:state");
  CHECK(entity_of(x, "agency", "Secretary of Homeland Security") == "agency:secretary-of-homeland-security");
  CHECK_FALSE(x.find("agency", "Homeland Security"));  // not the department inside the title

  // A State's attorney general, and a title before a person's name, are not the federal office.
  Extracted other = extract("The Attorney General of Maryland argued. Later the Attorney General Pam Bondi spoke.");
  CHECK(other.count("agency") == 0);
  CHECK(attr_of(other, "person", "Pam Bondi", "role") == "Attorney General");
}

TEST_CASE("an organization named 'X and Y <head word>' is one name; two names joined by 'and' stay two") {
  Extracted x = extract("The brief was filed by the Initiative and Referendum Institute on Monday.");
  CHECK(entity_of(x, "organization", "Initiative and Referendum Institute") ==
        "org:initiative-and-referendum-institute");
  Extracted two = extract("Counsel for the Sierra Club and Audubon Society appeared.");
  CHECK(entity_of(two, "organization", "Sierra Club") == "org:sierra-club");
  CHECK(entity_of(two, "organization", "Audubon Society") == "org:audubon-society");
  // A name before "and" that has a capitalised word before it is a list, not one name.
  Extracted list = extract("He thanked Smith Initiative and Referendum Institute staff.");
  CHECK(entity_of(list, "organization", "Initiative and Referendum Institute") == "<missing>");
  // Several words before "and" when a word of scope opens them.
  Extracted scoped = extract("A brief was filed for the National Legal Aid and Defender Association by counsel.");
  CHECK(entity_of(scoped, "organization", "National Legal Aid and Defender Association") ==
        "org:national-legal-aid-and-defender-association");
  Extracted plural = extract("It was sent to the National Indian Tribes and Hawaiian Organization.");
  CHECK(entity_of(plural, "organization", "National Indian Tribes and Hawaiian Organization") == "<missing>");
}

TEST_CASE("a partnership named by two partners without a legal form, where the text calls it a firm") {
  Extracted x = extract("Gorman, of the accounting firm of Coopers & Lybrand, advised the trustees. The Secretary "
                        "sued Coopers & Lybrand too. See 11 Wright & Miller, Federal Practice. Hours & Directions. "
                        "The article in Law & Contemp. Probs. agreed; so did Hours & Directions.");
  CHECK(entity_of(x, "organization", "Coopers & Lybrand") == "org:coopers-lybrand");
  int firms = 0;  // said a firm once: a firm each time
  for (const Mention& m : x.mentions) firms += m.type == "organization" && x.span(m) == "Coopers & Lybrand";
  CHECK(firms == 2);
  CHECK(entity_of(x, "organization", "Wright & Miller") == "<missing>");
  CHECK(entity_of(x, "organization", "Hours & Directions") == "<missing>");
  CHECK(entity_of(x, "organization", "Law & Contemp") == "<missing>");
}

TEST_CASE("a number after an organization's head word is part of its name") {
  Extracted numbered = extract("The Interregional Research Project Number 4 (IR-4) requested the tolerance.");
  CHECK(entity_of(numbered, "organization", "Interregional Research Project Number 4") ==
        "org:interregional-research-project-number-4");
  Extracted union_local = extract("The Watershed Research Project No. 12 objected.");
  CHECK(entity_of(union_local, "organization", "Watershed Research Project No. 12") ==
        "org:watershed-research-project-no-12");
}

TEST_CASE("title parties: the companies a case title names, by the short names the text uses") {
  Extracted x = extract_titled(
      "Years ago, a worker was hurt on an oil rig. The rig's owner, Precision Drilling, paid him a settlement. "
      "Precision contends that Lexington should pay it back. Lexington Avenue is nowhere near the rig.",
      "Lexington Insurance Company v. Precision Drilling Company, L.P.");
  CHECK(entity_of(x, "organization", "Precision Drilling") == "org:precision-drilling-company");
  CHECK(entity_of(x, "organization", "Precision") == "org:precision-drilling-company");
  CHECK(entity_of(x, "organization", "Lexington") == "org:lexington-insurance-company");
  // Part of a longer name is not the party.
  for (const Mention& m : x.mentions) CHECK(x.span(m) != "Lexington Avenue");
  // A leading word too common to stand alone for the company.
  x = extract_titled("The American board met. American paid the claim.", "American Insurance Company v. Doe");
  for (const Mention& m : x.mentions) CHECK(m.entity != "org:american-insurance-company");
  // Nor does a State's name ("Texas" is the State as often as "The Texas Co.").
  x = extract_titled("The tax Texas laid on the company was upheld.", "Oklahoma Tax Commission v. Texas Co.");
  for (const Mention& m : x.mentions) CHECK(m.entity != "org:texas-co");
  x = extract_titled("New Jersey taxed the company's poles.", "New Jersey Bell Telephone Co. v. State Board");
  for (const Mention& m : x.mentions) CHECK(m.entity != "org:new-jersey-bell-telephone-co");
  // By its initials, as briefs abbreviate a party; not opening a longer name.
  x = extract_titled("As plaintiff AMI succinctly puts it, the rule fails. See AMI Supplemental Br. 3.",
                     "American Meat Institute v. U.S. Dept. of Agriculture");
  CHECK(entity_of(x, "organization", "AMI") == "org:american-meat-institute");
  int initials = 0;
  for (const Mention& m : x.mentions) initials += m.entity == "org:american-meat-institute";
  CHECK(initials == 1);
}

TEST_CASE("institutions named with a level of government, peoples' bodies, and the probation office") {
  // A team is a body: "notified the Emergency Response Team".
  Extracted team = extract("The officers notified the Emergency Response Team, which arrived at 5:25 p.m.");
  CHECK(entity_of(team, "organization", "Emergency Response Team") == "org:emergency-response-team");
  // First Circuit, 1993: "admitted to the San Juan City Hospital".
  Extracted hospital = extract("He was admitted to the San Juan City Hospital. A record noted his fracture.");
  CHECK(entity_of(hospital, "organization", "San Juan City Hospital") == "org:san-juan-city-hospital");
  CHECK(entity_of(extract("She studied at Ohio State University."), "organization", "Ohio State University") ==
        "org:ohio-state-university");
  // A level of government alone before the head stays no organization.
  CHECK(entity_of(extract("He was taken to City Hospital."), "organization", "City Hospital") == "<missing>");
  // Supreme Court, 1912: "members of the Choctaw and Chickasaw tribes": two bodies.
  Extracted tribes = extract("The plaintiffs are members of the Choctaw and Chickasaw tribes.");
  CHECK(entity_of(tribes, "organization", "Choctaw") == "org:choctaw");
  CHECK(entity_of(tribes, "organization", "Chickasaw") == "org:chickasaw");
  Extracted three = extract("The treaty bound the Cherokee, Creek, and Seminole nations.");
  CHECK(entity_of(three, "organization", "Creek") == "org:creek");
  CHECK(entity_of(three, "organization", "Seminole") == "org:seminole");
  CHECK(entity_of(extract("The Osage Tribe sued the lessee."), "organization", "Osage Tribe") == "org:osage-tribe");
  // Descriptions, and a word capitalised only because it opens the sentence, are no people's name.
  CHECK(extract("Indian tribes and other nations signed.").count("organization") == 0);
  CHECK(extract("He said so. \"Every nation acquiring territory must hold it.\"").count("organization") == 0);
  // First Circuit, 1994: "the United  States Probation  Office" recommended a lower range.
  Extracted probation = extract("On November 1, 1993, the United States Probation Office recommended a reduction.");
  CHECK(entity_of(probation, "agency", "United States Probation Office") == "agency:probation");
}


TEST_CASE("bodies named by their charge, political parties, probate courts and a town's police set off by commas") {
  // Supreme Court, 1957: "It is operated by the Board of State Harbor Commissioners".
  Extracted board = extract("The railroad is operated by the Board of State Harbor Commissioners for the port.");
  CHECK(entity_of(board, "agency", "Board of State Harbor Commissioners") ==
        "agency:board-of-state-harbor-commissioners");
  CHECK(entity_of(extract("He complained to the Commission on Human Rights in 1990."), "agency",
                  "Commission on Human Rights") == "agency:commission-on-human-rights");
  // A company's board is no agency.
  CHECK(extract("The proposal went to the Board of Directors in May.").count("agency") == 0);
  // First Circuit, 1993: "appellees, members of the Popular Democratic Party".
  Extracted parties = extract("Appellees were members of the Popular Democratic Party; she belonged to the New "
                              "Progressive Party.");
  CHECK(entity_of(parties, "organization", "Popular Democratic Party") == "org:popular-democratic-party");
  CHECK(entity_of(parties, "organization", "New Progressive Party") == "org:new-progressive-party");
  // "Party" without a political word is a side of a contract or a case.
  CHECK(extract("The Receiving Party shall notify the Disclosing Party.").count("organization") == 0);
  // Supreme Court, 1907: "the judgment of the Surrogate's Court entered on the remittitur".
  Extracted surrogate = extract("We find no error in the judgment of the Surrogate's Court entered on the remittitur.");
  CHECK(entity_of(surrogate, "court", "Surrogate's Court") == "court:surrogates-court");
  // First Circuit, 1994: "Captain Tim Bourassa of the Rumford, Maine, Police Department".
  Extracted police = extract("Captain Tim Bourassa of the Rumford, Maine, Police Department executed the warrant.");
  CHECK(entity_of(police, "agency", "Rumford, Maine, Police Department") == "agency:rumford-maine-police-department");
}

TEST_CASE("a footnote's number on a hyphenated name's last word is no part of the name") {
  // First Circuit, 2010: "plaintiff-appellant Nelson Cortés-Castillo1 experienced delusions".
  Extracted e = extract("Upon returning, plaintiff Nelson Cort\xC3\xA9s-Castillo1 experienced delusions.");
  CHECK(entity_of(e, "person", "Nelson Cort\xC3\xA9s-Castillo") == "person:nelson-cortes-castillo");
  CHECK(entity_of(extract("Upon returning, plaintiff Maria Rivera-Ruiz12 testified."), "person", "Maria Rivera-Ruiz") ==
        "person:maria-rivera-ruiz");
}
