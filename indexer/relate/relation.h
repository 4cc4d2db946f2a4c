#pragma once
// Stage 6 output: a relation is a typed, directed fact between two
// entities of one document — "order:…#12 enjoins agency:ice", "judge:… 
// finds_violation statute:usc/26/6103" — with its qualifiers and the
// sentence it rests on. The predicate vocabulary is schemas/predicates.json.

#include <cstddef>
#include <string>

#include "extract/mention.h"

namespace lexgraph {

struct Relation {
  // Entity ids (docs/entity-ids.md). A document itself is "doc:<document id>"
  // (the subject of `cites`, `authored` ...).
  std::string subject;
  std::string predicate;  // schemas/predicates.json
  std::string object;     // an entity id; empty when the object is only words (see `object_text`)
  // What the subject does to the object, in the text's words, when the
  // predicate alone does not say it: the blocked action ("acting upon any
  // IRS data"), what was disclosed ("taxpayer addresses"), the motion denied.
  std::string object_text;
  // count (number), date (ISO, full or partial), status (in_place, lifted,
  // stayed, on_appeal), negated (flag), role (text), via (text) ...
  Attrs qualifiers;
  // Evidence: the sentence (index into Segmentation::sentences) and the
  // byte span in the normalized text of the words that state the fact
  // (at least the trigger; the whole sentence when nothing narrower fits).
  std::size_t sentence = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  double confidence = 1.0;  // 0..1: how sure the rule that found it is
};

// The document node's id: "doc:" + document id.
inline std::string document_node_id(const std::string& document_id) { return "doc:" + document_id; }

}  // namespace lexgraph
