// The graph commands (query/graph/) on a small knowledge graph filled by
// hand: lookup, citator, authority, entity pages, neighbours, paths and
// exports.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "graph/authority.h"
#include "graph/citator.h"
#include "graph/entity_page.h"
#include "graph/evidence_path.h"
#include "graph/export_text.h"
#include "graph/graph_export.h"
#include "graph/graph_facts.h"
#include "graph/graph_lookup.h"
#include "graph/graph_output.h"
#include "graph/related.h"

using namespace lexgraph;

namespace {

// A small world: three rulings at three court levels and a news report
// about 26 U.S.C. § 6103; a Supreme Court opinion that is Loper Bright and
// cites Chevron; the IRS giving ICE addresses; a negated fact.
class SampleGraph {
 public:
  SampleGraph() {
    entity("agency:irs", "agency", "Internal Revenue Service", {"IRS"}, 9);
    entity("agency:ice", "agency", "Immigration and Customs Enforcement", {"ICE"}, 6);
    entity("agency:dhs", "agency", "Department of Homeland Security", {"DHS"}, 4);
    entity("agency:treasury", "agency", "Department of the Treasury", {"Treasury"}, 3);
    entity("statute:usc/26/6103", "statute", "26 U.S.C. § 6103", {"§ 6103", "section 6103"}, 9);
    entity("statute:usc/26", "statute", "26 U.S.C.", {"Internal Revenue Code"}, 1);
    entity("statute:usc/5/706", "statute", "5 U.S.C. § 706", {"§ 706"}, 1);
    entity("case:us/467/837", "case", "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc.", {"Chevron"}, 2);
    entity("case:us/603/369", "case", "Loper Bright Enterprises v. Raimondo", {"Loper Bright"}, 3);
    entity("case:sct/144/2244", "case", "Loper Bright Enterprises v. Raimondo", {"144 S. Ct. 2244"}, 1);
    entity("case:us/1/1", "case", "Plain v. Case", {}, 1);
    entity("judge:colleen-kollar-kotelly", "judge", "Colleen Kollar-Kotelly", {"Kollar-Kotelly"}, 2);
    entity("org:odd", "organization", "Odd <&> \"Name\"\x01 \xff", {}, 1);

    document("dcd", "CTR v. IRS", "opinion", "U.S. District Court for the District of Columbia", "2026-02-26");
    document("cadc", "CTR v. IRS (appeal)", "opinion", "United States Court of Appeals for the District of Columbia Circuit", "2025-06-10");
    document("news", "A quiet ruling on addresses", "news", "D.D.C.", "2026-02-27");
    document("scotus", "Loper Bright Enterprises v. Raimondo", "opinion", "Supreme Court of the United States", "2024-06-28");
    document("other", "Treasury and DHS", "news", "", "2025-01-01");
    g_[*graph.find("doc:scotus")].attrs.emplace_back("case", "case:us/603/369");

    fact("doc:dcd", "cites", "statute:usc/26/6103", "dcd", 4, "Each release violated 26 U.S.C. § 6103.", 3);
    fact("judge:colleen-kollar-kotelly", "finds_violation", "statute:usc/26/6103", "dcd", 4, "Each release violated 26 U.S.C. § 6103.");
    fact("agency:irs", "discloses_to", "agency:ice", "dcd", 5, "The IRS gave ICE addresses in breach of § 6103.");
    fact("judge:colleen-kollar-kotelly", "presides_over", "doc:dcd", "dcd", 1, "Judge Kollar-Kotelly presided.");
    fact("doc:cadc", "cites", "statute:usc/26/6103", "cadc", 2, "We read section 6103 narrowly.");
    fact("doc:cadc", "cites", "case:us/603/369", "cadc", 3, "See Loper Bright.");
    fact("doc:dcd", "cites", "case:us/603/369", "dcd", 6, "Loper Bright governs.");
    fact("doc:news", "cites", "statute:usc/26/6103", "news", 1, "The judge found § 6103 violated.", 5);
    fact("doc:news", "cites", "case:sct/144/2244", "news", 2, "Loper Bright, 144 S. Ct. 2244.");
    fact("doc:news", "cites", "case:us/1/1", "news", 3, "Plain v. Case.");
    fact("doc:scotus", "cites", "case:us/467/837", "scotus", 7, "Chevron is overruled.");
    fact("doc:scotus", "cites", "statute:usc/5/706", "scotus", 8, "Section 706 directs courts.");
    fact("doc:scotus", "decides", "case:us/603/369", "scotus", 0, "");
    fact("agency:ice", "part_of", "agency:dhs", "news", 1, "ICE, part of DHS, declined.");
    fact("agency:irs", "part_of", "agency:treasury", "news", 1, "The IRS, a bureau of the Treasury.");
    EdgeId no = fact("agency:treasury", "discloses_to", "agency:dhs", "other", 2, "Treasury did not give DHS the data.");
    g_[no].qualifiers.emplace_back("negated", "true");

    mention("dcd", "agency:irs", 5);
    mention("dcd", "agency:ice", 3);
    mention("dcd", "judge:colleen-kollar-kotelly", 2);
    mention("dcd", "statute:usc/26/6103", 3);
    mention("news", "agency:irs", 2);
    mention("news", "agency:ice", 1);
    mention("news", "agency:treasury", 1);
    mention("news", "statute:usc/26/6103", 5);
    mention("other", "agency:treasury", 1);
    mention("other", "agency:dhs", 1);
    mention("other", "org:odd", 1);
    graph.reindex();
  }

  VertexId v(std::string_view id) {
    auto found = graph.find(id);
    REQUIRE(found);
    return *found;
  }

  KnowledgeGraph graph;

 private:
  void entity(std::string id, std::string type, std::string name, std::vector<std::string> aliases, std::uint32_t mentions) {
    VertexId v = graph.vertex(id);
    g_[v].type = std::move(type);
    g_[v].name = std::move(name);
    g_[v].aliases = std::move(aliases);
    g_[v].mentions = mentions;
    g_[v].documents = 1;
  }
  void document(std::string id, std::string title, std::string kind, std::string court, std::string date) {
    VertexId v = graph.vertex("doc:" + id);
    g_[v].type = "document";
    g_[v].name = std::move(title);
    g_[v].attrs = {{"kind", kind}, {"court", court}, {"date", date}, {"path", "corpus/" + id + ".txt"}};
    g_[v].documents = 1;
  }
  EdgeId fact(std::string_view subject, std::string predicate, std::string_view object, std::string doc,
              std::uint32_t sentence, std::string text, std::uint32_t count = 1) {
    EdgeId e = boost::add_edge(graph.vertex(subject), graph.vertex(object), g_).first;
    g_[e].predicate = std::move(predicate);
    g_[e].count = count;
    g_[e].confidence = 0.9;
    g_[e].evidence = {std::move(doc), sentence, 0, static_cast<std::uint32_t>(text.size()), std::move(text)};
    return e;
  }
  void mention(const std::string& doc, std::string_view entity, std::uint32_t count) {
    EdgeId e = boost::add_edge(graph.vertex("doc:" + doc), graph.vertex(entity), g_).first;
    g_[e].predicate = "mentions";
    g_[e].count = count;
    g_[e].evidence.document = doc;
  }

  GraphStorage& g_ = graph.storage();
};

std::vector<std::string> document_ids(const KnowledgeGraph& graph, const CitatorReport& report) {
  std::vector<std::string> ids;
  for (const CitingDocument& d : report.documents) ids.emplace_back(document_id_of(graph.storage()[d.document]));
  return ids;
}

const CitingDocument& citing(const KnowledgeGraph& graph, const CitatorReport& report, std::string_view id) {
  auto it = std::find_if(report.documents.begin(), report.documents.end(),
                         [&](const CitingDocument& d) { return document_id_of(graph.storage()[d.document]) == id; });
  REQUIRE(it != report.documents.end());
  return *it;
}

bool has_treatment(const CitingDocument& d, std::string_view predicate) {
  return std::any_of(d.treatments.begin(), d.treatments.end(),
                     [&](const CitingTreatment& t) { return t.predicate == predicate && !t.edges.empty(); });
}

}  // namespace

TEST_CASE("graph lookup: ids, any spelling, names, parts of names, never titles") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  EntityLookup by_id = lookup_entity(g, "agency:ice");
  CHECK(by_id.step == LookupStep::id);
  CHECK(by_id.candidates == std::vector<VertexId>{s.v("agency:ice")});
  for (const char* spelling : {"IRC 6103", "26 U.S.C. § 6103", "26 USC 6103"}) {
    EntityLookup x = lookup_entity(g, spelling);
    CAPTURE(spelling);
    REQUIRE(x.candidates.size() == 1);
    CHECK(g.storage()[x.candidates[0]].id == "statute:usc/26/6103");
  }
  CHECK(lookup_entity(g, "ICE").candidates == std::vector<VertexId>{s.v("agency:ice")});
  CHECK(lookup_entity(g, "kollar-kotelly").candidates == std::vector<VertexId>{s.v("judge:colleen-kollar-kotelly")});
  EntityLookup partial = lookup_entity(g, "Department of");
  CHECK(partial.step == LookupStep::partial_name);
  CHECK(partial.ambiguous());
  CHECK(partial.candidates.front() == s.v("agency:dhs"));  // most mentioned first
  CHECK(lookup_entity(g, "A quiet ruling on addresses").candidates.empty());  // a title
  CHECK(lookup_entity(g, "zzzz").candidates.empty());
  CHECK(lookup_entity(g, "Loper Bright", "statute").candidates.empty());
}

TEST_CASE("citator: every citing document, by any spelling, most authoritative first") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  CitatorReport r = cite_report(g, "IRC 6103");
  REQUIRE(r.error.empty());
  CHECK(g.storage()[r.target].id == "statute:usc/26/6103");
  // Appellate before district before a news report, whatever the counts.
  CHECK(document_ids(g, r) == std::vector<std::string>{"cadc", "dcd", "news"});
  CHECK(document_ids(g, cite_report(g, "26 U.S.C. § 6103")) == document_ids(g, r));

  const CitingDocument& dcd = citing(g, r, "dcd");
  CHECK(dcd.count == 3);
  CHECK(has_treatment(dcd, "cites"));
  CHECK(has_treatment(dcd, "finds_violation"));
  CHECK(has_treatment(dcd, "discloses_to"));  // its sentence names § 6103
  CHECK(dcd.treatments.back().predicate == "cites");  // the bare citation last
  CHECK_FALSE(has_treatment(dcd, "presides_over"));
  CHECK(citing(g, r, "news").count == 5);

  // A title takes in its sections.
  CitatorReport title = cite_report(g, "statute:usc/26");
  CHECK(std::find(title.also.begin(), title.also.end(), s.v("statute:usc/26/6103")) != title.also.end());
  CHECK(title.documents.size() == 3);

  // A case's parallel citation counts as the case.
  CitatorReport loper = cite_report(g, "Loper Bright");
  CHECK(g.storage()[loper.target].type == "case");
  CHECK(loper.also.size() == 1);
  auto ids = document_ids(g, loper);
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"cadc", "dcd", "news"});

  CHECK_FALSE(cite_report(g, "Department of Homeland Security").error.empty());
  CHECK_FALSE(cite_report(g, "no such thing").error.empty());
}

TEST_CASE("authority: court levels, and PageRank passed on by a document that is a case") {
  CHECK(court_level("Supreme Court of the United States") == 3);
  CHECK(court_level("United States Court of Appeals for the Ninth Circuit") == 2);
  CHECK(court_level("S.D.N.Y.") == 1);
  CHECK(court_level("") == 0);
  CHECK(date_as_years("2025-07-01") > date_as_years("2025-01-01"));
  CHECK(date_as_years("") == 0);

  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  std::vector<double> rank = citation_pagerank(g);
  // Chevron is cited once, by an opinion that is Loper Bright, itself cited
  // twice; Plain v. Case once, by a news report no one cites.
  CHECK(rank[s.v("case:us/467/837")] > rank[s.v("case:us/1/1")]);
  CHECK(rank[s.v("doc:scotus")] == doctest::Approx(rank[s.v("case:us/603/369")]));

  auto cases = top_authorities(g, "case", 2);
  REQUIRE(cases.size() == 2);
  CHECK(g.storage()[cases[0].vertex].id == "case:us/603/369");
  CHECK(cases[0].citing_documents == 2);
  CHECK(cases[0].pagerank >= cases[1].pagerank);
  auto agencies = top_authorities(g, "agency", 0);
  CHECK(agencies.size() == 4);
  CHECK(g.storage()[agencies[0].vertex].id != "agency:dhs");  // named by one document only
}

TEST_CASE("entity page: relations by predicate both ways with evidence, documents by mentions") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  EntityPage page = entity_page(g, s.v("agency:ice"), 1);
  auto group = [&](std::string_view predicate, bool outgoing) -> const RelationGroup* {
    for (const auto& r : page.relations)
      if (r.predicate == predicate && r.outgoing == outgoing) return &r;
    return nullptr;
  };
  REQUIRE(group("part_of", true));
  CHECK(group("part_of", true)->links.front().other == s.v("agency:dhs"));
  const RelationGroup* disclosed = group("discloses_to", false);
  REQUIRE(disclosed);
  CHECK(disclosed->links.front().other == s.v("agency:irs"));
  CHECK(g.storage()[disclosed->links.front().edges.front()].evidence.text.find("§ 6103") != std::string::npos);
  CHECK(page.relations.front().outgoing);  // outgoing first
  CHECK(page.total_documents == 2);
  REQUIRE(page.documents.size() == 1);  // --limit 1
  CHECK(page.documents.front().document == s.v("doc:dcd"));
  CHECK(page.documents.front().count == 3);

  std::ostringstream text, json;
  EntityLookup lookup = lookup_entity(g, "ICE");
  print_entity_text(text, g, "ICE", lookup, {page});
  CHECK(text.str().find("part_of →") != std::string::npos);
  CHECK(text.str().find("“The IRS gave ICE addresses in breach of § 6103.”") != std::string::npos);
  write_entity_json(json, g, "ICE", lookup, {page});
  rapidjson::Document parsed;
  parsed.Parse(json.str().c_str());
  REQUIRE_FALSE(parsed.HasParseError());
  CHECK(parsed["entities"][0]["id"] == "agency:ice");
}

TEST_CASE("related: neighbours by predicate with counts, filtered, negated facts left out") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  auto groups = related_entities(g, s.v("agency:irs"), {});
  auto find = [&](std::string_view predicate, std::string_view direction) -> const NeighbourGroup* {
    for (const auto& x : groups)
      if (x.predicate == predicate && x.direction == direction) return &x;
    return nullptr;
  };
  REQUIRE(find("discloses_to", "out"));
  CHECK(find("discloses_to", "out")->neighbours.front().vertex == s.v("agency:ice"));
  const NeighbourGroup* co = find("co_mentioned", "both");
  REQUIRE(co);
  auto ice = std::find_if(co->neighbours.begin(), co->neighbours.end(),
                          [&](const Neighbour& n) { return n.vertex == s.v("agency:ice"); });
  REQUIRE(ice != co->neighbours.end());
  CHECK(ice->count == 2);  // in both of IRS's documents
  CHECK(co->neighbours.front().count == 2);
  CHECK(co->neighbours.back().count == 1);

  groups = related_entities(g, s.v("agency:irs"), {"statute", "", 20});
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].predicate == "co_mentioned");
  CHECK(groups[0].neighbours.front().vertex == s.v("statute:usc/26/6103"));

  groups = related_entities(g, s.v("agency:treasury"), {"", "discloses_to", 20});
  CHECK(groups.empty());  // "did not give" is no neighbour
}

TEST_CASE("path: a stated fact before a co-mention, told in words, negated facts never") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  EvidencePath p = shortest_evidence_path(g, {s.v("agency:irs")}, {s.v("agency:ice")}, 6);
  REQUIRE(p.found);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].edge);
  CHECK(path_step_words(g, p.steps[0]) == "Internal Revenue Service —discloses_to→ Immigration and Customs Enforcement");
  CHECK(p.steps[0].evidence.text == "The IRS gave ICE addresses in breach of § 6103.");

  p = shortest_evidence_path(g, {s.v("agency:ice")}, {s.v("agency:irs")}, 6);
  REQUIRE(p.steps.size() == 1);
  CHECK(path_step_words(g, p.steps[0]) == "Immigration and Customs Enforcement ←discloses_to— Internal Revenue Service");

  // Treasury "did not give" DHS anything: the path goes through a document naming both.
  p = shortest_evidence_path(g, {s.v("agency:treasury")}, {s.v("agency:dhs")}, 6);
  REQUIRE(p.found);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].document);
  CHECK(path_step_words(g, p.steps[0]).find("named with") != std::string::npos);
  CHECK(p.cost == doctest::Approx(3.0));

  p = shortest_evidence_path(g, {s.v("agency:treasury")}, {s.v("agency:ice")}, 6);
  REQUIRE(p.found);
  CHECK(p.steps.front().from == s.v("agency:treasury"));
  CHECK(p.steps.back().to == s.v("agency:ice"));
  CHECK_FALSE(shortest_evidence_path(g, {s.v("agency:treasury")}, {s.v("case:us/467/837")}, 1).found);
}

TEST_CASE("export: selection by type and around an entity; valid GraphML, DOT, CSV, JSON Lines") {
  SampleGraph s;
  const KnowledgeGraph& g = s.graph;
  ExportSelection agencies = select_for_export(g, {{"agency"}, {}, 1, false});
  CHECK(agencies.vertices.size() == 4);
  for (EdgeId e : agencies.edges) CHECK(g.storage()[e].predicate != "mentions");
  CHECK(agencies.edges.size() == 4);  // discloses_to x2 (one negated), part_of x2

  ExportSelection around = select_for_export(g, {{}, {s.v("agency:ice")}, 1, false});
  std::vector<std::string> ids;
  for (VertexId v : around.vertices) ids.push_back(g.storage()[v].id);
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"agency:dhs", "agency:ice", "agency:irs"});

  ExportSelection all = select_for_export(g, {{}, {}, 1, true});
  std::ostringstream graphml, dot, nodes, relationships, lines;
  write_graphml(graphml, g, all);
  write_dot(dot, g, all);
  write_neo4j_nodes_csv(nodes, g, all);
  write_neo4j_relationships_csv(relationships, g, all);
  write_json_lines(lines, g, all);
  CHECK(graphml.str().find("<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>") != std::string::npos);
  CHECK(graphml.str().find("Odd &lt;&amp;&gt; &quot;Name&quot; \xEF\xBF\xBD") != std::string::npos);
  CHECK(graphml.str().find('\x01') == std::string::npos);
  CHECK(dot.str().find("\"Odd <&> \\\"Name\\\"  \xEF\xBF\xBD\"") != std::string::npos);
  CHECK(nodes.str().rfind("id:ID,name,type,aliases:string[]", 0) == 0);
  CHECK(nodes.str().find("\"Odd <&> \"\"Name\"\"\x01 \xEF\xBF\xBD\"") != std::string::npos);
  CHECK(relationships.str().rfind(":START_ID,:END_ID,:TYPE", 0) == 0);
  CHECK(relationships.str().find("agency:irs,agency:ice,DISCLOSES_TO,") != std::string::npos);
  std::istringstream in(lines.str());
  std::string line;
  std::size_t vertices = 0, edges = 0;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE_FALSE(d.HasParseError());
    (std::string(d["kind"].GetString()) == "vertex" ? vertices : edges)++;
  }
  CHECK(vertices == all.vertices.size());
  CHECK(edges == all.edges.size());
}

TEST_CASE("export text: quoting survives any input") {
  CHECK(valid_utf8("a\xff" "b\xc3\xa9") == "a\xEF\xBF\xBD" "b\xc3\xa9");
  CHECK(valid_utf8("\xed\xa0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(xml_escaped("<a href='x'>&\x02</a>") == "&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;");
  CHECK(dot_quoted("say \"hi\"\\\n") == "\"say \\\"hi\\\"\\\\\\n\"");
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"\nthen") == "\"say \"\"hi\"\" then\"");
  CHECK(shorten_utf8("ééé", 3) == "é…");
}
