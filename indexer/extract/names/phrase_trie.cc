#include "extract/names/phrase_trie.h"

#include <algorithm>
#include <utility>

namespace lexgraph::names {

namespace {

constexpr std::size_t kMaxGap = 4;  // ". " or " - " between two words of a name

bool gap_is_harmless(std::string_view gap, bool comma_allowed) {
  if (gap.size() > kMaxGap) {
    // Captions lay names out over lines: allow one run of line breaks.
    for (char c : gap)
      if (c != ' ' && c != '\n') return false;
    return gap.size() <= 8;
  }
  for (char c : gap) {
    if (c == ' ' || c == '\n' || c == '.' || c == '\'' || c == '-') continue;
    if (c == ',' && comma_allowed) continue;
    return false;
  }
  return true;
}

}  // namespace

std::uint32_t PhraseTrie::child_for(std::uint32_t node, const Edge& wanted) {
  for (const Edge& e : nodes_[node].edges)
    if (e.key == wanted.key && e.exact == wanted.exact && e.period_after == wanted.period_after &&
        e.comma_before == wanted.comma_before)
      return e.child;
  Edge e = wanted;
  e.key_code = static_cast<std::uint16_t>(word_key(e.key));
  e.child = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  nodes_[node].edges.push_back(e);
  nodes_[node].codes.push_back(e.key_code);
  if (node == 0) {
    const auto edge = static_cast<std::uint32_t>(nodes_[0].edges.size() - 1);
    first_word_list_.push_back(e.key);
    root_[word_key(e.key)].push_back(edge);
    first_words_.add(e.key);
    if (e.key == "and") {
      first_word_list_.push_back("&");
      root_[word_key("&")].push_back(edge);
      first_words_.add("&");
    }
  }
  return e.child;
}

void PhraseTrie::add(std::string_view phrase, std::uint32_t value, bool exact) {
  if (frozen_) {
    frozen_ = false;  // nodes_ and root_ stay whole; freeze() lays them out again
    flat_nodes_.clear();
    flat_edges_.clear();
    flat_codes_.clear();
    flat_values_.clear();
    flat_keys_.clear();
    root_slots_.clear();
    flat_root_edges_.clear();
  }
  std::vector<Word> words = split_words(phrase);
  if (words.empty()) return;
  std::uint32_t node = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = word_text(phrase, words[i]);
    Edge e;
    e.exact = exact || is_all_caps(w);
    e.key = w == "&" ? std::string("and") : (e.exact ? std::string(w) : to_lower(w));
    e.period_after = exact && words[i].end < phrase.size() && phrase[words[i].end] == '.';
    if (i > 0) {
      std::string_view gap = phrase.substr(words[i - 1].end, words[i].start - words[i - 1].end);
      e.comma_before = gap.find(',') != std::string_view::npos;
    }
    node = child_for(node, e);
  }
  std::vector<std::uint32_t>& values = nodes_[node].values;
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  ++phrases_;
}

std::uint16_t PhraseTrie::code_of(std::string_view written) {
  return static_cast<std::uint16_t>(word_key(written == "&" ? std::string_view("and") : written));
}

bool PhraseTrie::edge_matches(const Edge& e, std::string_view text, const Word& w) const {
  std::string_view t = word_text(text, w);
  if (e.exact) {
    if (t != e.key) return false;
  } else if (!(t == "&" ? e.key == "and" : iequals(t, e.key))) {
    return false;
  }
  if (e.period_after && (w.end >= text.size() || text[w.end] != '.')) return false;
  return true;
}

void PhraseTrie::freeze() {
  for (const Node& node : nodes_)
    for (const Edge& e : node.edges)
      if (e.key.size() > 0xFFFF) return;  // no word is that long; stay unfrozen rather than cut one
  flat_nodes_.assign(nodes_.size(), FlatNode{});
  flat_edges_.clear();
  flat_codes_.clear();
  flat_values_.clear();
  flat_keys_.clear();
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& node = nodes_[i];
    FlatNode& flat = flat_nodes_[i];
    flat.edge_begin = static_cast<std::uint32_t>(flat_edges_.size());
    for (const Edge& e : node.edges) {
      FlatEdge f;
      f.child = e.child;
      f.key_begin = static_cast<std::uint32_t>(flat_keys_.size());
      f.key_size = static_cast<std::uint16_t>(e.key.size());
      f.exact = e.exact;
      f.period_after = e.period_after;
      f.comma_before = e.comma_before;
      flat_keys_ += e.key;
      flat_edges_.push_back(f);
      flat_codes_.push_back(e.key_code);
    }
    flat.edge_end = static_cast<std::uint32_t>(flat_edges_.size());
    flat.value_begin = static_cast<std::uint32_t>(flat_values_.size());
    flat_values_.insert(flat_values_.end(), node.values.begin(), node.values.end());
    flat.value_end = static_cast<std::uint32_t>(flat_values_.size());
  }
  std::size_t keys = 0;
  for (const auto& slot : root_) keys += slot.empty() ? 0 : 1;
  std::size_t capacity = 16;
  while (capacity < 2 * keys) capacity *= 2;
  root_slots_.assign(capacity, RootSlot{});
  flat_root_edges_.clear();
  for (std::uint32_t key = 0; key < kRootSlots; ++key) {
    if (root_[key].empty()) continue;
    std::size_t at = key & (capacity - 1);
    while (root_slots_[at].key != kNoKey) at = (at + 1) & (capacity - 1);
    RootSlot& slot = root_slots_[at];
    slot.key = key;
    slot.begin = static_cast<std::uint32_t>(flat_root_edges_.size());
    for (std::uint32_t edge_index : root_[key]) flat_root_edges_.push_back(flat_nodes_[0].edge_begin + edge_index);
    slot.end = static_cast<std::uint32_t>(flat_root_edges_.size());
  }
  frozen_ = true;
}

bool PhraseTrie::flat_edge_matches(const FlatEdge& e, std::string_view text, const Word& w) const {
  std::string_view t = word_text(text, w);
  const std::string_view key(flat_keys_.data() + e.key_begin, e.key_size);
  if (e.exact) {
    if (t != key) return false;
  } else if (!(t == "&" ? key == "and" : iequals(t, key))) {
    return false;
  }
  if (e.period_after && (w.end >= text.size() || text[w.end] != '.')) return false;
  return true;
}

// matches_at over the frozen layout: the same walk in the same order.
void PhraseTrie::flat_matches_at(std::string_view text, std::span<const Word> words, std::size_t first,
                                 std::vector<Match>& out) const {
  const std::string_view written = word_text(text, words[first]);
  if (!first_words_.may_contain(written)) return;
  const std::uint32_t key = word_key(written);
  const std::size_t mask = root_slots_.size() - 1;
  std::size_t at = key & mask;
  while (root_slots_[at].key != key) {
    if (root_slots_[at].key == kNoKey) return;
    at = (at + 1) & mask;
  }
  const RootSlot& slot = root_slots_[at];
  const std::size_t mark = out.size();
  struct Step {
    std::uint32_t node;
    std::size_t next_word;
    bool period_after;
  };
  Step stack[64];
  std::size_t depth = 0;
  for (std::uint32_t k = slot.begin; k < slot.end; ++k) {
    const FlatEdge& e = flat_edges_[flat_root_edges_[k]];
    if (flat_edge_matches(e, text, words[first]) && depth < 64) stack[depth++] = {e.child, first + 1, e.period_after};
  }
  while (depth > 0) {
    Step s = stack[--depth];
    const FlatNode& node = flat_nodes_[s.node];
    for (std::uint32_t v = node.value_begin; v < node.value_end; ++v)
      out.push_back({s.next_word - first, flat_values_[v]});
    if (s.next_word >= words.size()) continue;
    const Word& w = words[s.next_word];
    const Word& prev = words[s.next_word - 1];
    std::string_view gap = text.substr(prev.end, w.start - prev.end);
    if (!gap.empty() && gap[0] == '.' && !s.period_after && prev.end - prev.start > 4) continue;
    if (node.edge_begin == node.edge_end) continue;
    const std::uint16_t code = code_of(word_text(text, w));
    for (std::uint32_t k = node.edge_begin; k < node.edge_end; ++k) {
      if (flat_codes_[k] != code) continue;
      const FlatEdge& e = flat_edges_[k];
      if (!gap_is_harmless(gap, e.comma_before)) continue;
      if (flat_edge_matches(e, text, w) && depth < 64) stack[depth++] = {e.child, s.next_word + 1, e.period_after};
    }
  }
  for (std::size_t i = mark + 1; i < out.size(); ++i)
    for (std::size_t j = i; j > mark && out[j - 1].words < out[j].words; --j) std::swap(out[j - 1], out[j]);
}

void PhraseTrie::matches_at(std::string_view text, std::span<const Word> words,
                            std::size_t first, std::vector<Match>& out) const {
  if (frozen_) {
    flat_matches_at(text, words, first, out);
    return;
  }
  const std::string_view written = word_text(text, words[first]);
  if (!first_words_.may_contain(written)) return;
  const std::vector<std::uint32_t>& first_edges = root_[word_key(written)];
  if (first_edges.empty()) return;
  const std::size_t mark = out.size();
  // Depth-first over the (few) edges that fit; record every node with values.
  struct Step {
    std::uint32_t node;
    std::size_t next_word;
    bool period_after;  // the phrase wrote a period after the word just matched
  };
  Step stack[64];
  std::size_t depth = 0;
  for (std::uint32_t edge_index : first_edges) {
    const Edge& e = nodes_[0].edges[edge_index];
    if (edge_matches(e, text, words[first]) && depth < 64) stack[depth++] = {e.child, first + 1, e.period_after};
  }
  while (depth > 0) {
    Step s = stack[--depth];
    for (std::uint32_t v : nodes_[s.node].values) out.push_back({s.next_word - first, v});
    if (s.next_word >= words.size()) continue;
    const Word& w = words[s.next_word];
    const Word& prev = words[s.next_word - 1];
    std::string_view gap = text.substr(prev.end, w.start - prev.end);
    // A period ends an abbreviation ("U.S.", "Dept.") but a long word
    // followed by one ends a sentence: "NEW HAMPSHIRE. Supreme Court".
    if (!gap.empty() && gap[0] == '.' && !s.period_after && prev.end - prev.start > 4) continue;
    const std::uint16_t code = code_of(word_text(text, w));
    const Node& node = nodes_[s.node];
    for (std::size_t k = 0; k < node.codes.size(); ++k) {
      // Case-insensitive key of the word first: most edges differ there.
      if (node.codes[k] != code) continue;
      const Edge& e = node.edges[k];
      if (!gap_is_harmless(gap, e.comma_before)) continue;
      if (edge_matches(e, text, w) && depth < 64) stack[depth++] = {e.child, s.next_word + 1, e.period_after};
    }
  }
  // Longest first; a handful of matches, so insertion sort (no allocation).
  for (std::size_t i = mark + 1; i < out.size(); ++i)
    for (std::size_t j = i; j > mark && out[j - 1].words < out[j].words; --j) std::swap(out[j - 1], out[j]);
}

}  // namespace lexgraph::names
