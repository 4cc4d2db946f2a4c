#include "graph/citator.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "graph/authority.h"
#include "graph/graph_facts.h"
#include "graph/graph_lookup.h"

namespace lexgraph {

namespace {

// The statute or case the query names: a statute when the extractor reads
// one (or the query is an id), else a case likewise, else the one found by
// the earlier lookup step (a name before a part of a name).
EntityLookup cited_entity(const KnowledgeGraph& graph, std::string_view query) {
  EntityLookup statute = lookup_entity(graph, query, "statute");
  if (statute.step == LookupStep::id || statute.step == LookupStep::extractor) return statute;
  EntityLookup kase = lookup_entity(graph, query, "case");
  if (kase.step == LookupStep::id || kase.step == LookupStep::extractor) return kase;
  if (statute.step == LookupStep::none) return kase;
  if (kase.step == LookupStep::none) return statute;
  return static_cast<int>(kase.step) < static_cast<int>(statute.step) ? kase : statute;
}

// Vertices that are the target under another id: a parallel citation of
// the same case (same type, same name), a statute title's sections
// ("statute:usc/26" -> "statute:usc/26/6103") and any subsection-level id.
std::vector<VertexId> same_authority(const KnowledgeGraph& graph, VertexId target) {
  const GraphStorage& g = graph.storage();
  const GraphVertex& t = g[target];
  const std::string key = graph_name_key(t.name);
  std::vector<VertexId> also;
  auto [first, last] = boost::vertices(g);
  for (auto it = first; it != last; ++it) {
    if (*it == target || g[*it].type != t.type) continue;
    const std::string& id = g[*it].id;
    const bool part = id.size() > t.id.size() && id.starts_with(t.id) && (id[t.id.size()] == '/' || id[t.id.size()] == '(');
    const bool parallel = t.type == "case" && !key.empty() && graph_name_key(g[*it].name) == key;
    if (part || parallel) also.push_back(*it);
  }
  return also;
}

// Specific treatments before the bare citation.
int treatment_order(std::string_view p) {
  static constexpr std::string_view kOrder[] = {"finds_violation", "violates", "interprets", "applies",
                                                "relies_on", "reverses", "vacates", "affirms", "remands",
                                                "stays", "enjoins", "appeals"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i)
    if (p == kOrder[i]) return static_cast<int>(i);
  return p == "cites" ? 1000 : 500;
}

// Predicates that tell how a document treats a cited statute or case when
// the edge points at it (negative history included); mentions, parties
// and judges are about the case, not a citation of it.
bool treats_target(std::string_view p) {
  if (is_treatment_predicate(p)) return true;
  for (std::string_view q : {"vacates", "stays", "affirms", "reverses", "remands", "appeals", "enjoins"})
    if (p == q) return true;
  return false;
}

// Facts about what someone did (orders, findings, disclosures, litigation,
// agreements), as opposed to who someone is (the roles family, parties,
// the document's own case), which share a sentence with a citation only
// by chance.
bool states_an_act(std::string_view p) {
  for (std::string_view q : {"holds_role", "member_of", "authored", "presides_over", "part_of", "party_to", "issued_by",
                             "decides"})
    if (p == q) return false;
  return true;
}

class CitatorBuilder {
 public:
  CitatorBuilder(const KnowledgeGraph& graph, CitatorReport& report) : graph_(graph), g_(graph.storage()), report_(report) {}

  void run() {
    targets_.insert(report_.target);
    targets_.insert(report_.also.begin(), report_.also.end());
    for (VertexId t : targets_) collect_edges_into(t);
    collect_relations_citing_in_evidence();
    finish();
  }

 private:
  struct Citing {
    std::uint32_t cited = 0;     // the cites edges' counts
    std::uint32_t mentioned = 0;  // the mentions edges' counts
    std::map<std::string, std::vector<EdgeId>> treatments;
  };

  void collect_edges_into(VertexId t) {
    auto [first, last] = boost::in_edges(t, g_);
    for (auto it = first; it != last; ++it) {
      const GraphEdge& e = g_[*it];
      VertexId s = boost::source(*it, g_);
      if (is_mention(e)) {
        if (is_document(g_[s])) citing_[s].mentioned += e.count;
        continue;
      }
      if (!treats_target(e.predicate)) continue;
      std::optional<VertexId> doc = is_document(g_[s]) ? std::optional<VertexId>(s) : evidence_document(graph_, e.evidence);
      if (!doc || !is_document(g_[*doc])) continue;
      Citing& c = citing_[*doc];
      if (e.predicate == "cites") c.cited += std::max<std::uint32_t>(e.count, 1);
      c.treatments[e.predicate].push_back(*it);
    }
  }

  // "enjoined ... under 5 U.S.C. § 706": facts of a citing document whose
  // evidence sentence names the target, though the edge points elsewhere.
  void collect_relations_citing_in_evidence() {
    std::unordered_map<std::string, VertexId> by_document_id;
    for (const auto& [doc, c] : citing_) by_document_id.emplace(std::string(document_id_of(g_[doc])), doc);
    auto [first, last] = boost::edges(g_);
    for (auto it = first; it != last; ++it) {
      const GraphEdge& e = g_[*it];
      if (is_mention(e) || is_citation_predicate(e.predicate) || !states_an_act(e.predicate) || e.evidence.text.empty())
        continue;
      if (targets_.count(boost::target(*it, g_))) continue;  // already counted as a treatment
      auto doc = by_document_id.find(e.evidence.document);
      if (doc == by_document_id.end()) continue;
      const bool names_target = std::any_of(targets_.begin(), targets_.end(),
                                            [&](VertexId t) { return sentence_names_vertex(e.evidence.text, g_[t]); });
      if (names_target) citing_[doc->second].treatments[e.predicate].push_back(*it);
    }
  }

  void finish() {
    const std::vector<double> rank = citation_pagerank(graph_);
    double max_rank = 0, min_year = 0, max_year = 0;
    for (const auto& [doc, c] : citing_) {
      max_rank = std::max(max_rank, rank[doc]);
      const double year = date_as_years(key_value(g_[doc].attrs, "date"));
      if (year <= 0) continue;
      min_year = min_year == 0 ? year : std::min(min_year, year);
      max_year = std::max(max_year, year);
    }
    for (auto& [doc, c] : citing_) {
      CitingDocument out;
      out.document = doc;
      std::uint32_t facts = 0;
      for (auto& [predicate, edges] : c.treatments) {
        std::sort(edges.begin(), edges.end(), [&](EdgeId a, EdgeId b) {
          return std::pair(g_[a].evidence.start, g_[a].evidence.end) < std::pair(g_[b].evidence.start, g_[b].evidence.end);
        });
        if (predicate != "cites") facts += static_cast<std::uint32_t>(edges.size());
        out.treatments.push_back({predicate, std::move(edges)});
      }
      std::stable_sort(out.treatments.begin(), out.treatments.end(), [](const CitingTreatment& a, const CitingTreatment& b) {
        return treatment_order(a.predicate) < treatment_order(b.predicate);
      });
      out.count = std::max({c.cited, c.mentioned, facts});
      // Court level first; PageRank and recency order documents of one level.
      const double year = date_as_years(key_value(g_[doc].attrs, "date"));
      const double recency = year > 0 && max_year > min_year ? (year - min_year) / (max_year - min_year) : 0;
      out.authority = court_level_of_document(g_[doc]) + 0.5 * (max_rank > 0 ? rank[doc] / max_rank : 0) +
                      0.25 * recency;
      report_.documents.push_back(std::move(out));
    }
    std::sort(report_.documents.begin(), report_.documents.end(), [&](const CitingDocument& a, const CitingDocument& b) {
      if (a.authority != b.authority) return a.authority > b.authority;
      if (a.count != b.count) return a.count > b.count;
      return g_[a.document].id < g_[b.document].id;
    });
  }

  const KnowledgeGraph& graph_;
  const GraphStorage& g_;
  CitatorReport& report_;
  std::unordered_set<VertexId> targets_;
  std::map<VertexId, Citing> citing_;
};

}  // namespace

CitatorReport cite_report(const KnowledgeGraph& graph, std::string_view query) {
  CitatorReport report;
  EntityLookup found = cited_entity(graph, query);
  if (found.candidates.empty()) {
    report.error = "no statute or case in the graph matches \"" + std::string(query) + "\"";
    return report;
  }
  report.target = found.candidates.front();
  report.also = same_authority(graph, report.target);
  CitatorBuilder(graph, report).run();
  return report;
}

}  // namespace lexgraph
