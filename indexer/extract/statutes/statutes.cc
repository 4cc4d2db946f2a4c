#include "extract/statutes/statutes.h"

#include <algorithm>

#include "extract/statutes/docket_charges.h"
#include "extract/statutes/statute_ids.h"
#include "extract/statutes/statute_resolution.h"
#include "extract/statutes/statute_scanner.h"

namespace lexgraph {

using namespace statutes;

namespace {

// The document's court as an id part: "ca1" of "United States Court of
// Appeals (ca1)" or of "ca1"; "" when the metadata names no court id.
std::string court_key(std::string_view court) {
  auto id_like = [](std::string_view s) {
    if (s.empty() || s.size() > 16) return false;
    for (char c : s)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    return true;
  };
  std::size_t open = court.rfind('(');
  std::size_t close = court.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
      id_like(court.substr(open + 1, close - open - 1)))
    return std::string(court.substr(open + 1, close - open - 1));
  std::string_view first = court.substr(0, court.find(' '));
  return id_like(first) ? std::string(first) : std::string();
}

// The case type of a federal docket number "8:04-cr-00107" / "1:17-cv-50":
// the letters between the year and the serial, or "".
std::string_view case_type_in(std::string_view s) {
  for (std::size_t i = s.find('-'); i != std::string_view::npos && i + 4 < s.size(); i = s.find('-', i + 1)) {
    if (i < 2 || !(s[i - 1] >= '0' && s[i - 1] <= '9') || !(s[i - 2] >= '0' && s[i - 2] <= '9')) continue;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (letter(s[i + 1]) && letter(s[i + 2]) && s[i + 3] == '-' && s[i + 4] >= '0' && s[i + 4] <= '9')
      return s.substr(i + 1, 2);
  }
  return {};
}

// The document's own case type: from its docket metadata, else from the
// first federal docket number near the top of the text (a caption or a
// record's header).
std::string_view own_case_type(const ExtractionContext& ctx) {
  std::string_view type = case_type_in(ctx.doc.docket);
  if (type.empty()) type = case_type_in(ctx.text.substr(0, std::min<std::size_t>(ctx.text.size(), 4000)));
  return type;
}

}  // namespace

void extract_statutes(const ExtractionContext& ctx, std::vector<Mention>& out) {
  const StatuteTables& tables = StatuteTables::get();
  StatuteScanner scanner(ctx.text);
  scanner.assume_rules_of_case_type(own_case_type(ctx));
  DocumentContext context = document_context(ctx.doc, ctx.text);
  std::vector<StatuteCite> cites = scanner.scan();
  for (StatuteCite& charge : docket_charges(ctx.text, ctx.doc.kind == "docket")) cites.push_back(std::move(charge));
  for (StatuteCite& meeting : creditors_meetings(ctx.text)) cites.push_back(std::move(meeting));
  // Local rules are the document's court's: "statute:local/ca1/27.1".
  const std::string court = court_key(ctx.doc.court);
  for (StatuteCite& cite : cites) {
    if (cite.body == Body::court_rule && cite.rule_set == "local" && !court.empty()) cite.rule_set += "/" + court;
    // "Executive Order 28": a Governor's, numbered anew by each State and
    // term, which the text seldom names; another document's 28 is another order.
    if (cite.body == Body::exec_order && cite.section.size() < 3) cite.scope = ctx.doc.id;
  }
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
