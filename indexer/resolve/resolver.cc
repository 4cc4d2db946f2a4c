#include "resolve/resolver.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace lexgraph {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim_view(std::string_view s) {
  std::size_t b = s.find_first_not_of(" ,.;:'\"");
  std::size_t e = s.find_last_not_of(" ,;:'\"");
  return b == std::string_view::npos || e < b ? std::string_view() : s.substr(b, e - b + 1);
}


// The surname of a person's name: its last word, without "Jr." and the like.
std::string surname(std::string_view name) {
  std::string_view n = trim_view(name);
  for (std::string_view suffix : {", Jr.", " Jr.", " Jr", ", Sr.", " Sr.", " III", " II", " IV"}) {
    if (n.size() > suffix.size() && n.substr(n.size() - suffix.size()) == suffix) n.remove_suffix(suffix.size());
  }
  n = trim_view(n);
  std::size_t space = n.find_last_of(' ');
  return lower(space == std::string_view::npos ? n : n.substr(space + 1));
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool w = c != ' ';
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

bool is_named_type(const std::string& type) { return type == "judge" || type == "person" || type == "organization"; }

std::string id_prefix(const std::string& type) { return type == "organization" ? "org:" : type + ":"; }

// The shortest text that reads back as `v`: "%g" wrote $1,058,997.85 and
// $1,058,997.00 alike as "1.059e+06", one entity for two amounts.
std::string number_key(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e18) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  auto [end, error] = std::to_chars(buf, buf + sizeof buf, v);
  return error == std::errc() ? std::string(buf, end) : std::string();
}

const std::string* attr_string(const Attrs& attrs, const char* key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? nullptr : std::get_if<std::string>(&it->second);
}

const double* attr_number(const Attrs& attrs, const char* key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? nullptr : std::get_if<double>(&it->second);
}

// Attributes that describe the entity rather than one mention of it. Asked
// for every attribute of every mention, so compared by length first.
bool is_entity_attr(std::string_view key) {
  auto any_of = [key](std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) {
      if (k == key) return true;
    }
    return false;
  };
  switch (key.size()) {
    case 3: return any_of({"act", "iso"});
    case 4: return any_of({"code", "kind", "page", "role", "unit", "year"});
    case 5: return any_of({"court", "level", "title", "value"});
    case 6: return any_of({"parent", "volume"});
    case 7: return key == "section";
    case 8: return any_of({"court_id", "currency"});
    case 9: return any_of({"defendant", "plaintiff", "qualifier"});
    case 12: return key == "organization";
    case 19: return key == "reporter_normalized";
    default: return false;
  }
}

// "§ 403a", "section 403a", "Section 403-a": a section standing alone,
// cited by the sign or the word, its letter joined or hyphenated, as one
// key ("§-403a"); "" for anything else.
std::string bare_section_key(std::string_view surface) {
  std::string_view rest = surface;
  bool lead = false;
  for (std::string_view word : {"\xC2\xA7", "Section", "section", "Sec.", "sec."}) {
    if (rest.starts_with(word)) {
      rest.remove_prefix(word.size());
      lead = true;
      break;
    }
  }
  if (!lead || rest.empty() || rest.front() != ' ') return "";
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits == 0) return "";
  std::string key = "\xC2\xA7-" + std::string(rest.substr(0, digits));
  rest.remove_prefix(digits);
  if (rest.size() == 2 && rest[0] == '-') rest.remove_prefix(1);
  if (rest.size() == 1 && std::isalpha(static_cast<unsigned char>(rest[0]))) {
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(rest[0])));
    rest.remove_prefix(1);
  }
  return rest.empty() ? key : "";
}

// The id for a mention no extractor could name on its own.
std::string fallback_id(const Mention& m, std::string_view surface, std::string_view document_id, std::size_t index) {
  if (m.type == "figure" || m.type == "money") {
    const double* v = attr_number(m.attrs, "value");
    const std::string* unit = attr_string(m.attrs, "unit");
    std::string id = m.type + ":" + (v ? number_key(*v) : slug(surface));
    if (unit && !unit->empty()) id.append("/").append(slug(*unit));
    return id;
  }
  if (m.type == "date") {
    const std::string* iso = attr_string(m.attrs, "iso");
    return "date:" + (iso && !iso->empty() ? *iso : slug(surface));
  }
  if (m.type == "order") return "order:" + std::string(document_id) + "#" + std::to_string(index);
  if (is_named_type(m.type)) return id_prefix(m.type) + slug(m.name.empty() ? surface : m.name);
  // A citation form no extractor could tie to its full cite: local to the document.
  if (m.type == "statute") {
    if (std::string key = bare_section_key(surface); !key.empty()) return "statute:text/" + key;
  }
  return m.type + ":text/" + slug(surface);
}

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  bool pending_hyphen = false;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c >= 0x80) {
      if (pending_hyphen && !out.empty()) out.push_back('-');
      pending_hyphen = false;
      out.push_back(static_cast<char>(std::tolower(c)));
    } else if (c != '\'') {  // "Ass'n" -> "assn", "O'Connor" -> "oconnor"
      pending_hyphen = true;
    }
  }
  return out;
}

Extraction resolve_entities(std::vector<Mention> mentions, std::string_view text, std::string_view document_id) {
  // Full names of judges and people in this document, by surname, so that
  // "Kollar-Kotelly" and "KOLLAR-KOTELLY, J." join "Colleen Kollar-Kotelly".
  std::unordered_map<std::string, std::set<std::string>> full_by_surname[2];
  auto slot = [](const std::string& type) { return type == "judge" ? 0 : 1; };
  for (const auto& m : mentions) {
    if (m.type != "judge" && m.type != "person") continue;
    const std::string_view name = m.name.empty() ? text.substr(m.start, m.end - m.start) : std::string_view(m.name);
    if (word_count(name) >= 2) {
      std::string id = m.entity.empty() ? id_prefix(m.type) + slug(name) : m.entity;
      full_by_surname[slot(m.type)][surname(name)].insert(id);
    }
  }

  Extraction out;
  // Keys view the `entity` strings of `mentions`, which stay put from here on.
  std::unordered_map<std::string_view, std::size_t> entity_index;
  entity_index.reserve(mentions.size());
  // An entity's aliases as a set once it has many, so that a document that
  // cites one case a thousand ways stays linear.
  constexpr std::size_t kAliasSetFrom = 16;
  std::vector<std::unordered_set<std::string>> alias_sets;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    const std::string_view surface = text.substr(m.start, m.end - m.start);
    if (m.entity.empty() && (m.type == "judge" || m.type == "person")) {
      const std::string* alias_of = attr_string(m.attrs, "alias_of");
      const std::string_view name = alias_of ? std::string_view(*alias_of) : (m.name.empty() ? surface : std::string_view(m.name));
      // Prefer a full name of the same type; a lone surname may also join
      // a full name of the other type (a judge first named as "Judge X").
      const std::string key = surname(name);
      const std::set<std::string>* candidates = nullptr;
      if (auto hit = full_by_surname[slot(m.type)].find(key); hit != full_by_surname[slot(m.type)].end()) {
        candidates = &hit->second;
      } else if (auto other = full_by_surname[1 - slot(m.type)].find(key);
                 word_count(name) == 1 && other != full_by_surname[1 - slot(m.type)].end()) {
        candidates = &other->second;
      }
      if ((word_count(name) == 1 || alias_of) && candidates && candidates->size() == 1) {
        m.entity = *candidates->begin();
      }
    }
    if (m.entity.empty()) m.entity = fallback_id(m, surface, document_id, i);

    auto [it, inserted] = entity_index.try_emplace(std::string_view(m.entity), out.entities.size());
    if (inserted) {
      Entity e;
      e.id = m.entity;
      e.type = m.type;
      out.entities.push_back(std::move(e));
      alias_sets.emplace_back();
    }
    Entity& e = out.entities[it->second];
    const std::string_view display = m.name.empty() ? trim_view(surface) : std::string_view(m.name);
    if (display.size() > e.name.size()) e.name = display;
    auto& alias_set = alias_sets[it->second];
    const bool known_alias = alias_set.empty()
                                 ? std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end()
                                 : alias_set.count(std::string(surface)) > 0;
    if (!known_alias) {
      e.aliases.emplace_back(surface);
      if (!alias_set.empty()) {
        alias_set.emplace(surface);
      } else if (e.aliases.size() >= kAliasSetFrom) {
        alias_set.insert(e.aliases.begin(), e.aliases.end());
      }
    }
    for (const auto& [key, value] : m.attrs) {
      if (is_entity_attr(key)) e.attrs.try_emplace(key, value);
    }
    e.mentions.push_back(i);
  }
  out.mentions = std::move(mentions);
  return out;
}

}  // namespace lexgraph
