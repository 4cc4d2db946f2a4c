#pragma once
// A trie of phrases over words: the gazetteer's matcher. Text words are
// compared case-insensitively (all-caps phrase words, abbreviations and
// acronyms exactly), "&" reads as "and", and the punctuation between two
// words only has to be of the harmless kind (spaces, line breaks, ".", "'",
// "-"), so "U.S. Court", "U. S. Court" and "US Court" differ only where the
// phrase asks for periods.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/names/name_text.h"

namespace lexgraph::names {

class PhraseTrie {
 public:
  // exact: every word must match with its case and a word written with a
  // period after it ("Cir.") must have one in the text (abbreviations,
  // acronyms). Otherwise only all-caps words of the phrase ("DHS" inside
  // "DHS Office of ...") are exact.
  void add(std::string_view phrase, std::uint32_t value, bool exact);

  struct Match {
    std::size_t words = 0;  // phrase length in words
    std::uint32_t value = 0;
  };
  // Every phrase starting at words[first], longest first, appended to `out`.
  void matches_at(std::string_view text, std::span<const Word> words, std::size_t first,
                  std::vector<Match>& out) const;

  // Lays the trie out flat and packed for matches_at, which then touches a
  // few cache lines per word instead of a vector per node: call it once
  // every phrase is added. A later add() undoes it (matches stay the same
  // either way; only their speed differs).
  void freeze();

  std::size_t size() const { return phrases_; }
  // Every word a phrase starts with, as written in the phrase ("&" as "and").
  const std::vector<std::string>& first_words() const { return first_word_list_; }

 private:
  struct Edge {
    std::string key;  // lower case unless exact
    bool exact = false;
    bool period_after = false;
    bool comma_before = false;  // the phrase has a comma before this word
    std::uint16_t key_code = 0;  // word_key(key): a text word with another code cannot match
    std::uint32_t child = 0;
  };
  struct Node {
    std::vector<Edge> edges;
    std::vector<std::uint16_t> codes;  // edges[k].key_code, packed: scanned for every text word
    std::vector<std::uint32_t> values;
  };
  std::uint32_t child_for(std::uint32_t node, const Edge& wanted);
  bool edge_matches(const Edge& e, std::string_view text, const Word& w) const;
  // The key_code a text word must have for an edge to match it ("&" reads as "and").
  static std::uint16_t code_of(std::string_view written);

  // The frozen layout (see freeze()): node i's edges are flat_edges_ /
  // flat_codes_ [edge_begin, edge_end), in the order of nodes_[i].edges.
  struct FlatNode {
    std::uint32_t edge_begin = 0, edge_end = 0;
    std::uint32_t value_begin = 0, value_end = 0;
  };
  struct FlatEdge {
    std::uint32_t child = 0;
    std::uint32_t key_begin = 0;  // in flat_keys_
    std::uint16_t key_size = 0;
    bool exact = false;
    bool period_after = false;
    bool comma_before = false;
  };
  struct RootSlot {  // open addressing by word_key of a first word
    std::uint32_t key = kNoKey;
    std::uint32_t begin = 0, end = 0;  // in flat_root_edges_
  };
  static constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;
  bool flat_edge_matches(const FlatEdge& e, std::string_view text, const Word& w) const;
  void flat_matches_at(std::string_view text, std::span<const Word> words, std::size_t first,
                       std::vector<Match>& out) const;
  bool frozen_ = false;
  std::vector<FlatNode> flat_nodes_;
  std::vector<FlatEdge> flat_edges_;
  std::vector<std::uint16_t> flat_codes_;
  std::vector<std::uint32_t> flat_values_;
  std::string flat_keys_;
  std::vector<RootSlot> root_slots_;            // size a power of two, at most half full
  std::vector<std::uint32_t> flat_root_edges_;  // flat edge indices, per key in the order of root_

  std::vector<Node> nodes_{Node{}};
  // Root edges by word_key of their first word (a few per key): a text word
  // is looked up without hashing or copying it.
  static constexpr unsigned kRootSlots = 65536;
  std::vector<std::vector<std::uint32_t>> root_ = std::vector<std::vector<std::uint32_t>>(kRootSlots);
  WordFilter first_words_;  // 8 KB in front of root_, which is too big to stay in cache
  std::vector<std::string> first_word_list_;
  std::size_t phrases_ = 0;
};

}  // namespace lexgraph::names
