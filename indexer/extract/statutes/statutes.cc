#include "extract/statutes/statutes.h"

#include "extract/statutes/docket_charges.h"
#include "extract/statutes/statute_ids.h"
#include "extract/statutes/statute_resolution.h"
#include "extract/statutes/statute_scanner.h"

namespace lexgraph {

using namespace statutes;

void extract_statutes(const ExtractionContext& ctx, std::vector<Mention>& out) {
  const StatuteTables& tables = StatuteTables::get();
  StatuteScanner scanner(ctx.text);
  DocumentContext context = document_context(ctx.doc, ctx.text);
  std::vector<StatuteCite> cites = scanner.scan();
  for (StatuteCite& charge : docket_charges(ctx.text, ctx.doc.kind == "docket")) cites.push_back(std::move(charge));
  for (StatuteCite& meeting : creditors_meetings(ctx.text)) cites.push_back(std::move(meeting));
  for (const StatuteCite& cite : settle_citations(std::move(cites), ctx.text, context, tables))
    out.push_back(to_mention(cite, tables));
}

std::string statute_entity_id(std::string_view text) {
  const StatuteTables& tables = StatuteTables::get();
  StatuteScanner scanner(text);
  for (const StatuteCite& cite : settle_citations(scanner.scan(), text, DocumentContext{}, tables)) {
    std::string id = entity_id(cite, tables);
    if (!id.empty()) return id;
  }
  return "";
}

}  // namespace lexgraph
