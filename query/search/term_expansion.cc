#include "search/term_expansion.h"

namespace lexgraph {

namespace {

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;  // stray byte: count it as one character
}

std::size_t characters_in(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += utf8_length(static_cast<unsigned char>(s[i]))) ++n;
  return n;
}

std::string cache_key(TextField field, const TermPattern& pattern) {
  return std::string(field_prefix(field)) + '\0' + pattern.spelling();
}

}  // namespace

bool pattern_matches(const TermPattern& pattern, std::string_view term) {
  std::string_view literal = pattern.literal;
  std::size_t t = 0;
  for (std::size_t l = 0; l < literal.size();) {
    if (t >= term.size()) return false;
    if (literal[l] == '*') {
      t += utf8_length(static_cast<unsigned char>(term[t]));  // exactly one character
      ++l;
      continue;
    }
    std::size_t n = utf8_length(static_cast<unsigned char>(literal[l]));
    if (term.compare(t, n, literal.substr(l, n)) != 0) return false;
    t += n;
    l += n;
  }
  if (t > term.size()) return false;
  if (pattern.root_expander) return true;
  return characters_in(term.substr(t)) <= pattern.optional_tail;
}

const std::vector<std::string>& TermExpansions::terms(TextField field, const TermPattern& pattern,
                                                      std::size_t column) {
  std::string key = cache_key(field, pattern);
  auto found = cache_.find(key);
  if (found != cache_.end()) return found->second;

  std::string prefix(field_prefix(field));
  std::vector<std::string> out;
  if (pattern.is_plain()) {
    out.push_back(prefix + pattern.literal);
    return cache_.emplace(std::move(key), std::move(out)).first->second;
  }
  // Walk the index terms that start with the literal text before the first
  // universal character; the pattern decides the rest.
  std::string start = prefix + pattern.literal.substr(0, pattern.literal.find('*'));
  for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it) {
    const std::string& term = *it;
    if (!pattern_matches(pattern, std::string_view(term).substr(prefix.size()))) continue;
    if (out.size() == max_expansion_) {
      throw QuerySyntaxError("'" + pattern.spelling() + "' at column " + std::to_string(column) +
                             " stands for more than " + std::to_string(max_expansion_) +
                             " different words; make the root longer");
    }
    out.push_back(term);
  }
  return cache_.emplace(std::move(key), std::move(out)).first->second;
}

const std::vector<std::string>& TermExpansions::known_terms(TextField field, const TermPattern& pattern) const {
  static const std::vector<std::string> kNone;
  auto found = cache_.find(cache_key(field, pattern));
  return found == cache_.end() ? kNone : found->second;
}

}  // namespace lexgraph
