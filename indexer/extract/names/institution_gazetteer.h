#pragma once
// Courts, federal agencies and well-known organizations, read once from the
// data files courts.tsv, agencies.tsv and organization_names.tsv, with one
// phrase trie over every name, alias, abbreviation and acronym.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/names/phrase_trie.h"

namespace lexgraph::names {

enum class InstitutionKind : std::uint8_t { court, agency, organization };

struct Institution {
  InstitutionKind kind = InstitutionKind::agency;
  std::string id;      // without the type prefix: "cadc", "ice", "associated-press"
  std::string entity;  // "court:cadc", "agency:ice", "org:associated-press"
  std::string name;    // canonical full name
  std::string parent;  // agencies: parent id ("dhs"), or empty
  std::string level;   // courts: supreme, appellate, district, bankruptcy, specialized, state
};

// How one written form names an institution.
struct InstitutionForm {
  std::uint32_t institution = 0;
  bool acronym = false;       // "ICE", "S.D.N.Y.": matched with exact case
  bool strict = false;        // short alias: not after a capitalised word, not before "of"
  bool parenthetical = false;  // citation form valid only as "(D. Mass. 2003)"
  bool final_period = false;   // written with a period at the end ("S.D.N.Y.")
  std::string required_word;  // "BIA@Immigration": the document must contain this
};

class InstitutionGazetteer {
 public:
  static const InstitutionGazetteer& instance();

  const PhraseTrie& trie() const { return trie_; }
  const InstitutionForm& form(std::uint32_t value) const { return forms_[value]; }
  const Institution& institution(std::uint32_t index) const { return institutions_[index]; }
  std::size_t size() const { return institutions_.size(); }

  // Index of the institution with this kind and id, or -1.
  int find(InstitutionKind kind, std::string_view id) const;

  // US state and territory names ("New York"), for telling state bodies apart.
  const PhraseTrie& states() const { return states_; }
  // "NC", "UT": a state's two-letter postal code, exact case.
  bool is_state_postal(std::string_view word) const;
  // "Maryland", "New York": a state's (or territory's) name, exact case.
  bool is_state_name(std::string_view name) const;

  // Problems met while reading the data files (for the data-file tests).
  const std::vector<std::string>& problems() const { return problems_; }
  std::size_t court_count() const { return court_count_; }
  std::size_t agency_count() const { return agency_count_; }

 private:
  InstitutionGazetteer();
  void load_courts();
  void load_agencies();
  void load_organizations();
  void load_states();
  std::uint32_t add_institution(Institution institution);
  void add_form(std::string_view written, std::uint32_t institution, bool acronym,
                bool us_prefixes);

  std::vector<Institution> institutions_;
  std::vector<InstitutionForm> forms_;
  PhraseTrie trie_;
  PhraseTrie states_;
  std::vector<std::string> state_postals_;  // sorted
  std::vector<std::string> state_names_;    // sorted
  std::vector<std::string> problems_;
  std::size_t court_count_ = 0;
  std::size_t agency_count_ = 0;
};

// The institution of `kind` that `text` names as a whole ("ICE", "the D.C.
// Circuit", "9th Cir.", "cadc"), or nullptr; forgiving about case for a lone acronym.
const Institution* institution_named(std::string_view text, InstitutionKind kind);

// Court id for a document's `court` metadata as readers give it: a CourtListener
// id ("nysd"), an id in parentheses ("United States Court of Appeals (ca1)"), or
// a name ("Supreme Court of the United States"). Empty when unknown.
std::string document_court_id(std::string_view court_metadata);

}  // namespace lexgraph::names
