#pragma once
// Stage 5 output: the entities of one document, each with its canonical
// id (docs/entity-ids.md), and the mentions tied to them; stage 6 adds
// the relations between them.

#include <string>
#include <vector>

#include "extract/mention.h"
#include "relate/relation.h"

namespace lexgraph {

struct Entity {
  std::string id;    // "agency:ice", "statute:usc/26/6103", "judge:colleen-kollar-kotelly"
  std::string type;  // the type of its mentions
  std::string name;  // canonical display name
  std::vector<std::string> aliases;  // distinct surface forms in this document, first seen first
  Attrs attrs;                       // merged from its mentions: role, title, organization, parent ...
  std::vector<std::size_t> mentions; // indexes into Extraction::mentions
};

struct Extraction {
  std::vector<Mention> mentions;  // text order; every mention's `entity` is set
  std::vector<Entity> entities;   // first mentioned first
  std::vector<Relation> relations;  // stage 6 (relate/relation_extractor.h), text order
};

}  // namespace lexgraph
