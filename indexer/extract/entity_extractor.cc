#include "extract/entity_extractor.h"

#include "extract/citations/case_citations.h"
#include "extract/figures/figures.h"
#include "extract/names/names.h"
#include "extract/overlaps.h"
#include "extract/statutes/statutes.h"
#include "resolve/resolver.h"

namespace lexgraph {

Extraction extract_entities(const ExtractionContext& ctx) {
  std::vector<Mention> mentions;
  extract_case_citations(ctx, mentions);
  extract_dockets(ctx, mentions);
  extract_statutes(ctx, mentions);
  extract_names(ctx, mentions);
  extract_figures(ctx, mentions);
  extract_dates(ctx, mentions);
  extract_orders(ctx, mentions);
  settle_overlaps(mentions);
  return resolve_entities(std::move(mentions), ctx.text, ctx.doc.id);
}

}  // namespace lexgraph
