#pragma once
// The words before a citation that name the case: "Loper Bright Enterprises
// v. Raimondo, 603 U.S. 369" -> plaintiff "Loper Bright Enterprises",
// defendant "Raimondo"; "In re Gault, 387 U.S. 1" -> defendant "Gault";
// and the antecedent of a short form: "Bush, 531 U.S., at 99" -> "Bush".

#include <cstddef>
#include <string>
#include <string_view>

namespace lexgraph::citations {

struct CaseName {
  bool found = false;
  std::size_t start = 0;   // first byte of the name
  std::string plaintiff;   // empty for "In re X", "Ex parte X"
  std::string defendant;
  std::string full;        // "Loper Bright Enterprises v. Raimondo"
  std::string docket;      // "No. 20-1234" written between the name and a Westlaw cite
  std::string court;       // old style "2 Cir." written before the cite
  int year = 0;            // old style "Cherry, 1917, 244 U.S. 25"
};

// Looks back from `cite_start` (the volume), never before `floor`.
CaseName find_case_name(std::string_view text, std::size_t cite_start, std::size_t floor);

// The antecedent of a short form or "supra": a party name right before
// `before` ("Bush, " or "Foo v. Bar, "), or an empty result.
CaseName find_antecedent(std::string_view text, std::size_t before, std::size_t floor);

// Lower-case words of a name without punctuation: "Loper Bright Enters.," ->
// {"loper", "bright", "enters"}; used to compare names.
std::string name_key(std::string_view name);

// Whether an antecedent ("Bush", "Loper Bright", "Foo v. Bar") names the
// case whose full citation had `cited` as its name.
bool names_case(const CaseName& antecedent, const CaseName& cited);

// The same with the names already reduced to keys (name_key), for loops
// over many cases.
struct NameKeys {
  std::string plaintiff, defendant, full;
  bool found = false;
  bool generic = false;  // the full name is a generic party
};
NameKeys keys_of(const CaseName& name);
bool names_case(const NameKeys& antecedent, const NameKeys& cited);

// Parties that do not tell cases apart ("United States", "State", "People").
bool is_generic_party(std::string_view name);

}  // namespace lexgraph::citations
