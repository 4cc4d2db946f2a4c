#include "relate/sentence_words.h"

namespace lexgraph::relate {

namespace {

bool blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }

// The length of a dash ("--", "—", "–") at text[i], or 0.
std::size_t dash_at(std::string_view text, std::size_t i, std::size_t end) {
  if (i + 1 < end && text[i] == '-' && text[i + 1] == '-') {
    std::size_t n = 2;
    while (i + n < end && text[i + n] == '-') ++n;
    return n;
  }
  if (i + 2 < end && text[i] == '\xE2' && text[i + 1] == '\x80' &&
      (text[i + 2] == '\x94' || text[i + 2] == '\x93')) {
    return 3;
  }
  return 0;
}

}  // namespace

std::vector<Word> sentence_words(std::string_view text, std::size_t start, std::size_t end) {
  std::vector<Word> words;
  std::size_t i = start;
  end = std::min(end, text.size());
  if (end > start) words.reserve((end - start) / 5 + 1);  // about one word in five to six bytes
  while (i < end) {
    while (i < end && blank(text[i])) ++i;
    std::size_t j = i;
    // A dash inside a token ends it: "Earthjustice—requested", "groups--Environmental".
    if (const std::size_t d = dash_at(text, i, end)) {
      j = i + d;
    } else {
      while (j < end && !blank(text[j]) && !dash_at(text, j, end)) ++j;
    }
    if (j == i) break;
    std::string_view raw = text.substr(i, j - i);
    // A dash token ("--", "—") breaks the clause.
    if (dash_at(raw, 0, raw.size()) == raw.size() || raw == "-") {
      if (!words.empty()) words.back().punct_after = '-';
      i = j;
      continue;
    }
    std::size_t a = 0;
    std::size_t b = raw.size();
    while (a < b && !word_byte(static_cast<unsigned char>(raw[a]))) ++a;
    // Trailing punctuation; a closing curly quote is three bytes, not part of the word.
    while (b > a && !word_byte(static_cast<unsigned char>(raw[b - 1])) && raw[b - 1] != '\'') --b;
    while (b > a + 3 && raw.substr(b - 3, 3) == "\xE2\x80\x9D") b -= 3;
    while (b > a + 3 && raw.substr(b - 3, 3) == "\xE2\x80\x9C") b -= 3;
    if (a == b) {  // punctuation only: attach to the previous word
      if (!words.empty() && !words.back().punct_after) words.back().punct_after = raw.back();
      i = j;
      continue;
    }
    Word w;
    w.start = i + a;
    w.end = i + b;
    w.lower.reserve(b - a);
    for (char c : raw.substr(a, b - a)) w.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    w.capitalized = raw[a] >= 'A' && raw[a] <= 'Z';
    for (std::size_t k = b; k < raw.size(); ++k) {
      const char c = raw[k];
      if (c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')') {
        w.punct_after = c;
        break;
      }
    }
    if (b + 1 < raw.size() && raw.substr(b).find("--") != std::string_view::npos) w.punct_after = '-';
    words.push_back(std::move(w));
    i = j;
  }
  return words;
}

}  // namespace lexgraph::relate
