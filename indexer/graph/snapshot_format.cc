#include "graph/snapshot_format.h"

#include <bit>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace lexgraph {

namespace {

constexpr char kMagic[8] = {'L', 'X', 'G', 'R', 'A', 'P', 'H', '\0'};
constexpr std::size_t kMaxRevisionBytes = 1 << 16;
// The fewest bytes a vertex and an edge can take: every count and index
// they hold, with no aliases, attrs or qualifiers. Checked against the
// bytes left before anything is allocated.
constexpr std::size_t kMinVertexBytes = 4 * 7;
constexpr std::size_t kMinEdgeBytes = 4 * 12 + 8;
constexpr std::size_t kNameEntryBytes = 8 + 4 + 4;

}  // namespace

// Not cryptographic: tells a damaged or half-written body from a sound one.
// Four independent lanes of 8-byte words, so the multiplications of one
// lane do not wait for another's (one lane was a tenth of a load).
std::uint64_t graph_snapshot_checksum(std::string_view bytes) {
  std::uint64_t lane[4] = {0x9E3779B97F4A7C15ull ^ bytes.size(), 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull,
                           0x27D4EB2F165667C5ull};
  auto mix = [](std::uint64_t h, const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return std::rotl(h ^ w, 29) * 0xBF58476D1CE4E5B9ull;
  };
  std::size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) lane[k] = mix(lane[k], bytes.data() + i + 8 * k);
  }
  for (; i + 8 <= bytes.size(); i += 8) lane[0] = mix(lane[0], bytes.data() + i);
  std::uint64_t h = lane[0] ^ std::rotl(lane[1], 17) ^ std::rotl(lane[2], 31) ^ std::rotl(lane[3], 47);
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001B3ull;
  return h ^ (h >> 31);
}

namespace {

class ByteWriter {
 public:
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
  }
  void f64(double v) { u64(std::bit_cast<std::uint64_t>(v)); }
  void bytes(std::string_view b) { out_.append(b); }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

// Reads within bounds; the first overrun makes it fail for good and every
// later read returns zero, so decoding code checks once at the end.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  std::uint32_t u32() {
    if (!take(4)) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(in_[pos_ - 4 + i])) << (8 * i);
    return v;
  }
  std::uint64_t u64() {
    if (!take(8)) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t(static_cast<unsigned char>(in_[pos_ - 8 + i])) << (8 * i);
    return v;
  }
  double f64() { return std::bit_cast<double>(u64()); }
  std::string_view bytes(std::size_t n) {
    if (!take(n)) return {};
    return in_.substr(pos_ - n, n);
  }
  std::size_t left() const { return failed_ ? 0 : in_.size() - pos_; }
  bool failed() const { return failed_; }
  void fail() { failed_ = true; }

 private:
  bool take(std::size_t n) {
    if (failed_ || n > in_.size() - pos_) {
      failed_ = true;
      return false;
    }
    pos_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

class StringTable {
 public:
  std::uint32_t id(const std::string& s) {
    auto [it, added] = ids_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
    if (added) strings_.push_back(&it->first);
    return it->second;
  }
  void write(ByteWriter& w) const {
    w.u32(static_cast<std::uint32_t>(strings_.size()));
    for (const std::string* s : strings_) w.u32(static_cast<std::uint32_t>(s->size()));
    for (const std::string* s : strings_) w.bytes(*s);
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> strings_;  // node-based map: pointers stay valid
};

void write_pairs(ByteWriter& w, StringTable& strings, const KeyValues& pairs) {
  w.u32(static_cast<std::uint32_t>(pairs.size()));
  for (const auto& [k, v] : pairs) {
    w.u32(strings.id(k));
    w.u32(strings.id(v));
  }
}

class BodyReader {
 public:
  explicit BodyReader(std::string_view body) : r_(body) {}

  bool read_strings() {
    const std::uint32_t count = r_.u32();
    if (std::size_t(count) * 4 > r_.left()) return fail();
    std::vector<std::uint32_t> lengths(count);
    std::size_t total = 0;
    for (auto& n : lengths) {
      n = r_.u32();
      total += n;
    }
    if (r_.failed() || total > r_.left()) return fail();
    strings_.reserve(count);
    for (std::uint32_t n : lengths) strings_.push_back(r_.bytes(n));
    return !r_.failed();
  }

  bool read_vertices(GraphStorage& g) {
    const std::uint32_t count = r_.u32();
    if (std::size_t(count) * kMinVertexBytes > r_.left()) return fail();
    g.m_vertices.reserve(count);  // one allocation, no moves of vertices already read (Boost keeps it public)
    for (std::uint32_t i = 0; i < count && !r_.failed(); ++i) {
      GraphVertex& v = g[boost::add_vertex(g)];
      v.id = str();
      v.type = str();
      v.name = str();
      const std::uint32_t aliases = r_.u32();
      if (std::size_t(aliases) * 4 > r_.left()) return fail();
      v.aliases.reserve(aliases);
      for (std::uint32_t a = 0; a < aliases; ++a) v.aliases.emplace_back(str());
      pairs(v.attrs);
      v.documents = r_.u32();
      v.mentions = r_.u32();
    }
    return !r_.failed();
  }

  bool read_edges(GraphStorage& g) {
    const std::uint32_t count = r_.u32();
    if (std::size_t(count) * kMinEdgeBytes > r_.left()) return fail();
    const std::size_t vertices = boost::num_vertices(g);
    if (!reserve_adjacency(g, count, vertices)) return fail();
    for (std::uint32_t i = 0; i < count && !r_.failed(); ++i) {
      const std::uint32_t source = r_.u32(), target = r_.u32();
      if (source >= vertices || target >= vertices) return fail();
      GraphEdge& e = g[boost::add_edge(source, target, g).first];
      e.predicate = str();
      e.object_text = str();
      pairs(e.qualifiers);
      e.confidence = r_.f64();
      e.count = r_.u32();
      e.object_is_text = (r_.u32() & 1u) != 0;
      e.evidence.document = str();
      e.evidence.sentence = r_.u32();
      e.evidence.start = r_.u32();
      e.evidence.end = r_.u32();
      e.evidence.text = str();
    }
    return !r_.failed();
  }

  bool read_names(KnowledgeGraph& out) {
    const std::uint32_t count = r_.u32();
    if (std::size_t(count) * kNameEntryBytes > r_.left()) return fail();
    std::vector<KnowledgeGraph::NameIndexEntry> names(count);
    for (auto& n : names) {
      n.hash = r_.u64();
      n.unmentioned = r_.u32();
      n.vertex = r_.u32();
    }
    if (r_.failed() || !out.set_name_index(std::move(names))) return fail();
    return true;
  }

  bool at_end() const { return !r_.failed() && r_.left() == 0; }

 private:
  // Sizes every vertex's out- and in-edge lists for the `count` edge
  // records ahead, read once without decoding them: the lists then grow
  // by one allocation each instead of by doubling.
  bool reserve_adjacency(GraphStorage& g, std::uint32_t count, std::size_t vertices) {
    std::vector<std::uint32_t> out(vertices), in(vertices);
    ByteReader ahead = r_;
    for (std::uint32_t i = 0; i < count && !ahead.failed(); ++i) {
      const std::uint32_t source = ahead.u32(), target = ahead.u32();
      if (source >= vertices || target >= vertices) return false;
      ++out[source];
      ++in[target];
      ahead.bytes(4 * 2);  // predicate, object_text
      const std::uint32_t qualifiers = ahead.u32();
      if (std::size_t(qualifiers) * 8 > ahead.left()) return false;
      ahead.bytes(std::size_t(qualifiers) * 8 + 8 + 4 * 7);  // qualifiers .. evidence text
    }
    if (ahead.failed()) return false;
    for (std::size_t v = 0; v < vertices; ++v) {
      if (out[v]) g.out_edge_list(v).reserve(out[v]);
      if (in[v]) g.m_vertices[v].m_in_edges.reserve(in[v]);
    }
    return true;
  }

  bool fail() {
    r_.fail();
    return false;
  }
  std::string_view str() {
    const std::uint32_t i = r_.u32();
    if (i >= strings_.size()) {
      r_.fail();
      return {};
    }
    return strings_[i];
  }
  void pairs(KeyValues& out) {
    const std::uint32_t count = r_.u32();
    if (std::size_t(count) * 8 > r_.left()) {
      r_.fail();
      return;
    }
    out.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
      std::string_view k = str();
      out.emplace_back(std::string(k), std::string(str()));
    }
  }

  ByteReader r_;
  std::vector<std::string_view> strings_;
};

}  // namespace

std::string encode_graph_snapshot(const KnowledgeGraph& graph, std::string_view revision) {
  const GraphStorage& g = graph.storage();
  StringTable strings;
  ByteWriter records;
  records.u32(static_cast<std::uint32_t>(boost::num_vertices(g)));
  for (VertexId v = 0; v < boost::num_vertices(g); ++v) {
    const GraphVertex& x = g[v];
    records.u32(strings.id(x.id));
    records.u32(strings.id(x.type));
    records.u32(strings.id(x.name));
    records.u32(static_cast<std::uint32_t>(x.aliases.size()));
    for (const auto& a : x.aliases) records.u32(strings.id(a));
    write_pairs(records, strings, x.attrs);
    records.u32(x.documents);
    records.u32(x.mentions);
  }
  records.u32(static_cast<std::uint32_t>(boost::num_edges(g)));
  auto [first, last] = boost::edges(g);
  for (auto it = first; it != last; ++it) {
    const GraphEdge& e = g[*it];
    records.u32(static_cast<std::uint32_t>(boost::source(*it, g)));
    records.u32(static_cast<std::uint32_t>(boost::target(*it, g)));
    records.u32(strings.id(e.predicate));
    records.u32(strings.id(e.object_text));
    write_pairs(records, strings, e.qualifiers);
    records.f64(e.confidence);
    records.u32(e.count);
    records.u32(e.object_is_text ? 1u : 0u);
    records.u32(strings.id(e.evidence.document));
    records.u32(e.evidence.sentence);
    records.u32(e.evidence.start);
    records.u32(e.evidence.end);
    records.u32(strings.id(e.evidence.text));
  }

  // The by-name index, so loading need not key every name again.
  const auto& names = graph.name_index();
  records.u32(static_cast<std::uint32_t>(names.size()));
  for (const auto& n : names) {
    records.u64(n.hash);
    records.u32(n.unmentioned);
    records.u32(n.vertex);
  }

  ByteWriter body;
  strings.write(body);
  body.bytes(records.data());

  ByteWriter file;
  file.bytes(std::string_view(kMagic, sizeof kMagic));
  file.u32(kSnapshotFormatVersion);
  file.u32(static_cast<std::uint32_t>(revision.size()));
  file.bytes(revision);
  file.u64(body.data().size());
  file.u64(graph_snapshot_checksum(body.data()));
  file.bytes(body.data());
  return std::move(file.data());
}

SnapshotDecode decode_graph_snapshot(std::string_view bytes, std::string_view revision, KnowledgeGraph& out,
                                     std::string& error) {
  out = KnowledgeGraph{};
  ByteReader header(bytes);
  if (header.bytes(sizeof kMagic) != std::string_view(kMagic, sizeof kMagic)) {
    error = "not a lexgraph graph snapshot";
    return SnapshotDecode::damaged;
  }
  if (std::uint32_t version = header.u32(); version != kSnapshotFormatVersion) {
    error = header.failed() ? "truncated" : "snapshot format " + std::to_string(version) + ", expected " +
                                                std::to_string(kSnapshotFormatVersion);
    return header.failed() ? SnapshotDecode::damaged : SnapshotDecode::stale;
  }
  const std::uint32_t revision_bytes = header.u32();
  const std::string_view stamp = revision_bytes <= kMaxRevisionBytes ? header.bytes(revision_bytes) : std::string_view{};
  const std::uint64_t body_bytes = header.u64();
  const std::uint64_t checksum = header.u64();
  if (header.failed() || revision_bytes > kMaxRevisionBytes) {
    error = "truncated or damaged header";
    return SnapshotDecode::damaged;
  }
  if (stamp != revision) {
    error = "built from index revision " + std::string(stamp) + ", the index is at " + std::string(revision);
    return SnapshotDecode::stale;
  }
  if (body_bytes != header.left()) {
    error = "truncated: " + std::to_string(header.left()) + " of " + std::to_string(body_bytes) + " body bytes";
    return SnapshotDecode::damaged;
  }
  const std::string_view body = header.bytes(body_bytes);
  if (graph_snapshot_checksum(body) != checksum) {
    error = "damaged: checksum mismatch";
    return SnapshotDecode::damaged;
  }
  BodyReader reader(body);
  GraphStorage& g = out.storage();
  if (!reader.read_strings() || !reader.read_vertices(g) || !reader.read_edges(g)) {
    out = KnowledgeGraph{};
    error = "damaged: inconsistent lengths or indexes";
    return SnapshotDecode::damaged;
  }
  out.reindex();  // by id; it drops the by-name index, which comes next
  if (!reader.read_names(out) || !reader.at_end()) {
    out = KnowledgeGraph{};
    error = "damaged: inconsistent lengths or indexes";
    return SnapshotDecode::damaged;
  }
  return SnapshotDecode::ok;
}

}  // namespace lexgraph
