// Statute, regulation and constitution mentions (extract/statutes). The
// sentences are taken from real opinions, rules, public laws and news
// (shortened where long); a few forms the corpus lacks are written the way
// courts write them. Then: every real document scans without crashing, with
// in-range, ordered, non-overlapping spans, and a throughput figure.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/statutes/statute_tables.h"
#include "extract/statutes/statutes.h"
#include "normalize/normalizer.h"
#include "read/text_reader.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

struct Run {
  std::string text;
  std::vector<Mention> mentions;

  // The first mention whose text is exactly `span`, or nullptr.
  const Mention* find(std::string_view span) const {
    for (const Mention& m : mentions)
      if (std::string_view(text).substr(m.start, m.end - m.start) == span) return &m;
    return nullptr;
  }
  std::vector<std::string> spans() const {
    std::vector<std::string> out;
    for (const Mention& m : mentions) out.push_back(text.substr(m.start, m.end - m.start));
    return out;
  }
};

Run run(std::string_view input, const Document& doc = Document{}) {
  Run r;
  r.text = normalize(input).text;
  Segmentation segments;
  ExtractionContext ctx{doc, r.text, segments};
  extract_statutes(ctx, r.mentions);
  std::sort(r.mentions.begin(), r.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return r;
}

std::string attr(const Mention& m, const std::string& key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return "";
  if (auto s = std::get_if<std::string>(&it->second)) return *s;
  if (auto d = std::get_if<double>(&it->second)) return std::to_string(static_cast<long>(*d));
  if (auto b = std::get_if<bool>(&it->second)) return *b ? "true" : "false";
  std::string joined;
  for (const std::string& s : std::get<std::vector<std::string>>(it->second)) joined += (joined.empty() ? "" : "|") + s;
  return joined;
}

// Checks one mention: its entity, and its form.
void expect(const Run& r, std::string_view span, std::string_view entity, std::string_view form) {
  const Mention* m = r.find(span);
  INFO("span: " << span << "; found: " << doctest::toString(r.spans().size()) << " mentions");
  for (const std::string& s : r.spans()) INFO(s);
  REQUIRE(m != nullptr);
  CHECK(m->type == "statute");
  CHECK(m->entity == entity);
  CHECK(attr(*m, "form") == form);
}

fs::path corpus_dir() { return fs::path(LEXGRAPH_SHARED_DIR) / "corpus-real"; }

}  // namespace

TEST_CASE("statutes: data files parse and are big enough") {
  const statutes::StatuteTables& t = statutes::StatuteTables::get();
  for (const std::string& p : t.problems) INFO(p);
  CHECK(t.problems.empty());
  CHECK(t.act_rows >= 80);
  CHECK(t.act_section_rows >= 100);
  CHECK(t.well_known_rows >= 40);
  CHECK(t.state_code_rows >= 100);
}

TEST_CASE("statutes: the U.S. Code in its spellings, one id per section") {
  // News: "the agency violated IRS Code 6103, one of the strictest
  // confidentiality laws in federal statute".
  Run news = run("Kollar-Kotelly said the agency violated IRS Code 6103, one of the strictest confidentiality laws.");
  expect(news, "IRS Code 6103", "statute:usc/26/6103", "full");
  CHECK(attr(*news.find("IRS Code 6103"), "title") == "26");
  CHECK(attr(*news.find("IRS Code 6103"), "section") == "6103");

  Run r = run(
      "Disclosure to law enforcement is governed by 26 U.S.C. § 6103(i)(2). See 26 U.S.C. 6103; 26 USC 6103; "
      "IRC § 6103; I.R.C. 6103; I.R.C. § 6103(a); Internal Revenue Code section 6103.");
  expect(r, "26 U.S.C. § 6103(i)(2)", "statute:usc/26/6103", "full");
  const Mention& first = *r.find("26 U.S.C. § 6103(i)(2)");
  CHECK(first.name == "26 U.S.C. \xC2\xA7 6103");
  CHECK(attr(first, "subsection") == "(i)(2)");
  CHECK(attr(first, "code") == "U.S.C.");
  for (std::string_view s : {"26 U.S.C. 6103", "26 USC 6103", "IRC § 6103", "I.R.C. 6103", "I.R.C. § 6103(a)",
                             "Internal Revenue Code section 6103"})
    expect(r, s, "statute:usc/26/6103", "full");
  CHECK(attr(*r.find("IRC § 6103"), "code") == "I.R.C.");
  CHECK(attr(*r.find("I.R.C. § 6103(a)"), "subsection") == "(a)");

  // Public law: "pursuant to section 6103(d) of the Internal Revenue Code of 1986".
  Run pl = run("information obtained pursuant to section 6103(d) of the Internal Revenue Code of 1986, for purposes");
  expect(pl, "section 6103(d) of the Internal Revenue Code of 1986", "statute:usc/26/6103", "full");
  CHECK(attr(*pl.find("section 6103(d) of the Internal Revenue Code of 1986"), "act") == "Internal Revenue Code");

  // Tax Court: "'at risk' under I.R.C. sec. 465 to entitle him to deduct losses".
  Run tc = run("he was not \"at risk\" under I.R.C. sec. 465 to entitle him to deduct losses");
  expect(tc, "I.R.C. sec. 465", "statute:usc/26/465", "full");
}

TEST_CASE("statutes: spacing, lists, ranges, annotated codes, title in words") {
  Run spaced = run("The Clean Air Act requires standards of performance under 42 U. S. C. \xC2\xA7" "7411 for new sources.");
  expect(spaced, "42 U. S. C. \xC2\xA7" "7411", "statute:usc/42/7411", "full");

  // D.C. Circuit: "See 28 U.S.C. §§ 2244(d)(1), (d)(2)."
  Run list = run("after the Supreme Court denied his petition. See 28 U.S.C. \xC2\xA7\xC2\xA7 2244(d)(1), (d)(2). And for this");
  expect(list, "28 U.S.C. \xC2\xA7\xC2\xA7 2244(d)(1), (d)(2)", "statute:usc/28/2244", "full");
  CHECK(attr(*list.find("28 U.S.C. \xC2\xA7\xC2\xA7 2244(d)(1), (d)(2)"), "subsections") == "(d)(1)|(d)(2)");

  Run three = run("EPA acted under 42 U.S.C. \xC2\xA7\xC2\xA7 7411(a)(1), (b)(1), (d) when it issued the rule.");
  REQUIRE(three.mentions.size() == 1);
  CHECK(three.mentions[0].entity == "statute:usc/42/7411");
  CHECK(attr(three.mentions[0], "subsections") == "(a)(1)|(b)(1)|(d)");

  // "Pub. L. 79-404, 60 Stat. 237 (1946) (codified as amended at 5 U.S.C. §§ 551–559, 701–706)"
  Run apa = run("Pub. L. 79-404, 60 Stat. 237 (1946) (codified as amended at 5 U.S.C. \xC2\xA7\xC2\xA7 551\xE2\x80\x93" "559, 701\xE2\x80\x93" "706), and");
  expect(apa, "Pub. L. 79-404", "statute:pl/79-404", "full");
  expect(apa, "60 Stat. 237", "statute:stat/60/237", "full");
  // A range: its first section (with range_end) and its last are mentions.
  expect(apa, "5 U.S.C. \xC2\xA7\xC2\xA7 551", "statute:usc/5/551", "full");
  expect(apa, "559", "statute:usc/5/559", "full");
  expect(apa, "701", "statute:usc/5/701", "full");
  expect(apa, "706", "statute:usc/5/706", "full");
  CHECK(attr(*apa.find("701"), "range_end") == "706");

  // Sections whose numbers carry letters and hyphens are one section.
  Run odd = run("under section 1848 of the Social Security Act (42 U.S.C. 1395w-4) and 42 U.S.C. \xC2\xA7 2000e-5(f)(1).");
  expect(odd, "42 U.S.C. 1395w-4", "statute:usc/42/1395w-4", "full");
  expect(odd, "42 U.S.C. \xC2\xA7 2000e-5(f)(1)", "statute:usc/42/2000e-5", "full");
  expect(odd, "section 1848 of the Social Security Act", "statute:usc/42/1395w-4", "full");

  Run words = run("an offense described in section 1956 of title 18 (relating to laundering), or section 1356(n) of "
                  "title 8, United States Code, and section 1983 of title 42.");
  expect(words, "section 1956 of title 18", "statute:usc/18/1956", "full");
  expect(words, "section 1356(n) of title 8, United States Code", "statute:usc/8/1356", "full");
  expect(words, "section 1983 of title 42", "statute:usc/42/1983", "full");

  // "within 60 days after dismissal of the civil action." 28 U.S.C.A. § 2679.
  Run annotated = run("within 60 days after dismissal of the civil action.\" 28 U.S.C.A. \xC2\xA7 2679. And, of course,");
  expect(annotated, "28 U.S.C.A. \xC2\xA7 2679", "statute:usc/28/2679", "full");

  // Older opinions put the title after the code.
  Run old = run("Act of June 29, 1906, c. 3592, \xC2\xA7 4, 34 Stat. 596, 598; U.S.C. Tit. 8, \xC2\xA7 381. That these");
  expect(old, "U.S.C. Tit. 8, \xC2\xA7 381", "statute:usc/8/381", "full");
  expect(old, "34 Stat. 596, 598", "statute:stat/34/596", "full");
  CHECK(old.mentions.size() == 2);  // neither "Act of June 29, 1906" nor the session law's "§ 4"
}

TEST_CASE("statutes: regulations, session laws, public laws, the Federal Register") {
  Run cfr = run("no evidence of past torture or persecution. See 8 C.F.R. \xC2\xA7 1208.16(c)(3)(i). The FDA's "
                "preemption regulation, 21 CFR 808.1(d), and 8 C.F.R. \xC2\xA7 235.3(b)(2)(iii) and (19 CFR part 12).");
  expect(cfr, "8 C.F.R. \xC2\xA7 1208.16(c)(3)(i)", "statute:cfr/8/1208.16", "full");
  expect(cfr, "21 CFR 808.1(d)", "statute:cfr/21/808.1", "full");
  expect(cfr, "8 C.F.R. \xC2\xA7 235.3(b)(2)(iii)", "statute:cfr/8/235.3", "full");
  expect(cfr, "19 CFR part 12", "statute:cfr/19/12", "full");
  CHECK(cfr.find("8 C.F.R. \xC2\xA7 235.3(b)(2)(iii)")->name == "8 C.F.R. \xC2\xA7 235.3");

  // "See Bipartisan Budget Act of 2015, Pub. L. No. 114-74, 129 Stat. 584, 625"
  Run pl = run("See Bipartisan Budget Act of 2015, Pub. L. No. 114-74, 129 Stat. 584, 625 (to be codified). The "
               "Census of Agriculture Act of 1997 (Public Law 105-113) and Pub. L. 104-208, div. C, 110 Stat. 3009-723.");
  expect(pl, "Pub. L. No. 114-74", "statute:pl/114-74", "full");
  expect(pl, "129 Stat. 584, 625", "statute:stat/129/584", "full");
  CHECK(attr(*pl.find("129 Stat. 584, 625"), "pin") == "625");
  expect(pl, "Public Law 105-113", "statute:pl/105-113", "full");
  expect(pl, "Pub. L. 104-208", "statute:pl/104-208", "full");
  expect(pl, "110 Stat. 3009-723", "statute:stat/110/3009-723", "full");
  expect(pl, "Bipartisan Budget Act of 2015", "statute:act/bipartisan-budget-act-of-2015", "named");
  // "Compact, Art. VI, 58 Stat. 96-97": a page range, cited by its first page.
  expect(run("the Compact, Art. VI, 58 Stat. 96-97, and how such diversions"), "58 Stat. 96-97", "statute:stat/58/96", "full");
  // "Pub. L. No. 102-256, § 3(a), 106 Stat. 73": the law's own section is an attribute.
  Run tvpa = run("Torture Victim Protection Act, Pub. L. No. 102-256, \xC2\xA7 3(a), 106 Stat. 73, 73 (1991)");
  expect(tvpa, "Pub. L. No. 102-256, \xC2\xA7 3(a)", "statute:pl/102-256", "full");
  CHECK(attr(*tvpa.find("Pub. L. No. 102-256, \xC2\xA7 3(a)"), "section") == "3");

  // The forms as the issue lists them.
  Run listed = run("Pub. L. 113-121; Public Law 104-208; 84 Stat. 1683; 110 Stat. 3009-546; 84 Fed. Reg. 35,409; "
                   "82 FR 26341; 8 CFR 235.3.");
  expect(listed, "Pub. L. 113-121", "statute:pl/113-121", "full");
  expect(listed, "Public Law 104-208", "statute:pl/104-208", "full");
  expect(listed, "84 Stat. 1683", "statute:stat/84/1683", "full");
  expect(listed, "110 Stat. 3009-546", "statute:stat/110/3009-546", "full");
  expect(listed, "84 Fed. Reg. 35,409", "statute:fr/84/35409", "full");
  expect(listed, "82 FR 26341", "statute:fr/82/26341", "full");
  expect(listed, "8 CFR 235.3", "statute:cfr/8/235.3", "full");

  Run fr = run("exemption . . . .\" 57 Fed. Reg. 18,344, 18,364 (Apr. 29, 1992). See 75 FR 6474 (February 9, 2010); "
               "84 Fed. Reg. 69,524 (Dec. 18, 2019). As the Board explained, 84 Fed. Reg. at 69,548, the rule");
  expect(fr, "57 Fed. Reg. 18,344, 18,364", "statute:fr/57/18344", "full");
  CHECK(fr.find("57 Fed. Reg. 18,344, 18,364")->name == "57 Fed. Reg. 18,344");
  expect(fr, "75 FR 6474", "statute:fr/75/6474", "full");
  expect(fr, "84 Fed. Reg. at 69,548", "statute:fr/84/69524", "short");
}

TEST_CASE("statutes: short forms take the title the document gives them") {
  Run r = run("Review is governed by 8 U.S.C. \xC2\xA7 1252. Under \xC2\xA7 1252(e)(3), challenges go to the District of "
              "Columbia; id. \xC2\xA7 1252(e). Section 1231 is different.");
  expect(r, "\xC2\xA7 1252(e)(3)", "statute:usc/8/1252", "short");
  expect(r, "id. \xC2\xA7 1252(e)", "statute:usc/8/1252", "id");

  // "§ 552(b)(6)" after "5 U.S.C. § 552"; "§ 1983" is well known.
  Run foia = run("The FOIA, 5 U.S.C. \xC2\xA7 552, has exemptions; \xC2\xA7 552(b)(6) protects personnel files. The "
                 "complaint, brought under 28 U.S.C. \xC2\xA7 1331, also pleads \xC2\xA7 1983.");
  expect(foia, "\xC2\xA7 552(b)(6)", "statute:usc/5/552", "short");
  expect(foia, "\xC2\xA7 1983", "statute:usc/42/1983", "short");

  expect(run("the Board may order reinstatement. 29 U.S.C. \xC2\xA7 160(c). Id. at \xC2\xA7 160(j)."),
         "Id. at \xC2\xA7 160(j)", "statute:usc/29/160", "id");

  // "37 C.F.R. § 41.156(a); id. § 42.52." and a state code's id.
  expect(run("it has done so twice. 37 C.F.R. \xC2\xA7 41.156(a); id. \xC2\xA7 42.52. To be sure"), "id. \xC2\xA7 42.52",
         "statute:cfr/37/42.52", "id");
  expect(run("See, e.g., Colo.Rev.Stat. \xC2\xA7 33-14-116 (snowmobiling); id. \xC2\xA7 33-44-104(2) (skiing)"),
         "id. \xC2\xA7 33-44-104(2)", "statute:co/rev-stat/33-44-104", "id");

  // No context: the section is kept, the entity is not guessed.
  Run bare = run("The court applied \xC2\xA7 5103(a) to the claim.");
  REQUIRE(bare.mentions.size() == 1);
  CHECK(bare.mentions[0].entity.empty());
  CHECK(attr(bare.mentions[0], "section") == "5103");
  CHECK(attr(bare.mentions[0], "form") == "short");

  // A Code section's own text: "sections 7213 and 7213A shall not apply".
  Document code_doc;
  code_doc.citation = "26 U.S.C. \xC2\xA7 6103";
  Run own = run("Subsections (a)(2) and (p)(4) and sections 7213 and 7213A shall not apply with respect to disclosures",
                code_doc);
  expect(own, "sections 7213", "statute:usc/26/7213", "short");
  expect(own, "7213A", "statute:usc/26/7213a", "short");
  Run this_title = run("as defined in section 1101(a)(15)(H)(i)(b) of this title", code_doc);
  expect(this_title, "section 1101(a)(15)(H)(i)(b) of this title", "statute:usc/26/1101", "short");

  // A treatise's section sign is not a statute.
  CHECK(run("See Restatement (Second) of Torts \xC2\xA7 21(1). Here, Defendant").mentions.empty());
  CHECK(run("13 C. Wright & A. Miller, Federal Practice and Procedure \xC2\xA7 3531 (3d ed.)").mentions.empty());
  CHECK(run("We do not think that comment b to section 39, Restatement (Second) of Judgments, applies").mentions.empty());
  // Sentencing Guidelines sections are not statutes: "Section 3C1.1 of the guidelines".
  CHECK(run("This was obstruction of justice. Section 3C1.1 of the guidelines and U.S.S.G. \xC2\xA7 2B1.1(b) apply.")
            .mentions.empty());
}

TEST_CASE("statutes: named acts and their sections") {
  Run r = run("Plaintiffs sued under the Administrative Procedure Act and FOIA, invoking the Privacy Act of 1974 "
              "and the HEROES Act; the APA claim fails.");
  expect(r, "Administrative Procedure Act", "statute:usc/5/551", "named");
  expect(r, "FOIA", "statute:usc/5/552", "named");
  expect(r, "Privacy Act of 1974", "statute:usc/5/552a", "named");
  expect(r, "HEROES Act", "statute:usc/20/1098aa", "named");
  expect(r, "APA", "statute:usc/5/551", "named");
  CHECK(attr(*r.find("Privacy Act of 1974"), "act") == "Privacy Act of 1974");

  // "section 287(g) of the Immigration and Nationality Act (8 U.S.C. 1357(g))"
  Run ina = run("in accordance with section 287(g) of the Immigration and Nationality Act (8 U.S.C. 1357(g)); of which");
  expect(ina, "section 287(g) of the Immigration and Nationality Act", "statute:usc/8/1357", "full");
  expect(ina, "8 U.S.C. 1357(g)", "statute:usc/8/1357", "full");
  CHECK(attr(*ina.find("section 287(g) of the Immigration and Nationality Act"), "act_section") == "287");

  Run sherman = run("a violation of Section 2 of the Sherman Act and of section 10(j) of the NLRA");
  expect(sherman, "Section 2 of the Sherman Act", "statute:usc/15/2", "full");
  expect(sherman, "section 10(j) of the NLRA", "statute:usc/29/160", "full");
  Run unmapped = run("under section 8(b)(4) of the Railway Labor Act");
  expect(unmapped, "section 8(b)(4) of the Railway Labor Act", "statute:act/railway-labor-act", "full");
  CHECK(attr(*unmapped.find("section 8(b)(4) of the Railway Labor Act"), "section") == "8");

  // An acronym the document defines: "the Clean Air Act (CAA) ... The CAA requires".
  Run caa = run("addressing the Clean Air Act (CAA) interstate transport. The CAA requires that each state adopt a "
                "plan. Prongs 1 and 2 of CAA section 110(a)(2)(D)(i) are at issue.");
  expect(caa, "Clean Air Act", "statute:usc/42/7401", "named");
  expect(caa, "CAA", "statute:usc/42/7401", "named");
  expect(caa, "CAA section 110(a)(2)(D)(i)", "statute:usc/42/7410", "full");

  // A weak acronym needs the act's full name first.
  CHECK(run("The ADA interviewed the witness.").mentions.empty());
  expect(run("Under the Americans with Disabilities Act of 1990, the ADA requires"), "ADA",
         "statute:usc/42/12101", "named");

  // Acts not in the table keep their name; a state's act is not the federal one.
  expect(run("under the Water Resources Development Act of 1986 (33 U.S.C. 2211)"),
         "Water Resources Development Act of 1986", "statute:act/water-resources-development-act-of-1986", "named");
  expect(run("The Workers' Compensation Act bars the claim."), "Workers' Compensation Act",
         "statute:act/workers-compensation-act", "named");
  expect(run("under the California Administrative Procedure Act, the agency"), "California Administrative Procedure Act",
         "statute:act/california-administrative-procedure-act", "named");
  // A question that opens on the act's name: the auxiliary is not part of it.
  expect(run("Does the Dealers' Act of Puerto Rico apply to a sale?"), "Dealers' Act",
         "statute:act/dealers-act", "named");

  // So do statutes named by their subject and "Statute"; "the Statute of Frauds" names none.
  expect(run("Just as Lexington points out, the state's Anti-Indemnity Statute declares void such agreements."),
         "Anti-Indemnity Statute", "statute:act/anti-indemnity-statute", "named");
  CHECK(run("The Statute of Frauds bars the claim. Under the Statute, it fails.").mentions.empty());

  // Title VII; a public law's heading "TITLE VII--" is its own title.
  expect(run("She sued under Title VII of the Civil Rights Act of 1964 and Title VII alone."), "Title VII",
         "statute:usc/42/2000e", "named");
  CHECK(run("TITLE VII--GENERAL PROVISIONS").mentions.empty());
  // A public law's own sections are not citations of anything.
  CHECK(run("The amendments made by section 3 of this Act shall take effect").mentions.empty());
  // "the Act" is what the document says it is.
  expect(run("an order under section 17(d) of the Investment Company Act of 1940 (the \"Act\") and rule 17d-1. "
             "Section 57(o) of the Act permits"),
         "Section 57(o) of the Act", "statute:act/investment-company-act-of-1940", "full");
}

TEST_CASE("statutes: ranges and lists in words name each end") {
  // Public law: "in accordance with sections 1475–1477 and 1489 of title 10"
  Run r = run("paid in accordance with sections 1475\xE2\x80\x93" "1477 and 1489 of title 10, United States Code.");
  expect(r, "1477", "statute:usc/10/1477", "full");
  CHECK(attr(*r.find("sections 1475"), "range_end") == "1477");
  CHECK(r.find("sections 1475")->entity == "statute:usc/10/1475");
  // "§ 29 of the Act ... §§ 9971, 9973, Compiled Oklahoma Statutes" style list.
  Run list = run("It was enacted as 42 U.S.C. \xC2\xA7\xC2\xA7 9971, 9973 and nothing more.");
  expect(list, "42 U.S.C. \xC2\xA7\xC2\xA7 9971", "statute:usc/42/9971", "full");
  expect(list, "9973", "statute:usc/42/9973", "full");
  Run through = run("See 5 U.S.C. \xC2\xA7\xC2\xA7 701 through 706.");
  expect(through, "5 U.S.C. \xC2\xA7\xC2\xA7 701", "statute:usc/5/701", "full");
  expect(through, "706", "statute:usc/5/706", "full");
}

TEST_CASE("statutes: a section with a capital letter in a Code section document") {
  Document usc;
  usc.kind = "statute";
  usc.citation = "26 U.S.C. \xC2\xA7 7431";
  Run r = run("in violation of\n\n(1) paragraph (1) or (2) of section 7213(a),\n\n(2) section 7213A(a), or\n\n(3) "
              "subparagraph (B) of section 1030(a)(2) of title 18 , United States Code, the Secretary", usc);
  expect(r, "section 7213A(a)", "statute:usc/26/7213a", "short");
}

TEST_CASE("statutes: a state code named in words after a list") {
  // Supreme Court, 1930: "barred by the provisions of §§ 9971 and 9973 of the Compiled Oklahoma Statutes for 1921"
  Run r = run("they were barred by the provisions of \xC2\xA7\xC2\xA7 9971 and 9973 of the Compiled Oklahoma Statutes for 1921. Under these sections, relief");
  expect(r, "\xC2\xA7\xC2\xA7 9971", "statute:ok/comp-stat/9971", "full");
  expect(r, "9973 of the Compiled Oklahoma Statutes for 1921", "statute:ok/comp-stat/9973", "full");
  CHECK(r.find("9973 of the Compiled Oklahoma Statutes for 1921")->name == "Okla. Comp. Stat. \xC2\xA7 9973 (1921)");
  Run one = run("a tax imposed under \xC2\xA7 9814, Compiled Oklahoma Statutes of 1921, upon the owner");
  expect(one, "\xC2\xA7 9814, Compiled Oklahoma Statutes of 1921", "statute:ok/comp-stat/9814", "full");
  // An unknown code after "of the" stays no statute.
  CHECK(run("under \xC2\xA7\xC2\xA7 9971 and 9973 of the Bylaws of the Club.").mentions.empty());
}

TEST_CASE("statutes: amendments named with their year are an act; the Constitution's are not") {
  // First Circuit, 1993: "preempted by the Medical Device Amendments of 1976 (\"MDA\"), 21 U.S.C. 360c et seq."
  Run r = run("preempted by the Medical Device Amendments of 1976 (\"MDA\"), 21 U.S.C. 360c et seq. The MDA governs.");
  expect(r, "Medical Device Amendments of 1976", "statute:act/medical-device-amendments-of-1976", "named");
  REQUIRE(r.find("MDA"));
  CHECK(r.find("MDA")->entity == "statute:act/medical-device-amendments-of-1976");
  Run consts = run("Under the First and Fourteenth Amendments, and the Amendments of 1990, it fails.");
  for (const Mention& m : consts.mentions) CHECK(m.entity.rfind("statute:act/", 0) != 0);
}

TEST_CASE("statutes: a section of a code named by its kind alone, its letter hyphenated") {
  // Supreme Court, 1931: "for violation of § 403-a of the Penal Code of that State"
  Run r = run("convicted for violation of \xC2\xA7 403-a of the Penal Code of that State. The statute");
  REQUIRE(r.find("\xC2\xA7 403-a"));
  CHECK(r.find("\xC2\xA7 403-a")->type == "statute");
  CHECK(run("See section 1711-E of the Revenue and Taxation Code.").find("section 1711-E"));
  // "of the" before something other than a code still cites nothing.
  CHECK(run("under section 2 of the complaint filed below.").mentions.empty());
}

TEST_CASE("statutes: executive orders") {
  // Federal Register: "Executive Order 12866 ... E.O. 13771"; Ninth Circuit
  // docket: "Executive Order No. 13,780".
  Run r = run("This rule is not significant under Executive Order 12866. E.O. 13771 does not apply. The Court "
              "enjoined Executive Order No. 13,780 and Exec. Order No. 14,159 and Executive Orders 13563 and 13132.");
  expect(r, "Executive Order 12866", "statute:eo/12866", "full");
  expect(r, "E.O. 13771", "statute:eo/13771", "full");
  expect(r, "Executive Order No. 13,780", "statute:eo/13780", "full");
  expect(r, "Exec. Order No. 14,159", "statute:eo/14159", "full");
  expect(r, "Executive Orders 13563", "statute:eo/13563", "full");
  expect(r, "13132", "statute:eo/13132", "full");
  CHECK(r.find("Executive Order No. 13,780")->name == "Executive Order 13780");
  CHECK(attr(*r.find("E.O. 13771"), "code") == "E.O.");
  // Not an order's number.
  CHECK(run("The Executive Order 2 weeks later was different.").mentions.empty());
}

TEST_CASE("statutes: a State's short-numbered executive orders belong to their document") {
  // First Circuit, 2020: "Executive Order 14, issued on March 18, prohibited
  // ... Executive Order 28, issued on March 31, directed ... for purposes of
  // Executive Order 28 or would"
  Document doc;
  doc.id = "maine-orders";
  Run r = run("Executive Order 14, issued on March 18, prohibited gatherings. Executive Order 28, issued on March 31, directed all persons "
              "to stay home. It was no essential activity for purposes of Executive Order 28 or would be.",
              doc);
  expect(r, "Executive Order 14", "statute:eo/14@maine-orders", "full");
  expect(r, "Executive Order 28", "statute:eo/28@maine-orders", "full");
  CHECK(r.mentions.size() == 3);
  CHECK(r.find("Executive Order 14")->name == "Executive Order 14");
  // Short numbers only in words and standing alone: not "E.O. 14", nor a count.
  CHECK(run("See E.O. 14, issued in March.").mentions.empty());
  CHECK(run("The Executive Order 2 weeks later was different.").mentions.empty());
}

TEST_CASE("statutes: federal court rules") {
  // D.D.C.: "moves to intervene under Federal Rule of Civil Procedure 24(a) ... Rule 24(a)"
  Run r = run("The Tribe moves to intervene as of right under Federal Rule of Civil Procedure 24(a). See Fed. R. "
              "Civ. P. 24(a)(2). Under Rule 24(a), a movant must show an interest.");
  expect(r, "Federal Rule of Civil Procedure 24(a)", "statute:frcp/24", "full");
  expect(r, "Fed. R. Civ. P. 24(a)(2)", "statute:frcp/24", "full");
  expect(r, "Rule 24(a)", "statute:frcp/24", "short");
  const Mention* m = r.find("Fed. R. Civ. P. 24(a)(2)");
  CHECK(m->name == "Fed. R. Civ. P. 24");
  CHECK(attr(*m, "code") == "Fed. R. Civ. P.");
  CHECK(attr(*m, "subsection") == "(a)(2)");

  Run sets = run("Fed.R.Civ.P. 59(e); Fed. R. App. P. 4; Fed. R. Evid. 702; Fed.R.Crim.P. 29; Fed. R. Bankr. P. 2004; "
                 "Federal Rules of Evidence 801(d)(2).");
  expect(sets, "Fed.R.Civ.P. 59(e)", "statute:frcp/59", "full");
  expect(sets, "Fed. R. App. P. 4", "statute:frap/4", "full");
  expect(sets, "Fed. R. Evid. 702", "statute:fre/702", "full");
  expect(sets, "Fed.R.Crim.P. 29", "statute:frcrp/29", "full");
  expect(sets, "Fed. R. Bankr. P. 2004", "statute:frbp/2004", "full");
  expect(sets, "Federal Rules of Evidence 801(d)(2)", "statute:fre/801", "full");

  // A docket's "Rule 2(C) of the Court's Emergency Rules" is no federal rule,
  // nor is a "Rule 12" before any federal rule was cited.
  CHECK(run("The parties are directed to comply with Rule 2(C) of the Court's Emergency Rules.").mentions.empty());
  CHECK(run("Plaintiff filed a Rule 12 motion.").mentions.empty());
  // E.D.N.Y. docket: "the disclosures required by Rules 26(a)(1) of the Federal Rules of Civil Procedure"
  expect(run("the disclosures required by Rules 26(a)(1) of the Federal Rules of Civil Procedure no later than"),
         "Rules 26(a)(1) of the Federal Rules of Civil Procedure", "statute:frcp/26", "full");
  CHECK(run("Fed. R. Civ. P. 12(b)(6) applies; see Rule 2(C) of the Court's Emergency Rules.").mentions.size() == 1);
}

TEST_CASE("statutes: rule acronyms, PACER spellings and local rules") {
  // 2d Cir. docketing notice: "the Court uses the district court caption pursuant to FRAP 12(a), 32(a)."
  Run r = run("the Court uses the district court caption pursuant to FRAP 12(a), 32(a). Representation "
              "Statement required by FRAP 12(b). Under FRCP 56 the motion fails.");
  expect(r, "FRAP 12(a)", "statute:frap/12", "full");
  expect(r, "32(a)", "statute:frap/32", "full");
  expect(r, "FRAP 12(b)", "statute:frap/12", "full");
  expect(r, "FRCP 56", "statute:frcp/56", "full");
  CHECK(r.find("FRAP 12(a)")->name == "Fed. R. App. P. 12");
  // PACER trustee report: "Pursuant to Fed R Bank P 5009, I hereby certify".
  expect(run("Pursuant to Fed R Bank P 5009, I hereby certify that the estate"), "Fed R Bank P 5009",
         "statute:frbp/5009", "full");
  // An acronym without a number, or a word that only looks like one, is nothing.
  CHECK(run("FRAP requires a caption. The FRA issued a rule.").mentions.empty());

  // 1st Cir.: "summarily affirmed pursuant to Loc. R. 27.1." -- the document's court's rule.
  Document ca1;
  ca1.court = "United States Court of Appeals (ca1)";
  Run local = run("The judgment is summarily affirmed pursuant to Loc. R. 27.1. See also Local Rule 36.2(b).", ca1);
  expect(local, "Loc. R. 27.1", "statute:local/ca1/27.1", "full");
  expect(local, "Local Rule 36.2(b)", "statute:local/ca1/36.2", "full");
  CHECK(local.find("Loc. R. 27.1")->name == "Loc. R. 27.1");
  // A local rule does not put the local rules in focus for a later bare "Rule 12".
  CHECK(run("Under Loc.R. 27.1 we act. Plaintiff filed a Rule 12 motion.").mentions.size() == 1);
  // D. Neb. criminal docket: "A hearing on the government's Rule 35 motion" -- the
  // case's own rules (its number "8:04-cr-00107" says criminal).
  Document criminal;
  criminal.docket = "8:04-cr-00107";
  expect(run("A hearing on the government's Rule 35 motion is scheduled.", criminal), "Rule 35", "statute:frcrp/35",
         "short");
  Run record = run("Issued 2007-01-17\n\nUSCOURTS-ned-8_04-cr-00107\n\n8:04-cr-00107\n\nORDER on the Rule 35 motion.");
  expect(record, "Rule 35", "statute:frcrp/35", "short");
  Document civil;
  civil.docket = "1:25-cv-01101";
  expect(run("Defendants move under Rule 12(b)(6).", civil), "Rule 12(b)(6)", "statute:frcp/12", "short");
  Document appeal;
  appeal.docket = "25-5181";
  CHECK(run("Defendants move under Rule 12(b)(6).", appeal).mentions.empty());
  // "L.R." is mostly the American Law Reports: not a rule.
  CHECK(run("See 12 A.L.R. 1487 and L.R. 1487.").mentions.empty());
}

TEST_CASE("statutes: titles named after the list, line-broken public laws, glued footnotes, id. of a treatise") {
  // 5 U.S.C. 551(1)(H): the title follows the last item of the list, and it is the appendix.
  Run r = run("sections 1738 and 1744 of title 12; or sections 1884, 1891\u20131902, and former section 1641(b)(2), "
              "of title 50, appendix;");
  expect(r, "sections 1738", "statute:usc/12/1738", "full");
  expect(r, "sections 1884", "statute:usc/50-app/1884", "full");
  expect(r, "1891", "statute:usc/50-app/1891", "full");
  expect(r, "1902", "statute:usc/50-app/1902", "full");
  expect(r, "section 1641(b)(2), of title 50, appendix", "statute:usc/50-app/1641", "full");
  // Words that are no list items stop the look-ahead.
  Run other = run("sections 1884 and 1885 as amended by the statute of title 50 apply.");
  for (const Mention& m : other.mentions) CHECK(m.entity.find("usc/50") == std::string::npos);

  // A public law's heading breaks the line: "Public Law\n115-7".
  expect(run("131 STAT. 13\n\nPublic Law\n115\u20137\n115th Congress"), "Public Law\n115-7", "statute:pl/115-7",
         "full");

  // 7th Cir.: "... is liable ... ." 745 ILCS 10/9-102.1 Elston maintained" -- footnote 1.
  Run ilcs = run("for which it is liable.\" 745 ILCS 10/9-102.1 Elston maintained that the County was obligated. "
                 "Compare 745 ILCS 10/2-109.1, which differs, and 745 ILCS 10/9-103.1.");
  REQUIRE(ilcs.mentions.size() == 3);
  CHECK(attr(ilcs.mentions[0], "section") == "10/9-102");
  CHECK(attr(ilcs.mentions[1], "section") == "10/2-109.1");
  CHECK(attr(ilcs.mentions[2], "section") == "10/9-103.1");

  // "id. § 234" repeats the Restatement cited last, not the statute before it.
  Run treatise = run("745 ILCS 10/9-102. See Restatement (Second) of Agency \u00a7 234 cmt. a (1958). See id. "
                     "\u00a7 234 cmts. b & c. Compare 42 U.S.C. \u00a7 1983. See id. \u00a7 1985.");
  CHECK(treatise.spans() == std::vector<std::string>{"745 ILCS 10/9-102", "42 U.S.C. \u00a7 1983", "id. \u00a7 1985"});
}

TEST_CASE("statutes: PACER charge lists and bankruptcy dockets") {
  Document docket;
  docket.kind = "docket";
  // D.D.C. criminal docket, "Pending Counts ... Disposition".
  Run r = run("Pending Counts\n\nDisposition\n\n18:371; CONSPIRACY TO DEFRAUD THE UNITED STATES; Conspiracy.\n(1)\n\n"
              "18:1956(h) and 3551 et seq.; MONEY LAUNDERING\n(2s)\n\n31:5314 and 5322(b); 18:2; RECORDS AND "
              "REPORTS\n\n22:612 and 618(a)(1); 18:2; REGISTRATION STATEMENT\n\n18:2, 1001(a), and 3551 et seq.; "
              "STATEMENTS\nFiled at 14:31:20 on 10:30 AM.",
              docket);
  expect(r, "18:371", "statute:usc/18/371", "full");
  expect(r, "18:1956(h)", "statute:usc/18/1956", "full");
  expect(r, "3551 et seq.", "statute:usc/18/3551", "full");
  expect(r, "31:5314", "statute:usc/31/5314", "full");
  expect(r, "5322(b)", "statute:usc/31/5322", "full");
  expect(r, "22:612", "statute:usc/22/612", "full");
  expect(r, "618(a)(1)", "statute:usc/22/618", "full");
  expect(r, "1001(a)", "statute:usc/18/1001", "full");
  CHECK(attr(*r.find("18:1956(h)"), "subsection") == "(h)");
  for (const Mention& m : r.mentions) CHECK(m.entity.find("/14/") == std::string::npos);
  for (const Mention& m : r.mentions) CHECK(m.entity.find("/10/") == std::string::npos);
  // W.D. Wash.: "Production of Child Pornography 18:2251(a) & (e)".
  Run wawd = run("Count 1\nProduction of Child Pornography 18:2251(a) & (e)\nPossession 18:2252(a)(4) & 2252(b)(2)", docket);
  expect(wawd, "18:2251(a) & (e)", "statute:usc/18/2251", "full");
  expect(wawd, "2252(b)(2)", "statute:usc/18/2252", "full");
  // GovInfo: the cause of action on a line of its own, no heading before it.
  Run cause = run("Prisoner Petitions - Habeas Corpus\n\n28:2254 Petition for Writ of Habeas Corpus (State)\n", docket);
  expect(cause, "28:2254", "statute:usc/28/2254", "full");
  CHECK(run("Minutes\n\n10:30 Hearing held.\n", docket).mentions.empty());
  CHECK(run("Prisoner Petitions\n\n28:2254 Petition for Writ\n").mentions.empty());  // not a docket
  // Without a charge heading a ratio or a time is nothing.
  CHECK(run("The vote was 18:12 and the hearing at 10:30.", docket).mentions.empty());
  CHECK(run("Count 1. Search Criteria: 1:17-cr-00201-ABJ Starting with", docket).mentions.empty());
  CHECK(run("Offense: hearing at 5:45 PM, then 14:31:20; charged under 18:371 here").mentions.size() == 1);

  // Bankruptcy: "Notice of Meeting of Creditors. 341(a) meeting to be held ... Complaints under Sections 727 or 523"
  Document bk;
  bk.kind = "docket";
  bk.docket = "2:09-bk-20833";
  Run meeting = run("Chapter 7 Indiv/Joint--Notice of Meeting of Creditors. 341(a) meeting to be held on 10/1/2009 at "
                    "01:00 PM (341-PHX) Complaints under Sections 727 or 523 due by 11/30/2009.",
                    bk);
  expect(meeting, "341(a)", "statute:usc/11/341", "full");
  expect(meeting, "Sections 727", "statute:usc/11/727", "short");
  expect(meeting, "523", "statute:usc/11/523", "short");
  CHECK(meeting.find("341") == nullptr);  // "(341-PHX)" is a room
  CHECK(run("He paid $341 at the meeting.").mentions.empty());
}

TEST_CASE("statutes: appropriations acts keep their fiscal year") {
  // Public law: "the Department of Defense Appropriations Act, 2013 (division C of Public Law 113-6)"
  Run r = run("as provided in the Department of Defense Appropriations Act, 2013 (division C of Public Law 113-6).");
  const Mention* m = r.find("Department of Defense Appropriations Act, 2013");
  REQUIRE(m != nullptr);
  CHECK(m->name == "Department of Defense Appropriations Act, 2013");
  CHECK(m->entity == "statute:act/department-of-defense-appropriations-act-2013");
  // Not for other acts, where a year after a comma is the sentence's.
  CHECK(run("under the Foo Bar Act, 2013 was a hard year.").find("Foo Bar Act, 2013") == nullptr);
}

TEST_CASE("statutes: state codes") {
  Run r = run("Compare Cal. Civ. Code \xC2\xA7 1714 (West 2019), N.Y. Penal Law \xC2\xA7 125.25, Tex. Gov't Code Ann. "
              "\xC2\xA7 552.101, Fla. Stat. \xC2\xA7 768.28, and Mass. Gen. Laws ch. 93A, \xC2\xA7 2.");
  expect(r, "Cal. Civ. Code \xC2\xA7 1714", "statute:ca/civ/1714", "full");
  expect(r, "N.Y. Penal Law \xC2\xA7 125.25", "statute:ny/penal/125.25", "full");
  expect(r, "Tex. Gov't Code Ann. \xC2\xA7 552.101", "statute:tx/gov/552.101", "full");
  expect(r, "Fla. Stat. \xC2\xA7 768.28", "statute:fl/stat/768.28", "full");
  expect(r, "Mass. Gen. Laws ch. 93A, \xC2\xA7 2", "statute:ma/gen-laws/93a/2", "full");
  // A chapter cited whole, or whose "\xC2\xA7" the text lost; with a section, the section.
  Run ch = run("Abruzzi sued under Mass. Gen. L. ch. 93A,    2(a) (forbidding deceit), and Mass. Gen. Laws c. 209. "
               "See also Mass. Gen. Laws ch. 12, \xC2\xA7 11H.");
  expect(ch, "Mass. Gen. L. ch. 93A", "statute:ma/gen-laws/93a", "full");
  CHECK(ch.find("Mass. Gen. L. ch. 93A")->name == "Mass. Gen. Laws ch. 93A");
  expect(ch, "Mass. Gen. Laws c. 209", "statute:ma/gen-laws/209", "full");
  expect(ch, "Mass. Gen. Laws ch. 12, \xC2\xA7 11H", "statute:ma/gen-laws/12/11h", "full");
  CHECK(ch.find("Mass. Gen. Laws ch. 12") == nullptr);
  // Tennessee workers' compensation order: "Tenn. Code Ann. § 50-6-118(a)(l2)";
  // with or without "Ann." one id and the Bluebook name.
  Run tn = run("under Tenn. Code Ann. \xC2\xA7 50-6-102(14)(A) and Tenn. Code \xC2\xA7 50-6-118(a).");
  expect(tn, "Tenn. Code Ann. \xC2\xA7 50-6-102(14)(A)", "statute:tn/code/50-6-102", "full");
  expect(tn, "Tenn. Code \xC2\xA7 50-6-118(a)", "statute:tn/code/50-6-118", "full");
  CHECK(tn.find("Tenn. Code \xC2\xA7 50-6-118(a)")->name == "Tenn. Code Ann. \xC2\xA7 50-6-118");
  CHECK(attr(*r.find("Cal. Civ. Code \xC2\xA7 1714"), "code") == "Cal. Civ. Code");
  CHECK(attr(*r.find("Cal. Civ. Code \xC2\xA7 1714"), "state") == "ca");

  // Real: "Post Conviction Hearing Act, 42 Pa. Cons. Stat. § 9541 et seq. (1982)";
  // "Colo. Rev. Stat. § 18-3-405(1)"; "N.H. Rev. Stat. Ann. § 194:15-c".
  Run real = run("See 42 Pa. Cons. Stat. \xC2\xA7 9541 et seq. (1982). Colo. Rev. Stat. \xC2\xA7 18-3-405(1). "
                 "N.H. Rev. Stat. Ann. \xC2\xA7 194:15-c. Wash. murder, RCW 9A.32.030, and 735 ILCS 5/2-619.");
  expect(real, "42 Pa. Cons. Stat. \xC2\xA7 9541 et seq.", "statute:pa/cons-stat/42/9541", "full");
  expect(real, "Colo. Rev. Stat. \xC2\xA7 18-3-405(1)", "statute:co/rev-stat/18-3-405", "full");
  expect(real, "N.H. Rev. Stat. Ann. \xC2\xA7 194:15-c", "statute:nh/rev-stat/194:15-c", "full");
  expect(real, "RCW 9A.32.030", "statute:wa/rcw/9a.32.030", "full");
  expect(real, "735 ILCS 5/2-619", "statute:il/ilcs/735/5/2-619", "full");
  // The 1940 District of Columbia Code put its title first ("22 D.C. Code
  // §§ 1501, 1502"); the current one numbers the section by it ("D.C. Code § 22-1501").
  Run dc = run("An indictment under 22 D.C. Code \xC2\xA7\xC2\xA7 1501, 1502 (1940); now D.C. Code \xC2\xA7 22-1704.");
  expect(dc, "22 D.C. Code \xC2\xA7\xC2\xA7 1501", "statute:dc/code/22/1501", "full");
  expect(dc, "1502", "statute:dc/code/22/1502", "full");
  expect(dc, "D.C. Code \xC2\xA7 22-1704", "statute:dc/code/22-1704", "full");
  // A later bare section of the same code.
  expect(run("Cal. Civ. Code \xC2\xA7 1714 sets the duty; \xC2\xA7 1714.5 limits it."), "\xC2\xA7 1714.5",
         "statute:ca/civ/1714.5", "short");
}

TEST_CASE("statutes: the Constitution") {
  Run r = run("The power comes from U.S. Const. art. I, \xC2\xA7 8, cl. 3, and U. S. Const., Art. III, \xC2\xA7 1, "
              "limits it. \"the freedom of speech, or of the press.\" U.S. Const. amend. I. The First Amendment "
              "protects it, and the Fifth and Fourteenth Amendments too; Article III standing is required.");
  expect(r, "U.S. Const. art. I, \xC2\xA7 8, cl. 3", "statute:const/art1/s8", "full");
  CHECK(attr(*r.find("U.S. Const. art. I, \xC2\xA7 8, cl. 3"), "clause") == "3");
  CHECK(attr(*r.find("U.S. Const. art. I, \xC2\xA7 8, cl. 3"), "code") == "U.S. Const.");
  expect(r, "U. S. Const., Art. III, \xC2\xA7 1", "statute:const/art3/s1", "full");
  expect(r, "U.S. Const. amend. I", "statute:const/amend1", "full");
  expect(r, "First Amendment", "statute:const/amend1", "named");
  expect(r, "Fifth", "statute:const/amend5", "named");
  expect(r, "Fourteenth Amendments", "statute:const/amend14", "named");
  expect(r, "Article III", "statute:const/art3", "named");
  // State constitutions and other documents' articles are not the Constitution.
  CHECK(run("from final decrees of divorce. Fla.Const. Art. V, \xC2\xA7 5. And see").mentions.empty());
  CHECK(run("Article II of the Vienna Convention applies.").mentions.empty());
  CHECK(run("the First Amendment to the Lease was signed").mentions.empty());
}

TEST_CASE("statutes: what is not a statute") {
  for (std::string_view text : {
           "Roe v. Wade, 410 U.S. 113 (1973), was decided on January 22, 1973.",
           "Appeal No. 25-5181 was argued on May 3, 2025; see ECF No. 13 and Compl. \xC2\xB6 17.",
           "The Act was passed. This Act shall take effect. An Act to amend the law.",
           "The court cited 5 F.3d 552 and 26 F. Supp. 3d 6103.",
           "He paid $6,103 in 2019 and section headings were added.",
       }) {
    Run r = run(text);
    INFO(text);
    for (const std::string& s : r.spans()) INFO("found: " << s);
    CHECK(r.mentions.empty());
  }
}

TEST_CASE("statutes: statute_entity_id resolves a user's string") {
  CHECK(statute_entity_id("IRC 6103") == "statute:usc/26/6103");
  CHECK(statute_entity_id("26 U.S.C. \xC2\xA7 6103(i)(2)") == "statute:usc/26/6103");
  CHECK(statute_entity_id("Internal Revenue Code section 6103") == "statute:usc/26/6103");
  CHECK(statute_entity_id("section 6103 of the Internal Revenue Code") == "statute:usc/26/6103");
  CHECK(statute_entity_id("8 CFR 235.3") == "statute:cfr/8/235.3");
  CHECK(statute_entity_id("Privacy Act") == "statute:usc/5/552a");
  CHECK(statute_entity_id("First Amendment") == "statute:const/amend1");
  CHECK(statute_entity_id("\xC2\xA7 1983") == "statute:usc/42/1983");
  CHECK(statute_entity_id("what the court said") == "");
  CHECK(statute_entity_id("") == "");
}

TEST_CASE("statutes: hostile input stays in bounds") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "\xC2\xA7\xC2\xA7 1, (a), 2-3 U.S.C. Act Act of the ";
  text += "\xC2\xA7";  // a section sign at the very end
  Run r = run(text);
  for (const Mention& m : r.mentions) {
    CHECK(m.start < m.end);
    CHECK(m.end <= r.text.size());
  }
  run("26 U.S.C.");
  run("Pub. L. No.");
  run("U.S. Const. art.");
  run("(\"");
}

TEST_CASE("statutes: every real document, spans in range, and speed") {
  if (!fs::exists(corpus_dir())) {
    MESSAGE("skipped: " << corpus_dir() << " is absent");
    return;
  }
  std::vector<std::pair<Document, std::string>> docs;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_dir())) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ReadResult read = read_text(ss.str());
    if (!read.ok() || read.documents.empty()) continue;
    Document doc = read.documents.front();
    std::string normalized = normalize(doc.text).text;
    docs.emplace_back(std::move(doc), std::move(normalized));
  }
  REQUIRE(docs.size() > 300);
  std::map<std::string, int> per_form;
  std::size_t bytes = 0, mentions = 0, with_entity = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& [doc, text] : docs) {
    Segmentation segments;
    ExtractionContext ctx{doc, text, segments};
    std::vector<Mention> out;
    extract_statutes(ctx, out);
    bytes += text.size();
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    std::size_t previous_end = 0;
    for (const Mention& m : out) {
      CHECK(m.type == "statute");
      CHECK(m.start < m.end);
      CHECK(m.end <= text.size());
      CHECK(m.start >= previous_end);
      previous_end = m.end;
      ++per_form[attr(m, "form")];
      with_entity += m.entity.empty() ? 0 : 1;
    }
    mentions += out.size();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("statutes over corpus-real: " << mentions << " mentions (" << with_entity << " with an entity) in "
          << docs.size() << " documents; full " << per_form["full"] << ", short " << per_form["short"] << ", id "
          << per_form["id"] << ", named " << per_form["named"] << "; " << bytes / seconds / 1e6 << " MB/s");
  CHECK(mentions > 5000);
}

TEST_CASE("statutes: a State's session laws by year and chapter") {
  // Supreme Court, 1907: "an amendment of the general transfer-tax law ...,
  // chapter 284, Laws of 1897"; Kentucky's "Acts 1922, c. 1".
  Run r = run("The tax was imposed under chapter 284, Laws of 1897, as amended by chapter 76 of the Laws of "
              "1903. See Laws of New York, 1897, c. 284, and Acts 1922, c. 1, and Laws 1925, ch. 49.");
  expect(r, "chapter 284, Laws of 1897", "statute:session-laws/1897/ch284", "full");
  expect(r, "chapter 76 of the Laws of 1903", "statute:session-laws/1903/ch76", "full");
  expect(r, "Laws of New York, 1897, c. 284", "statute:session-laws/1897/ch284", "full");
  expect(r, "Acts 1922, c. 1", "statute:session-laws/1922/ch1", "full");
  expect(r, "Laws 1925, ch. 49", "statute:session-laws/1925/ch49", "full");
  CHECK(attr(*r.find("chapter 284, Laws of 1897"), "chapter") == "284");
  CHECK(r.find("chapter 284, Laws of 1897")->name == "ch. 284, Laws of 1897");
  // A volume without a chapter, or a chapter without a year, is no statute.
  CHECK(run("The Laws of 1897 were printed. Chapter 5 of the Laws of Congress. The Acts of the Apostles, 1611.")
            .mentions.empty());
}
