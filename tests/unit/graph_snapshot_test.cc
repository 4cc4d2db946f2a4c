// The knowledge graph built from a real index (three small documents run
// through the real builder: reader, extractors, resolver, relations,
// IndexWriter, two shards), checked against what the pipeline itself says
// about each document; then the snapshot: round trip, stale and damaged
// files refused, rebuilt after the index changed.
#include <doctest/doctest.h>

#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "build/builder.h"
#include "build/prepared_file.h"
#include "graph/graph_snapshot.h"
#include "graph/snapshot_format.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"
#include "store/index_writer.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

const char* kAlpha =
    "Title: Alpha Taxpayers v. Internal Revenue Service\n"
    "Court: United States District Court for the District of Columbia\n"
    "Date: 2025-05-01\n\n"
    "The Internal Revenue Service may not disclose return information except as 26 U.S.C. § 6103 allows. "
    "The court follows Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837 (1984).\n\n"
    "Treasury Secretary Scott Bessent signed the agreement. Section 6103 of title 26 protects taxpayers, "
    "and the IRS must respect 26 U.S.C. § 6103.\n";
const char* kBeta =
    "Title: Beta Report\nDate: 2025-06-02\n\n"
    "On June 2, 2025, the IRS shared 1.3 million addresses with Immigration and Customs Enforcement. "
    "Critics said the transfer violated "
    "26 U.S.C. § 6103. Treasury Secretary Scott Bessent defended it.\n";
// Metadata citation 467 U.S. 837: this document is that case.
const char* kChevron =
    "Title: Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc.\n"
    "Court: Supreme Court of the United States\nDate: 1984-06-25\nCitation: 467 U.S. 837\n\n"
    "467 U.S. 837\n\n"
    "The Court reviews the agency's reading of the statute. See Marbury v. Madison, 5 U.S. 137 (1803).\n";

class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("lexgraph-graph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::string read_bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The three documents indexed by the real builder into two shards.
struct SmallDatabase {
  TempDir tmp;
  fs::path corpus = tmp.path() / "cases";
  DatabaseDir db{(tmp.path() / "db").string()};
  BuildSummary summary;

  SmallDatabase() {
    fs::create_directories(corpus);
    write_file(corpus / "alpha.txt", kAlpha);
    write_file(corpus / "beta.txt", kBeta);
    write_file(corpus / "chevron.txt", kChevron);
    BuildOptions options;
    options.db_path = db.path();
    options.threads = 2;
    summary = build_index({corpus.string()}, options);
    REQUIRE(summary.failed == 0);
    REQUIRE(summary.database_documents == 3);
  }

  // What the pipeline makes of one of the files, with the id the builder gave it.
  PreparedDocument analyzed(const std::string& name) const {
    ReadResult read = read_file((corpus / name).string());
    REQUIRE(read.ok());
    REQUIRE(read.documents.size() == 1);
    Document doc = read.documents.front();
    doc.id = "cases/" + name;
    SentenceSplitter splitter;
    return analyze_document(std::move(doc), splitter);
  }
};

const GraphVertex& vertex_of(const KnowledgeGraph& g, std::string_view id) {
  auto v = g.find(id);
  REQUIRE_MESSAGE(v.has_value(), "no vertex " << id);
  return g.storage()[*v];
}

std::vector<const GraphEdge*> edges_between(const KnowledgeGraph& g, std::string_view from, std::string_view to,
                                            std::string_view predicate) {
  std::vector<const GraphEdge*> out;
  auto s = g.find(from), t = g.find(to);
  if (!s || !t) return out;
  for (auto [it, end] = boost::out_edges(*s, g.storage()); it != end; ++it) {
    if (boost::target(*it, g.storage()) == *t && g.storage()[*it].predicate == predicate) out.push_back(&g.storage()[*it]);
  }
  return out;
}

std::string value_of(const KeyValues& values, std::string_view key) {
  for (const auto& [k, v] : values) {
    if (k == key) return v;
  }
  return {};
}

// Every vertex and edge, field by field, in order.
void check_equal(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  const GraphStorage& x = a.storage();
  const GraphStorage& y = b.storage();
  REQUIRE(boost::num_vertices(x) == boost::num_vertices(y));
  REQUIRE(boost::num_edges(x) == boost::num_edges(y));
  for (VertexId v = 0; v < boost::num_vertices(x); ++v) {
    CHECK(x[v].id == y[v].id);
    CHECK(x[v].type == y[v].type);
    CHECK(x[v].name == y[v].name);
    CHECK(x[v].aliases == y[v].aliases);
    CHECK(x[v].attrs == y[v].attrs);
    CHECK(x[v].documents == y[v].documents);
    CHECK(x[v].mentions == y[v].mentions);
    auto [xi, xe] = boost::out_edges(v, x);
    auto [yi, ye] = boost::out_edges(v, y);
    for (; xi != xe && yi != ye; ++xi, ++yi) {
      const GraphEdge &p = x[*xi], &q = y[*yi];
      CHECK(boost::target(*xi, x) == boost::target(*yi, y));
      CHECK(p.predicate == q.predicate);
      CHECK(p.object_text == q.object_text);
      CHECK(p.qualifiers == q.qualifiers);
      CHECK(p.confidence == q.confidence);
      CHECK(p.count == q.count);
      CHECK(p.object_is_text == q.object_is_text);
      CHECK(p.evidence.document == q.evidence.document);
      CHECK(p.evidence.sentence == q.evidence.sentence);
      CHECK(p.evidence.start == q.evidence.start);
      CHECK(p.evidence.end == q.evidence.end);
      CHECK(p.evidence.text == q.evidence.text);
    }
    CHECK(xi == xe);
    CHECK(yi == ye);
  }
  CHECK(b.find_by_name("Internal Revenue Service") == a.find_by_name("Internal Revenue Service"));
}

// find_by_name's contract by brute force: every vertex with a name or
// alias of the same key, most mentioned first, then in vertex order.
std::vector<VertexId> names_scan(const KnowledgeGraph& g, std::string_view name) {
  const std::string key = graph_name_key(name);
  std::vector<VertexId> out;
  if (key.empty()) return out;
  const GraphStorage& s = g.storage();
  for (VertexId v = 0; v < boost::num_vertices(s); ++v) {
    bool named = graph_name_key(s[v].name) == key;
    for (const auto& a : s[v].aliases) named = named || graph_name_key(a) == key;
    if (named) out.push_back(v);
  }
  std::stable_sort(out.begin(), out.end(), [&](VertexId a, VertexId b) { return s[a].mentions > s[b].mentions; });
  return out;
}

// Every name and alias of `g`, as stored and respelled (case, punctuation).
void check_names_against_scan(const KnowledgeGraph& g) {
  const GraphStorage& s = g.storage();
  std::size_t checked = 0;
  for (VertexId v = 0; v < boost::num_vertices(s); ++v) {
    std::vector<std::string> names = s[v].aliases;
    names.push_back(s[v].name);
    for (const std::string& n : names) {
      std::string upper = n;
      for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      for (const std::string& q : {n, upper, " (" + n + ")."}) {
        INFO("name " << q);
        const auto found = g.find_by_name(q);
        CHECK(found == names_scan(g, q));
        if (!graph_name_key(q).empty()) CHECK(std::find(found.begin(), found.end(), v) != found.end());
        ++checked;
      }
    }
  }
  CHECK(checked > 0);
  CHECK(g.find_by_name("").empty());
  CHECK(g.find_by_name(" .,; ").empty());
  CHECK(g.find_by_name("zzqx no such name anywhere").empty());
}

// A graph bigger than the small databases' (thousands of vertices, tens
// of thousands of edges with sentences and qualifiers), made directly.
KnowledgeGraph synthetic_graph(int vertices, int edges) {
  KnowledgeGraph g;
  std::mt19937 random(17);
  for (int i = 0; i < vertices; ++i) {
    const VertexId v = g.vertex("entity:e" + std::to_string(i));
    GraphVertex& x = g.storage()[v];
    x.type = i % 7 == 0 ? "document" : "agency";
    x.name = "Entity Number " + std::to_string(i % (vertices / 2 + 1));  // names shared by two vertices
    x.aliases = {"E" + std::to_string(i), "the entity of row " + std::to_string(i)};
    x.attrs = {{"role", "row " + std::to_string(i)}};
    x.documents = 1 + static_cast<std::uint32_t>(random() % 5);
    x.mentions = static_cast<std::uint32_t>(random() % 40);
  }
  for (int i = 0; i < edges; ++i) {
    const auto s = static_cast<VertexId>(random() % vertices), t = static_cast<VertexId>(random() % vertices);
    GraphEdge& e = g.storage()[boost::add_edge(s, t, g.storage()).first];
    e.predicate = i % 3 == 0 ? "mentions" : "cites";
    e.count = static_cast<std::uint32_t>(i % 9);
    e.confidence = 0.5 + (i % 5) / 10.0;
    if (i % 4 == 0) e.qualifiers = {{"count", std::to_string(i)}, {"status", "in place"}};
    e.evidence.document = "corpus/documents/file-number-" + std::to_string(i % 500) + ".txt";
    e.evidence.sentence = static_cast<std::uint32_t>(i);
    e.evidence.start = static_cast<std::uint32_t>(i * 3);
    e.evidence.end = static_cast<std::uint32_t>(i * 3 + 120);
    if (e.predicate != "mentions") {
      e.evidence.text = "Sentence " + std::to_string(i % 4000) +
                        " of a long opinion, which the court wrote at length to explain why it cites what it cites.";
    }
  }
  g.reindex();
  return g;
}

}  // namespace

TEST_CASE("graph: entities merge across documents by canonical id, with the pipeline's mention counts") {
  SmallDatabase data;
  KnowledgeGraph g;
  REQUIRE(build_graph(data.db, g) == "");

  // Reference: what the pipeline finds in each document.
  std::map<std::string, std::uint32_t> documents, mentions;
  int values = 0;
  for (const char* name : {"alpha.txt", "beta.txt", "chevron.txt"}) {
    const PreparedDocument d = data.analyzed(name);
    const std::string doc_node = document_node_id(d.doc.id);
    CHECK(vertex_of(g, doc_node).type == "document");
    CHECK(vertex_of(g, doc_node).name == d.doc.title);
    for (const Entity& e : d.extraction.entities) {
      if (e.type == "date" || e.type == "figure" || e.type == "money") {  // values, not entities: no vertex
        ++values;
        CHECK_FALSE(g.find(e.id));
        continue;
      }
      ++documents[e.id];
      mentions[e.id] += static_cast<std::uint32_t>(e.mentions.size());
      auto edges = edges_between(g, doc_node, e.id, "mentions");
      REQUIRE_MESSAGE(edges.size() == 1, doc_node << " -> " << e.id);
      CHECK(edges.front()->count == e.mentions.size());
      CHECK(edges.front()->evidence.document == d.doc.id);
    }
  }
  REQUIRE(documents.size() > 5);
  CHECK(values >= 2);  // the date and the figure of beta
  for (const auto& [id, n] : documents) {
    INFO(id);
    CHECK(vertex_of(g, id).documents == n);
    CHECK(vertex_of(g, id).mentions == mentions[id]);
  }
  // Named in two documents, one vertex each.
  CHECK(vertex_of(g, "statute:usc/26/6103").documents == 2);
  CHECK(vertex_of(g, "statute:usc/26/6103").type == "statute");
  CHECK(vertex_of(g, "agency:irs").documents == 2);
  CHECK(vertex_of(g, "person:scott-bessent").documents == 2);
  CHECK(vertex_of(g, "person:scott-bessent").name == "Scott Bessent");
  auto by_name = g.find_by_name("internal revenue service");
  REQUIRE(!by_name.empty());
  CHECK(g.storage()[by_name.front()].id == "agency:irs");
}

TEST_CASE("graph: every stored relation is an edge with its sentence as evidence") {
  SmallDatabase data;
  KnowledgeGraph g;
  REQUIRE(build_graph(data.db, g) == "");
  std::size_t relations = 0;
  std::set<std::string> predicates;
  for (const char* name : {"alpha.txt", "beta.txt", "chevron.txt"}) {
    const PreparedDocument d = data.analyzed(name);
    const std::string doc_node = document_node_id(d.doc.id);
    for (const Relation& r : d.extraction.relations) {
      const bool own_case = d.doc.id == "cases/chevron.txt" && r.predicate == "cites" && r.object == "case:us/467/837";
      const std::string target = r.object.empty() ? doc_node : r.object;
      auto edges = edges_between(g, r.subject, target, r.predicate);
      std::vector<const GraphEdge*> same;
      for (const GraphEdge* e : edges) {
        if (e->evidence.document == d.doc.id && e->evidence.sentence == r.sentence && e->evidence.start == r.start &&
            e->evidence.end == r.end && e->object_text == r.object_text)
          same.push_back(e);
      }
      INFO(r.subject << " " << r.predicate << " " << r.object << " in " << d.doc.id);
      if (own_case) {  // the citation line of the case itself is not a citation
        CHECK(same.empty());
        continue;
      }
      REQUIRE(same.size() == 1);
      const GraphEdge& e = *same.front();
      const Sentence& s = d.segments.sentences.at(r.sentence);
      CHECK(e.evidence.text == d.normalized.text.substr(s.start, s.end - s.start));
      CHECK(e.evidence.text.find(d.normalized.text.substr(r.start, r.end - r.start)) != std::string::npos);
      CHECK(e.object_is_text == r.object.empty());
      CHECK(e.confidence == doctest::Approx(r.confidence));
      ++relations;
      predicates.insert(r.predicate);
    }
  }
  CHECK(relations >= 8);
  CHECK(predicates.count("cites") == 1);
  CHECK(predicates.count("holds_role") == 1);

  // Structural facts, spot-checked by hand.
  auto cites = edges_between(g, "doc:cases/alpha.txt", "statute:usc/26/6103", "cites");
  REQUIRE(cites.size() == 1);
  CHECK(cites.front()->count == 3);
  CHECK(cites.front()->evidence.text ==
        "The Internal Revenue Service may not disclose return information except as 26 U.S.C. § 6103 allows.");
  auto roles = edges_between(g, "person:scott-bessent", "agency:treasury", "holds_role");
  REQUIRE(roles.size() == 2);  // one per document that says so
  CHECK(roles[0]->evidence.document != roles[1]->evidence.document);
  CHECK(value_of(roles[0]->qualifiers, "role") == "Treasury Secretary");
}

TEST_CASE("graph: a document whose metadata citation names a case decides that case") {
  SmallDatabase data;
  KnowledgeGraph g;
  REQUIRE(build_graph(data.db, g) == "");
  CHECK(value_of(vertex_of(g, "doc:cases/chevron.txt").attrs, "case") == "case:us/467/837");
  CHECK(value_of(vertex_of(g, "doc:cases/chevron.txt").attrs, "citation") == "467 U.S. 837");
  CHECK(value_of(vertex_of(g, "doc:cases/alpha.txt").attrs, "case").empty());
  CHECK(edges_between(g, "doc:cases/chevron.txt", "case:us/467/837", kDecidesPredicate).size() == 1);
  CHECK(edges_between(g, "doc:cases/chevron.txt", "case:us/467/837", "cites").empty());
  CHECK(edges_between(g, "doc:cases/chevron.txt", "case:us/5/137", "cites").size() == 1);
  CHECK(edges_between(g, "doc:cases/alpha.txt", "case:us/467/837", "cites").size() == 1);
  const GraphVertex& chevron = vertex_of(g, "case:us/467/837");
  CHECK(chevron.documents == 2);
  CHECK(chevron.name == "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc.");
}

TEST_CASE("graph snapshot: round trip equal; stale, truncated and damaged snapshots refused") {
  SmallDatabase data;
  KnowledgeGraph built;
  REQUIRE(build_graph(data.db, built) == "");
  REQUIRE(save_graph_snapshot(data.db, built, "7,9") == "");

  KnowledgeGraph loaded;
  REQUIRE(load_graph_snapshot(data.db, "7,9", loaded) == "");
  check_equal(built, loaded);

  std::string err = load_graph_snapshot(data.db, "7,10", loaded);
  CHECK(err.find("revision") != std::string::npos);
  CHECK(loaded.vertex_count() == 0);

  const fs::path path = graph_snapshot_path(data.db);
  const std::string good = read_bytes_of(path);
  REQUIRE(good.size() > 1000);
  for (std::size_t cut : {std::size_t(0), std::size_t(3), std::size_t(8), std::size_t(13), std::size_t(30),
                          good.size() / 3, good.size() / 2, good.size() - 1}) {
    write_file(path, good.substr(0, cut));
    INFO("cut at " << cut);
    CHECK(load_graph_snapshot(data.db, "7,9", loaded) != "");
    CHECK(loaded.vertex_count() == 0);
  }
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  write_file(path, flipped);
  CHECK(load_graph_snapshot(data.db, "7,9", loaded).find("checksum") != std::string::npos);
  write_file(path, "not a snapshot at all");
  CHECK(load_graph_snapshot(data.db, "7,9", loaded) != "");

  // Behind the checksum: bodies forged to pass it, with counts and indexes
  // overwritten. Each must decode or be refused, never crash or allocate
  // what the file cannot hold.
  const std::size_t body_at = 8 + 4 + 4 + 3 + 8 + 8;  // magic, version, stamp "7,9", length, checksum
  auto forge = [&](std::string bytes) {
    const std::string_view body(bytes.data() + body_at, bytes.size() - body_at);
    const std::uint64_t sum = graph_snapshot_checksum(body);
    for (int i = 0; i < 8; ++i) bytes[body_at - 8 + i] = static_cast<char>(sum >> (8 * i));
    return bytes;
  };
  {
    KnowledgeGraph out;
    std::string error;
    REQUIRE(decode_graph_snapshot(forge(good), "7,9", out, error) == SnapshotDecode::ok);  // forging is right
    std::string huge = good;
    for (int i = 0; i < 4; ++i) huge[body_at + i] = '\xff';  // string count 4 billion
    CHECK(decode_graph_snapshot(forge(huge), "7,9", out, error) == SnapshotDecode::damaged);
    CHECK(out.vertex_count() == 0);
  }
  std::mt19937 random(12345);
  int refused = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string bytes = good;
    std::uniform_int_distribution<std::size_t> where(body_at, bytes.size() - 4);
    const std::size_t at = where(random);
    const std::uint32_t value = trial % 3 == 0 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(random());
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>(value >> (8 * i));
    KnowledgeGraph out;
    std::string error;
    if (decode_graph_snapshot(forge(bytes), "7,9", out, error) == SnapshotDecode::damaged) {
      ++refused;
      CHECK(out.vertex_count() == 0);
      CHECK(!error.empty());
    }
  }
  CHECK(refused > 0);

  // The by-name index closes the body: N entries of (u64 hash, u32
  // ~mentions, u32 vertex). A loaded graph answers names from it.
  const std::size_t names = built.name_index().size();
  REQUIRE(names >= 2);
  {
    KnowledgeGraph out;
    std::string error;
    REQUIRE(decode_graph_snapshot(forge(good), "7,9", out, error) == SnapshotDecode::ok);
    const auto& stored = out.name_index();
    REQUIRE(stored.size() == names);
    for (std::size_t i = 0; i < names; ++i) {
      CHECK(stored[i].hash == built.name_index()[i].hash);
      CHECK(stored[i].unmentioned == built.name_index()[i].unmentioned);
      CHECK(stored[i].vertex == built.name_index()[i].vertex);
    }
  }
  const std::size_t last_entry = good.size() - 16;
  auto put_u32 = [](std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>(value >> (8 * i));
  };
  {
    std::string bytes = good;
    put_u32(bytes, last_entry + 12, static_cast<std::uint32_t>(built.vertex_count()));  // no such vertex
    KnowledgeGraph out;
    std::string error;
    CHECK(decode_graph_snapshot(forge(bytes), "7,9", out, error) == SnapshotDecode::damaged);
    CHECK(out.vertex_count() == 0);
  }
  {
    std::string bytes = good;
    for (int i = 0; i < 8; ++i) bytes[last_entry + i] = 0;  // hash 0 (an empty key), out of order too
    KnowledgeGraph out;
    std::string error;
    CHECK(decode_graph_snapshot(forge(bytes), "7,9", out, error) == SnapshotDecode::damaged);
  }
  {
    std::string bytes = good;
    put_u32(bytes, good.size() - 16 * names - 4, static_cast<std::uint32_t>(names + 1));  // one more than stored
    KnowledgeGraph out;
    std::string error;
    CHECK(decode_graph_snapshot(forge(bytes), "7,9", out, error) == SnapshotDecode::damaged);
  }
}

TEST_CASE("open_graph: the build leaves a fresh snapshot; a changed index rebuilds it") {
  SmallDatabase data;
  CHECK(data.summary.graph_vertices > 0);
  CHECK(data.summary.graph_edges > 0);
  CHECK(fs::exists(graph_snapshot_path(data.db)));

  KnowledgeGraph g;
  bool rebuilt = true;
  REQUIRE(open_graph(data.db, g, &rebuilt) == "");
  CHECK_FALSE(rebuilt);  // lexindex build saved it
  CHECK(g.vertex_count() == data.summary.graph_vertices);
  CHECK(g.edge_count() == data.summary.graph_edges);
  REQUIRE(g.find("doc:cases/beta.txt"));
  REQUIRE(g.find("agency:ice"));

  // Remove beta the way `lexindex remove` does.
  Manifest manifest;
  REQUIRE(data.db.read_manifest(manifest) == "");
  REQUIRE(manifest.shards == 2);
  bool removed = false;
  for (unsigned shard = 0; shard < manifest.shards; ++shard) {
    IndexWriter writer(data.db.shard_path(shard));
    removed = writer.remove_id("cases/beta.txt") || removed;
    writer.commit();
  }
  REQUIRE(removed);
  REQUIRE(data.db.refresh_manifest() == "");

  REQUIRE(open_graph(data.db, g, &rebuilt) == "");
  CHECK(rebuilt);
  CHECK_FALSE(g.find("doc:cases/beta.txt"));
  CHECK_FALSE(g.find("agency:ice"));  // named by beta only
  CHECK(vertex_of(g, "statute:usc/26/6103").documents == 1);
  CHECK(vertex_of(g, "person:scott-bessent").documents == 1);
  REQUIRE(open_graph(data.db, g, &rebuilt) == "");
  CHECK_FALSE(rebuilt);  // saved by the rebuild

  // A snapshot that cannot be written (a directory in its place): queries
  // still get the graph, update_graph_snapshot says why it failed.
  fs::remove(graph_snapshot_path(data.db));
  fs::create_directories(fs::path(graph_snapshot_path(data.db)) / "blocker");
  REQUIRE(open_graph(data.db, g, &rebuilt) == "");
  CHECK(rebuilt);
  CHECK(g.find("agency:irs"));
  CHECK(update_graph_snapshot(data.db) != "");
  for (const auto& entry : fs::directory_iterator(data.db.path())) {
    CHECK_MESSAGE(entry.path().filename().string().find(".tmp") == std::string::npos, "left behind: " << entry.path());
  }
}

TEST_CASE("graph: words as object point to the document; unreadable stored data is skipped") {
  TempDir tmp;
  DatabaseDir db((tmp.path() / "db").string());
  REQUIRE(db.prepare(/*create=*/true, 1) == "");
  {
    Document doc;
    doc.id = "syn/order.txt";
    doc.title = "Synthetic ruling";
    doc.path = "/syn/order.txt";
    NormalizedText normalized;
    normalized.text = "Intro sentence. The preliminary injunction bars ICE from acting upon any IRS data.";
    Segmentation segments;
    segments.paragraphs.push_back({0, normalized.text.size()});
    segments.sentences.push_back({0, 15, 0});
    segments.sentences.push_back({16, normalized.text.size(), 0});
    Extraction x;
    Mention m;
    m.type = "order";
    m.start = 20;
    m.end = 42;
    m.entity = "order:syn/order.txt#1";
    m.name = "preliminary injunction";
    x.mentions.push_back(m);
    Entity e;
    e.id = m.entity;
    e.type = "order";
    e.name = m.name;
    e.aliases = {"preliminary injunction"};
    e.attrs["kind"] = std::string("preliminary injunction");
    e.mentions = {0};
    x.entities.push_back(e);
    Relation r;
    r.subject = m.entity;
    r.predicate = "enjoins";
    r.object_text = "acting upon any IRS data";
    r.qualifiers["status"] = std::string("in_place");
    r.qualifiers["count"] = 2.0;
    r.sentence = 1;
    r.start = 20;
    r.end = static_cast<std::size_t>(normalized.text.size() - 1);
    r.confidence = 0.75;
    x.relations.push_back(r);
    IndexWriter writer(db.shard_path(0));
    writer.put(doc, normalized, segments, x, "hash");
    writer.commit();
  }
  {
    Xapian::WritableDatabase raw(db.shard_path(0), Xapian::DB_OPEN);
    Xapian::Document junk;
    junk.set_data("{\"id\": \"junk\", \"entities\": [[");
    junk.add_boolean_term("Qjunk");
    raw.add_document(junk);
    raw.commit();
  }
  KnowledgeGraph g;
  REQUIRE(build_graph(db, g) == "");
  CHECK_FALSE(g.find("doc:junk"));
  auto edges = edges_between(g, "order:syn/order.txt#1", "doc:syn/order.txt", "enjoins");
  REQUIRE(edges.size() == 1);
  const GraphEdge& e = *edges.front();
  CHECK(e.object_is_text);
  CHECK(e.object_text == "acting upon any IRS data");
  CHECK(value_of(e.qualifiers, "status") == "in_place");
  CHECK(value_of(e.qualifiers, "count") == "2");
  CHECK(e.count == 1);  // a fact's count qualifier is not an edge multiplicity
  CHECK(e.confidence == doctest::Approx(0.75));
  CHECK(e.evidence.sentence == 1);
  CHECK(e.evidence.text == "The preliminary injunction bars ICE from acting upon any IRS data.");
  const GraphVertex& order = vertex_of(g, "order:syn/order.txt#1");
  CHECK(order.type == "order");
  CHECK(value_of(order.attrs, "kind") == "preliminary injunction");
}

TEST_CASE("graph: a docket another document cites is the case a document decides; a surname is the full name") {
  TempDir tmp;
  const fs::path corpus = tmp.path() / "merge";
  fs::create_directories(corpus);
  write_file(corpus / "ruling.txt",
             "Title: Center for Taxpayer Rights v. Internal Revenue Service\n"
             "Court: United States District Court for the District of Columbia\n"
             "Docket: 1:25-cv-1101\nDate: 2025-11-21\n\n"
             "U.S. District Judge Colleen Kollar-Kotelly granted the motion.\n");
  write_file(corpus / "report.txt",
             "Title: Appeal filed\nKind: news\nDate: 2025-12-01\n\n"
             "On Monday the government appealed the order entered in No. 1:25-cv-01101. "
             "Judge Kollar-Kotelly had found the disclosures unlawful.\n");
  DatabaseDir db((tmp.path() / "db").string());
  BuildOptions options;
  options.db_path = db.path();
  options.threads = 1;
  REQUIRE(build_index({corpus.string()}, options).database_documents == 2);
  KnowledgeGraph graph;
  REQUIRE(open_graph(db, graph).empty());

  const auto own_case = graph.find("case:docket/1:25-cv-01101");
  REQUIRE(own_case);
  const auto cited = graph.find("docket:1:25-cv-01101");
  REQUIRE(cited);
  CHECK(*cited == *own_case);
  // The ruling decides the case (its metadata docket); the report names it.
  const auto ruling = graph.find("doc:merge/ruling.txt");
  REQUIRE(ruling);
  bool decides = false;
  for (auto [e, end] = boost::out_edges(*ruling, graph.storage()); e != end; ++e) {
    decides |= boost::target(*e, graph.storage()) == *own_case && graph.storage()[*e].predicate == kDecidesPredicate;
  }
  CHECK(decides);
  CHECK(graph.storage()[*own_case].documents == 1);

  const auto judge = graph.find("judge:colleen-kollar-kotelly");
  REQUIRE(judge);
  const auto surname = graph.find("judge:kollar-kotelly");
  REQUIRE(surname);
  CHECK(*surname == *judge);
  CHECK(graph.storage()[*judge].documents == 2);
}

TEST_CASE("graph: the by-name index, built on the first lookup after a load, answers as a scan of every name") {
  SmallDatabase data;
  KnowledgeGraph built;
  REQUIRE(build_graph(data.db, built) == "");
  REQUIRE(save_graph_snapshot(data.db, built, "7,9") == "");
  KnowledgeGraph loaded;
  REQUIRE(load_graph_snapshot(data.db, "7,9", loaded) == "");
  // The first lookup on the loaded graph builds its index.
  CHECK(loaded.find_by_name("internal revenue service") == built.find_by_name("Internal Revenue Service"));
  CHECK_FALSE(loaded.find_by_name("internal revenue service").empty());
  check_names_against_scan(built);
  check_names_against_scan(loaded);

  // A name added later is seen after reindex(), which drops the old index.
  const auto irs = loaded.find("agency:irs");
  REQUIRE(irs);
  CHECK(loaded.find_by_name("Revenuers of the Realm").empty());
  loaded.storage()[*irs].aliases.push_back("Revenuers of the Realm");
  loaded.reindex();
  CHECK(loaded.find_by_name("revenuers of the realm") == std::vector<VertexId>{*irs});
  check_names_against_scan(loaded);
}

TEST_CASE("graph: ids are found after the index grows; merged ids after reindex; the first vertex keeps an id") {
  KnowledgeGraph g;
  CHECK_FALSE(g.find("entity:n0"));
  const int count = 5000;
  for (int i = 0; i < count; ++i) CHECK(g.vertex("entity:n" + std::to_string(i)) == VertexId(i));
  REQUIRE(g.vertex_count() == std::size_t(count));
  for (int i = 0; i < count; i += 7) {
    CHECK(g.vertex("entity:n" + std::to_string(i)) == VertexId(i));  // found, not added
    CHECK(g.find("entity:n" + std::to_string(i)) == VertexId(i));
  }
  CHECK(g.vertex_count() == std::size_t(count));
  CHECK_FALSE(g.find("entity:n" + std::to_string(count)));
  CHECK_FALSE(g.find("entity:n"));
  CHECK_FALSE(g.find(""));

  g.storage()[7].attrs.emplace_back(std::string(kMergedIdAttr), "entity:surname-7");
  g.storage()[3].attrs.emplace_back(std::string(kMergedIdAttr), "entity:n9");  // another vertex's own id
  g.reindex();
  CHECK(g.find("entity:surname-7") == VertexId(7));
  CHECK(g.find("entity:n7") == VertexId(7));
  CHECK(g.find("entity:n9") == VertexId(3));  // vertex 3 comes first
  CHECK(g.vertex("entity:surname-7") == VertexId(7));
  CHECK(g.vertex_count() == std::size_t(count));
  // Growing after reindex keeps all of it.
  for (int i = count; i < 3 * count; ++i) CHECK(g.vertex("entity:n" + std::to_string(i)) == VertexId(i));
  CHECK(g.find("entity:surname-7") == VertexId(7));
  CHECK(g.find("entity:n9") == VertexId(3));
  CHECK(g.find("entity:n" + std::to_string(3 * count - 1)) == VertexId(3 * count - 1));
}

TEST_CASE("graph: name-key hashes agree with name keys") {
  CHECK(graph_name_key_hash("") == 0);
  CHECK(graph_name_key_hash(" -.,") == 0);
  CHECK(graph_name_key_hash("Internal Revenue Service") == graph_name_key_hash("internal-revenue service."));
  CHECK(graph_name_key_hash("Kollar-Kotelly") == graph_name_key_hash("KOLLARKOTELLY"));
  CHECK(graph_name_key_hash("Société Générale") == graph_name_key_hash("société générale"));  // non-ASCII kept as is
  CHECK(graph_name_key_hash("ICE") != graph_name_key_hash("IRS"));
  CHECK(graph_name_key_hash("ICE") != 0);
}

TEST_CASE("graph snapshot: a graph of tens of thousands of edges round-trips (loaded into reserved heap room)") {
  TempDir tmp;
  DatabaseDir db(tmp.path().string());
  const KnowledgeGraph built = synthetic_graph(4000, 40000);
  REQUIRE(save_graph_snapshot(db, built, "3") == "");
  // Big enough that loading it reserves heap room (graph_snapshot.cc).
  REQUIRE(fs::file_size(graph_snapshot_path(db)) > (std::uintmax_t(1) << 20));
  KnowledgeGraph loaded;
  REQUIRE(load_graph_snapshot(db, "3", loaded) == "");
  check_equal(built, loaded);
  CHECK(loaded.find("entity:e3999") == VertexId(3999));
  // Vertices 5 and 5 + 2001 share a name: both found, most mentioned first.
  const auto pair = loaded.find_by_name("entity number 5");
  CHECK(pair == names_scan(loaded, "Entity Number 5"));
  CHECK(pair.size() == 2);
  CHECK(loaded.find_by_name("E3998") == std::vector<VertexId>{3998});
}
