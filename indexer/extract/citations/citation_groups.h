#pragma once
// What the first pass over a document finds: groups of parallel full
// citations with their case name and parentheticals, and short forms.
// Later passes (later_forms.h) resolve "Id.", "supra" and references by
// name against these.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/citations/case_name.h"
#include "extract/citations/citation_core.h"
#include "extract/citations/reporter_table.h"
#include "extract/extraction_context.h"

namespace lexgraph::citations {

struct FullCite {
  CiteCore core;
  std::string pin;          // "120-21"
  std::size_t end = 0;      // after the page or its pin cite
  std::string id;           // case:<slug>/<volume>/<page>; empty for a "___" page
};

// "Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973) (holding ...)"
struct CitationGroup {
  std::vector<FullCite> cites;
  CaseName name;
  CourtYear court_year;
  std::string court_id;
  std::string parenthetical;  // the explanatory one
  bool en_banc = false;
  bool per_curiam = false;
  std::size_t start = 0;      // name start, or the first volume
  std::size_t end = 0;        // after the court/year parenthetical (the mention ends here)
  std::size_t tail_end = 0;   // after the explanatory parenthetical
  std::string entity;         // id of the first cite that has one
  int same_as = -1;           // an earlier group that cited the same case ("Id. at 38, 129 S.Ct. 2294")
};

// "Bush, 531 U.S., at 99"
struct ShortCite {
  CiteCore core;
  CaseName antecedent;
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t tail_end = 0;
  std::string parenthetical;
  int target = -1;             // index of the group it shortens, -1 when unknown
};

struct FirstPass {
  std::vector<CitationGroup> groups;  // in text order
  std::vector<ShortCite> shorts;      // in text order
};

// Start of the sentence holding `pos` (0 without segmentation).
std::size_t sentence_floor(const Segmentation& segments, std::size_t pos);

// How far back a case name before `pos` may reach: the sentence start, or
// the one before when the break follows an abbreviation inside a name
// ("Co-op. Assn. v. English").
std::size_t name_floor(const Segmentation& segments, std::string_view text, std::size_t pos);

FirstPass find_citations(const ExtractionContext& ctx, const ReporterTable& reporters);

// Canonical entity id of one citation: "case:us/410/113", "case:us/5/137" for
// "1 Cranch 137"; empty when the page is not known yet.
std::string citation_id(const ReporterTable& reporters, const CiteCore& core);

}  // namespace lexgraph::citations
