#include "ask/counted_nouns.h"

#include <cctype>
#include <optional>

#include "ask/text_match.h"
#include "extract/figures/number_reader.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::ask {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The number that word `k` of `words` ends: its digits ("1,250"), or
// number words starting at it or up to three words before ("two hundred").
std::optional<figures::NumberSpan> number_ending_at(std::string_view s, const std::vector<Word>& words, std::size_t k) {
  const Word& last = words[k];
  if (is_digit(s[last.start])) {
    // "1,250": the number starts where its digits and separators do.
    std::size_t start = last.start;
    while (start > 0 && (is_digit(s[start - 1]) || (s[start - 1] == ',' && start >= 2 && is_digit(s[start - 2])))) --start;
    // "No. 92-2145", "§1983 claims": a number glued to other characters is
    // an identifier, not a count.
    if (start > 0 && !std::isspace(static_cast<unsigned char>(s[start - 1]))) return std::nullopt;
    // "Rule 56 motions", "section 1983 claims", "§ 1983 claims": a number
    // after a label points somewhere. A capitalised word before it labels
    // it too, unless it opens the sentence ("About 40 invoices").
    std::string_view before_number = s.substr(0, start);
    while (!before_number.empty() && before_number.back() == ' ') before_number.remove_suffix(1);
    if (before_number.ends_with("\u00a7") || before_number.ends_with("\u00b6") || before_number.ends_with("#")) return std::nullopt;
    for (std::size_t j = k; j-- > 0;) {
      if (words[j].end > start) continue;
      if (figures::figure_vocabulary().reference_words.count(words[j].lower)) return std::nullopt;
      if (words[j].capitalized && j > 0) return std::nullopt;
      break;
    }
    auto n = figures::read_digits(s, start, /*money=*/false);
    if (n && n->end == last.end && !n->year_like() && !n->decimal) return n;
    return std::nullopt;
  }
  for (std::size_t j = k + 1; j-- > 0 && k - j < 4;) {
    if (!figures::starts_number_word(s, words[j].start)) continue;
    auto n = figures::read_number_words(s, words[j].start);
    if (n && n->end == last.end) return n;
  }
  return std::nullopt;
}

}  // namespace

std::vector<CountedNoun> counts_of(std::string_view s, const std::string& noun) {
  std::vector<CountedNoun> out;
  if (noun.empty()) return out;
  const std::string wanted = crude_stem(noun);
  const std::vector<Word> words = words_of(s);
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (words[k].capitalized || crude_stem(words[k].lower) != wanted) continue;
    // The number right before the noun, or before one lower-case word.
    for (std::size_t gap = 1; gap <= 2 && gap <= k; ++gap) {
      const std::size_t at = k - gap;
      if (gap == 2 && (words[k - 1].capitalized || is_stopword(words[k - 1].lower) || is_digit(s[words[k - 1].start]))) break;
      // Only spaces between the number, the word between and the noun.
      bool spaced = true;
      for (std::size_t j = at; j < k; ++j) {
        for (std::size_t c = words[j].end; c < words[j + 1].start; ++c) spaced = spaced && std::isspace(static_cast<unsigned char>(s[c]));
      }
      if (!spaced) break;
      if (auto n = number_ending_at(s, words, at)) {
        out.push_back(CountedNoun{{n->start, words[k].end}, n->value});
        break;
      }
    }
  }
  return out;
}

}  // namespace lexgraph::ask
