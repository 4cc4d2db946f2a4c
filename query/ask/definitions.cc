#include "ask/definitions.h"

#include <array>
#include <vector>

#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

constexpr std::size_t kMaxTermWords = 6;
constexpr std::size_t kMaxMeaningWords = 30;

struct QuotePair {
  std::string_view open, close;
};
constexpr std::array<QuotePair, 3> kQuotes{{{"\u201c", "\u201d"}, {"\"", "\""}, {"\u2018", "\u2019"}}};

// A quoted term: letters, digits, spaces, hyphens, a few words.
bool is_term(std::string_view t) {
  if (t.empty() || t.front() == ' ' || t.back() == ' ') return false;
  for (char c : t) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
                    c == '-' || c == '.' || c == '\'';
    if (!ok) return false;
  }
  return words_of(t).size() <= kMaxTermWords;
}

// The quoted phrases of the question, each with where its opening quote stands.
std::vector<std::pair<std::string, std::size_t>> quoted_terms(std::string_view q) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const QuotePair& quote : kQuotes) {
    for (std::size_t at = q.find(quote.open); at != std::string_view::npos; at = q.find(quote.open, at + 1)) {
      const std::size_t from = at + quote.open.size();
      const std::size_t to = q.find(quote.close, from);
      if (to == std::string_view::npos) break;
      if (is_term(q.substr(from, to - from))) out.emplace_back(std::string(q.substr(from, to - from)), at);
      at = to;
    }
  }
  // 'Secretary': a plain apostrophe quotes only from a word's start to a word's end.
  for (std::size_t at = q.find('\''); at != std::string_view::npos; at = q.find('\'', at + 1)) {
    if (at > 0 && q[at - 1] != ' ') continue;
    const std::size_t to = q.find('\'', at + 1);
    if (to == std::string_view::npos) break;
    const bool closes = to + 1 == q.size() || q[to + 1] == ' ' || q[to + 1] == '?' || q[to + 1] == ',' || q[to + 1] == '.';
    if (closes && is_term(q.substr(at + 1, to - at - 1))) out.emplace_back(std::string(q.substr(at + 1, to - at - 1)), at);
    at = to;
  }
  return out;
}

}  // namespace

std::string defined_term_asked(std::string_view question) {
  const std::string lower = to_lower(question);
  const bool asks_meaning = lower.find("mean") != std::string::npos || lower.find("defin") != std::string::npos ||
                            lower.find("refer") != std::string::npos;
  for (const auto& [term, at] : quoted_terms(question)) {
    if (asks_meaning) return term;
    // "Who is the 'Secretary'", "What is a “qualified person”": the quoted
    // term completes a copula right before it.
    const std::vector<Word> before = words_of(question.substr(0, at));
    for (std::size_t k = before.size(), seen = 0; k > 0 && seen < 3; --k, ++seen) {
      if (one_of(before[k - 1].lower, {"is", "are", "was", "were"})) return term;
    }
  }
  return "";
}

std::optional<Definition> definition_in(std::string_view sentence, std::string_view term) {
  if (term.empty()) return std::nullopt;
  const std::string lower = to_lower(sentence);
  const std::string key = to_lower(term);
  for (const QuotePair& quote : kQuotes) {
    const std::string quoted = std::string(quote.open) + key + std::string(quote.close);
    for (std::size_t at = lower.find(quoted); at != std::string::npos; at = lower.find(quoted, at + 1)) {
      std::size_t k = at + quoted.size();
      while (k < lower.size() && lower[k] == ' ') ++k;
      std::size_t verb = 0;
      for (std::string_view v : {"means", "shall mean", "refers to", "includes"}) {
        if (std::string_view(lower).substr(k, v.size()) != v) continue;
        const std::string_view after = std::string_view(lower).substr(k + v.size());
        if (after.empty() || after.front() == ' ' || after.starts_with("\u2014")) verb = v.size();
      }
      if (verb == 0) continue;
      std::size_t start = k + verb;
      // "means—" then a list of clauses: the meaning is the list.
      if (std::string_view(sentence).substr(start, 3) == "\u2014") start += 3;
      while (start < sentence.size() && sentence[start] == ' ') ++start;
      std::size_t end = sentence.find(';', start);
      if (end == std::string_view::npos) end = sentence.size();
      while (end > start && (sentence[end - 1] == '.' || sentence[end - 1] == ' ' || sentence[end - 1] == ':' ||
                             sentence[end - 1] == ',')) {
        --end;
      }
      const std::vector<Word> words = words_of(sentence.substr(start, end - start));
      // "The term “return information” means" and its clauses as paragraphs
      // of their own: the meaning is what follows the sentence.
      if (words.empty() && end < sentence.size()) continue;
      if (words.empty()) start = end;
      if (words.size() > kMaxMeaningWords) end = start + words[kMaxMeaningWords - 1].end;
      Definition d;
      d.extends = std::string_view(lower).substr(k, verb) == "includes";
      d.meaning = {start, end};
      const std::string_view scope = std::string_view(lower).substr(0, at);
      d.whole_law = scope.find("this act") != std::string_view::npos || scope.find("this title") != std::string_view::npos;
      return d;
    }
  }
  return std::nullopt;
}

}  // namespace lexgraph::ask
