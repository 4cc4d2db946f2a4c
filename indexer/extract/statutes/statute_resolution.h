#pragma once
// The document context settles what the scanner could not: overlapping
// readings, the title of a short form ("§ 1252(e)" after "8 U.S.C. § 1252"),
// "id. § 5", "section 8 of such Act", "84 Fed. Reg. at 69,548", and an act's
// section whose Code place follows in parentheses ("section 287(g) of the
// INA (8 U.S.C. 1357(g))").

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "extract/statutes/statute_cite.h"
#include "extract/statutes/statute_tables.h"

namespace lexgraph::statutes {

struct DocumentContext {
  std::string code_title;   // a U.S. Code section document: its title ("18")
  bool public_law = false;  // a public law: its bare "section N" are its own
};

DocumentContext document_context(const Document& doc, std::string_view text);

// Keeps the longest of overlapping citations, puts them in text order, and
// settles short forms; citations that cannot be settled keep body unknown
// (entity ""), except a public law's references to its own sections, which
// are dropped.
std::vector<StatuteCite> settle_citations(std::vector<StatuteCite> cites, std::string_view text,
                                          const DocumentContext& context, const StatuteTables& tables);

}  // namespace lexgraph::statutes
