// Short names a document defines for an organization: `Experian Information
// Solutions, Inc. ("Experian")`, `C. R. Bard, Inc. and Bard Peripheral
// Vascular, Inc. (collectively, "Bard")`, `Acme Widget Company (the
// "Company")`. Opinions and orders name a party in full once and by its
// short name after that; without the definition every later sentence about
// the party ("Bard manufactures and markets medical devices") names no one.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

// Words a document defines for a side of the case, not for one party.
bool names_a_side(std::string_view w) {
  for (std::string_view side : {"Plaintiff", "Plaintiffs", "Defendant", "Defendants", "Petitioner", "Petitioners",
                                "Respondent", "Respondents", "Appellant", "Appellants", "Appellee", "Appellees",
                                "Parties", "Debtor", "Debtors", "Movant", "Movants", "Claimant", "Claimants"})
    if (w == side) return true;
  return false;
}

// Length of an opening quote at `p` (`"` or U+201C), 0 if none.
std::size_t open_quote(std::string_view t, std::size_t p) {
  if (p < t.size() && t[p] == '"') return 1;
  if (t.substr(p, 3) == "\xE2\x80\x9C") return 3;
  return 0;
}
std::size_t close_quote(std::string_view t, std::size_t p) {
  if (p < t.size() && t[p] == '"') return 1;
  if (t.substr(p, 3) == "\xE2\x80\x9D") return 3;
  return 0;
}

struct Definition {
  std::size_t start = 0, end = 0;  // the short name inside the parentheses
  bool collective = false;         // "(collectively, ...)"
};

// The definition right after byte `pos`, if one follows: `, ("X")`,
// `(the "X")`, `(collectively, "X")`, `(hereinafter "X")`; X one to three
// capitalized words.
std::optional<Definition> definition_after(std::string_view t, std::size_t pos) {
  std::size_t p = pos;
  if (p < t.size() && t[p] == ',') ++p;
  while (p < t.size() && t[p] == ' ') ++p;
  // A pleading's line number at the start of the next line: "Inc.\n17   (collectively".
  if (p < t.size() && t[p] == '\n') {
    ++p;
    std::size_t digits = 0;
    while (p < t.size() && is_digit(t[p]) && digits < 3) ++p, ++digits;
    while (p < t.size() && t[p] == ' ') ++p;
  }
  if (p >= t.size() || t[p] != '(') return std::nullopt;
  ++p;
  Definition d;
  for (std::string_view lead : {"collectively, ", "collectively ", "hereinafter, ", "hereinafter ", "the "}) {
    if (t.substr(p, lead.size()) != lead) continue;
    if (lead.starts_with("collectively")) d.collective = true;
    p += lead.size();
  }
  const std::size_t quote = open_quote(t, p);
  if (quote == 0) return std::nullopt;
  p += quote;
  d.start = p;
  std::size_t words = 0;
  while (p < t.size() && words < 3) {
    if (!is_ascii_upper(t[p])) return std::nullopt;
    while (p < t.size() && (is_word_byte(t[p]) || t[p] == '&' || t[p] == '.' || t[p] == '-')) ++p;
    ++words;
    if (p < t.size() && t[p] == ' ') {
      ++p;
      continue;
    }
    break;
  }
  d.end = p;
  const std::size_t closing = close_quote(t, p);
  if (closing == 0 || d.end == d.start) return std::nullopt;
  p += closing;
  if (p >= t.size() || t[p] != ')') return std::nullopt;
  return d;
}

}  // namespace

void find_defined_short_names(NameScan& scan) {
  struct Learned {
    std::vector<std::string_view> words;
    InstitutionMention organization;
    std::size_t from = 0;  // the definition's end: later mentions only
  };
  std::vector<Learned> learned;
  const std::vector<InstitutionMention>& organizations = scan.organizations;  // emit() leaves it as it is
  for (std::size_t k = 0; k < organizations.size(); ++k) {
    const InstitutionMention& org = organizations[k];
    std::optional<Definition> d = definition_after(scan.text, org.end);
    if (!d) continue;
    const std::string_view short_name = scan.text.substr(d->start, d->end - d->start);
    if (names_a_side(short_name)) continue;
    // "A and B (collectively, "X")": the first of the pair leads the group.
    InstitutionMention named = org;
    if (d->collective && k > 0) {
      const InstitutionMention& before = organizations[k - 1];
      const std::string_view gap = scan.text.substr(before.end, org.start - before.end);
      if (gap == " and " || gap == ", and " || gap == "\nand " || gap == " and\n") named = before;
    }
    Learned l{{}, named, d->end};
    for (std::size_t w = scan.word_at(d->start); w < scan.words.size() && scan.words[w].start < d->end; ++w)
      l.words.push_back(scan.word(w));
    if (l.words.empty()) continue;
    Mention m;
    m.type = "organization";
    m.start = d->start;
    m.end = d->end;
    m.entity = named.entity;
    m.name = named.name;
    m.attrs["defined"] = true;
    scan.emit(std::move(m));
    learned.push_back(std::move(l));
  }
  if (learned.empty()) return;
  for (std::uint32_t i : scan.anchors.capitalized) {
    for (const Learned& l : learned) {
      if (scan.words[i].start < l.from || i + l.words.size() > scan.words.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < l.words.size() && same; ++k)
        same = scan.word(i + k) == l.words[k] && (k == 0 || scan.gap_before(i + k) == " ");
      if (!same) continue;
      const std::size_t last = i + l.words.size() - 1;
      // Part of a longer name ("Bard Peripheral Vascular"): not the short name alone.
      if (last + 1 < scan.words.size() && scan.gap_before(last + 1) == " " && is_capitalized(scan.word(last + 1)))
        continue;
      Mention m;
      m.type = "organization";
      m.start = scan.words[i].start;
      m.end = scan.words[last].end;
      m.entity = l.organization.entity;
      m.name = l.organization.name;
      scan.emit(std::move(m));
      break;
    }
  }
}

}  // namespace lexgraph::names
