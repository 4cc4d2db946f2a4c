#pragma once
// Stage 4, named entities: courts, judges, agencies, people with their
// roles, and organizations.
//
//   extract_names(ctx, mentions);   // appends court/judge/agency/person/organization mentions
//
// Courts, agencies and well-known organizations come from gazetteers (data
// files extract/data/courts.tsv, agencies.tsv, organization_names.tsv) with
// their canonical ids ("court:cadc", "agency:ice"); acronyms defined in the
// text (`the Office of Refugee Resettlement ("ORR")`) are learned per
// document. Judges and people are read from titles and roles next to names
// ("U.S. District Judge Colleen Kollar-Kotelly", "THOMAS, J., dissenting",
// "Treasury Secretary Scott Bessent", "Nina Olson, founder of the Center
// for Taxpayer Rights"); a bare surname of someone named in full earlier is
// a mention too (attr alias_of). Spans of judges and people cover the name
// only, so the agency in "Treasury Secretary" stays a mention of its own.
// Mentions of one call never overlap each other.

#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"

namespace lexgraph {

void extract_names(const ExtractionContext& ctx, std::vector<Mention>& out);

// Canonical id of a name or acronym a user typed, "" if unknown:
// "ICE", "Immigration and Customs Enforcement", "agency:ice" -> "agency:ice".
std::string agency_entity_id(std::string_view text);
// "D.C. Circuit", "9th Cir.", "S.D.N.Y.", "cadc" -> "court:cadc" ...
std::string court_entity_id(std::string_view text);

}  // namespace lexgraph
