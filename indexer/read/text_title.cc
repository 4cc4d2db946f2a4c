#include "read/text_title.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "read/text_date.h"
#include "read/text_header.h"

namespace lexgraph {
namespace {

// A public law's masthead sits in its first lines; a heading is one line.
constexpr std::size_t kMastheadBytes = 4096;
constexpr std::size_t kMaxHeadingBytes = 250;
constexpr std::size_t kMaxHeadingWords = 30;
constexpr std::size_t kMaxShortTitleBytes = 250;
// A docket page's caption follows its site's navigation: read this far for it.
constexpr std::size_t kDocketCaptionBytes = 16384;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Line {
  std::string_view text;  // trimmed
  std::size_t end;        // offset just past the line ending
};

// The lines of `text` from `pos` on (blank ones included), at most `limit` bytes' worth.
std::vector<Line> lines_of(std::string_view text, std::size_t pos, std::size_t limit) {
  std::vector<Line> out;
  while (pos < text.size() && pos < limit) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back({trim(text.substr(pos, end - pos)), end});
    pos = end;
  }
  return out;
}

// "113–121", "115-7": a public law's number (congress, dash, law).
std::size_t law_number_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == 0 || i > 3) return 0;
  std::size_t dash = 0;
  if (s.substr(i, 1) == "-") dash = 1;
  else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") dash = 3;  // – —
  if (dash == 0) return 0;
  std::size_t j = i + dash;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  return j > i + dash ? j : 0;
}

// The short title a law gives itself: `This Act may be cited as the “X”`.
// Titles of its parts ("This title ...", "This division ...") and of the
// laws it amends (quoted in single quotes inside an amendment) are not its own.
std::string own_short_title(std::string_view text) {
  constexpr std::string_view kCited = " may be cited";
  for (std::size_t at = text.find(kCited); at != std::string_view::npos; at = text.find(kCited, at + 1)) {
    const std::string before = lower(text.substr(at >= 24 ? at - 24 : 0, at >= 24 ? 24 : at));
    const bool own = before.ends_with("this act") || before.ends_with("this joint resolution") ||
                     before.ends_with("this resolution");
    if (!own) continue;
    std::string_view rest = text.substr(at + kCited.size(), kMaxShortTitleBytes + 16);
    if (rest.starts_with(" as")) rest.remove_prefix(3);
    if (rest.starts_with(" the")) rest.remove_prefix(4);  // "may be cited the “...”" (sic, Pub. L. 114-254)
    rest = trim(rest);
    std::string_view close;
    if (rest.starts_with("\xE2\x80\x9C")) close = "\xE2\x80\x9D";  // “ ”
    else if (rest.starts_with("\"")) close = "\"";
    else continue;
    const std::size_t open = close == "\"" ? 1 : 3;
    const std::size_t end = rest.find(close, open);
    if (end == std::string_view::npos) continue;
    std::string_view title = trim(rest.substr(open, end - open));
    if (!title.empty() && title.find('\n') == std::string_view::npos) return std::string(title);
  }
  return {};
}

// The masthead's date: a line of its own right above the bill's number
// ("Feb. 28, 2017\n\n[H.R. 321]"), the day the law was approved.
std::string masthead_date(const std::vector<Line>& lines, std::size_t from) {
  for (std::size_t k = from; k < lines.size(); ++k) {
    if (!lines[k].text.starts_with("[")) continue;
    std::size_t d = k;
    while (d > from && lines[d - 1].text.empty()) --d;
    if (d == from || lines[d - 1].text.size() > 20) return {};
    std::optional<std::string> iso = normalize_date(lines[d - 1].text);
    return iso && iso->size() == 10 ? *iso : std::string();
  }
  return {};
}

// "Public Law\n115–7" or "Public Law 115–7" in the masthead, then the
// law's short title or its long title (the line after "An Act").
TextHeading public_law_heading(std::string_view text) {
  TextHeading out;
  const std::vector<Line> lines = lines_of(text, 0, kMastheadBytes);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i].text;
    if (!line.starts_with("Public Law")) continue;
    std::string_view number = trim(line.substr(10));
    if (number.empty() && i + 1 < lines.size()) number = lines[i + 1].text;
    const std::size_t length = law_number_length(number);
    if (length == 0 || trim(number.substr(length)).size() > 0) return {};
    number = number.substr(0, length);
    const std::string name = "Public Law " + std::string(number);
    out.citation = "Pub. L. " + std::string(number.substr(0, number.find_first_not_of("0123456789"))) + "-" +
                   std::string(number.substr(number.find_last_not_of("0123456789") + 1));
    out.date = masthead_date(lines, i + 1);
    out.title = name;
    if (std::string short_title = own_short_title(text); !short_title.empty()) {
      out.title = name + ": " + short_title;
      return out;
    }
    for (std::size_t k = i + 1; k + 1 < lines.size(); ++k) {
      const std::string kind = lower(lines[k].text);
      if (kind != "an act" && kind != "joint resolution" && kind != "concurrent resolution") continue;
      std::size_t t = k + 1;
      while (t < lines.size() && lines[t].text.empty()) ++t;
      if (t == lines.size()) break;
      std::string_view long_title = lines[t].text;
      if (long_title.ends_with(".")) long_title.remove_suffix(1);
      if (long_title.size() > kMaxShortTitleBytes) {
        std::size_t cut = long_title.rfind(' ', kMaxShortTitleBytes);
        long_title = long_title.substr(0, cut == std::string_view::npos ? kMaxShortTitleBytes : cut);
        out.title = name + ": " + std::string(long_title) + " \xE2\x80\xA6";  // …
      } else {
        out.title = name + ": " + std::string(long_title);
      }
      break;
    }
    return out;
  }
  return {};
}

// "26 U.S.C. § 7431. Civil damages ..." -> "26 U.S.C. § 7431": a code
// section's heading cites it.
std::string code_section_cite(std::string_view heading) {
  std::size_t i = 0;
  while (i < heading.size() && std::isdigit(static_cast<unsigned char>(heading[i]))) ++i;
  constexpr std::string_view kCode = " U.S.C. \xC2\xA7 ";
  if (i == 0 || heading.substr(i, kCode.size()) != kCode) return {};
  std::size_t j = i + kCode.size(), k = j;
  while (k < heading.size() && (std::isalnum(static_cast<unsigned char>(heading[k])) || heading[k] == '-')) ++k;
  if (k == j || (k < heading.size() && heading[k] != '.' && heading[k] != ' ')) return {};
  return std::string(heading.substr(0, k));
}

// Words of three letters or more: "128 STAT. 1193" and "June 10, 2014"
// have one, a title two or more; a code section's heading may have one
// ("5 U.S.C. § 551. Definitions").
std::size_t long_words(std::string_view line, std::size_t& all_words) {
  std::size_t words = 0, letters = 0;
  all_words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++all_words;
    in_word = !space;
    if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
    } else {
      if (letters >= 3) ++words;
      letters = 0;
    }
  }
  if (letters >= 3) ++words;
  return words;
}

// The court a caption opens with ("UNITED STATES DISTRICT COURT", "IN THE
// SUPREME COURT OF ...", "Supreme Court of the United States"): it names
// where the document comes from, not what it is.
bool names_a_court(std::string_view line) {
  const std::string l = lower(line);
  return l.starts_with("in the ") || l.ends_with("court") || l.find("court of ") != std::string::npos ||
         l.find("court for ") != std::string::npos;
}

std::optional<std::string> heading_line(std::string_view text) {
  const std::vector<Line> lines = lines_of(text, 0, kMastheadBytes);
  std::size_t i = 0;
  while (i < lines.size() && lines[i].text.empty()) ++i;
  if (i + 1 >= lines.size()) return std::nullopt;  // nothing under it: the whole text, not its heading
  const std::string_view line = lines[i].text;
  if (line.size() < 4 || line.size() > kMaxHeadingBytes) return std::nullopt;
  // A heading ends without a sentence's or a clause's last mark.
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '-' ||
      line.ends_with("\xE2\x80\x94")) {
    return std::nullopt;
  }
  // The same sentence going on below ("Court: the court held\nthat ...").
  if (!lines[i + 1].text.empty() && std::islower(static_cast<unsigned char>(lines[i + 1].text.front()))) {
    return std::nullopt;
  }
  // A heading opens with a word, a number or a section sign, not with
  // markup or a note ("#hashtag", "* item", "(Slip opinion)", "[Bill]").
  const bool opens_with_word = std::isalnum(static_cast<unsigned char>(line.front())) || line.starts_with("\xC2\xA7");
  if (!opens_with_word || is_header_key_line(line)) return std::nullopt;
  std::size_t words = 0;
  const std::size_t named = long_words(line, words);
  const bool section_heading = line.find("\xC2\xA7") != std::string_view::npos;  // §
  if (named < (section_heading ? 1u : 2u) || words > kMaxHeadingWords) return std::nullopt;
  if (names_a_court(line)) return std::nullopt;
  return std::string(line);
}

}  // namespace

std::string docket_caption(std::string_view text) {
  const std::vector<Line> lines = lines_of(text, 0, kDocketCaptionBytes);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view value;
    for (std::string_view key : {"title:", "case title:", "caption:", "case name:"}) {
      if (lines[i].text.size() > key.size() && lower(lines[i].text.substr(0, key.size())) == key) {
        value = trim(lines[i].text.substr(key.size()));
      }
    }
    if (value.empty()) continue;
    // "Title: Samuel Allen Taylor, Petitioner" / "v." / "North Carolina".
    std::string caption(value);
    std::size_t next = i + 1;
    while (next < lines.size() && lines[next].text.empty()) ++next;
    if (next + 1 < lines.size() && (lines[next].text == "v." || lines[next].text == "vs.")) {
      std::size_t other = next + 1;
      while (other < lines.size() && lines[other].text.empty()) ++other;
      if (other < lines.size() && lines[other].text.find(':') == std::string_view::npos) {
        caption += " v. ";
        caption += lines[other].text;
      }
    }
    // A party's role in the case is no part of its name.
    for (std::string_view role : {", Petitioners", ", Petitioner", ", Respondents", ", Respondent", ", Appellants",
                                  ", Appellant", ", Appellees", ", Appellee"}) {
      for (std::size_t at; (at = caption.find(role)) != std::string::npos;) caption.erase(at, role.size());
    }
    const bool names_case = caption.find(" v. ") != std::string::npos || caption.find(" vs. ") != std::string::npos ||
                            caption.starts_with("In re ") || caption.starts_with("In the Matter of ");
    return names_case && caption.size() <= kMaxHeadingBytes ? caption : std::string();
  }
  return {};
}

namespace {

// A caption's "v." sits within its first lines.
constexpr std::size_t kCaptionBytes = 6144;

bool is_role_word(std::string_view w) {
  const std::string l = lower(w);
  for (std::string_view role :
       {"plaintiff", "plaintiffs", "defendant", "defendants", "appellant", "appellants", "appellee", "appellees",
        "petitioner", "petitioners", "respondent", "respondents", "intervenor", "intervenors", "movant", "movants",
        "cross-appellant", "cross-appellants", "cross-appellee", "cross-appellees", "plaintiff-appellant",
        "plaintiffs-appellants", "plaintiff-appellee", "plaintiffs-appellees", "defendant-appellant",
        "defendants-appellants", "defendant-appellee", "defendants-appellees", "claimant", "claimants", "debtor",
        "debtors", "third-party", "counterclaimant", "counter-defendant", "and"})
    if (l == role) return true;
  return false;
}

// "Plaintiff, Appellant,", "Defendants-Appellees.": a party's role, not its name.
bool is_role_line(std::string_view line) {
  bool any = false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '.' || line[i] == ';')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != ',' && line[j] != '.' && line[j] != ';') ++j;
    if (j == i) break;
    if (!is_role_word(line.substr(i, j - i))) return false;
    any = true;
    i = j;
  }
  return any;
}

// What ends the first party's lines going up: the docket number, the
// court's name or the date heading the caption.
bool ends_caption_above(std::string_view line) {
  const std::string l = lower(line);
  return l.starts_with("no.") || l.starts_with("nos.") || names_a_court(l) || l.find("circuit") != std::string::npos ||
         normalize_date(line).has_value();
}

// "NORMAN R. HARRINGTON," -> "Norman R. Harrington": capitals made title
// case, a trailing comma and "ET AL." dropped. Lines in mixed case keep it.
std::string party_name(std::string_view line) {
  std::string name(line);
  for (std::string_view et_al : {", ET AL.", ", et al.", " ET AL.", " et al.", ", ET AL", ", et al"}) {
    if (std::size_t at = name.find(et_al); at != std::string::npos) name.erase(at);
  }
  while (!name.empty() && (name.back() == ',' || name.back() == ' ' || name.back() == ';')) name.pop_back();
  const bool capitals =
      std::none_of(name.begin(), name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (!capitals) return name;
  std::string out;
  bool first_word = true;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find(' ', i);
    if (j == std::string::npos) j = name.size();
    std::string word = lower(name.substr(i, j - i));
    const std::size_t dot = word.find('.');
    const bool abbreviation = dot != std::string::npos && dot + 1 < word.size() && word.back() == '.';  // "U.S."
    const bool small = !first_word && (word == "of" || word == "the" || word == "and" || word == "for" ||
                                       word == "in" || word == "on" || word == "at" || word == "to" || word == "a");
    if (abbreviation) {
      word = name.substr(i, j - i);
    } else if (!small && !word.empty()) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      // "Ortiz-Velez", "O'Neal": each part of a joined name.
      for (std::size_t k = 1; k + 1 < word.size(); ++k) {
        if (word[k] == '-' || word[k] == '\'')
          word[k + 1] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[k + 1])));
      }
    }
    if (!out.empty()) out += ' ';
    out += word;
    first_word = false;
    i = j;
    while (i < name.size() && name[i] == ' ') ++i;
  }
  return out;
}

}  // namespace

std::string slip_opinion_caption(std::string_view text) {
  const std::vector<Line> lines = lines_of(text, 0, kCaptionBytes);
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    const std::string_view v = lines[i].text;
    if (!(v == "v." || v == "V." || v == "vs." || v == "VS." || v == "v")) continue;
    // The first party: its lines above, up to the docket number or the
    // court; its first line names it ("ROBERT C. HOLMES AND DOROTHY
    // HOLMES," above "TRUSTEES OF ...").
    constexpr std::size_t kMaxPartyLines = 6;
    std::string_view first;
    std::size_t party_lines = 0;
    for (std::size_t k = i; k-- > 0;) {
      const std::string_view line = lines[k].text;
      if (line.empty() || is_role_line(line)) continue;
      if (ends_caption_above(line)) break;
      if (++party_lines > kMaxPartyLines) return {};  // no caption's party runs this long
      first = line;
    }
    std::string_view second;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      const std::string_view line = lines[k].text;
      if (line.empty() || is_role_line(line)) continue;
      second = line;
      break;
    }
    if (first.empty() || second.empty()) return {};
    std::string caption = party_name(first) + " v. " + party_name(second);
    return caption.size() <= kMaxHeadingBytes ? caption : std::string();
  }
  return {};
}

bool is_placeholder_title(std::string_view title) {
  return lower(trim(title)) == "unknown case name";
}

TextHeading heading_of(std::string_view text) {
  if (TextHeading law = public_law_heading(text); !law.title.empty()) return law;
  TextHeading out;
  out.title = heading_line(text).value_or(std::string());
  // "Supreme Court docket 17-5574" heads a docket page whose caption names the case.
  if (out.title.find(" v. ") == std::string::npos) {
    if (std::string caption = docket_caption(text); !caption.empty()) out.title = std::move(caption);
  }
  out.citation = code_section_cite(out.title);
  return out;
}

std::string title_from_text(std::string_view text) { return heading_of(text).title; }

}  // namespace lexgraph
