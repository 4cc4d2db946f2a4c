// Case citations: full citations with names, pins, courts and parallel
// citations; short forms, "Id.", "supra" and references by name; the
// reporter and court tables. Snippets are short quotes of real opinions
// (or eyecite's documented examples); each states what must come out.

#include <doctest/doctest.h>

#include <set>

#include "citations_test_support.h"
#include "extract/citations/court_table.h"
#include "extract/citations/reporter_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_reporters_tsv;
extern const std::string_view data_citation_courts_tsv;
}  // namespace lexgraph::embedded

using namespace citations_test;
using lexgraph::Mention;
using lexgraph::citations::CourtTable;
using lexgraph::citations::ReporterTable;

TEST_CASE("reporters.tsv parses cleanly and covers the federal, regional and state reporters") {
  std::vector<std::string> problems;
  ReporterTable table = ReporterTable::parse(lexgraph::embedded::data_reporters_tsv, problems);
  for (const auto& p : problems) MESSAGE(p);
  CHECK(problems.empty());
  CHECK(table.size() >= 200);
  CHECK(table.spellings() >= 300);
  const char* required[] = {
      "U.S.", "U. S.", "S. Ct.", "S.Ct.", "L. Ed.", "L. Ed. 2d", "L.Ed.2d", "F.", "F.2d", "F.3d", "F.4th",
      "F. Supp.", "F. Supp. 2d", "F.Supp.3d", "F.R.D.", "B.R.", "T.C.", "Fed. Cl.", "Vet. App.", "M.J.",
      "F. App'x", "Fed. Appx.", "Cranch", "Wheat.", "Pet.", "How.", "Black", "Wall.", "Dall.", "A.", "A.2d",
      "A.3d", "N.E.", "N.E.2d", "N.E.3d", "N.W.", "N.W.2d", "P.", "P.2d", "P.3d", "S.E.", "S.E.2d", "S.W.",
      "S.W.2d", "S.W.3d", "So.", "So. 2d", "So. 3d", "Cal. Rptr.", "N.Y.S.", "N.Y.S.2d", "Cal.", "Cal. 2d",
      "Cal. 3d", "Cal. 4th", "Cal. 5th", "N.Y.", "N.Y.2d", "N.Y.3d", "Ill.", "Ill. 2d", "Mass.", "Pa.", "Tex.",
      "Ohio St.", "Wash.", "WL", "U.S. Dist. LEXIS", "U.S. App. LEXIS"};
  for (const char* r : required) {
    INFO(r);
    CHECK(table.find(r) >= 0);
  }
  // Variants resolve to their canonical series; editions stay apart.
  CHECK(table.reporter(table.find("F.Supp.2d")).abbreviation == "F. Supp. 2d");
  CHECK(table.reporter(table.find("U. S.")).slug == "us");
  CHECK(table.find("F.2d") != table.find("F.3d"));
  // Years of use are ordered; nominative reports map onto the U.S. Reports.
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto& r = table.reporter(static_cast<int>(i));
    INFO(r.abbreviation);
    CHECK((r.end == 0 || r.start <= r.end));
  }
  CHECK(table.reporter(table.find("Cranch")).official == table.find("U.S."));
  CHECK(table.reporter(table.find("Cranch")).official_offset == 4);
  CHECK(table.reporter(table.find("Wall.")).official_offset == 67);
  CHECK(table.reporter(table.find("Metc.")).official == table.find("Mass."));
}

TEST_CASE("citation_courts.tsv parses cleanly and maps parenthetical courts to CourtListener ids") {
  std::vector<std::string> problems;
  CourtTable table = CourtTable::parse(lexgraph::embedded::data_citation_courts_tsv, problems);
  for (const auto& p : problems) MESSAGE(p);
  CHECK(problems.empty());
  CHECK(table.size() >= 250);
  CHECK(table.lookup("9th Cir.") == "ca9");
  CHECK(table.lookup("CA9") == "ca9");
  CHECK(table.lookup("2nd Cir.") == "ca2");
  CHECK(table.lookup("2d Cir.") == "ca2");
  CHECK(table.lookup("D.C. Cir.") == "cadc");
  CHECK(table.lookup("D.C.Cir.") == "cadc");
  CHECK(table.lookup("Fed. Cir.") == "cafc");
  CHECK(table.lookup("D.D.C.") == "dcd");
  CHECK(table.lookup("S.D.N.Y.") == "nysd");
  CHECK(table.lookup("SDNY") == "nysd");
  CHECK(table.lookup("N.D. Cal.") == "cand");
  CHECK(table.lookup("Bankr. D. Del.") == "deb");
  CHECK(table.lookup("Pa. Super.") == "pasuperct");
  CHECK(table.lookup("Zzz.") == "");
}

TEST_CASE("full citation: case name through the closing parenthetical") {
  auto f = cases("In Loper Bright Enterprises v. Raimondo, 603 U.S. 369 (2024), the Court overruled Chevron.");
  REQUIRE(f.mentions.size() == 1);
  const Mention& m = f.mentions[0];
  CHECK(f.span(m) == "Loper Bright Enterprises v. Raimondo, 603 U.S. 369 (2024)");
  CHECK(m.type == "case");
  CHECK(m.entity == "case:us/603/369");
  CHECK(m.name == "Loper Bright Enterprises v. Raimondo");
  CHECK(text_attr(m, "form") == "full");
  CHECK(text_attr(m, "plaintiff") == "Loper Bright Enterprises");
  CHECK(text_attr(m, "defendant") == "Raimondo");
  CHECK(number_attr(m, "volume") == 603);
  CHECK(number_attr(m, "page") == 369);
  CHECK(number_attr(m, "year") == 2024);
  CHECK(text_attr(m, "reporter") == "U.S.");
  CHECK(text_attr(m, "reporter_normalized") == "U.S.");
  CHECK(text_attr(m, "court_id") == "scotus");
}

TEST_CASE("full citation: pin cite, court parenthetical, corporate names") {
  auto f = cases(
      "See Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837, 842-43 (1984); "
      "United States v. Morales-Machuca, 546 F.3d 13, 22 (1st Cir. 2008).");
  REQUIRE(f.mentions.size() == 2);
  CHECK(text_attr(f.mentions[0], "plaintiff") == "Chevron U.S.A. Inc.");
  CHECK(text_attr(f.mentions[0], "defendant") == "Natural Resources Defense Council, Inc.");
  CHECK(text_attr(f.mentions[0], "pin_cite") == "842-43");
  CHECK(f.mentions[0].entity == "case:us/467/837");
  CHECK(f.span(f.mentions[1]) == "United States v. Morales-Machuca, 546 F.3d 13, 22 (1st Cir. 2008)");
  CHECK(text_attr(f.mentions[1], "court") == "1st Cir.");
  CHECK(text_attr(f.mentions[1], "court_id") == "ca1");
  CHECK(f.mentions[1].entity == "case:f3d/546/13");
}

TEST_CASE("full citation: courts with dates and without spaces") {
  auto f = cases(
      "Guindon v. Pritzker, 2017 WL 875775 (D.D.C. March 3, 2017); American Methyl Corp. v. EPA, "
      "749 F.2d 826 (D.C.Cir.1984); Commonwealth v. Muniz, 164 A.3d 1189 (Pa. 2017).");
  REQUIRE(f.mentions.size() == 3);
  CHECK(f.mentions[0].entity == "case:wl/2017/875775");
  CHECK(text_attr(f.mentions[0], "court_id") == "dcd");
  CHECK(number_attr(f.mentions[0], "year") == 2017);
  CHECK(text_attr(f.mentions[1], "court_id") == "cadc");
  CHECK(number_attr(f.mentions[1], "year") == 1984);
  CHECK(text_attr(f.mentions[2], "court_id") == "pa");
  CHECK(text_attr(f.mentions[2], "reporter_normalized") == "A.3d");
}

TEST_CASE("parallel citations are one case with the first citation's id") {
  auto f = cases("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973).");
  REQUIRE(f.mentions.size() == 3);
  for (const auto& m : f.mentions) CHECK(m.entity == "case:us/410/113");
  CHECK(f.span(f.mentions[0]) == "Roe v. Wade, 410 U.S. 113");
  CHECK(f.span(f.mentions[2]) == "35 L. Ed. 2d 147 (1973)");
  CHECK(list_attr(f.mentions[0], "parallel") == std::vector<std::string>{"case:sct/93/705", "case:led2d/35/147"});
  CHECK(list_attr(f.mentions[1], "parallel") == std::vector<std::string>{"case:us/410/113", "case:led2d/35/147"});
  CHECK(number_attr(f.mentions[1], "year") == 1973);
  CHECK(text_attr(f.mentions[1], "plaintiff") == "Roe");
}

TEST_CASE("two citations in one series are two decisions, not parallels") {
  auto f = cases(
      "The court dismissed, 163 F. Supp. 184, 177 F. Supp. 803, and see Chicago Life Insurance Co. v. Cherry, "
      "1917, 244 U.S. 25, 37 S.Ct. 492; See Chevron, U.S.A., Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837.");
  REQUIRE(f.mentions.size() == 5);
  CHECK(f.mentions[0].entity == "case:fsupp/163/184");
  CHECK(f.mentions[1].entity == "case:fsupp/177/803");
  CHECK(f.mentions[2].entity == "case:us/244/25");
  CHECK(f.mentions[3].entity == "case:us/244/25");
  CHECK(text_attr(f.mentions[2], "defendant") == "Cherry");
  CHECK(number_attr(f.mentions[2], "year") == 1917);
  CHECK(text_attr(f.mentions[4], "plaintiff") == "Chevron, U.S.A., Inc.");
}

TEST_CASE("parallel citations with pins, variants and a paragraph break inside") {
  auto f = cases("Helvering v. Mitchell, 303 U.S. 391, 399, 58\n\nS.Ct. 630, 82 L.Ed. 917.");
  REQUIRE(f.mentions.size() == 3);
  CHECK(text_attr(f.mentions[0], "pin_cite") == "399");
  CHECK(f.mentions[1].entity == "case:us/303/391");
  CHECK(text_attr(f.mentions[1], "reporter_normalized") == "S. Ct.");
  CHECK(text_attr(f.mentions[2], "reporter_normalized") == "L. Ed.");
}

TEST_CASE("explanatory parentheticals, nested, and en banc") {
  auto f = cases(
      "Lissner v. Test, 1 U.S. 1 (1982) (discussing abc (Holmes, J., concurring)); "
      "United States v. Councilman, 418 F.3d 67, 84 (1st Cir. 2005) (en banc) (holding that the Wiretap Act applies).");
  REQUIRE(f.mentions.size() == 2);
  CHECK(text_attr(f.mentions[0], "parenthetical") == "discussing abc (Holmes, J., concurring)");
  CHECK(f.span(f.mentions[0]) == "Lissner v. Test, 1 U.S. 1 (1982)");
  CHECK(f.span(f.mentions[1]) == "United States v. Councilman, 418 F.3d 67, 84 (1st Cir. 2005) (en banc)");
  CHECK(text_attr(f.mentions[1], "parenthetical") == "holding that the Wiretap Act applies");
  CHECK(f.mentions[1].attrs.count("en_banc") == 1);
}

TEST_CASE("nominative reports map onto the United States Reports") {
  auto f = cases(
      "Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803). Hepburn v. Ellzey, 2 Cranch, 445. "
      "Swift v. Tyson, 16 Pet. 1, 10 L.Ed. 865.");
  REQUIRE(f.mentions.size() == 4);
  CHECK(f.mentions[0].entity == "case:us/5/137");
  CHECK(text_attr(f.mentions[0], "nominative") == "1 Cranch");
  CHECK(text_attr(f.mentions[0], "pin_cite") == "177");
  CHECK(f.mentions[1].entity == "case:us/6/445");
  CHECK(f.mentions[2].entity == "case:us/41/1");
}

TEST_CASE("Westlaw, LEXIS, neutral and Tax Court citations") {
  auto f = cases(
      "Angelopoulos v. Keystone Orthopedic Specialists, S.C., 2015 WL 2375225, at *4 (N.D. Ill. 2015). "
      "Corp. v. Nature's Farm Prods., No. 99 Civ. 9404 (SHS), 2000 U.S. Dist. LEXIS 12335 (S.D.N.Y. Aug. 25, 2000). "
      "State v. Smith, 2006-Ohio-2095. Bordelon v. Commissioner, T.C. Memo. 2020-26.");
  REQUIRE(f.mentions.size() == 4);
  CHECK(f.mentions[0].entity == "case:wl/2015/2375225");
  CHECK(text_attr(f.mentions[0], "pin_cite") == "*4");
  CHECK(text_attr(f.mentions[0], "defendant") == "Keystone Orthopedic Specialists, S.C.");
  CHECK(f.mentions[1].entity == "case:usdistlexis/2000/12335");
  CHECK(text_attr(f.mentions[1], "court_id") == "nysd");
  CHECK(text_attr(f.mentions[1], "defendant") == "Nature's Farm Prods.");
  CHECK(text_attr(f.mentions[1], "docket") == "No. 99 Civ. 9404 (SHS)");
  CHECK(f.mentions[2].entity == "case:ohioneutral/2006/2095");
  CHECK(f.mentions[3].entity == "case:tcmemo/2020/26");
  auto lexis = cases("See Buchanan v. Car/ex Glass Co., 2015 TN Wrk. Comp. App. Bd. LEXIS 39, at *5.");
  REQUIRE(lexis.mentions.size() == 1);
  CHECK(lexis.mentions[0].entity == "case:tnwrkcompappbdlexis/2015/39");
  CHECK(text_attr(lexis.mentions[0], "reporter_normalized") == "TN Wrk. Comp. App. Bd. LEXIS");
  CHECK(text_attr(lexis.mentions[0], "pin_cite") == "*5");
  CHECK(f.span(f.mentions[3]) == "Bordelon v. Commissioner, T.C. Memo. 2020-26");
}

TEST_CASE("slip opinions: a page not yet known, and placeholders before a parallel cite") {
  auto f = cases(
      "Houston Cmty. Coll. Sys. v. Wilson, -- U.S. --, 142 S. Ct. 1253, 1259 (2022). "
      "See Trump v. United States, 603 U.S. ___ (2024).");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].entity == "case:sct/142/1253");
  CHECK(text_attr(f.mentions[0], "plaintiff") == "Houston Cmty. Coll. Sys.");
  CHECK(text_attr(f.mentions[0], "defendant") == "Wilson");
  CHECK(f.mentions[1].entity == "");
  CHECK(number_attr(f.mentions[1], "page") == -1);
  CHECK(text_attr(f.mentions[1], "plaintiff") == "Trump");
}

TEST_CASE("older and variant spellings of reporters") {
  auto f = cases(
      "He secured reversal and a new trial. 8 F.(2d) 251. Hackner v. Guaranty Trust Co., 2 Cir., 117 F.2d 95. "
      "Brady v. Maryland, 373 U. S. 83 (83 SC 1194, 10 LE2d 215). In re Gault, 387 U.S. 1 (1967).");
  auto spans = f.spans();
  REQUIRE(f.mentions.size() == 6);
  CHECK(f.mentions[0].entity == "case:f2d/8/251");
  CHECK(text_attr(f.mentions[1], "court_id") == "ca2");
  CHECK(text_attr(f.mentions[1], "defendant") == "Guaranty Trust Co.");
  CHECK(f.mentions[2].entity == "case:us/373/83");
  CHECK(f.mentions[3].entity == "case:us/373/83");
  CHECK(text_attr(f.mentions[4], "reporter_normalized") == "L. Ed. 2d");
  CHECK(text_attr(f.mentions[5], "defendant") == "Gault");
  CHECK(text_attr(f.mentions[5], "plaintiff") == "");
  CHECK(f.span(f.mentions[5]) == "In re Gault, 387 U.S. 1 (1967)");
}

TEST_CASE("names: signals, footnote numbers and sentence openers are not part of a party") {
  auto f = cases(
      "As the Court held in Bush v. Gore, 531 U.S. 98 (2000), the remedy was improper. "
      "Cf. Vineyard Scuba HQ. v. Unidentified Vessel, 833 F.2d 1059 (1st Cir. 1987). "
      "2 United States v. Williams, 435 F.3d 1148, 1157-58 (9th Cir. 2006).");
  REQUIRE(f.mentions.size() == 3);
  CHECK(text_attr(f.mentions[0], "plaintiff") == "Bush");
  CHECK(text_attr(f.mentions[1], "plaintiff") == "Vineyard Scuba HQ.");
  CHECK(text_attr(f.mentions[2], "plaintiff") == "United States");
  CHECK(text_attr(f.mentions[2], "court_id") == "ca9");
}

TEST_CASE("names: railroads with initials, articles and 'to' inside a party") {
  auto f = cases(
      "Galveston, H. & S.A.R. Co. v. Texas, 210 U.S. 217; Abigail Alliance for Better Access to Developmental "
      "Drugs v. Eschenbach, 469 F.3d 129 (D.C. Cir. 2006); Myersville Citizens for a Rural Community, Inc. v. "
      "FERC, 783 F.3d 1301 (D.C. Cir. 2015).");
  REQUIRE(f.mentions.size() == 3);
  CHECK(text_attr(f.mentions[0], "plaintiff") == "Galveston, H. & S.A.R. Co.");
  CHECK(text_attr(f.mentions[1], "plaintiff") == "Abigail Alliance for Better Access to Developmental Drugs");
  CHECK(text_attr(f.mentions[2], "plaintiff") == "Myersville Citizens for a Rural Community, Inc.");
}

TEST_CASE("not citations: statutes, page ranges, dockets, dates, addresses") {
  auto f = cases(
      "Under 5 U.S.C. § 552 and 42 U. S. C. §7411, see 26 U.S.C. 6103. The 2 F. Supp. volume, pages 113-120, "
      "No. 25-5181, section 12, on March 5, 2019, at 111 S.W. 12th St. foo1 U.S. 1 and 84 Fed. Reg. 35,409.");
  CHECK(f.all() == "");
}

TEST_CASE("short forms resolve to the earlier full citation of the same volume") {
  auto f = cases(
      "Bush v. Gore, 531 U.S. 98 (2000). Later, 531 U.S., at 99. Again 531 U.S. at 100-101. "
      "Bush, 531 U.S., at 104 (per curiam). Then 999 U.S. at 5. Piper Aircraft, 454 U.S. at 241.");
  auto shorts = f.of_form("short");
  REQUIRE(shorts.size() == 5);
  CHECK(f.span(*shorts[0]) == "531 U.S., at 99");
  CHECK(shorts[0]->entity == "case:us/531/98");
  CHECK(text_attr(*shorts[0], "pin_cite") == "99");
  CHECK(text_attr(*shorts[1], "pin_cite") == "100-101");
  CHECK(f.span(*shorts[2]) == "Bush, 531 U.S., at 104");
  CHECK(text_attr(*shorts[2], "antecedent") == "Bush");
  CHECK(text_attr(*shorts[2], "parenthetical") == "per curiam");
  CHECK(shorts[3]->entity == "");  // no full citation of 999 U.S.
  CHECK(text_attr(*shorts[4], "antecedent") == "Piper Aircraft");
}

TEST_CASE("short forms: page words and the best of several cases in one volume") {
  auto f = cases(
      "Erie R. Co. v. Tompkins, 304 U.S. 64 (1938); Ruhlin v. New York Life Ins. Co., 304 U.S. 202 (1938). "
      "Erie R. Co. v. Tompkins, supra, 304 U.S. at page 73; 304 U.S. at p. 205; 174 Cal.App.2d at p. 651.");
  auto shorts = f.of_form("short");
  REQUIRE(shorts.size() == 3);
  CHECK(shorts[0]->entity == "case:us/304/64");
  CHECK(shorts[1]->entity == "case:us/304/202");
  CHECK(text_attr(*shorts[1], "pin_cite") == "205");
  CHECK(text_attr(*shorts[2], "reporter_normalized") == "Cal. App. 2d");
}

TEST_CASE("Id. and Ibid. refer to the case cited last") {
  auto f = cases(
      "Foo v. Bar, 1 U.S. 12, 347-348 (1990). The court agreed. Id., at 123. It also held so. id. at 120. "
      "Nothing more. Ibid. Then Baz v. Qux, 2 F.3d 4 (2d Cir. 1993). Id. ¶ 34.");
  auto ids = f.of_form("id");
  REQUIRE(ids.size() == 4);
  CHECK(f.span(*ids[0]) == "Id., at 123");
  CHECK(ids[0]->entity == "case:us/1/12");
  CHECK(text_attr(*ids[0], "pin_cite") == "123");
  CHECK(text_attr(*ids[1], "pin_cite") == "120");
  CHECK(f.span(*ids[2]) == "Ibid.");
  CHECK(ids[2]->entity == "case:us/1/12");
  CHECK(ids[3]->entity == "case:f3d/2/4");
  CHECK(text_attr(*ids[3], "plaintiff") == "Baz");
}

TEST_CASE("Id. after a record or statute citation is not the case's") {
  auto f = cases(
      "Smith v. Jones, 5 F.3d 1 (1st Cir. 1993). Plaintiffs allege harm. Compl. ¶ 17. Id. ¶ 18. "
      "See ECF No. 13 at 4. Id. at 5. Smith v. Jones, 5 F.3d 1, 2 (1st Cir. 1993). "
      "The statute, 26 U.S.C. § 6103, bars disclosure. Id. § 6103(b). Dkt. 5. Id. "
      "Smith, 5 F.3d at 3. Tr. 45. Id. at 46. Smith, 5 F.3d at 4. J.A. 34. Id.");
  CHECK(f.of_form("id").empty());
}

TEST_CASE("Id. with a page still refers to the case after a bare section mention") {
  auto f = cases(
      "Monroe v. Pape, 365 U.S. 167 (1961). A § 1983 claim needs state action. Id. at 172. "
      "Section 1983 is broad; see § 1983. Id.");
  auto ids = f.of_form("id");
  REQUIRE(ids.size() == 1);  // the second "Id." follows "§ 1983" without a page: the statute's
  CHECK(f.span(*ids[0]) == "Id. at 172");
  CHECK(ids[0]->entity == "case:us/365/167");
}

TEST_CASE("supra resolves by party name, and only to a case") {
  auto f = cases(
      "Bush v. Gore, 531 U.S. 98 (2000). Weeks v. United States, 232 U.S. 383 (1914). "
      "Bush, supra, at 100. Weeks v. United States, supra. Gore, supra (per curiam). "
      "Unknown, supra, at 5. Tribe, supra note 4, at 12.");
  auto supras = f.of_form("supra");
  REQUIRE(supras.size() == 3);
  CHECK(f.span(*supras[0]) == "Bush, supra, at 100");
  CHECK(supras[0]->entity == "case:us/531/98");
  CHECK(text_attr(*supras[0], "pin_cite") == "100");
  CHECK(supras[1]->entity == "case:us/232/383");
  CHECK(supras[2]->entity == "case:us/531/98");
  CHECK(text_attr(*supras[2], "parenthetical") == "per curiam");
}

TEST_CASE("references by name after a full citation, conservatively") {
  auto f = cases(
      "Loper Bright Enterprises v. Raimondo, 603 U.S. 369 (2024). In Loper Bright, the Court overruled an "
      "older line of cases. Amick v. Liberty Mut. Ins. Co., 455 A.2d 793 (R.I. 1983). See Amick at 795. "
      "Maine v. Taylor, 477 U.S. 131 (1986). The statute in Maine, however, differed.");
  auto refs = f.of_form("reference");
  REQUIRE(refs.size() == 2);
  CHECK(f.span(*refs[0]) == "Loper Bright");
  CHECK(refs[0]->entity == "case:us/603/369");
  CHECK(f.span(*refs[1]) == "Amick at 795");
  CHECK(text_attr(*refs[1], "pin_cite") == "795");
  CHECK(refs[1]->entity == "case:a2d/455/793");
}

TEST_CASE("a reference before the full citation, or to two cases of one name, is not taken") {
  auto f = cases(
      "In Foo at 62 we see that. Foo v. Bar, 1 U.S. 12 (1990). Foo v. Baz, 2 U.S. 3 (1991). In Foo, the Court agreed.");
  CHECK(f.of_form("reference").empty());
}

TEST_CASE("hostile input: long digit runs, unbalanced parentheses, lone Id.") {
  std::string junk(5000, '(');
  junk += "1 U.S. 1 (";
  junk += std::string(300, '9') + " U.S. 5 Id. supra, at 3 " + std::string(2000, ')');
  auto f = cases(junk);
  for (const auto& m : f.mentions) {
    CHECK(m.start < m.end);
    CHECK(m.end <= f.text.size());
  }
  CHECK(cases("Id. at 5. Ibid. Foo, supra.").mentions.empty());
}

TEST_CASE("Id. after a book, a footnote cross-reference, or with a pin before the first page is not the case's") {
  auto f = cases(
      "Robbins v. Chronister, 435 F.3d 1238, 1241 (10th Cir. 2006). Antonin Scalia & Bryan A. Garner, "
      "Reading Law 235 (2012). Id. at 237-38. Robbins, 435 F.3d at 1242. See note 24, supra. Id., at 1243. "
      "Robbins, 435 F.3d at 1242. The point recurs. Id. at 12.");
  CHECK(f.of_form("id").empty());
}

TEST_CASE("a repeated parallel citation is the same case; citations inside a parenthetical are not Id.'s") {
  auto f = cases(
      "Nijhawan v. Holder, 557 U.S. 29, 36-37, 129 S.Ct. 2294, 174 L.Ed.2d 22 (2009). The Court drew a line. "
      "Id. at 38, 129 S.Ct. 2294. Id. at 37-38, 129 S.Ct. 2294. Medellin v. Texas, 552 U.S. 491 (2008). "
      "Id. (quoting Igartua v. United States, 417 F.3d 145, 150 (1st Cir. 2005)). Id. at 525.");
  auto ids = f.of_form("id");
  REQUIRE(ids.size() == 4);
  for (int k = 0; k < 2; ++k) CHECK(ids[k]->entity == "case:us/557/29");
  CHECK(ids[3]->entity == "case:us/552/491");
  // "129 S.Ct. 2294" after "Id. at 38," is Nijhawan again, named by its first citation.
  const Mention* repeat = f.find("129 S.Ct. 2294");
  int repeats = 0;
  for (const auto& m : f.mentions) {
    if (f.span(m) != "129 S.Ct. 2294") continue;
    ++repeats;
    CHECK(m.entity == "case:us/557/29");
    CHECK(m.name == "Nijhawan v. Holder");
  }
  CHECK(repeat != nullptr);
  CHECK(repeats == 3);
}

TEST_CASE("a case is named by its official citation whichever parallel comes first") {
  const std::string a = "See Melendez-Diaz v. Massachusetts, 129 S. Ct. 2527, 557 U.S. 305 (2009).";
  const std::string b = "See Melendez-Diaz v. Massachusetts, 557 U.S. 305, 129 S. Ct. 2527 (2009).";
  auto ids = [](const std::string& text) {
    lexgraph::Document doc;
    lexgraph::Segmentation seg;
    seg.paragraphs.push_back({0, text.size()});
    seg.sentences.push_back({0, text.size(), 0});
    std::vector<lexgraph::Mention> out;
    lexgraph::extract_case_citations(lexgraph::ExtractionContext{doc, text, seg}, out);
    std::set<std::string> entities;
    for (const auto& m : out) entities.insert(m.entity);
    return entities;
  };
  CHECK(ids(a) == std::set<std::string>{"case:us/557/305"});
  CHECK(ids(b) == std::set<std::string>{"case:us/557/305"});
}

TEST_CASE("a case name never starts inside a statute citation before it") {
  const std::string text = "The court cited 42 U.S.C. § 1983 and Monroe v. Pape, 365 U.S. 167 (1961).";
  lexgraph::Document doc;
  lexgraph::Segmentation seg;
  seg.paragraphs.push_back({0, text.size()});
  seg.sentences.push_back({0, text.size(), 0});
  std::vector<lexgraph::Mention> out;
  lexgraph::extract_case_citations(lexgraph::ExtractionContext{doc, text, seg}, out);
  REQUIRE(out.size() == 1);
  CHECK(text.substr(out[0].start, out[0].end - out[0].start) == "Monroe v. Pape, 365 U.S. 167 (1961)");
}
