#pragma once
// The cue table of the stated relations (data/relation_cues.tsv) and the
// types each predicate joins (data/relation_predicates.tsv): which words
// state which predicate, in every inflection, and where its object stands.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lexgraph::relate {

enum class CueFrame { direct, from, to, request, rely, noun, possessed };

struct PredicateTypes {
  std::string name;
  std::vector<std::string> subjects;  // entity types; "document" allows the document node
  std::vector<std::string> objects;
  bool text_object = false;  // the object may be words only
  std::string opposite;      // what a negation turns it into; empty: none
  bool subject_allows(std::string_view type) const;
  bool object_allows(std::string_view type) const;
};

struct Cue {
  std::vector<std::string> rest;  // the words after the first, lower case
  const PredicateTypes* predicate = nullptr;
  CueFrame frame = CueFrame::direct;
  std::vector<std::string> objects;  // overrides predicate->objects when not empty
  bool object_allows(std::string_view type) const;
};

struct CueTable {
  std::unordered_map<std::string, std::vector<Cue>> by_form;  // inflected first word -> cues
  std::vector<PredicateTypes> predicates;
  // Objects of "give", "provide" that are no information (data/non_disclosures.tsv).
  std::unordered_set<std::string> non_disclosures;
  std::vector<std::string> problems;  // data file lines that were refused
  const PredicateTypes* predicate(std::string_view name) const;
};

// Built once from the embedded data files.
const CueTable& cue_table();

// "block" -> block, blocks, blocked, blocking; "stop" -> stopped;
// "share" -> shared, sharing; "deny" -> denies, denied.
std::vector<std::string> inflections(std::string_view verb);

}  // namespace lexgraph::relate
