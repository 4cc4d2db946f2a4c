#include "extract/names/name_text.h"

#include <array>

namespace lexgraph::names {

namespace {

// 1: word byte, 2: "&" (a word of its own), 0: anything else.
constexpr std::array<std::uint8_t, 256> byte_classes() {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = is_word_byte(static_cast<char>(c)) ? 1 : 0;
  table['&'] = 2;
  return table;
}
constexpr std::array<std::uint8_t, 256> kByteClass = byte_classes();

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  const unsigned char* base = reinterpret_cast<const unsigned char*>(text.data());
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::uint32_t i = 0;
  while (i < n) {
    std::uint8_t cls = kByteClass[base[i]];
    if (cls == 0) {
      ++i;
    } else if (cls == 1) {
      std::uint32_t start = i;
      do ++i;
      while (i < n && kByteClass[base[i]] == 1);
      words.push_back({start, i});
    } else {
      words.push_back({i, i + 1});
      ++i;
    }
  }
  return words;
}

bool is_case_party(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  if (p < text.size() && (text[p] == ' ' || text[p] == '\n')) {
    ++p;
    if (p + 1 < text.size() && text[p] == 'v' && (text[p + 1] == '.' || text[p + 1] == ' ')) return true;
  }
  std::size_t q = start;
  if (q >= 3 && (text[q - 1] == ' ' || text[q - 1] == '\n') && text[q - 2] == '.' && text[q - 3] == 'v' &&
      (q == 3 || text[q - 4] == ' ' || text[q - 4] == '\n'))
    return true;
  return false;
}

bool is_all_caps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

namespace {

// Base letter of a two-byte UTF-8 Latin-1 letter (U+00C0..U+00FF), or 0.
char fold_latin1(unsigned char lead, unsigned char trail) {
  if (lead != 0xC3) return 0;
  static constexpr char kFold[] =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  unsigned int index = trail - 0x80u;  // 0..63 over U+00C0..U+00FF
  if (index >= 64) return 0;
  char c = kFold[index];
  return (c == '*' || c == '/') ? 0 : c;
}

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool dash = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    char emit = 0;
    if (c < 0x80) {
      if (is_ascii_upper(static_cast<char>(c))) emit = static_cast<char>(c | 0x20);
      else if (is_ascii_lower(static_cast<char>(c)) || is_digit(static_cast<char>(c))) emit = static_cast<char>(c);
      else if (c == '\'') continue;  // "Ass'n" -> "assn", "O'Connor" -> "oconnor"
    } else if (i + 1 < name.size()) {
      emit = fold_latin1(c, static_cast<unsigned char>(name[i + 1]));
      if (emit) ++i;
    }
    if (emit) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += emit;
    } else {
      dash = true;
    }
  }
  return out;
}

std::string title_case_name(std::string_view name) {
  std::string out(name);
  std::size_t i = 0;
  while (i < out.size()) {
    if (!is_word_byte(out[i])) { ++i; continue; }
    std::size_t start = i;
    while (i < out.size() && is_word_byte(out[i])) ++i;
    std::string_view w(out.data() + start, i - start);
    if (!is_all_caps(w) || w == "II" || w == "III" || w == "IV") continue;
    for (std::size_t k = start + 1; k < i; ++k) out[k] = ascii_lower(out[k]);
    // "McDONALD" -> "McDonald"; an apostrophe word after "O" ("O'CONNOR") is
    // handled by the word split itself ("O" and "CONNOR").
    if (i - start > 3 && (out[start] == 'M' && out[start + 1] == 'c'))
      out[start + 2] = static_cast<char>(out[start + 2] & ~0x20);
  }
  return out;
}

std::string name_as_written(std::string_view name) {
  std::string squeezed = squeeze_spaces(name);
  for (char c : squeezed)
    if (is_ascii_lower(c)) return squeezed;
  return title_case_name(squeezed);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace lexgraph::names
