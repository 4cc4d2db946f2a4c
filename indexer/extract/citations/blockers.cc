#include "extract/citations/blockers.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include "extract/citations/citation_core.h"
#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

// After `i`: optional spaces, then a digit, "¶", "at " or "No." -- what
// follows the name of a record document when it is cited.
bool record_locator_follows(std::string_view t, std::size_t i) {
  std::size_t j = skip_spaces(t, i, 2);
  if (j == i && at(t, j) != ',') return false;
  if (at(t, j) == ',') j = skip_spaces(t, j + 1, 2);
  return is_digit(at(t, j)) || starts_with(t, j, "\xC2\xB6") || starts_with(t, j, "at ") ||
         starts_with(t, j, "No.") || starts_with(t, j, "Nos.");
}

struct Anchor {
  std::string_view word;
  enum Kind { kStatute, kRecord, kOther } kind;
  bool needs_locator;  // counts only when a page, paragraph or number follows
};

// Checked at the start of every capitalised word, longest first where one
// is a prefix of another. Lower-case signs of other authorities are found
// elsewhere: "(3d ed. 2019)" in parentheticals, "supra note 4" and "note 24,
// supra" where "supra" is read.
constexpr Anchor kAnchors[] = {
    {"U.S.C", Anchor::kStatute, false},      {"U. S. C", Anchor::kStatute, false},
    {"USC", Anchor::kStatute, false},        {"C.F.R", Anchor::kStatute, false},
    {"CFR", Anchor::kStatute, false},        {"Stat.", Anchor::kStatute, true},
    {"Fed. Reg.", Anchor::kStatute, false},  {"Pub. L.", Anchor::kStatute, false},
    {"Const.", Anchor::kStatute, false},     {"R. Civ. P.", Anchor::kStatute, false},
    {"R. Crim. P.", Anchor::kStatute, false}, {"R. App. P.", Anchor::kStatute, false},
    {"R. Evid.", Anchor::kStatute, false},   {"U.S.S.G.", Anchor::kStatute, false},
    {"I.R.C.", Anchor::kStatute, false},     {"Cong. Rec.", Anchor::kStatute, false},
    {"Rep. No.", Anchor::kStatute, false},   {"Doc. No.", Anchor::kRecord, false},
    {"Compl.", Anchor::kRecord, false},      {"ECF", Anchor::kRecord, false},
    {"Dkt.", Anchor::kRecord, false},        {"Doc.", Anchor::kRecord, true},
    {"Tr.", Anchor::kRecord, true},          {"J.A.", Anchor::kRecord, false},
    {"JA", Anchor::kRecord, true},           {"App.", Anchor::kRecord, true},
    {"A.R.", Anchor::kRecord, true},         {"AR", Anchor::kRecord, true},
    {"R.", Anchor::kRecord, true},           {"ROA", Anchor::kRecord, true},
    {"Ex.", Anchor::kRecord, true},          {"Exh.", Anchor::kRecord, true},
    {"Exhibit", Anchor::kRecord, true},      {"Decl.", Anchor::kRecord, true},
    {"Aff.", Anchor::kRecord, true},         {"Mot.", Anchor::kRecord, true},
    {"Mem.", Anchor::kRecord, true},         {"Opp'n", Anchor::kRecord, true},
    {"Opp.", Anchor::kRecord, true},         {"Br.", Anchor::kRecord, true},
    {"Reply", Anchor::kRecord, true},        {"Resp.", Anchor::kRecord, true},
    {"Hr'g", Anchor::kRecord, false},        {"Ans.", Anchor::kRecord, true},
    {"SUMF", Anchor::kRecord, true},         {"SOF", Anchor::kRecord, true},
    {"Order", Anchor::kRecord, true},        {"Op.", Anchor::kRecord, true},
    {"L. Rev.", Anchor::kOther, false},      {"L.J.", Anchor::kOther, false},
    {"L. J.", Anchor::kOther, false},        {"Restatement", Anchor::kOther, false},
    {"Dictionary", Anchor::kOther, false},
    {"Note", Anchor::kOther, true},
};

// Anchor indexes by first byte, so a word is compared only with the anchors
// that begin with its letter.
struct AnchorIndex {
  std::vector<unsigned char> by_first[256];
  AnchorIndex() {
    for (std::size_t k = 0; k < sizeof kAnchors / sizeof kAnchors[0]; ++k)
      by_first[static_cast<unsigned char>(kAnchors[k].word[0])].push_back(static_cast<unsigned char>(k));
  }
};

const AnchorIndex& anchor_index() {
  static const AnchorIndex index;
  return index;
}

// The next byte at or after `i` that may start a sign: a capital letter,
// "(" or the first byte of "§".
std::size_t next_sign(std::string_view t, std::size_t i, std::size_t to) {
  while (i + 8 <= to) {
    std::uint64_t x;
    std::memcpy(&x, t.data() + i, 8);
    std::uint64_t hit = bytes_in_range(x, 'A', 'Z' + 1) | bytes_equal(x, '(') | bytes_equal(x, 0xC2);
    if (hit != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    i += 8;
  }
  while (i < to && !is_upper(t[i]) && t[i] != '(' && t[i] != '\xC2') ++i;
  return i;
}

// "(3d ed. 2019)", "(M. Farrand ed. 1911)": a book cited with its edition.
bool names_edition(std::string_view inside) {
  for (std::size_t k = inside.find("ed."); k != std::string_view::npos; k = inside.find("ed.", k + 3))
    if (k > 0 && inside[k - 1] == ' ') return true;
  return inside.find("eds.") != std::string_view::npos;
}

}  // namespace

void scan_blockers(std::string_view t, std::size_t from, std::size_t to, Blockers& found) {
  if (to > t.size()) to = t.size();
  for (std::size_t i = next_sign(t, from, to); i < to; i = next_sign(t, i + 1, to)) {
    char c = t[i];
    if (c == '\xC2' && at(t, i + 1) == '\xA7') {  // §
      found.section = true;
      ++i;
      continue;
    }
    // "Reading Law 235 (2012)": a dated parenthetical outside any case
    // citation belongs to another authority (a book, an article).
    if (c == '(') {
      std::size_t e = parenthetical_end(t, i);
      if (e == i || e - i > 64) continue;
      std::string_view inside = t.substr(i + 1, e - i - 2);
      CourtYear cy;
      if (names_edition(inside) || (e - i <= 48 && parse_court_year(inside, cy))) found.strong = true;
      continue;
    }
    const auto& candidates = anchor_index().by_first[static_cast<unsigned char>(c)];
    if (candidates.empty() || !word_starts_at(t, i)) continue;
    for (unsigned char k : candidates) {
      const Anchor& a = kAnchors[k];
      if (!starts_with(t, i, a.word)) continue;
      std::size_t e = i + a.word.size();
      if (is_alpha(a.word.back()) && is_alpha(at(t, e))) continue;  // "ECFX", "Orders"
      if (a.needs_locator && !record_locator_follows(t, e)) continue;
      found.strong = true;
      break;
    }
  }
}

}  // namespace lexgraph::citations
