// Random queries on random documents, checked against a slow, plain
// reference (RE2's exhaustive-tester idea). The reference works on the
// documents' structure (paragraph, sentence, word) and brute force, not on
// Xapian positions or windows; it states the semantics of exact_matcher.h:
//   - search() returns exactly the reference's documents;
//   - ExactMatcher agrees with the reference on every document;
//   - the Xapian translation alone matches a superset, and exactly the
//     reference's documents whenever it claims to be exact.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "search/exact_matcher.h"
#include "search/query_parser.h"
#include "search/query_translator.h"
#include "search/searcher.h"
#include "search/term_expansion.h"
#include "store/index_layout.h"
#include "test_index.h"

using namespace lexgraph;
using lexgraph::testing::Body;
using lexgraph::testing::doc_with_id;
using lexgraph::testing::TestIndex;

namespace {

const std::vector<std::string> kVocabulary = {"tax",       "taxes",  "taxpayer", "return", "returns",
                                              "disclose",  "disclosed", "woman", "women",  "court"};
const std::vector<std::string> kPatterns = {"tax!", "return*", "disclos!", "wom*n", "tax**", "ret!"};

// A word of a generated document, located structurally.
struct Word {
  std::string text;
  int paragraph, sentence, index;  // sentence: number within the document
  long position() const { return static_cast<long>(sentence) * 1000 + index; }
};

struct GeneratedDoc {
  Body body;
  std::vector<Word> words;
};

GeneratedDoc generate_doc(std::mt19937& rng) {
  GeneratedDoc doc;
  std::uniform_int_distribution<int> count(1, 3), length(1, 6), word(0, static_cast<int>(kVocabulary.size()) - 1);
  int sentence_number = 0;
  int paragraphs = count(rng);
  for (int p = 0; p < paragraphs; ++p) {
    doc.body.emplace_back();
    int sentences = count(rng);
    for (int s = 0; s < sentences; ++s, ++sentence_number) {
      std::string text;
      int words = length(rng);
      for (int i = 0; i < words; ++i) {
        std::string w = kVocabulary[static_cast<std::size_t>(word(rng))];
        text += (i ? " " : "") + w;
        doc.words.push_back({w, p, sentence_number, i});
      }
      doc.body.back().push_back(text + ".");
    }
  }
  return doc;
}

// --- random queries ------------------------------------------------------

std::string random_leaf(std::mt19937& rng) {
  std::uniform_int_distribution<int> kind(0, 9);
  auto vocab = [&] { return kVocabulary[std::uniform_int_distribution<std::size_t>(0, kVocabulary.size() - 1)(rng)]; };
  int k = kind(rng);
  if (k <= 4) return vocab();
  if (k <= 6) return kPatterns[std::uniform_int_distribution<std::size_t>(0, kPatterns.size() - 1)(rng)];
  auto word_or_pattern = [&] {
    return std::uniform_int_distribution<int>(0, 3)(rng) == 0
               ? kPatterns[std::uniform_int_distribution<std::size_t>(0, kPatterns.size() - 1)(rng)]
               : vocab();
  };
  if (k == 7) return "\"" + word_or_pattern() + " " + word_or_pattern() + "\"";
  if (k == 8) return "\"" + word_or_pattern() + " " + word_or_pattern() + " " + word_or_pattern() + "\"";
  return "(" + vocab() + " " + vocab() + ")";
}

std::string random_positional(std::mt19937& rng, int depth) {
  if (depth == 0 || std::uniform_int_distribution<int>(0, 2)(rng) == 0) return random_leaf(rng);
  static const std::vector<std::string> kConnectors = {"/s", "+s", "/p", "+p", "/", "+", "w/s", "pre/"};
  std::string c = kConnectors[std::uniform_int_distribution<std::size_t>(0, kConnectors.size() - 1)(rng)];
  if (c.back() == '/' || c == "+") c += std::to_string(std::uniform_int_distribution<int>(1, 4)(rng));
  std::string left = random_positional(rng, depth - 1), right = random_positional(rng, depth - 1);
  if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) return "(" + left + " " + right + ") " + c + " " + random_leaf(rng);
  return "(" + left + " " + c + " " + right + ")";
}

std::string random_query(std::mt19937& rng, int depth) {
  std::string query = random_positional(rng, depth);
  int extra = std::uniform_int_distribution<int>(0, 5)(rng);
  if (extra == 0) query += " & " + random_positional(rng, 2);
  if (extra == 1) query += " % " + random_leaf(rng);
  if (extra == 2) query += " or " + random_positional(rng, 1);
  return query;
}

// --- the reference ---------------------------------------------------------

using Match = std::vector<long>;  // sorted positions used

class Reference {
 public:
  explicit Reference(const GeneratedDoc& doc) : doc_(doc) {}

  bool holds(const QueryNode& node) {
    switch (node.type) {
      case QueryNode::Type::any_of:
        return std::any_of(node.children.begin(), node.children.end(), [&](const QueryNode& c) { return holds(c); });
      case QueryNode::Type::all_of:
        return std::all_of(node.children.begin(), node.children.end(), [&](const QueryNode& c) { return holds(c); });
      case QueryNode::Type::but_not:
        return holds(node.children[0]) && !holds(node.children[1]);
      default:
        return !matches(node).empty();
    }
  }

 private:
  const Word* word_at(long position) const {
    for (const Word& w : doc_.words) {
      if (w.position() == position) return &w;
    }
    return nullptr;
  }

  std::set<Match> matches(const QueryNode& node) {
    std::set<Match> out;
    if (node.type == QueryNode::Type::terms) {
      for (const Word& first : doc_.words) {
        Match used;
        for (std::size_t i = 0; i < node.patterns.size(); ++i) {
          const Word* w = word_at(first.position() + static_cast<long>(i));
          if (!w || w->sentence != first.sentence || !pattern_matches(node.patterns[i], w->text)) break;
          used.push_back(w->position());
        }
        if (used.size() == node.patterns.size()) out.insert(used);
      }
    } else if (node.type == QueryNode::Type::any_of) {
      for (const QueryNode& child : node.children) {
        auto part = matches(child);
        out.insert(part.begin(), part.end());
      }
    } else if (node.type == QueryNode::Type::proximity) {
      for (const Match& l : matches(node.children[0])) {
        for (const Match& r : matches(node.children[1])) {
          Match both;
          std::set_union(l.begin(), l.end(), r.begin(), r.end(), std::back_inserter(both));
          if (both.size() != l.size() + r.size()) continue;  // a shared word
          if (connects(node, l, r, both)) out.insert(both);
        }
      }
    }
    return out;
  }

  bool connects(const QueryNode& c, const Match& l, const Match& r, const Match& both) const {
    if (c.ordered && !(l.back() < r.front())) return false;
    auto same = [&](auto unit_of) {
      for (long p : both) {
        if (unit_of(*word_at(p)) != unit_of(*word_at(both.front()))) return false;
      }
      return true;
    };
    switch (c.unit) {
      case ProximityUnit::sentence: return same([](const Word& w) { return w.sentence; });
      case ProximityUnit::paragraph: return same([](const Word& w) { return w.paragraph; });
      case ProximityUnit::words: {
        long gap = l.back() < r.front() ? r.front() - l.back() : r.back() < l.front() ? l.front() - r.back() : 0;
        return gap <= static_cast<long>(c.distance);
      }
    }
    return false;
  }

  const GeneratedDoc& doc_;
};

std::string id_of(const Xapian::Document& doc) {
  rapidjson::Document data;
  std::string json = doc.get_data();
  data.Parse(json.c_str());
  return data["id"].GetString();
}

}  // namespace

TEST_CASE("random connector queries: translation, exact matcher and search agree with the reference") {
  for (unsigned seed : {1u, 2u, 3u, 4u}) {
    std::mt19937 rng(seed);
    TestIndex index;
    std::vector<GeneratedDoc> docs;
    for (int i = 0; i < 120; ++i) {
      docs.push_back(generate_doc(rng));
      index.add(doc_with_id("d" + std::to_string(i)), docs.back().body);
    }
    Xapian::Database db = index.open();
    std::vector<Xapian::Document> stored;
    for (int i = 0; i < 120; ++i) {
      Xapian::Document d = db.get_document(db.postlist_begin(layout::id_term("d" + std::to_string(i))).operator*());
      stored.push_back(d);
    }

    int exact_queries = 0, approximate_queries = 0, nonempty = 0;
    for (int q = 0; q < 400; ++q) {
      // Simple queries (two operands) first, then nested ones.
      std::string query = random_query(rng, q < 150 ? 1 : 3);
      CAPTURE(seed);
      CAPTURE(query);
      ParsedQuery parsed = parse_query(query);
      REQUIRE(parsed.root);

      std::set<std::string> reference;
      for (int i = 0; i < 120; ++i) {
        if (Reference(docs[static_cast<std::size_t>(i)]).holds(*parsed.root)) reference.insert("d" + std::to_string(i));
      }
      if (!reference.empty()) ++nonempty;

      TermExpansions expansions(db, kDefaultMaxExpansion);
      TranslatedQuery translated = translate_query(parsed, expansions);
      (translated.exact ? exact_queries : approximate_queries)++;
      Xapian::Enquire enquire(db);
      enquire.set_query(translated.query);
      std::set<std::string> xapian;
      Xapian::MSet all = enquire.get_mset(0, 200);
      for (auto it = all.begin(); it != all.end(); ++it) xapian.insert(id_of(it.get_document()));
      CHECK(std::includes(xapian.begin(), xapian.end(), reference.begin(), reference.end()));
      if (translated.exact) CHECK(xapian == reference);
      for (const std::string& id : reference) {
        if (!xapian.count(id)) {
          std::string text;
          for (const auto& paragraph : docs[std::stoul(id.substr(1))].body) {
            for (const auto& sentence : paragraph) text += sentence + " ";
            text += "| ";
          }
          MESSAGE("missed by Xapian: " << id << ": " << text << " -- " << translated.query.get_description());
        }
      }

      ExactMatcher matcher(*translated.text, expansions);
      std::set<std::string> exact;
      for (int i = 0; i < 120; ++i) {
        if (matcher.matches(stored[static_cast<std::size_t>(i)])) exact.insert("d" + std::to_string(i));
      }
      CHECK(exact == reference);

      SearchRequest request;
      request.query = query;
      request.limit = 200;
      SearchResults results = search(db, request);
      std::set<std::string> searched;
      for (const SearchHit& hit : results.hits) searched.insert(hit.id);
      CHECK(searched == reference);
      CHECK(results.exact);
      CHECK(results.estimated_matches == reference.size());
    }
    MESSAGE("seed " << seed << ": " << exact_queries << " exact translations, " << approximate_queries
                    << " approximate, " << nonempty << " queries with matches");
    CHECK(exact_queries > 20);
    CHECK(approximate_queries > 20);
    CHECK(nonempty > 50);
  }
}
