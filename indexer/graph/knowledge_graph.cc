#include "graph/knowledge_graph.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace lexgraph {

namespace {

// What each byte becomes in a name key, 0 for "dropped": ASCII letters
// lower-cased, digits kept, other ASCII dropped, non-ASCII bytes kept as
// they are (letters of other scripts). A table, not <cctype> or branches:
// every name and alias of the graph (a megabyte on corpus-real) is keyed
// when the by-name index is built.
struct NameKeyTable {
  unsigned char to[256] = {};
  constexpr NameKeyTable() {
    for (int c = 0; c < 256; ++c) {
      if (c >= 'A' && c <= 'Z') to[c] = static_cast<unsigned char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) to[c] = static_cast<unsigned char>(c);
    }
  }
};
constexpr NameKeyTable kNameKey;

// Writes the key of `name` to `out` (room for name.size() bytes); returns its length.
std::size_t write_name_key(std::string_view name, char* out) {
  std::size_t n = 0;
  for (unsigned char c : name) {
    const unsigned char k = kNameKey.to[c];
    out[n] = static_cast<char>(k);
    n += k != 0;
  }
  return n;
}

bool name_entry_less(const KnowledgeGraph::NameIndexEntry& a, const KnowledgeGraph::NameIndexEntry& b) {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (a.unmentioned != b.unmentioned) return a.unmentioned < b.unmentioned;
  return a.vertex < b.vertex;
}

// Name-key hashes are stored in snapshots, so they must not change with
// the standard library (std::hash may): words of 8 bytes, read
// little-endian, mixed as the snapshot checksum mixes them.
std::uint64_t stable_hash(std::string_view bytes) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w = 0;
    for (int k = 0; k < 8; ++k) w |= std::uint64_t(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
    h = std::rotl(h ^ w, 29) * 0xBF58476D1CE4E5B9ull;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001B3ull;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

std::uint64_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

// Spreads a hash over the slot index bits (std::hash of a string is
// already mixed; this guards against a weak one).
std::size_t slot_of(std::uint64_t hash, std::size_t mask) {
  return static_cast<std::size_t>((hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9ull >> 7) & mask;
}

}  // namespace

std::string graph_name_key(std::string_view name) {
  std::string key(name.size(), '\0');
  key.resize(write_name_key(name, key.data()));
  return key;
}

std::uint64_t graph_name_key_hash(std::string_view name) {
  // The key in a buffer on the stack (names are short; a longer one gets
  // a string), hashed whole.
  char buffer[256];
  std::string long_key;
  char* out = buffer;
  if (name.size() > sizeof buffer) {
    long_key.resize(name.size());
    out = long_key.data();
  }
  const std::size_t n = write_name_key(name, out);
  if (n == 0) return 0;
  const std::uint64_t h = stable_hash(std::string_view(out, n));
  return h == 0 ? 1 : h;  // 0 means "empty key"
}

bool KnowledgeGraph::has_id(VertexId v, std::string_view id) const {
  const GraphVertex& x = g_[v];
  if (x.id == id) return true;
  for (const auto& [key, value] : x.attrs) {
    if (key == kMergedIdAttr && value == id) return true;
  }
  return false;
}

std::optional<VertexId> KnowledgeGraph::find_hashed(std::uint64_t hash, std::string_view id) const {
  if (by_id_.empty()) return std::nullopt;
  const std::size_t mask = by_id_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  for (std::size_t i = slot_of(hash, mask);; i = (i + 1) & mask) {
    const IdSlot& s = by_id_[i];
    if (s.vertex == kNoVertex) return std::nullopt;
    if (s.tag == tag && has_id(s.vertex, id)) return s.vertex;
  }
}

// Adds `id` -> v unless the id is indexed already: the first vertex with
// an id (its own or merged) keeps it, as the map this replaced did. One
// walk of the probe chain does both.
void KnowledgeGraph::index_id(std::uint64_t hash, std::string_view id, VertexId v) {
  const std::size_t mask = by_id_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  std::size_t i = slot_of(hash, mask);
  for (; by_id_[i].vertex != kNoVertex; i = (i + 1) & mask) {
    if (by_id_[i].tag == tag && has_id(by_id_[i].vertex, id)) return;
  }
  by_id_[i] = IdSlot{tag, static_cast<std::uint32_t>(v)};
  ++ids_;
}

// Slots hold no hash to rehash by, so growing re-reads the ids: the same
// walk as reindex(), in vertex order, which keeps "first vertex wins".
// The table is sized `spread` times the ids (at least 2: at most half full,
// so probe chains stay short and always end at an empty slot).
void KnowledgeGraph::rebuild_ids(std::size_t spread) {
  std::size_t ids = boost::num_vertices(g_);
  auto [first, last] = boost::vertices(g_);
  for (auto it = first; it != last; ++it) {
    for (const auto& attr : g_[*it].attrs) ids += attr.first == kMergedIdAttr;
  }
  by_id_.assign(std::max<std::size_t>(64, std::bit_ceil(ids * std::max<std::size_t>(spread, 2) + 2)), IdSlot{});
  ids_ = 0;
  for (auto it = first; it != last; ++it) {
    const GraphVertex& v = g_[*it];
    index_id(id_hash(v.id), v.id, *it);
    for (const auto& [key, value] : v.attrs) {
      if (key == kMergedIdAttr) index_id(id_hash(value), value, *it);
    }
  }
}

VertexId KnowledgeGraph::vertex(std::string_view id) {
  const std::uint64_t hash = id_hash(id);
  if (auto v = find_hashed(hash, id)) return *v;
  VertexId v = boost::add_vertex(g_);
  g_[v].id = std::string(id);
  if ((ids_ + 1) * 2 > by_id_.size()) {
    rebuild_ids(4);  // includes v; room to grow before the next rebuild
  } else {
    index_id(hash, g_[v].id, v);
  }
  return v;
}

std::optional<VertexId> KnowledgeGraph::find(std::string_view id) const { return find_hashed(id_hash(id), id); }

std::vector<VertexId> KnowledgeGraph::find_by_name(std::string_view name) const {
  const std::uint64_t hash = graph_name_key_hash(name);
  if (hash == 0) return {};
  if (!names_indexed_) reindex_names();
  auto [first, last] = std::equal_range(by_name_.begin(), by_name_.end(), NameIndexEntry{hash, 0, 0},
                                        [](const NameIndexEntry& a, const NameIndexEntry& b) { return a.hash < b.hash; });
  std::vector<VertexId> found;
  if (first == last) return found;
  // Equal hashes of different keys are possible: keep the vertices one of
  // whose names has this very key.
  const std::string key = graph_name_key(name);
  auto named = [&](VertexId v) {
    const GraphVertex& x = g_[v];
    if (graph_name_key(x.name) == key) return true;
    return std::any_of(x.aliases.begin(), x.aliases.end(), [&](const std::string& a) { return graph_name_key(a) == key; });
  };
  for (auto it = first; it != last; ++it) {
    // A vertex appears once per hash (reindex_names), so no duplicates here.
    if (named(it->vertex)) found.push_back(it->vertex);
  }
  return found;
}

void KnowledgeGraph::reindex_names() const {
  by_name_.clear();
  std::size_t names = 0;
  auto [first, last] = boost::vertices(g_);
  for (auto it = first; it != last; ++it) names += 1 + g_[*it].aliases.size();
  by_name_.reserve(names);
  std::vector<std::uint64_t> seen;  // this vertex's hashes: each vertex once per key
  for (auto it = first; it != last; ++it) {
    const GraphVertex& v = g_[*it];
    seen.clear();
    auto add_name = [&](const std::string& n) {
      const std::uint64_t h = graph_name_key_hash(n);
      if (h == 0 || std::find(seen.begin(), seen.end(), h) != seen.end()) return;
      seen.push_back(h);
      by_name_.push_back(NameIndexEntry{h, ~v.mentions, static_cast<std::uint32_t>(*it)});
    };
    add_name(v.name);
    for (const auto& a : v.aliases) add_name(a);
  }
  // Within a key, most mentioned first; ties in vertex order (as a stable
  // sort of vertices added in order would leave them). The entries carry
  // their sort key: comparing never reaches into the vertices.
  std::sort(by_name_.begin(), by_name_.end(), name_entry_less);
  names_indexed_ = true;
}

const std::vector<KnowledgeGraph::NameIndexEntry>& KnowledgeGraph::name_index() const {
  if (!names_indexed_) reindex_names();
  return by_name_;
}

bool KnowledgeGraph::set_name_index(std::vector<NameIndexEntry> entries) {
  const std::size_t vertices = boost::num_vertices(g_);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].vertex >= vertices || entries[i].hash == 0) return false;
    if (i > 0 && !name_entry_less(entries[i - 1], entries[i])) return false;  // out of order, or twice
  }
  by_name_ = std::move(entries);
  names_indexed_ = true;
  return true;
}

void KnowledgeGraph::reindex() {
  rebuild_ids(2);
  by_name_.clear();
  names_indexed_ = false;
}

}  // namespace lexgraph
