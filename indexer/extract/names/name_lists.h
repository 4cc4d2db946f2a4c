#pragma once
// Word lists about people and organizations, read once from the data files
// person_titles.tsv, given_names.tsv, name_stopwords.tsv,
// organization_words.tsv and federal_offices.tsv.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/names/phrase_trie.h"

namespace lexgraph::names {

enum class CueKind { honorific, title, office, party, role, naming };

enum class OrgWordKind { suffix, head, lead, exclude };

// A federal office named by its title alone ("the Attorney General").
struct FederalOffice {
  std::string id;      // "agency:attorney-general"
  std::string name;    // "Attorney General of the United States"
  std::string parent;  // "agency:doj"
};

class NameLists {
 public:
  static const NameLists& instance();

  // "Nina", "NINA" (a caption in capitals).
  bool is_given_name(std::string_view word) const;
  // Never part of a person's name ("Department", "Thursday"); any case.
  bool is_stopword(std::string_view word) const;

  // Person cues before a name ("Secretary", "Attorney General", "plaintiff").
  // Values index cue_kinds(). Exact case.
  const PhraseTrie& cues() const { return cues_; }
  CueKind cue_kind(std::uint32_t value) const { return cue_kinds_[value]; }
  // Whether the cue is written with a final period ("Mr.", "Sgt.").
  bool cue_has_period(std::uint32_t value) const { return cue_periods_[value]; }
  // Role nouns that end an apposition ("officer", "founder"), lower case.
  bool is_role_noun(std::string_view word) const;

  // Organization words; suffixes exact case, heads and leads any case.
  bool is_org_suffix(std::string_view word_with_period) const;
  // Cheap pre-check: false means the word (with or without its period) is no organization word.
  bool may_be_org_word(std::string_view word) const { return org_filter_.may_contain(word); }
  bool is_org_head(std::string_view word) const;
  bool is_org_lead(std::string_view word) const;
  // A word for a people's body after its name ("tribes", "Nation"), exact case.
  bool is_people_word(std::string_view word) const;
  // "Party", exact case: an organization's head only after a political
  // word ("Popular Democratic Party"), since "Third Party" is none.
  bool is_party_head(std::string_view word) const;
  bool is_political_word(std::string_view word) const;
  // Phrases that end in a head word but are not organizations ("Soviet Union").
  const PhraseTrie& org_exclusions() const { return org_exclusions_; }

  // Every role noun and organization word (for the anchor table).
  const std::vector<std::string>& role_nouns() const { return role_noun_list_; }
  const std::vector<std::string>& organization_words() const { return org_word_list_; }

  // Federal office titles (federal_offices.tsv), exact case; values index office().
  const PhraseTrie& offices() const { return offices_; }
  const FederalOffice& office(std::uint32_t value) const { return office_list_[value]; }
  const std::vector<std::string>& problems() const { return problems_; }
  std::size_t given_name_count() const { return given_names_.size(); }

 private:
  NameLists();

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

  WordFilter stopword_filter_;
  WordFilter role_filter_;
  WordFilter org_filter_;  // suffixes, heads and leads
  // Case-insensitive bits of every given name (so "NINA" passes too), keyed
  // on all letters: capitalised words that share a shape with a name are many.
  std::uint64_t given_bits_[1024] = {};
  WordSet given_names_;   // as written ("Nina")
  WordSet stopwords_;     // lower case
  WordSet role_nouns_;    // lower case
  WordSet org_suffixes_;  // as written, with period
  WordSet org_heads_;     // lower case
  WordSet org_leads_;     // lower case
  WordSet people_words_;  // as written
  WordSet party_heads_;      // as written
  WordSet political_words_;  // as written
  PhraseTrie cues_;
  std::vector<CueKind> cue_kinds_;
  std::vector<bool> cue_periods_;
  PhraseTrie org_exclusions_;
  PhraseTrie offices_;
  std::vector<FederalOffice> office_list_;
  std::vector<std::string> role_noun_list_;
  std::vector<std::string> org_word_list_;
  std::vector<std::string> problems_;
};

}  // namespace lexgraph::names
