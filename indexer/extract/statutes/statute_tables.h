#pragma once
// The facts the statute scanners use, read once from the embedded data files
// extract/data/acts.tsv, act_sections.tsv, well_known_sections.tsv and
// state_codes.tsv (their columns are described at their tops).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lexgraph::statutes {

// Orders U.S. Code section numbers the way the Code does: 1395 < 1395a <
// 1395z < 1395aa < 1395w-4 is after 1395w. Used for "does this act cover
// section N".
struct SectionKey {
  long number = -1;      // leading digits; -1: not a section number
  std::string letters;   // suffix letters, lower case
  long sub = -1;         // number after a hyphen ("2000e-5" -> 5), -1 if none
};
SectionKey section_key(std::string_view section);
int compare_sections(const SectionKey& a, const SectionKey& b);

struct SectionRange {
  SectionKey first, last;
};

struct ActEntry {
  enum class Place { none, usc_section, usc_title, public_law, stat };
  std::string name;            // canonical name
  std::string slug;            // statute:act/<slug>
  Place place = Place::none;
  std::string title;           // usc title (usc_section, usc_title)
  std::string section;         // first covered section (usc_section); "<c>-<n>" (public_law); page (stat)
  std::string volume;          // stat volume
  std::vector<SectionRange> covers;
  bool usc_numbering = false;  // the act's section numbers are the Code's
  std::string code;            // label for "<act> § N" ("I.R.C."), empty: "U.S.C."
  bool is_code() const { return place == Place::usc_title; }
};

struct AliasHit {
  int act = -1;
  bool weak = false;
};

struct StateCodeEntry {
  std::string state, code, display;
  bool titled = false;
  bool nosign = false;
};

struct UscPlace {
  std::string title, section;
};

class StatuteTables {
 public:
  static const StatuteTables& get();  // parsed once, thread-safe

  const std::vector<ActEntry>& acts() const { return acts_; }
  // A one-word alias, exact letter case ("FOIA", "I.R.C.", "Dodd-Frank").
  AliasHit find_token(std::string_view token) const;
  // A name or multi-word alias, by name_key().
  AliasHit find_name(std::string_view key) const;
  // Is `word` the last word of some name or multi-word alias ("Act", "Code")?
  bool is_name_end(std::string_view word) const;
  // Where section `section` of act `act` is codified, when the data says.
  bool act_section_place(int act, std::string_view section, UscPlace& place) const;
  // The title of a section cited by number alone ("1983" -> "42"), or "".
  std::string well_known_title(std::string_view section) const;
  // A state code by code_key() of its written form, or nullptr.
  const StateCodeEntry* find_state_code(std::string_view key) const;
  // Is `word` the last word of a state code cited without "§" ("RCW")?
  bool is_state_nosign_end(std::string_view word) const;
  // The last word of a state code as written ("Laws" of "Mass. Gen. Laws"):
  // a chapter may follow it with no section ("Mass. Gen. Laws ch. 93A").
  bool is_state_code_end(std::string_view word) const;
  // Can the capitalised word `word` (with its closing period, if any) start
  // or end an act's name or a state code? A fast filter: most words cannot.
  bool may_name(std::string_view word) const;

  std::vector<std::string> problems;  // data rows that did not parse
  std::size_t act_rows = 0, act_section_rows = 0, well_known_rows = 0, state_code_rows = 0;

 private:
  StatuteTables();
  std::vector<ActEntry> acts_;
  std::unordered_map<std::string, AliasHit> tokens_;
  std::unordered_map<std::string, AliasHit> names_;
  std::unordered_map<std::string, bool> name_ends_;
  std::unordered_map<std::string, UscPlace> act_sections_;  // "<act index>/<section>"
  std::unordered_map<std::string, std::string> well_known_;
  std::unordered_map<std::string, StateCodeEntry> state_codes_;
  std::unordered_map<std::string, bool> state_nosign_ends_;
  std::unordered_map<std::string, bool> state_code_ends_;
  std::vector<std::string> name_words_storage_;
  std::unordered_set<std::string_view> name_words_;  // views into name_words_storage_
  bool name_word_shapes_[256][32] = {};              // [first byte][length, 31 = longer]
  // Bits of name_word_key(): of each name word with and without one closing
  // period, so one look-up covers both forms may_name() accepts.
  std::uint64_t name_word_bits_[1024] = {};
};

// "The Privacy Act of 1974" -> "Privacy Act of 1974": words as written but
// connectors ("of", "and", "the" ...) in lower case, "&" as "and",
// punctuation as spaces, a leading "the" dropped.
std::string name_key(std::string_view text);
// "Cal. Civ. Code Ann." -> "calcivcode": lower-case letters and digits of
// every word but "Ann."/"Annotated".
std::string code_key(const std::vector<std::string_view>& words);
// "Freedom of Information Act" -> "freedom-of-information-act".
std::string slug(std::string_view text);

}  // namespace lexgraph::statutes
