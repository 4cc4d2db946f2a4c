#pragma once
// Settled citations become mentions: the canonical entity id
// (docs/entity-ids.md, one id per section whatever the spelling), the
// display name, and the attributes of the schema.

#include "extract/mention.h"
#include "extract/statutes/statute_cite.h"
#include "extract/statutes/statute_tables.h"

namespace lexgraph::statutes {

// "statute:usc/26/6103", "statute:ca/civ/1714", "statute:const/amend14"; ""
// when the citation's place is not known (a short form with no context).
std::string entity_id(const StatuteCite& cite, const StatuteTables& tables);

// "26 U.S.C. § 6103", "Pub. L. No. 104-208", "U.S. Const. amend. XIV".
std::string display_name(const StatuteCite& cite, const StatuteTables& tables);

Mention to_mention(const StatuteCite& cite, const StatuteTables& tables);

}  // namespace lexgraph::statutes
