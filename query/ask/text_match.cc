#include "ask/text_match.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/figures/number_reader.h"
#include "extract/names/name_text.h"

namespace lexgraph::ask {

namespace {

// The name extractors' ASCII tests, not std::isalnum and std::tolower: those
// consult the C locale on every byte of every sentence the answer stage reads
// (the program never sets another locale, so the results are the same).
bool is_word_byte(unsigned char c) { return names::is_word_byte(static_cast<char>(c)); }

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = names::ascii_lower(c);
  return out;
}

namespace {

// Whether `text` holds `name` as whole words with any run of spaces and
// line breaks where the name has one space: "Polaroid Employees'\nCommittee"
// in a text wrapped at its line ends.
bool says_name_wrapped(std::string_view text, std::string_view name) {
  const std::size_t space = name.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const std::string_view first = name.substr(0, space);
  for (std::size_t at = find_word(text, first); at != std::string_view::npos; at = find_word(text, first, at + 1)) {
    std::size_t t = at, n = 0;
    while (n < name.size() && t < text.size()) {
      if (name[n] == ' ') {
        if (text[t] != ' ' && text[t] != '\n') break;
        while (t < text.size() && (text[t] == ' ' || text[t] == '\n')) ++t;
        ++n;
      } else if (text[t] == name[n]) {
        ++t;
        ++n;
      } else {
        break;
      }
    }
    if (n == name.size() && (t == text.size() || !is_word_byte(static_cast<unsigned char>(text[t])) ||
                             !is_word_byte(static_cast<unsigned char>(name.back())))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool says_name(std::string_view text, std::string_view name) {
  if (find_word(text, name) != std::string::npos) return true;
  std::string capitals(name);
  for (char& c : capitals) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (capitals != name && find_word(text, capitals) != std::string::npos) return true;
  return says_name_wrapped(text, name);
}

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[j]);
      if (is_word_byte(c)) {
        ++j;
      } else if ((c == '\'' || c == '-') && j + 1 < text.size() &&
                 is_word_byte(static_cast<unsigned char>(text[j + 1]))) {
        if (c == '\'' && j + 2 <= text.size() && (j + 2 == text.size() || !is_word_byte(static_cast<unsigned char>(text[j + 2]))) &&
            (text[j + 1] == 's' || text[j + 1] == 'S')) {
          break;  // possessive: "ICE's" -> "ICE" + "'s"
        }
        ++j;
      } else {
        break;
      }
    }
    Word w;
    w.start = i;
    w.end = j;
    w.lower = to_lower(text.substr(i, j - i));
    w.capitalized = std::isupper(static_cast<unsigned char>(text[i])) != 0;
    out.push_back(std::move(w));
    if (j < text.size() && text[j] == '\'') {
      Word s;
      s.start = j;
      s.end = j + 2;
      s.lower = "'s";
      out.push_back(std::move(s));
      j += 2;
    }
    i = j;
  }
  return out;
}

std::vector<std::string> hyphen_parts(std::string_view word) {
  const bool number = std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (number || word.find('-') == std::string_view::npos) return {std::string(word)};
  std::vector<std::string> parts;
  for (std::size_t from = 0; from <= word.size();) {
    std::size_t dash = word.find('-', from);
    if (dash == std::string_view::npos) dash = word.size();
    if (dash > from) parts.emplace_back(word.substr(from, dash - from));
    from = dash + 1;
  }
  return parts;
}

std::string crude_stem(std::string_view w) {
  std::string s(w);
  static constexpr std::array<std::string_view, 9> kSuffixes = {"ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "e"};
  for (std::string_view suffix : kSuffixes) {
    if (s.size() > suffix.size() + 2 && ends_with(s, suffix)) {
      if (suffix == "s" && ends_with(s, "ss")) continue;  // "address"
      s.resize(s.size() - suffix.size());
      if (suffix == "ies") s += 'y';
      break;
    }
  }
  // "stopped" -> "stopp" -> "stop"
  if (s.size() > 3 && s[s.size() - 1] == s[s.size() - 2] && !is_vowel(s.back()) && s.back() != 's' && s.back() != 'l') {
    s.pop_back();
  }
  return s;
}

std::vector<std::string> inflections(std::string_view base) {
  std::string first(base.substr(0, base.find(' ')));
  std::string rest(base.size() > first.size() ? base.substr(first.size()) : std::string_view());
  std::vector<std::string> forms = {first, first + "s", first + "ed", first + "ing"};
  const char last = first.empty() ? '\0' : first.back();
  if (last == 'e') {
    forms.push_back(first + "d");
    forms.push_back(first.substr(0, first.size() - 1) + "ing");
  }
  if (last == 'y' && first.size() > 2 && !is_vowel(first[first.size() - 2])) {
    std::string stem = first.substr(0, first.size() - 1);
    forms.push_back(stem + "ied");
    forms.push_back(stem + "ies");
  }
  if (last == 's' || last == 'h' || last == 'x' || last == 'z') forms.push_back(first + "es");
  // Short consonant-vowel-consonant verbs double the consonant: stop, bar, ban.
  if (first.size() >= 3 && first.size() <= 4 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      is_vowel(first[first.size() - 2]) && !is_vowel(first[first.size() - 3])) {
    forms.push_back(first + last + "ed");
    forms.push_back(first + last + "ing");
  }
  for (auto& f : forms) f += rest;
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

std::size_t find_word(std::string_view text, std::string_view needle, std::size_t from, bool fold) {
  if (needle.empty() || needle.size() > text.size()) return std::string_view::npos;
  using names::ascii_lower;  // not std::tolower, which goes through the locale on every byte
  auto equal_at = [&](std::size_t at) {
    for (std::size_t k = 0; k < needle.size(); ++k) {
      char a = text[at + k], b = needle[k];
      if (fold) {
        a = ascii_lower(a);
        b = ascii_lower(b);
      }
      if (a != b) return false;
    }
    return true;
  };
  // Candidates come from the library's searches (memmem, memchr), not a
  // byte-by-byte loop: the answer stage asks this of every sentence of every
  // document it reads, and it was the costliest step of a cold question.
  // Folded, the next lower- and upper-case first letters are each kept until
  // passed, so neither search runs over the same text twice (a letter the
  // needle cannot start with is never looked for: npos).
  const char first = ascii_lower(needle[0]);
  const char first_upper = names::is_ascii_lower(first) ? static_cast<char>(first - 'a' + 'A') : first;
  std::size_t next_lower = fold ? text.find(first, from) : std::string_view::npos;
  std::size_t next_upper = fold && first_upper != first ? text.find(first_upper, from) : std::string_view::npos;
  auto next_candidate = [&](std::size_t at) -> std::size_t {
    if (!fold) return text.find(needle, at);
    if (next_lower < at) next_lower = text.find(first, at);
    if (next_upper < at) next_upper = text.find(first_upper, at);
    return std::min(next_lower, next_upper);
  };
  for (std::size_t at = next_candidate(from); at != std::string_view::npos && at + needle.size() <= text.size();
       at = next_candidate(at + 1)) {
    if (fold && !equal_at(at)) continue;
    bool left_ok = at == 0 || !is_word_byte(static_cast<unsigned char>(text[at - 1])) ||
                   !is_word_byte(static_cast<unsigned char>(needle[0]));
    std::size_t after = at + needle.size();
    bool right_ok = after == text.size() || !is_word_byte(static_cast<unsigned char>(text[after])) ||
                    !is_word_byte(static_cast<unsigned char>(needle.back()));
    // "$262,719" is no word of "$262,719.63": a number goes on past a point
    // or comma followed by a digit.
    auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    const bool needle_digits_end = needle.back() >= '0' && needle.back() <= '9';
    const bool needle_digits_start = needle.front() >= '0' && needle.front() <= '9';
    // (A point after cents is a footnote's: "$3,575,000.00.2".)
    const bool has_point = needle.find('.') != std::string_view::npos;
    // Nor is a period then a footnote's number ("$1,426,000.2 On").
    if (right_ok && needle_digits_end && after < text.size() && digit(after + 1) &&
        (text[after] == ',' ||
         (text[after] == '.' && !has_point &&
          !figures::footnote_after_period(text, after, needle.find(',') != std::string_view::npos)))) {
      right_ok = false;
    }
    if (left_ok && needle_digits_start && at >= 2 && (text[at - 1] == '.' || text[at - 1] == ',') && digit(at - 2)) {
      left_ok = false;
    }
    if (left_ok && right_ok) return at;
  }
  return std::string_view::npos;
}

bool is_stopword(std::string_view w) {
  static constexpr std::array<std::string_view, 78> kStop = {
      "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "over", "into",
      "and", "or", "but", "not", "no", "did", "does", "do", "done", "is", "are", "was", "were", "be", "been",
      "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "that",
      "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his", "her", "which",
      "what", "who", "whom", "whose", "when", "where", "why", "how", "many", "much", "'s", "there", "any",
      "some", "all", "between", "against", "as", "than", "ever"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

namespace {

// "D.P.R.", "S.D.N.Y.", "9th Cir.", "D. Mass.": short words, dotted.
bool is_citation_form(std::string_view name) {
  constexpr std::size_t kLongestWord = 8;  // "S.D.N.Y."
  if (name.find('.') == std::string_view::npos) return false;
  std::size_t word = 0;
  for (char c : name) {
    if (c == ' ') word = 0;
    else if (++word > kLongestWord) return false;
  }
  return true;
}

}  // namespace

std::string court_as_cited(std::string_view written, std::string_view name) {
  if (name.empty() || name == written || !is_citation_form(written)) return std::string(written);
  return std::string(name) + " (" + std::string(written) + ")";
}

bool is_year_word(std::string_view word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         (word.starts_with("17") || word.starts_with("18") || word.starts_with("19") || word.starts_with("20"));
}

}  // namespace lexgraph::ask
