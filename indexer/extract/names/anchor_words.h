#pragma once
// The words each name pass starts from, and one table that sorts every word
// of a document to the passes that care about it while the text is split
// into words, so that no pass walks the whole word list.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/names/name_text.h"

namespace lexgraph::names {

// Passes, as bits of the anchor table.
enum AnchorPass : std::uint8_t {
  kInstitutionAnchor = 1 << 0,  // first words of gazetteer phrases
  kJudgeAnchor = 1 << 1,        // Judge, Justice, J., JJ., C. J.
  kCueAnchor = 1 << 2,          // first words of person titles and role cues
  kLowerAnchor = 1 << 3,        // role nouns; for, argued, brief, capacity
  kCaptionAnchor = 1 << 4,      // Plaintiff, Appellee ...
  kGovernmentAnchor = 1 << 5,   // Department, Commission ... (state bodies)
  kFocusAnchor = 1 << 6,        // agency, Bureau, Department ... ("the agency"); "this Court"
  kOrganizationAnchor = 1 << 7, // Inc., Foundation, Center ...
};
constexpr int kAnchorPasses = 8;

inline constexpr std::string_view kJudgeAnchorWords[] = {"Judge", "Judges", "Justice", "Justices",
                                                          "J",     "JJ",     "C",       "P"};
inline constexpr std::string_view kLowerAnchorWords[] = {"for", "argued", "brief", "briefs", "capacity"};
inline constexpr std::string_view kCaptionRoles[] = {"Plaintiff",   "Plaintiffs",  "Defendant",  "Defendants",
                                                     "Petitioner",  "Petitioners", "Respondent", "Respondents",
                                                     "Appellant",   "Appellants",  "Appellee",   "Appellees"};
inline constexpr std::string_view kGovernmentHeads[] = {"Department", "Commission", "Board",
                                                        "Agency",     "Bureau",     "Office",
                                                        "Authority",  "Administration", "Division",
                                                        "Ministry"};
inline constexpr std::string_view kFocusWords[] = {"agency",     "Agency", "Bureau",  "Department",
                                                   "Commission", "Board",  "Service", "Administration"};

// Word indices of one document, per pass (ascending), and every capitalised word.
struct WordAnchors {
  std::array<std::vector<std::uint32_t>, kAnchorPasses> by_pass;
  std::vector<std::uint32_t> capitalized;
  void clear() {
    for (auto& v : by_pass) v.clear();
    capitalized.clear();
  }
};

// Splits `text` into words, written to the front of `buffer` (grown when
// too small, never shrunk: it is reused from document to document), and
// files each word under the passes whose anchor table bit it hits (a
// superset: passes still check the word). Returns the number of words.
std::size_t split_and_anchor(std::string_view text, std::vector<Word>& buffer, WordAnchors& anchors);

}  // namespace lexgraph::names
