#include "search/exact_matcher.h"

#include <algorithm>

#include "store/index_layout.h"

namespace lexgraph {

namespace {

using Node = QueryNode;
using Type = QueryNode::Type;
using Position = Xapian::termpos;

// One match of a positional operand (see the header).
struct Occurrence {
  Position first = 0;
  Position last = 0;
  std::vector<Position> used;  // sorted

  bool operator<(const Occurrence& o) const {
    if (first != o.first) return first < o.first;
    if (last != o.last) return last < o.last;
    return used < o.used;
  }
  bool operator==(const Occurrence& o) const = default;
};

// Work allowed per document before giving up (and accepting it).
constexpr std::size_t kMaxPairChecks = 2'000'000;
constexpr std::size_t kMaxOccurrences = 200'000;

struct TooMuchWork {};

bool disjoint(const std::vector<Position>& a, const std::vector<Position>& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return false;
    if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return true;
}

std::uint64_t gap(const Occurrence& l, const Occurrence& r) {
  if (l.last < r.first) return r.first - l.last;
  if (r.last < l.first) return l.first - r.last;
  return 0;
}

bool connector_holds(const Node& c, const Occurrence& l, const Occurrence& r) {
  if (c.ordered && !(l.last < r.first)) return false;
  switch (c.unit) {
    case ProximityUnit::words:
      return gap(l, r) <= c.distance;
    case ProximityUnit::sentence:
    case ProximityUnit::paragraph: {
      std::uint64_t window = c.unit == ProximityUnit::sentence ? layout::kSentenceWindow : layout::kParagraphWindow;
      return std::max(l.last, r.last) - std::min(l.first, r.first) < window;
    }
  }
  return false;
}

}  // namespace

// The evaluation of one query on one document.
class ExactEvaluation {
 public:
  ExactEvaluation(const ExactMatcher& matcher, const Xapian::Document& doc) : m_(matcher), doc_(doc) {
    present_.assign(m_.terms_.size(), false);
    positions_.resize(m_.terms_.size());
    Xapian::TermIterator it = doc.termlist_begin();
    Xapian::TermIterator end = doc.termlist_end();
    for (std::size_t i = 0; i < m_.terms_.size() && it != end; ++i) {
      it.skip_to(m_.terms_[i]);
      if (it == end) break;
      if (*it != m_.terms_[i]) continue;
      present_[i] = true;
      for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) positions_[i].push_back(*p);
    }
  }

  bool holds(const Node& node) {
    switch (node.type) {
      case Type::terms:
        if (node.patterns.size() == 1) {
          for (std::size_t t : m_.pattern_terms_.at(pattern_id(node.patterns.front()))) {
            if (present_[t]) return true;
          }
          return false;
        }
        return !occurrences(node, true).empty();
      case Type::filter:
        return present_[m_.pattern_terms_.at(filter_id(node)).front()];
      case Type::date_range: {
        std::string value = doc_.get_value(layout::kDateSlot);
        if (value.empty()) return false;
        double date = Xapian::sortable_unserialise(value);
        return (!node.date_from || date >= node.date_from) && (!node.date_to || date <= node.date_to);
      }
      case Type::any_of:
        return std::any_of(node.children.begin(), node.children.end(), [&](const Node& c) { return holds(c); });
      case Type::all_of:
        return std::all_of(node.children.begin(), node.children.end(), [&](const Node& c) { return holds(c); });
      case Type::but_not:
        return holds(node.children[0]) && !holds(node.children[1]);
      case Type::proximity:
        return !occurrences(node, true).empty();
    }
    return false;
  }

 private:
  std::size_t pattern_id(const TermPattern& pattern) const { return m_.ids_.at(&pattern); }
  std::size_t filter_id(const Node& node) const { return m_.ids_.at(&node); }

  std::vector<Position> positions_of(const TermPattern& pattern) {
    std::vector<Position> out;
    for (std::size_t t : m_.pattern_terms_.at(pattern_id(pattern))) {
      out.insert(out.end(), positions_[t].begin(), positions_[t].end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  std::vector<Occurrence> occurrences(const Node& node, bool first_only) {
    std::vector<Occurrence> out;
    if (node.type == Type::terms) {
      std::vector<std::vector<Position>> lists;
      for (const TermPattern& pattern : node.patterns) lists.push_back(positions_of(pattern));
      for (Position start : lists.front()) {
        bool phrase = true;
        for (std::size_t i = 1; i < lists.size() && phrase; ++i) {
          phrase = std::binary_search(lists[i].begin(), lists[i].end(), start + static_cast<Position>(i));
        }
        if (!phrase) continue;
        Occurrence o;
        o.first = start;
        o.last = start + static_cast<Position>(lists.size() - 1);
        for (Position p = o.first; p <= o.last; ++p) o.used.push_back(p);
        out.push_back(std::move(o));
        if (first_only) break;
      }
    } else if (node.type == Type::any_of) {
      for (const Node& child : node.children) {
        std::vector<Occurrence> part = occurrences(child, false);
        out.insert(out.end(), part.begin(), part.end());
      }
    } else if (node.type == Type::proximity) {
      join(node, occurrences(node.children[0], false), occurrences(node.children[1], false), first_only, out);
    } else {
      // Normalization leaves only positional operands under connectors.
      return out;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() > kMaxOccurrences) throw TooMuchWork{};
    return out;
  }

  void join(const Node& c, const std::vector<Occurrence>& left, const std::vector<Occurrence>& right,
            bool first_only, std::vector<Occurrence>& out) {
    if (left.empty() || right.empty()) return;
    // `right` is sorted by first position; only a band of it can qualify.
    Position widest_right = 0;
    for (const Occurrence& r : right) widest_right = std::max(widest_right, r.last - r.first);
    for (const Occurrence& l : left) {
      std::int64_t low, high;  // bounds on r.first
      if (c.unit == ProximityUnit::words) {
        low = std::int64_t{l.first} - c.distance - widest_right;
        high = std::int64_t{l.last} + c.distance;
      } else {
        std::int64_t window = c.unit == ProximityUnit::sentence ? layout::kSentenceWindow : layout::kParagraphWindow;
        low = std::int64_t{l.last} - window + 1;
        high = std::int64_t{l.first} + window - 1;
      }
      auto from = std::lower_bound(right.begin(), right.end(), low,
                                   [](const Occurrence& r, std::int64_t v) { return std::int64_t{r.first} < v; });
      for (auto r = from; r != right.end() && std::int64_t{r->first} <= high; ++r) {
        if (++pair_checks_ > kMaxPairChecks) throw TooMuchWork{};
        if (!connector_holds(c, l, *r) || !disjoint(l.used, r->used)) continue;
        Occurrence both;
        both.first = std::min(l.first, r->first);
        both.last = std::max(l.last, r->last);
        std::merge(l.used.begin(), l.used.end(), r->used.begin(), r->used.end(), std::back_inserter(both.used));
        out.push_back(std::move(both));
        if (first_only) return;
      }
    }
  }

  const ExactMatcher& m_;
  const Xapian::Document& doc_;
  std::vector<bool> present_;
  std::vector<std::vector<Position>> positions_;
  std::size_t pair_checks_ = 0;
};

ExactMatcher::ExactMatcher(const QueryNode& text, const TermExpansions& expansions) : text_(text) {
  // Collect each pattern's and filter's terms, then index them into one sorted list.
  std::vector<std::pair<const void*, std::vector<std::string>>> wanted;
  auto walk = [&](auto& self, const Node& node) -> void {
    if (node.type == Type::terms) {
      for (const TermPattern& pattern : node.patterns) {
        wanted.emplace_back(&pattern, expansions.known_terms(node.field, pattern));
      }
    } else if (node.type == Type::filter) {
      wanted.emplace_back(&node, std::vector<std::string>{filter_term(node)});
    }
    for (const Node& child : node.children) self(self, child);
  };
  walk(walk, text_);
  for (const auto& [key, terms] : wanted) terms_.insert(terms_.end(), terms.begin(), terms.end());
  std::sort(terms_.begin(), terms_.end());
  terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
  for (const auto& [key, terms] : wanted) {
    std::vector<std::size_t> indexes;
    for (const std::string& term : terms) {
      indexes.push_back(static_cast<std::size_t>(std::lower_bound(terms_.begin(), terms_.end(), term) - terms_.begin()));
    }
    ids_.emplace(key, pattern_terms_.size());
    pattern_terms_.push_back(std::move(indexes));
  }
}

bool ExactMatcher::matches(const Xapian::Document& doc) const {
  ExactEvaluation evaluation(*this, doc);
  try {
    return evaluation.holds(text_);
  } catch (const TooMuchWork&) {
    ++unverified_;
    return true;
  }
}

}  // namespace lexgraph
