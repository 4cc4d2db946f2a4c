#pragma once
// One pass over normalized text that finds statute citations (stage 4,
// before the document context settles short forms; see
// statute_resolution.h). The text is read word by word; a word that can
// start or end a citation ("U.S.C.", "§", "Stat.", "Act", "FOIA", "Id.",
// "section", "Amendment" ...) hands over to the reader for that form, which
// looks back for what comes before it (a title number, an act's name) and
// forward for the sections.
//
// The readers live in files named for the forms they read:
//   federal_citations.cc  U.S.C., C.F.R., Stat., Pub. L., Fed. Reg.
//   section_references.cc "§ N", "section N of title T", "section N of the X Act", "id. § N"
//   act_names.cc          named acts, acronyms, "<act> § N"
//   state_codes.cc        "Cal. Civ. Code § 1714", "RCW 9A.32.030"
//   constitution.cc       "U.S. Const. art. I, § 8", "Article III", "the First Amendment"
//   session_laws.cc       "chapter 284, Laws of 1897", "Acts 1922, c. 1"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/statutes/cite_text.h"
#include "extract/statutes/statute_cite.h"
#include "extract/statutes/statute_tables.h"

namespace lexgraph::statutes {

struct RuleSet;  // a set of federal court rules (rules_and_orders.cc)

class StatuteScanner {
 public:
  explicit StatuteScanner(std::string_view text);

  // Every citation found, in text order of their anchors; they may overlap.
  std::vector<StatuteCite> scan();

  // The federal rules a bare "Rule 35" means before any set is cited: those
  // of the document's own case type ("cr" criminal, "cv" civil, "bk"
  // bankruptcy, as in "8:04-cr-00107"); other types leave none.
  void assume_rules_of_case_type(std::string_view case_type);

 private:
  // A section of a list: "7411(a)(1), (b)(1)" or "701-706".
  struct ListItem {
    std::size_t start = 0, end = 0;
    SectionToken token;
    std::vector<std::string> subsections;
    bool et_seq = false, note = false;
  };
  // An act's name found in the text (not yet a citation).
  struct ActName {
    std::size_t start = 0, end = 0;
    int act = -1;          // table index, or -1 for a name not in the table
    std::string name;      // the name when not in the table
    bool defined = false;  // named by an acronym the document defined
  };

  std::size_t dispatch(std::size_t start, std::size_t end);

  // federal_citations.cc
  std::size_t code_citation(std::size_t token_start, std::size_t code_end, Body body);
  std::size_t statutes_at_large(std::size_t token_start, std::size_t token_end);
  std::size_t public_law(std::size_t token_start, std::size_t after_prefix);
  std::size_t federal_register(std::size_t token_start, std::size_t token_end);

  // section_references.cc
  std::size_t section_reference(std::size_t p);
  std::size_t id_citation(std::size_t token_start, std::size_t token_end);
  std::size_t code_title(std::size_t token_start, std::size_t token_end);
  std::size_t read_section_list(std::size_t p, bool plural, SectionStyle style, std::vector<ListItem>& items) const;
  void add_list(const std::vector<ListItem>& items, std::size_t first_start, const StatuteCite& base);
  // An act's own sections: each cite keeps the act's number in act_section;
  // the last one ends at `last_end` (after the act's name).
  void add_act_sections(const std::vector<ListItem>& items, std::size_t first_start, std::size_t last_end,
                        const StatuteCite& base);
  bool bare_reference_allowed(std::size_t designator) const;
  // Where " of title N" begins when only more list items stand between `end`
  // and it ("1891-1902, and former section 1641(b)(2), of title 50"), else `end`.
  std::size_t title_after_list(std::size_t end) const;

  // act_names.cc
  std::size_t named_act(std::size_t anchor_start, std::size_t anchor_end);
  bool act_name_ending_at(std::size_t anchor_start, std::size_t anchor_end, ActName& found);
  bool act_name_starting_at(std::size_t p, ActName& found);
  std::size_t act_sections_after(const ActName& act, std::size_t p);
  void note_definition(const ActName& act);
  void remember_named(const ActName& act);

  // state_codes.cc
  std::size_t state_code_before_sign(std::size_t sign);
  std::size_t state_code_without_sign(std::size_t token_start, std::size_t token_end);
  std::size_t state_code_chapter(std::size_t token_start, std::size_t token_end);
  std::size_t state_code_after_list(std::size_t p, const std::vector<ListItem>& items, std::size_t first_start);

  // constitution.cc
  std::size_t constitution(std::size_t const_start, std::size_t const_end);
  std::size_t article(std::size_t token_start, std::size_t token_end, bool after_id);
  std::size_t amendment(std::size_t token_start, std::size_t token_end);
  std::size_t constitution_parts(std::size_t p, std::size_t start, Form form, bool require_article);

  // rules_and_orders.cc
  std::size_t executive_order(std::size_t token_start, std::size_t number_start, bool short_numbers);
  std::size_t federal_rule(std::size_t token_start, std::size_t token_end);
  std::size_t federal_rule_in_words(std::size_t token_start, std::size_t token_end);
  std::size_t short_rule(std::size_t token_start, std::size_t token_end);
  std::size_t rule_acronym(std::size_t token_start, std::size_t token_end);
  std::size_t local_rule(std::size_t token_start, std::size_t token_end);
  std::size_t rule_number(std::size_t start, std::size_t p, const RuleSet& set, Form form);

  // session_laws.cc: "chapter 284, Laws of 1897", "Acts 1922, c. 1"
  std::size_t session_law(std::size_t token_start, std::size_t token_end);

  std::string_view t_;
  const StatuteTables& tables_;
  std::vector<StatuteCite> out_;
  std::unordered_map<std::string_view, ActName> defined_;  // acronyms the document defined (views into the text)
  ActName the_act_;                                   // what the document calls "the Act", when it says
  std::vector<bool> named_in_full_;                   // acts named in full so far
  const RuleSet* last_rule_set_ = nullptr;     // the federal rules cited last ("Rule 12(b)" after them)
};

}  // namespace lexgraph::statutes
