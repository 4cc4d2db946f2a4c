#include "search/searcher.h"

#include <algorithm>
#include <memory>

#include <rapidjson/document.h>

#include "search/exact_matcher.h"
#include "search/query_parser.h"
#include "search/query_translator.h"
#include "search/term_expansion.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

// Counts are exact up to this many matches (Xapian estimates beyond).
constexpr Xapian::doccount kCountExactlyUpTo = 10000;

// Snippet markers that cannot occur in the stored text (the writer keeps
// no C0 controls but line breaks; we strip these two anyway).
constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';

std::string string_field(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// MSet::snippet() escapes the text as HTML and keeps line breaks; we want
// one line of plain text with the caller's markers.
std::string plain_snippet(const std::string& escaped, const SearchRequest& request) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  out.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size();) {
    char c = escaped[i];
    if (c == '&') {
      bool decoded = false;
      for (const auto& [entity, ch] : kEntities) {
        if (escaped.compare(i, entity.size(), entity) == 0) {
          out += ch;
          i += entity.size();
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
      continue;
    }
    if (c == kOpen) {
      out += request.highlight_open;
    } else if (c == kClose) {
      out += request.highlight_close;
    } else {
      out += c;
    }
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The first `bytes` of the text, cut at a space: for queries with no body words.
std::string leading_text(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = bytes;
  while (cut > 0 && !is_space(text[cut])) --cut;
  if (cut == 0) {
    cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "…";
}

class SnippetMaker {
 public:
  SnippetMaker(const Xapian::Database& db, const std::vector<std::string>& terms, const SearchRequest& request)
      : request_(request), has_terms_(!terms.empty()) {
    if (!has_terms_) return;
    // Highlight the words the query looks for, exactly (no stemmer): the
    // matching query also holds stems for ranking and terms after %.
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    mset_ = enquire.get_mset(0, 0);
  }

  std::string make(std::string text) const {
    text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == kOpen || c == kClose; }),
               text.end());
    if (!has_terms_) return plain_snippet(leading_text(text, request_.snippet_bytes), request_);
    std::string escaped = mset_.snippet(text, request_.snippet_bytes, Xapian::Stem(),
                                        Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                        std::string(1, kOpen), std::string(1, kClose), "…");
    return plain_snippet(escaped, request_);
  }

 private:
  const SearchRequest& request_;
  bool has_terms_;
  Xapian::MSet mset_;
};

SearchHit hit_of(const Xapian::MSetIterator& item, std::size_t rank, const SnippetMaker& snippets) {
  SearchHit hit;
  hit.rank = rank;
  hit.score = item.get_weight();
  Xapian::Document doc = item.get_document();
  std::string data = doc.get_data();
  rapidjson::Document json;
  json.Parse(data.data(), data.size());
  if (json.HasParseError() || !json.IsObject()) return hit;
  hit.id = string_field(json, "id");
  hit.title = string_field(json, "title");
  hit.kind = string_field(json, "kind");
  hit.court = string_field(json, "court");
  hit.date = string_field(json, "date");
  hit.docket = string_field(json, "docket");
  hit.citation = string_field(json, "citation");
  hit.path = string_field(json, "path");
  hit.format = string_field(json, "format");
  auto judges = json.FindMember("judges");
  if (judges != json.MemberEnd() && judges->value.IsArray()) {
    for (const auto& judge : judges->value.GetArray()) {
      if (judge.IsString()) hit.judges.emplace_back(judge.GetString(), judge.GetStringLength());
    }
  }
  hit.snippet = snippets.make(string_field(json, "text"));
  return hit;
}

}  // namespace

SearchResults search(const Xapian::Database& db, const SearchRequest& request) {
  SearchResults results;
  results.query = request.query;
  results.offset = request.offset;
  results.limit = request.limit;

  ParsedQuery parsed = parse_query(request.query);
  results.parsed = describe(parsed);
  results.warnings = parsed.warnings;
  TermExpansions expansions(db, request.max_expansion);
  TranslatedQuery translated = translate_query(parsed, expansions);
  results.xapian_query = translated.query.get_description();

  Xapian::Enquire enquire(db);
  enquire.set_query(translated.query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  if (request.sort != SortOrder::relevance) {
    // Ties (same date) by relevance; undated documents sort as oldest.
    enquire.set_sort_by_value_then_relevance(layout::kDateSlot, request.sort == SortOrder::date_newest);
  }

  // Approximated connectors are checked exactly on each candidate.
  std::unique_ptr<ExactMatcher> matcher;
  std::unique_ptr<ExactMatchDecider> decider;
  if (!translated.exact && translated.text) {
    matcher = std::make_unique<ExactMatcher>(*translated.text, expansions);
    decider = std::make_unique<ExactMatchDecider>(*matcher);
  }
  auto first = static_cast<Xapian::doccount>(std::min<std::size_t>(request.offset, db.get_doccount()));
  auto count = static_cast<Xapian::doccount>(std::min<std::size_t>(request.limit, db.get_doccount()));
  Xapian::doccount check_at_least = std::max(first + count, kCountExactlyUpTo);
  Xapian::MSet mset;
  try {
    mset = enquire.get_mset(first, count, check_at_least, nullptr, decider.get());
  } catch (const Xapian::UnimplementedError&) {
    if (!decider) throw;
    // A remote database takes no MatchDecider: keep the superset, say so.
    decider.reset();
    results.exact = false;
    results.warnings.push_back("connectors matched approximately (this database cannot check them exactly): " +
                               translated.approximations.front());
    mset = enquire.get_mset(first, count, check_at_least);
  }
  if (matcher && matcher->unverified() > 0) {
    results.exact = false;
    results.warnings.push_back(std::to_string(matcher->unverified()) +
                               " documents had too many word positions to check their connectors exactly;"
                               " they are included");
  }
  results.estimated_matches = mset.get_matches_estimated();

  SnippetMaker snippets(db, translated.highlight_terms, request);
  std::size_t rank = request.offset;
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    results.hits.push_back(hit_of(item, ++rank, snippets));
  }
  return results;
}

}  // namespace lexgraph
