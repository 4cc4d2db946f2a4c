#include "read/text_header.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "read/text_date.h"

namespace lexgraph {
namespace {

enum class Field { title, court, date, judges, authors, kind, docket, source, citation, id, other };

struct KnownKey {
  std::string_view key;
  Field field;
};

// Keys a header may use, as written by people and by the tools that
// gathered our corpus. `other` keys are recognised as header lines (so the
// header is accepted) but have no Document field.
constexpr KnownKey kKnownKeys[] = {
    {"case", Field::title},         {"title", Field::title},
    {"case name", Field::title},    {"caption", Field::title},
    {"subject", Field::title},      {"headline", Field::title},
    {"court", Field::court},        {"court name", Field::court},
    {"date", Field::date},          {"date filed", Field::date},
    {"date issued", Field::date},   {"date decided", Field::date},
    {"decided", Field::date},       {"filed", Field::date},
    {"published", Field::date},     {"decision date", Field::date},
    {"judge", Field::judges},       {"judges", Field::judges},
    {"authoring judge", Field::authors}, {"presiding judge", Field::judges},
    {"kind", Field::kind},          {"document type", Field::kind},
    {"docket", Field::docket},      {"docket number", Field::docket},
    {"docket no", Field::docket},   {"case number", Field::docket},
    {"source", Field::source},      {"url", Field::source},
    {"citation", Field::citation},  {"citations", Field::citation},
    {"cite", Field::citation},      {"id", Field::id},
    {"agency", Field::other},       {"action", Field::other},
    {"cause", Field::other},        {"nature of suit", Field::other},
    {"author", Field::other},       {"parties", Field::other},
    {"jurisdiction", Field::other}, {"status", Field::other},
    {"type", Field::kind},
};

// Header blocks longer than this are prose or data, not a header.
constexpr std::size_t kMaxHeaderLines = 40;
constexpr std::size_t kMaxHeaderBytes = 8192;
constexpr std::size_t kMaxKeyLength = 60;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

std::optional<Field> field_of(std::string_view canonical_key) {
  for (const KnownKey& k : kKnownKeys)
    if (k.key == canonical_key) return k.field;
  return std::nullopt;
}

// "Authoring judge (per source dataset)" -> "authoring judge"; "Docket No." -> "docket no".
std::string canonical_key(std::string_view written) {
  std::string out;
  int parens = 0;
  bool space = false;
  for (char c : written) {
    if (c == '(') ++parens;
    else if (c == ')') parens = std::max(0, parens - 1);
    else if (parens > 0) continue;
    else if (std::isspace(static_cast<unsigned char>(c)) || c == '_') space = true;
    else if (c == '.') continue;
    else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

struct KeyLine {
  std::string key;  // canonical
  std::string value;
};

// `Key: value` where the key looks like a field name: starts with a letter,
// a few words, at most one parenthesised qualifier, and the colon is
// followed by a space or the end of the line (so "http://..." and "10:30"
// are not keys).
std::optional<KeyLine> key_line(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxKeyLength) return std::nullopt;
  if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t')
    return std::nullopt;
  std::string_view key = line.substr(0, colon);
  if (!std::isalpha(static_cast<unsigned char>(key.front()))) return std::nullopt;
  int words = 1;
  int parens = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    if (c == '(') ++parens;
    else if (c == ')') --parens;
    if (parens < 0 || parens > 1) return std::nullopt;
    if (parens > 0 || c == ')') continue;  // a qualifier may say anything
    if (c == ' ') {
      if (i + 1 < key.size() && key[i + 1] != ' ' && key[i + 1] != '(') ++words;
    } else if (!std::isalnum(c) && c != '-' && c != '_' && c != '.' && c != '/' && c != '\'') {
      return std::nullopt;
    }
  }
  if (parens != 0 || words > 5) return std::nullopt;
  KeyLine out;
  out.key = canonical_key(key);
  out.value = std::string(trim(line.substr(colon + 1)));
  if (out.key.empty()) return std::nullopt;
  return out;
}

bool is_note_line(std::string_view line) {
  line = trim(line);
  return line.size() >= 2 && line.front() == '(' && line.back() == ')';
}

// One line of the candidate header block, without its line ending.
struct Line {
  std::string_view text;
  std::size_t end;  // offset just past the line ending
};

std::vector<std::string> split_judges(std::string_view value) {
  // Names may contain commas ("Kollar-Kotelly, J."), so only ";" and the
  // word "and" separate judges.
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string_view t = trim(current);
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == ';') {
      flush();
    } else if (value.substr(i, 5) == " and " ) {
      flush();
      i += 4;
    } else if (value.substr(i, 3) == " & ") {
      flush();
      i += 2;
    } else {
      current += value[i];
    }
  }
  flush();
  return out;
}

// A list of citations ("88 L. Ed. 2d 662; 106 S. Ct. 662; 474 U.S. 327")
// names one document; prefer the official United States Reports cite when
// the list has one, as courts do, else the first.
std::string choose_citation(std::string_view value) {
  std::vector<std::string_view> cites;
  while (!value.empty()) {
    std::size_t semi = value.find(';');
    std::string_view c = trim(value.substr(0, semi));
    if (!c.empty()) cites.push_back(c);
    if (semi == std::string_view::npos) break;
    value.remove_prefix(semi + 1);
  }
  if (cites.empty()) return {};
  for (std::string_view c : cites) {
    std::size_t at = c.find(" U.S. ");
    if (at != std::string_view::npos && at > 0 && std::isdigit(static_cast<unsigned char>(c[at - 1])) &&
        at + 6 < c.size() && std::isdigit(static_cast<unsigned char>(c[at + 6])))
      return std::string(c);
  }
  return std::string(cites.front());
}

// What kind of document a title line above the header announces
// ("Docket report (PACER district)"), when no Kind key says so.
std::string kind_from_preamble(std::string_view preamble) {
  std::string lower;
  for (char c : preamble) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  struct Cue { std::string_view word; std::string_view kind; };
  // GovInfo's USCOURTS package metadata lists a case's filings one line
  // each ("Judge ...: ORDER entered ..."), as a docket does.
  static constexpr std::array<Cue, 6> kCues = {{{"docket", "docket"},
                                                {"uscourts package", "docket"},
                                                {"opinion", "opinion"},
                                                {"order", "order"},
                                                {"statute", "statute"},
                                                {"regulation", "regulation"}}};
  for (const Cue& cue : kCues)
    if (lower.find(cue.word) != std::string::npos) return std::string(cue.kind);
  return {};
}

}  // namespace

std::optional<TextHeader> find_text_header(std::string_view text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  std::size_t blank_end = std::string_view::npos;
  while (pos < text.size() && pos <= kMaxHeaderBytes && lines.size() <= kMaxHeaderLines) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (is_blank(line)) {
      blank_end = end;
      break;
    }
    lines.push_back({line, end});
    pos = end;
  }
  if (blank_end == std::string_view::npos || lines.empty()) return std::nullopt;

  TextHeader header;
  std::size_t first = 0;
  if (!key_line(lines[0].text)) {
    // A title line is only allowed above a real header.
    if (is_note_line(lines[0].text)) return std::nullopt;
    header.preamble = std::string(trim(lines[0].text));
    first = 1;
  }
  if (first >= lines.size()) return std::nullopt;
  int known = 0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::optional<KeyLine> kv = key_line(lines[i].text);
    if (!kv) {
      if (i > first && is_note_line(lines[i].text)) continue;
      return std::nullopt;
    }
    bool is_known = field_of(kv->key).has_value();
    if (i == first && !is_known) return std::nullopt;
    known += is_known;
    header.fields.push_back({kv->key, kv->value});
  }
  if (first == 1 && known < 2) return std::nullopt;

  // The body starts at its first non-blank line.
  pos = blank_end;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || !is_blank(text.substr(pos, nl - pos))) break;
    pos = nl + 1;
  }
  header.body_offset = pos;
  return header;
}

bool is_header_key_line(std::string_view line) { return key_line(line).has_value(); }

void apply_text_header(const TextHeader& header, Document& doc,
                       std::vector<std::string>& warnings) {
  for (const TextHeaderField& f : header.fields) {
    std::optional<Field> field = field_of(f.key);
    if (!field || f.value.empty()) continue;
    switch (*field) {
      case Field::title:
        if (doc.title.empty()) doc.title = f.value;
        break;
      case Field::court:
        if (doc.court.empty()) doc.court = f.value;
        break;
      case Field::date:
        if (doc.date.empty()) {
          if (std::optional<std::string> iso = normalize_date(f.value)) doc.date = *iso;
          else warnings.push_back("header " + f.key + ": unrecognised date \"" + f.value + "\"");
        }
        break;
      case Field::judges:
      case Field::authors:
        for (std::string& j : split_judges(f.value)) {
          // The author of an opinion is one of its judges too.
          if (*field == Field::authors && std::find(doc.authors.begin(), doc.authors.end(), j) == doc.authors.end())
            doc.authors.push_back(j);
          if (std::find(doc.judges.begin(), doc.judges.end(), j) == doc.judges.end()) doc.judges.push_back(std::move(j));
        }
        break;
      case Field::kind:
        if (doc.kind.empty())
          for (char c : f.value) doc.kind += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        break;
      case Field::docket:
        if (doc.docket.empty()) doc.docket = f.value;
        break;
      case Field::source:
        if (doc.source.empty()) doc.source = f.value;
        break;
      case Field::citation:
        if (doc.citation.empty()) doc.citation = choose_citation(f.value);
        break;
      case Field::id:
        if (doc.id.empty()) doc.id = f.value;
        break;
      case Field::other:
        break;
    }
  }
  if (doc.kind.empty() && !header.preamble.empty()) doc.kind = kind_from_preamble(header.preamble);
}

}  // namespace lexgraph
