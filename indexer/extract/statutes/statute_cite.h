#pragma once
// What a scanner recognised, before the document context settles what a
// short form refers to and before it becomes a Mention. Internal to
// extract/statutes.

#include <cstddef>
#include <string>
#include <vector>

namespace lexgraph::statutes {

// The body of law a citation points into.
enum class Body {
  unknown,       // a short form whose title is not settled yet
  usc,           // title + section (or a whole title when section is empty)
  cfr,           // title + section, or title + part
  stat,          // title = volume, section = page
  public_law,    // section = "<congress>-<number>"
  fed_reg,       // title = volume, section = first page (digits only)
  act,           // a named act whose place is not a section (slug in `act_slug`)
  state,         // state + state_code (+ division) + section
  constitution,  // article or amendment
  exec_order,    // section = the order's number ("12866")
  court_rule,    // rule_set ("frcp") + section = the rule ("24")
  session_law,   // a State's session laws: title = the year, section = the chapter
};

enum class Form { full, short_form, id, named };

// What the document must supply before a short form has a title.
enum class Needs {
  nothing,
  title,        // "§ 1252(e)": same section cited before, act in focus, well-known, last full cite
  title_word,   // "section 1252": like `title`, but the last full citation only when near
  this_title,   // "section 552 of this title": the title of the document's code citations
  such_title,   // "section 1651 of such title": the title the text named last
  previous,     // "id. § 5": the last statute citation's title
  act_focus,    // "section 8 of such Act": the act named last
  code_focus,   // "section 61 of the Code": the code named last (I.R.C., Bankruptcy Code)
  fed_reg_pin,  // "84 Fed. Reg. at 69,548": the last Federal Register citation of that volume
};

struct StatuteCite {
  std::size_t start = 0;
  std::size_t end = 0;
  Form form = Form::full;
  Body body = Body::unknown;
  Needs needs = Needs::nothing;

  std::string code;        // as the citation family is written: "U.S.C.", "C.F.R.", "I.R.C.", "Cal. Civ. Code"
  std::string title;       // U.S.C./C.F.R. title, Stat./Fed. Reg. volume
  std::string section;     // "6103", "235.3", "1395w-4"; Stat./Fed. Reg. page; public law "104-208"
  std::string range_end;   // "706" for "§§ 701-706"
  std::vector<std::string> subsections;  // "(i)(2)"; several for "§§ 7411(a)(1), (b)(1)"
  std::string pin;         // Stat./Fed. Reg. pin page
  bool et_seq = false;
  bool note = false;       // "42 U.S.C. 1395ww note"
  bool cfr_part = false;   // "8 C.F.R. pt. 235": section holds the part
  bool appendix = false;   // "50 U.S.C. App. § 1"
  bool names_title = false;  // the text says "title 42" in words: later "such title" is this one

  int act = -1;            // index in the act table, or -1
  std::string act_name;    // display name of an act not in the table
  std::string act_section; // the act's own section ("287" of the INA) when not a U.S.C. section
  int hint_act = -1;           // what the document calls "the Act" (a bare "section N" may be its)
  std::string hint_act_name;

  std::string state;       // "ca"
  std::string state_code;  // "civ"
  std::string state_division;  // "93a" in "Mass. Gen. Laws ch. 93A, § 2", "42" in "42 Pa. Cons. Stat."
  std::string state_division_label;  // "ch." or "tit." between code and section; "" for a title before the code

  std::string edition;     // a state compilation's year: "1921" of "Compiled Oklahoma Statutes of 1921"
  std::string article;     // constitution: "1" (article I) ...
  int amendment = 0;       // ... or amendment number
  std::string clause;      // "3" in "cl. 3"

  std::string rule_set;    // court rules: "frcp", "frap", "fre", "frcrp", "frbp"
  std::string scope;       // a State's executive order: the document whose orders it numbers
};

}  // namespace lexgraph::statutes
