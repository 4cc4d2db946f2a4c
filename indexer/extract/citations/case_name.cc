#include "extract/citations/case_name.h"

#include <vector>

#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

constexpr std::size_t kMaxNameWindow = 240;
constexpr std::size_t kMaxSegment = 60;
constexpr std::size_t kMaxPartyTokens = 12;
constexpr std::size_t kMaxDefendantTokens = 24;

struct Token {
  std::size_t start;
  std::size_t end;
  std::string_view text;
};

// Words and connectors that may sit inside a party name in lower case.
bool is_connector(std::string_view w) {
  static const WordSet kWords{
      "&", "a", "a/k/a", "al", "al.", "an", "and", "d/b/a", "da", "de", "del", "den", "der", "du", "et",
      "ex", "f/k/a", "for", "la", "le", "of", "on", "rel.", "the", "to", "upon", "van", "von", "y"};
  return kWords.contains(w);
}

// Capitalised words that open a sentence or a clause, never a party name.
bool is_stop_word(std::string_view w) {
  static const WordSet kWords{
      "Accord", "Accord,", "Accordingly", "Additionally", "After", "Again", "Also", "Although", "Although,",
      "And", "Applying", "Are", "As", "At", "Because", "Before", "Both", "But", "By", "Cf", "Cf.", "Cited",
      "Citing", "Citing,", "Compare", "Consistent", "Contra", "Contrast", "Did", "Do", "Does", "E.g.",
      "E.g.,", "Even", "Finally", "Following", "For", "From", "Further", "Furthermore", "Had", "Has", "Have",
      "Hence", "Here", "However", "Id.", "If", "In", "Indeed", "Instead", "Is", "It", "Like", "Likewise",
      "Moreover", "Nevertheless", "No", "Nonetheless", "Nor", "Notably", "On", "Only", "Or", "Per",
      "Pursuant", "Quoting", "Rather", "Relatedly", "Relying", "See", "See,", "Similarly", "Since", "So",
      "Specifically", "Still", "That", "Then", "There", "Therefore", "These", "This", "Those", "Thus", "To",
      "Under", "Unless", "Unlike", "Until", "Was", "Were", "When", "Where", "Whereas", "Whether", "While",
      "With", "Without", "Yes", "Yet"};
  return kWords.contains(w);
}

// Words after a comma that continue a party name: "Enterprises, Inc.".
bool is_entity_suffix(std::string_view w) {
  static const WordSet kWords{
      "AG", "Co.", "Co.,", "Corp.", "Corp.,", "GmbH", "II", "III", "Inc", "Inc.", "Inc.,", "Jr.", "L.L.C.",
      "L.L.P.", "L.P.", "LLC", "LLC,", "LLP", "Ltd.", "Ltd.,", "N.A.", "N.V.", "P.A.", "P.C.", "PLC", "S.A.",
      "S.p.A.", "Sr.", "U.S.A.", "U.S.A.,", "USA", "et"};
  return kWords.contains(w);
}

bool is_initial(std::string_view w) { return w.size() == 2 && is_upper(w[0]) && w[1] == '.'; }

bool is_number(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

// "No.", "Nos.", "Civil Action No.", "Case No." ... starting at token j.
bool docket_intro_at(const std::vector<Token>& toks, std::size_t j) {
  for (std::size_t k = j; k < toks.size() && k < j + 3; ++k) {
    std::string_view w = toks[k].text;
    if (w == "No." || w == "Nos.") return true;
    static const std::string_view kLead[] = {"Civil", "Civ.", "Action", "A.", "Case", "Crim.", "Criminal",
                                             "Misc.", "Docket", "Index", "Appeal", "Adv.", "Bankr."};
    bool lead = false;
    for (auto l : kLead) lead = lead || w == l;
    if (!lead) return false;
  }
  return false;
}

bool is_versus(std::string_view w) { return w == "v." || w == "vs." || w == "v" || w == "vs" || w == "V."; }

// Tokens of text[lo, hi), split on whitespace.
std::vector<Token> tokens_in(std::string_view t, std::size_t lo, std::size_t hi) {
  std::vector<Token> out;
  std::size_t i = lo;
  while (i < hi) {
    while (i < hi && is_space(t[i])) ++i;
    std::size_t s = i;
    while (i < hi && !is_space(t[i])) ++i;
    if (i > s) out.push_back({s, i, t.substr(s, i - s)});
  }
  return out;
}

// Where the name window starts: the floor, a paragraph break, or one of the
// punctuation marks a case name never contains, whichever is last.
std::size_t window_start(std::string_view t, std::size_t end, std::size_t floor) {
  std::size_t lo = end > kMaxNameWindow ? end - kMaxNameWindow : 0;
  if (lo < floor) lo = floor;
  for (std::size_t i = end; i > lo; --i) {
    char c = t[i - 1];
    if (c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '?' || c == '!') return i;
    if (c == '\n' && i >= 2 && t[i - 2] == '\n') return i;
  }
  return lo;
}

bool starts_upper_or_digit(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && (w[i] == '"' || w[i] == '\'')) ++i;
  return i < w.size() && (is_upper(w[i]) || is_digit(w[i]) || static_cast<unsigned char>(w[i]) >= 0x80);
}

bool ends_sentence(std::string_view w) {
  // A lower-case word with a period: "length." ends a sentence, "al." does not.
  if (w.size() < 3 || w.back() != '.') return false;
  if (w == "al." || w == "rel." || w == "etc." || w == "seq.") return false;
  for (char c : w.substr(0, w.size() - 1))
    if (!is_lower(c)) return false;
  return true;
}

std::string join(std::string_view t, std::size_t from, std::size_t to) {
  std::string s = squeeze_spaces(t.substr(from, to - from));
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == '"' || s[i] == '\'')) ++i;
  return s.substr(i);
}

// Walks left from token `k` (inclusive) over a party name; returns the
// index of its first token, or `k + 1` when there is none.
std::size_t party_start(const std::vector<Token>& toks, std::size_t k) {
  std::size_t first = k + 1;
  for (std::size_t idx = k + 1, count = 0; idx-- > 0 && count < kMaxPartyTokens; ++count) {
    std::string_view w = toks[idx].text;
    // A comma only before an entity suffix ("Yield Dynamics, Inc. v. ...") or
    // a railroad's initials ("Galveston, H. & S.A.R. Co. v. Texas").
    if (w.back() == ',' &&
        !(first == idx + 1 && first <= k && (is_entity_suffix(toks[first].text) || is_initial(toks[first].text))))
      break;
    if (w.front() == '(' || w.front() == '[') break;
    // A section or paragraph sign ends the statute or record cite before
    // the name: "42 U.S.C. § 1983 and Monroe v. Pape".
    if (w.starts_with("\u00a7") || w.starts_with("\u00b6")) break;
    if (is_stop_word(w)) break;
    if (w.back() == '.' && is_number(w.substr(0, w.size() - 1))) break;  // "§ 1983. Smith v. ..."
    if (!(starts_upper_or_digit(w) || w == "&" || is_connector(w))) break;
    first = idx;
  }
  // Trim leading connectors, a leading "The" and footnote numbers ("2 United
  // States v. ..."): a name starts with a name.
  while (first <= k && (is_connector(toks[first].text) || toks[first].text == "The" || is_number(toks[first].text)))
    ++first;
  return first;
}

}  // namespace

CaseName find_case_name(std::string_view t, std::size_t cite_start, std::size_t floor) {
  CaseName name;
  std::size_t end = skip_spaces_back(t, cite_start, 3);
  if (end == 0) return name;
  bool comma = t[end - 1] == ',';
  if (comma) end = skip_spaces_back(t, end - 1, 3);
  // "Trans World Airlines, Inc., 6 112 S. Ct. 2031": a footnote number
  // between the name and the cite.
  if (!comma) {
    std::size_t b = end;
    while (b > 0 && is_digit(t[b - 1])) --b;
    if (b < end && end - b <= 3 && b > 0 && is_space(t[b - 1])) {
      std::size_t c = skip_spaces_back(t, b, 2);
      if (c > 0 && t[c - 1] == ',') {
        comma = true;
        end = skip_spaces_back(t, c - 1, 3);
      }
    }
  }

  // Segments between commas that sit between a name and its cite:
  // ", -- U.S. --," placeholders, ", 2 Cir.,", ", No. 20-1234,".
  for (int round = 0; round < 3 && comma; ++round) {
    std::size_t lo = end > kMaxSegment ? end - kMaxSegment : 0;
    if (lo < floor) lo = floor;
    std::size_t prev = std::string_view::npos;
    for (std::size_t i = end; i > lo; --i) {
      if (t[i - 1] == ',') {
        prev = i - 1;
        break;
      }
    }
    if (prev == std::string_view::npos) break;
    std::string segment = squeeze_spaces(t.substr(prev + 1, end - prev - 1));
    bool placeholder = segment.find("--") != std::string::npos || segment.find("__") != std::string::npos ||
                       segment == "U.S." || segment == "U. S." || segment == "supra";
    bool old_court = segment.size() <= 12 && segment.size() >= 6 && is_digit(segment[0]) &&
                     segment.compare(segment.size() - 4, 4, "Cir.") == 0;
    if (segment.find(" v. ") != std::string::npos) break;
    // "Chicago Life Insurance Co. v. Cherry, 1917, 244 U.S. 25": an old
    // style that puts the year between the name and the cite.
    bool year = segment.size() == 4 && is_digit(segment[0]) && is_digit(segment[1]) && is_digit(segment[2]) &&
                is_digit(segment[3]);
    if (year) {
      name.year = (segment[0] - '0') * 1000 + (segment[1] - '0') * 100 + (segment[2] - '0') * 10 + (segment[3] - '0');
      end = skip_spaces_back(t, prev, 3);
      continue;
    }
    // ", No. 99 Civ. 9404 (SHS)," -- a docket with the judge's initials.
    bool docket = segment.rfind("No. ", 0) == 0 || segment.rfind("Nos. ", 0) == 0 ||
                  (segment.find(" No. ") != std::string::npos && segment.find(" No. ") < 20 &&
                   is_upper(segment[0]));
    if (!placeholder && !old_court && !docket) break;
    if (old_court) name.court = segment;
    if (docket) name.docket = segment;
    end = skip_spaces_back(t, prev, 3);
  }

  std::size_t lo = window_start(t, end, floor);
  std::vector<Token> toks = tokens_in(t, lo, end);
  if (toks.empty()) return name;

  // Find "v." going left, over at most kMaxDefendantTokens tokens.
  std::size_t n = toks.size();
  for (std::size_t back = 0; back < n && back <= kMaxDefendantTokens; ++back) {
    std::size_t vi = n - 1 - back;
    std::string_view w = toks[vi].text;
    if (back > 0 && ends_sentence(w)) break;
    if (w.back() == ':') break;
    if (!is_versus(w)) {
      if (w == "re" && vi > 0 && (toks[vi - 1].text == "In" || toks[vi - 1].text == "in") && vi + 1 < n) {
        name.found = true;
        name.start = toks[vi - 1].start;
        name.defendant = join(t, toks[vi + 1].start, end);
        name.full = join(t, name.start, end);
        return name;
      }
      if (w == "parte" && vi > 0 && (toks[vi - 1].text == "Ex" || toks[vi - 1].text == "ex") && vi + 1 < n) {
        name.found = true;
        name.start = toks[vi - 1].start;
        name.defendant = join(t, toks[vi + 1].start, end);
        name.full = join(t, name.start, end);
        return name;
      }
      continue;
    }
    if (vi + 1 >= n || vi == 0) break;
    // "v" without a period (New York style) only between capitalised words.
    if ((w == "v" || w == "vs") && !(starts_upper_or_digit(toks[vi - 1].text) && starts_upper_or_digit(toks[vi + 1].text)))
      break;
    if (!starts_upper_or_digit(toks[vi + 1].text) && toks[vi + 1].text.front() != '$') break;
    std::size_t first = party_start(toks, vi - 1);
    name.defendant = join(t, toks[vi + 1].start, end);
    if (first < vi) {
      name.plaintiff = join(t, toks[first].start, toks[vi - 1].end);
      name.start = toks[first].start;
    } else {
      name.start = toks[vi].start;  // "v. Bar, 1 U.S. 1": no plaintiff in sight
    }
    // "Smith v. Jones, No. 20-1234, 2021 WL 123": the docket is not the name.
    std::size_t name_end = end;
    for (std::size_t j = vi + 2; j < n; ++j) {
      if (toks[j - 1].text.back() != ',' || !docket_intro_at(toks, j)) continue;
      name.defendant = join(t, toks[vi + 1].start, toks[j - 1].end);
      name.docket = join(t, toks[j].start, end);
      name_end = toks[j - 1].end - 1;
      break;
    }
    if (name.defendant.empty()) return CaseName{};
    name.found = true;
    name.full = join(t, name.start, name_end);
    return name;
  }

  // "Prize Cases, 2 Black 635", "The Slaughter-House Cases, 16 Wall. 36".
  std::string_view last = toks.back().text;
  if (last == "Cases" || last == "Case" || last == "Cases," || last == "Case,") {
    std::size_t first = party_start(toks, n - 1);
    if (first < n - 1) {
      name.found = true;
      name.start = toks[first].start;
      name.full = join(t, name.start, end);
      name.plaintiff = name.full;
      return name;
    }
  }
  return CaseName{};
}

CaseName find_antecedent(std::string_view t, std::size_t before, std::size_t floor) {
  CaseName name;
  std::size_t end = skip_spaces_back(t, before, 3);
  if (end == 0 || t[end - 1] != ',') return name;
  end = skip_spaces_back(t, end - 1, 3);
  // "Kaiser Foundation, supra, 13 Cal.App.5th at 1146"
  if (end >= 5 && t.substr(end - 5, 5) == "supra") {
    end = skip_spaces_back(t, end - 5, 3);
    if (end > 0 && t[end - 1] == ',') end = skip_spaces_back(t, end - 1, 3);
  }
  std::size_t lo = window_start(t, end, floor);
  std::vector<Token> toks = tokens_in(t, lo, end);
  if (toks.empty()) return name;
  std::size_t n = toks.size();
  // "Foo v. Bar, 1 U.S., at 2"
  for (std::size_t back = 1; back < n && back <= 8; ++back) {
    std::size_t vi = n - 1 - back;
    if (ends_sentence(toks[vi].text)) break;
    if (is_versus(toks[vi].text) && vi > 0) {
      std::size_t first = party_start(toks, vi - 1);
      if (first >= vi) break;
      name.found = true;
      name.start = toks[first].start;
      name.plaintiff = join(t, toks[first].start, toks[vi - 1].end);
      name.defendant = join(t, toks[vi + 1].start, end);
      name.full = join(t, name.start, end);
      return name;
    }
  }
  std::size_t first = party_start(toks, n - 1);
  if (first >= n || n - first > 6) return name;
  // A name has a capitalised word of two letters or more: not "J." of
  // "(Stewart, J., dissenting)", not a page number.
  bool word = false;
  for (std::size_t k = first; k < n; ++k) {
    std::string_view w = toks[k].text;
    std::size_t letters = 0;
    for (char c : w) letters += is_alpha(c) ? 1 : 0;
    if (is_upper(w[0]) && letters >= 2 && w != "JJ." && w != "C.J." && w != "J.," && w != "JJ.,") word = true;
  }
  if (!word) return name;
  name.found = true;
  name.start = toks[first].start;
  name.full = join(t, name.start, end);
  return name;
}

std::string name_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool space = false;
  for (char c : name) {
    if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (space && !key.empty()) key.push_back(' ');
      space = false;
      key.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (c == ' ' || c == '\n' || c == '-') {
      space = true;
    }
  }
  return key;
}

NameKeys keys_of(const CaseName& name) {
  NameKeys k;
  k.found = name.found;
  k.plaintiff = name_key(name.plaintiff);
  k.defendant = name_key(name.defendant);
  k.full = name_key(name.full);
  k.generic = is_generic_party(name.full);
  return k;
}

bool names_case(const NameKeys& a, const NameKeys& cited) {
  if (!cited.found || !a.found) return false;
  auto prefix = [](const std::string& whole, const std::string& part) {
    return !part.empty() && whole.size() >= part.size() && whole.compare(0, part.size(), part) == 0 &&
           (whole.size() == part.size() || whole[part.size()] == ' ');
  };
  if (!a.defendant.empty() && !a.plaintiff.empty())
    return prefix(cited.plaintiff, a.plaintiff) && prefix(cited.defendant, a.defendant);
  if (a.full.empty() || a.generic) return false;
  return prefix(cited.plaintiff, a.full) || prefix(cited.defendant, a.full);
}

bool names_case(const CaseName& a, const CaseName& cited) { return names_case(keys_of(a), keys_of(cited)); }

bool is_generic_party(std::string_view name) {
  std::string k = name_key(name);
  static const std::string_view kGeneric[] = {"united states", "united states of america", "us", "usa", "state",
                                              "people", "commonwealth", "government", "city", "county",
                                              "the state", "the people", "state of", "people of the state of"};
  for (auto g : kGeneric)
    if (k == g) return true;
  for (std::string_view prefix : {"state of ", "people of ", "commonwealth of ", "city of ", "county of ",
                                  "people of the state of "}) {
    if (k.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace lexgraph::citations
