#pragma once
// The passes of extract_names, in the order they run: each sees what the
// earlier ones found in the NameScan and never emits over their spans.

#include "extract/names/name_scan.h"

namespace lexgraph::names {

// Federal offices named by title alone ("the Attorney General", "the
// Secretary of State") as agencies, parts of their departments; before the
// gazetteer, which would read "Homeland Security" inside "the Secretary of
// Homeland Security" as the department.
void find_federal_offices(NameScan& scan);
// Courts, agencies and known organizations from the gazetteer; acronyms
// defined in the text; "this Court" when the document's court is known.
void find_institutions(NameScan& scan);
// State and local bodies: "Illinois Department of Public Aid",
// "Foxborough Police Department".
void find_state_bodies(NameScan& scan);
// Governments that are parties to the document's own case (from its title):
// "United States", "State of Hawaii", "City of Alamosa" tagged as agencies.
void find_sovereign_parties(NameScan& scan);
// Judges and justices by title: before the name, after it, slip-opinion style.
void find_judges(NameScan& scan);
// Organizations by legal form, head word or leading word.
void find_organizations(NameScan& scan);
// Short names a document defines for an organization (`Experian
// Information Solutions, Inc. ("Experian")`, `(collectively, "Bard")`): the
// definition and every later mention of the short name are that organization.
void find_defined_short_names(NameScan& scan);
// Companies the document's title names as parties ("Lexington Insurance
// Company v. Precision Drilling Company, L.P."), by the short names the text
// uses ("Lexington", "Precision Drilling").
void find_title_parties(NameScan& scan);
// People by title, role cue, apposition, counsel line or caption.
void find_people(NameScan& scan);
// Bare surnames of judges and people named in full elsewhere in the document.
void find_surname_aliases(NameScan& scan);
// "this Court" when the metadata names the document's court; "the agency",
// "the Bureau" when exactly one such agency is in focus.
void resolve_references(NameScan& scan);
// Supreme Court justices named by surname alone -> the justice of that
// surname sitting in the document's year (mentions[first...] only).
void name_justices(const ExtractionContext& ctx, std::vector<Mention>& mentions, std::size_t first);

// PACER's "U.S. District Court" with "District of Columbia" on a later line.
void find_split_court_headers(NameScan& scan);
// Components named next to a known agency ("Office of Sustainable Fisheries,
// NMFS"; "USDA/AMS/Dairy Program"), or "Office of X" in agency documents.
void find_agency_components(NameScan& scan);
// "LAW OFFICE OF KEVIN M. DOWNING" in counsel blocks.
void find_law_offices(NameScan& scan);
// Tribunals outside the gazetteer: 'Court of Workers' Compensation Claims', 'Appeals Board'.
void find_tribunals(NameScan& scan);
// State trial courts by kind and place: 'Court of Common Pleas of Philadelphia County'.
void find_local_courts(NameScan& scan);
// The federal circuit courts before 1912, named by their district ("the
// Circuit Court of the United States for the District of Maine"); run
// before the gazetteer, which would read the district court in the name.
void find_federal_circuit_courts(NameScan& scan);

// Whether the words just before word `first` name a US State ("Maine", "New
// York State", "NC"); the index of the State's first word, or `first`.
std::size_t state_before(const NameScan& scan, std::size_t first);
// A court the gazetteer does not list, named by words [first, last], of this
// level ("state", "tribunal"), by `canonical_name` when given (else as
// written; its slug is the id); false when the span is taken.
bool emit_unlisted_court(NameScan& scan, std::size_t first, std::size_t last, std::string_view level,
                         std::string_view canonical_name = {});
// "the Government" as the United States when it is a party in the text.
void resolve_government(NameScan& scan);
// 'the Service' in US Code Titles 8 (INS) and 26 (IRS) when no agency is in focus.
void resolve_statutory_service(NameScan& scan);

}  // namespace lexgraph::names
