#include "extract/names/names.h"

#include "extract/names/name_passes.h"
#include "extract/names/name_scan.h"

namespace lexgraph {

void extract_names(const ExtractionContext& ctx, std::vector<Mention>& out) {
  // Word offsets are 32-bit: a text of 4 GB or more is not read for names.
  if (ctx.text.empty() || ctx.text.size() >= 0xFFFFFFF0u) return;
  const std::size_t first = out.size();
  names::NameScan scan(ctx, out);
  // Institutions first: judges take their courts from them, people their
  // organizations; judges before people, so a judge is never a person.
  names::find_split_court_headers(scan);
  names::find_federal_offices(scan);
  names::find_federal_circuit_courts(scan);
  names::find_institutions(scan);
  names::find_local_courts(scan);
  names::find_state_bodies(scan);
  names::find_tribunals(scan);
  names::find_sovereign_parties(scan);
  names::find_agency_components(scan);
  names::find_judges(scan);
  names::find_law_offices(scan);
  names::find_organizations(scan);
  names::find_defined_short_names(scan);
  names::find_title_parties(scan);
  names::find_people(scan);
  names::find_surname_aliases(scan);
  names::resolve_references(scan);
  names::resolve_government(scan);
  names::resolve_statutory_service(scan);
  names::name_justices(ctx, out, first);
}

}  // namespace lexgraph
