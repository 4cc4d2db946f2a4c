#include "search/query_translator.h"

#include <algorithm>
#include <map>
#include <set>

#include "search/query_normalizer.h"
#include "search/query_words.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

using Node = QueryNode;
using Type = QueryNode::Type;
using Q = Xapian::Query;

Q or_of(const std::vector<std::string>& terms, Q::op op = Q::OP_OR) {
  if (terms.empty()) return Q();  // MatchNothing: no index term fits
  if (terms.size() == 1) return Q(terms.front());
  return Q(op, terms.begin(), terms.end());
}

Q list_of(Q::op op, const std::vector<Q>& parts) {
  if (parts.size() == 1) return parts.front();
  return Q(op, parts.begin(), parts.end());
}

// Most positions one match of `node` can span (last - first + 1): the
// window within which all of its words must lie.
std::uint64_t max_span(const Node& node) {
  if (node.type == Type::terms) return node.patterns.size();
  if (node.type != Type::proximity) return 1;  // an OR-list of words
  switch (node.unit) {
    case ProximityUnit::sentence: return layout::kSentenceWindow;
    case ProximityUnit::paragraph: return layout::kParagraphWindow;
    case ProximityUnit::words: break;
  }
  // Word connectors have no unit bound: (a /p b) /3 c reaches 3 past a paragraph.
  return max_span(node.children[0]) + max_span(node.children[1]) + node.distance - 1;
}

class Translator {
 public:
  explicit Translator(TermExpansions& expansions) : expansions_(expansions) {}

  // A node in document-level (Boolean) context.
  Q boolean(const Node& node, bool negated = false) {
    switch (node.type) {
      case Type::terms:
        if (!negated) collect_stems(node);
        if (node.patterns.size() == 1) {
          // One wildcard counts as one word for BM25: OP_SYNONYM.
          return or_of(terms_of(node.field, node.patterns.front(), node.column), Q::OP_SYNONYM);
        }
        return phrase(node);
      case Type::filter:
      case Type::date_range:
        return Q(Q::OP_SCALE_WEIGHT, filter(node), 0.0);
      case Type::any_of:
      case Type::all_of: {
        std::vector<Q> parts;
        for (const Node& child : node.children) parts.push_back(boolean(child, negated));
        return list_of(node.type == Type::any_of ? Q::OP_OR : Q::OP_AND, parts);
      }
      case Type::but_not:
        return Q(Q::OP_AND_NOT, boolean(node.children[0], negated), boolean(node.children[1], !negated));
      case Type::proximity:
        if (!negated) collect_stems(node);
        return proximity(node);
    }
    return Q();
  }

  static Q filter(const Node& node) {
    if (node.type == Type::filter) return Q(filter_term(node));
    auto bound = [](std::uint32_t yyyymmdd) { return Xapian::sortable_serialise(yyyymmdd); };
    if (node.date_from && node.date_to) {
      return Q(Q::OP_VALUE_RANGE, layout::kDateSlot, bound(node.date_from), bound(node.date_to));
    }
    if (node.date_from) return Q(Q::OP_VALUE_GE, layout::kDateSlot, bound(node.date_from));
    return Q(Q::OP_VALUE_LE, layout::kDateSlot, bound(node.date_to));
  }

  Q ranking() const {
    std::vector<std::string> stems(stems_.begin(), stems_.end());
    return or_of(stems);
  }

  bool exact = true;
  std::vector<std::string> approximations;
  std::set<std::string> highlight_terms;

 private:
  const std::vector<std::string>& terms_of(TextField field, const TermPattern& pattern, std::size_t column) {
    return expansions_.terms(field, pattern, column);
  }

  // The terms of a word operand (a word or an OR-list of words), sorted.
  std::vector<std::string> term_set(const Node& node) {
    std::vector<std::string> terms;
    const std::vector<Node> single{node};
    for (const Node& word : node.type == Type::any_of ? node.children : single) {
      const auto& expanded = terms_of(word.field, word.patterns.front(), word.column);
      terms.insert(terms.end(), expanded.begin(), expanded.end());
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
  }

  Q phrase(const Node& node) {
    std::vector<Q> parts;
    for (const TermPattern& pattern : node.patterns) parts.push_back(or_of(terms_of(node.field, pattern, node.column)));
    return Q(Q::OP_PHRASE, parts.begin(), parts.end(), static_cast<Xapian::termcount>(parts.size()));
  }

  // Operands of a chain of one grammatical connector: a /s (b /s c) /s d -> a b c d.
  static void chain(const Node& node, const Node& link, std::vector<const Node*>& out) {
    bool same_link = node.type == Type::proximity && node.unit == link.unit && node.ordered == link.ordered;
    if (!same_link) {
      out.push_back(&node);
      return;
    }
    chain(node.children[0], link, out);
    chain(node.children[1], link, out);
  }

  // Every word operand under `node`, as its sorted terms.
  void leaves(const Node& node, std::vector<std::vector<std::string>>& out) {
    if (node.is_term_set()) {
      out.push_back(term_set(node));
    } else if (node.type == Type::terms) {
      for (const TermPattern& pattern : node.patterns) out.push_back(terms_of(node.field, pattern, node.column));
    } else {
      for (const Node& child : node.children) leaves(child, out);
    }
  }

  static bool share_a_term(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i] == b[j]) return true;
      if (a[i] < b[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    return false;
  }

  // Xapian 1.4's NEAR (and we assume PHRASE) can miss a match when two of
  // its operands share a term: its scan advances the wrong list when both
  // sit on the same position ("d R r" with NEAR(d|R, r|R) is missed). So
  // operands sharing a term never go into one NEAR or PHRASE; keep those
  // that share none with an earlier one.
  static std::vector<std::vector<std::string>> without_shared_terms(std::vector<std::vector<std::string>> sets) {
    std::vector<std::vector<std::string>> kept;
    for (auto& set : sets) {
      bool shares = std::any_of(kept.begin(), kept.end(), [&](const auto& k) { return share_a_term(k, set); });
      if (!shares) kept.push_back(std::move(set));
    }
    return kept;
  }

  static Q near_of(Q::op op, const std::vector<std::vector<std::string>>& sets, Xapian::termcount window) {
    std::vector<Q> parts;
    for (const auto& set : sets) parts.push_back(or_of(set));
    return Q(op, parts.begin(), parts.end(), window);
  }

  Q proximity(const Node& node) {
    std::vector<const Node*> operands;
    if (node.unit == ProximityUnit::words) {
      operands = {&node.children[0], &node.children[1]};
    } else {
      chain(node, node, operands);
    }
    bool all_words = std::all_of(operands.begin(), operands.end(), [](const Node* n) { return n->is_term_set(); });
    if (all_words) {
      std::vector<std::vector<std::string>> sets;
      for (const Node* operand : operands) sets.push_back(term_set(*operand));
      if (without_shared_terms(sets).size() == sets.size()) {
        return near_of(node.ordered ? Q::OP_PHRASE : Q::OP_NEAR, sets, window(node));
      }
    }
    // Sound approximation (see the header): each operand on its own, and
    // their words (those sharing no term) within the widest span a match
    // can have.
    exact = false;
    approximations.push_back(describe(node));
    std::vector<Q> parts;
    for (const Node* operand : operands) parts.push_back(boolean(*operand));
    std::vector<std::vector<std::string>> words;
    leaves(node, words);
    words = without_shared_terms(std::move(words));
    if (words.size() >= 2) {
      std::uint64_t widest = std::max<std::uint64_t>(max_span(node), words.size());
      auto span = static_cast<Xapian::termcount>(std::min<std::uint64_t>(widest, 1u << 30));
      parts.push_back(near_of(Q::OP_NEAR, words, span));
    }
    return Q(Q::OP_AND, parts.begin(), parts.end());
  }

  static Xapian::termcount window(const Node& node) {
    switch (node.unit) {
      case ProximityUnit::sentence: return layout::kSentenceWindow;
      case ProximityUnit::paragraph: return layout::kParagraphWindow;
      case ProximityUnit::words: break;
    }
    return node.distance + 1;  // |pos a - pos b| <= n  <=>  within a window of n+1
  }

  // English stems of the plain body words, for ranking only, and the
  // body terms, for highlighting.
  void collect_stems(const Node& node) {
    if (node.type == Type::terms && node.field == TextField::body) {
      for (const TermPattern& pattern : node.patterns) {
        const auto& terms = terms_of(node.field, pattern, node.column);
        highlight_terms.insert(terms.begin(), terms.end());
        if (!pattern.is_plain()) continue;
        std::string stem = stem_term(pattern.literal);
        if (!stem.empty()) stems_.insert(std::move(stem));
      }
    }
    if (node.type == Type::but_not) {
      collect_stems(node.children[0]);
      return;
    }
    if (node.type == Type::proximity || node.type == Type::any_of || node.type == Type::all_of) {
      for (const Node& child : node.children) collect_stems(child);
    }
  }

  TermExpansions& expansions_;
  std::set<std::string> stems_;
};

// Top-level filters: OR within a field, AND across fields.
Q filters_of(const std::vector<Node>& filters) {
  std::map<std::string, std::vector<Q>> by_field;
  for (const Node& node : filters) {
    std::string field = node.type == Type::date_range ? "date" : std::string(field_name(node.filter));
    by_field[field].push_back(Translator::filter(node));
  }
  std::vector<Q> fields;
  for (auto& [name, values] : by_field) fields.push_back(list_of(Q::OP_OR, values));
  return list_of(Q::OP_AND, fields);
}

}  // namespace

TranslatedQuery translate_query(const ParsedQuery& parsed, TermExpansions& expansions) {
  TranslatedQuery out;
  Translator translator(expansions);
  Q query = Q::MatchAll;
  if (parsed.root) {
    out.text = normalize_query(*parsed.root);
    query = translator.boolean(*out.text);
    Q ranking = translator.ranking();
    if (!ranking.empty()) query = Q(Q::OP_AND_MAYBE, query, ranking);
  }
  if (!parsed.filters.empty()) query = Q(Q::OP_FILTER, query, filters_of(parsed.filters));
  out.query = query;
  out.exact = translator.exact;
  out.approximations = std::move(translator.approximations);
  out.highlight_terms.assign(translator.highlight_terms.begin(), translator.highlight_terms.end());
  return out;
}

}  // namespace lexgraph
