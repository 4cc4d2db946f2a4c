// Structural rules: the parties of the case, from the caption in the
// title ("Twing v. United States") and the caption block at the top of
// the text (structural_rules.h).

#include "relate/structural_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/name_scan.h"
#include "resolve/resolver.h"

namespace lexgraph::structural {

namespace {

// The last word of a person's name that is no suffix ("Eric H. Holder, Jr." -> "Holder").
std::string surname_of(const std::string& name) {
  std::string_view rest(name);
  for (;;) {
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == ',' || rest.back() == '.')) rest.remove_suffix(1);
    const std::size_t space = rest.find_last_of(" ,");
    const std::string_view last = space == std::string_view::npos ? rest : rest.substr(space + 1);
    std::string lower(last);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool suffix = lower == "jr" || lower == "sr" || lower == "ii" || lower == "iii" || lower == "iv";
    if (!suffix || space == std::string_view::npos) return std::string(last);
    rest = rest.substr(0, space);
  }
}

}  // namespace

// "Twing v. United States": the entities the caption's two sides name are
// parties to the case the document decides (the document node: its case
// has no id of its own unless the document is cited).
void StructuralRules::caption_parties() {
  const std::string title = lower_ascii(ctx_.doc.title);
  std::size_t v = title.find(" v. ");
  std::size_t width = 4;
  if (v == std::string::npos) {
    v = title.find(" v ");
    width = 3;
  }
  if (v == std::string::npos || title.find(" v", v + width) != std::string::npos) return;
  const std::string first_side = title.substr(0, v);
  const std::string second_side = title.substr(v + width);
  const bool supreme = ctx_.doc.court.find("Supreme Court") != std::string::npos;
  for (const Entity& e : x_.entities) {
    if (e.mentions.empty() || (e.type != "person" && e.type != "organization" && e.type != "agency")) continue;
    for (int side = 0; side < 2; ++side) {
      const std::string& caption = side == 0 ? first_side : second_side;
      bool found = false;
      for (const std::string& alias : e.aliases) {
        if (alias.size() >= 3 && contains_words(caption, lower_ascii(alias))) found = true;
      }
      if (!found && contains_words(caption, lower_ascii(e.name))) found = true;
      // Titles name people by surname: "Vilela v. Holder" for Eric H. Holder, Jr.
      if (!found && e.type == "person") {
        const std::string surname = lower_ascii(surname_of(e.name));
        found = surname.size() >= 3 && contains_words(caption, surname);
      }
      if (!found) continue;
      Relation r = at(first(e), e.id, "party_to", doc_node_, 0.8);
      r.qualifiers["role"] = std::string(side == 0 ? (supreme ? "petitioner" : "plaintiff")
                                                   : (supreme ? "respondent" : "defendant"));
      r.qualifiers["source"] = std::string("caption");
      out_.push_back(std::move(r));
      break;
    }
  }
}

// A "v." that separates a caption's sides, not one inside a citation
// ("Smith v. Jones, 123 U.S. 45"): alone on its line, or after a side's
// role word ("Appellee, v."), or before a side written in capitals.
bool StructuralRules::caption_separator(std::size_t at, std::size_t width) const {
  const std::string_view text = ctx_.text;
  auto blank = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
      if (!std::isspace(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
  };
  const std::size_t line_start = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at);
  std::size_t v_pos = at;
  while (v_pos < text.size() && std::isspace(static_cast<unsigned char>(text[v_pos]))) ++v_pos;
  std::size_t line_end = text.find('\n', v_pos);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::size_t v_end = v_pos;
  while (v_end < line_end && !std::isspace(static_cast<unsigned char>(text[v_end]))) ++v_end;
  if (blank(line_start, v_pos) && blank(v_end, line_end)) return true;
  const std::string before = lower_ascii(text.substr(at > 60 ? at - 60 : 0, at > 60 ? 60 : at));
  for (std::string_view role : {"appellant", "appellee", "plaintiff", "defendant", "petitioner", "respondent"}) {
    if (before.find(role) != std::string::npos) return true;
  }
  int upper = 0, lower = 0;
  for (std::size_t i = at + width; i < std::min(text.size(), at + width + 30); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isupper(c)) ++upper;
    if (std::islower(c)) ++lower;
  }
  return upper >= 6 && lower <= upper / 4;
}

// A name in the caption block that is not a party: counsel ("John Doe,
// for plaintiff in error", "represented by Jane Roe") or a party's office
// in apposition ("REAGAN, United States Marshal").
bool StructuralRules::counsel_or_title(std::size_t start, std::size_t end, const Entity& e) const {
  const std::string_view text = ctx_.text;
  std::size_t back = start;
  while (back > 0 && text[back - 1] == ' ') --back;
  if (e.type == "agency" && back > 0 && text[back - 1] == ',') return true;
  // "in his capacity as Sergeant of the Foxborough Police Department": a
  // party's office, not a party.
  if (e.type == "agency") {
    const std::string lead = lower_ascii(text.substr(start > 60 ? start - 60 : 0, start > 60 ? 60 : start));
    if (lead.find("capacity") != std::string::npos || lead.ends_with(" of the ") || lead.ends_with(" of ")) return true;
  }
  const std::size_t si = sentence_at(ctx_.segments, start);
  std::size_t s_start = start > 80 ? start - 80 : 0, s_end = std::min(text.size(), end + 200);
  if (si < ctx_.segments.sentences.size()) {
    s_start = std::max(s_start, ctx_.segments.sentences[si].start);
    s_end = std::min(s_end, ctx_.segments.sentences[si].end);
  }
  const std::string after = lower_ascii(text.substr(end, s_end > end ? s_end - end : 0));
  const std::string before = lower_ascii(text.substr(s_start, start - s_start));
  for (std::string_view cue : {"represented by", "with whom", "brief of", "counsel", "attorney", " by "}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  if (after.find("esq") != std::string::npos) return true;
  for (std::size_t f = after.find("for "); f != std::string::npos; f = after.find("for ", f + 4)) {
    const std::string_view rest = std::string_view(after).substr(f + 4, 16);
    for (std::string_view role : {"plaintiff", "defendant", "appellant", "appellee", "petitioner", "respondent",
                                  "the plaintiff", "the defendant", "the appellant", "the appellee", "the petitioner",
                                  "the respondent", "the united states", "the government", "movant", "intervenor"}) {
      if (rest.starts_with(role)) return true;
    }
  }
  return false;
}

// The caption block at the top of the text: "UNITED STATES OF AMERICA,
// Appellee, v. JOHN DOE, Defendant, Appellant." It may sit on many lines,
// in capitals, when the title is only a short name. The parties are the
// entities named just before and just after the first "v." of the opening
// text; the second side ends where counsel, the panel or the opinion start.
void StructuralRules::text_caption_parties() {
  const std::size_t head = std::min<std::size_t>(ctx_.text.size(), 6000);
  const std::string top = lower_ascii(std::string_view(ctx_.text).substr(0, head));
  std::size_t v = std::string::npos;
  for (std::string_view sep : {" v. ", "\nv.\n", "\nv.", " v.\n", " vs. ", "\nvs.\n", " v\n", "\nv\n"}) {
    for (std::size_t at = top.find(sep); at != std::string::npos && at < v; at = top.find(sep, at + 1)) {
      if (caption_separator(at, sep.size())) {
        v = at;
        break;
      }
    }
  }
  if (v == std::string::npos) return;
  const std::size_t sep_end = top.find('.', v) != std::string::npos && top.find('.', v) < v + 5 ? top.find('.', v) + 1 : v + 3;
  // First side: back to a blank line before a non-party header, at most 600 bytes.
  std::size_t from = v > 600 ? v - 600 : 0;
  for (std::string_view stop : {"circuit", "court", "no.", "docket", "district of"}) {
    std::size_t at = top.rfind(stop, v);
    if (at != std::string::npos && at >= from) {
      std::size_t eol = top.find('\n', at);
      if (eol != std::string::npos && eol < v) from = std::max(from, eol);
    }
  }
  std::size_t to = std::min(top.size(), sep_end + 600);
  for (std::string_view stop : {"\n\n\n", "before", "counsel", "attorney", "argued", "submitted", "appeal from",
                                "appeals from", "on petition", "on writ", "opinion", "memorandum", "order",
                                "for the ", "esq", "judge", "filed", "decided", "civil action", "case no",
                                "represented", "assigned to", "date filed", "nature of suit", "cause:"}) {
    std::size_t at = top.find(stop, sep_end);
    if (at != std::string::npos && at < to) to = at;
  }
  const std::string_view text(top);
  const bool supreme = ctx_.doc.court.find("Supreme Court") != std::string::npos;
  for (const Entity& e : x_.entities) {
    if (e.type != "person" && e.type != "organization" && e.type != "agency") continue;
    if (std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
          return r.predicate == "party_to" && r.subject == e.id && r.object == doc_node_;
        })) {
      continue;
    }
    // Where the caption names it: a mention inside the block, else its
    // name written there (a name in capitals the name scan did not take).
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t i : e.mentions) spans.emplace_back(x_.mentions[i].start, x_.mentions[i].end);
    std::vector<std::string> names{lower_ascii(e.name)};
    for (const std::string& alias : e.aliases) names.push_back(lower_ascii(alias));
    for (const std::string& name : names) {
      if (name.size() < 4) continue;
      for (std::size_t at = top.find(name, from); at != std::string::npos && at < to; at = top.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(top[at - 1]));
        const bool right = end >= top.size() || !std::isalnum(static_cast<unsigned char>(top[end]));
        if (left && right) spans.emplace_back(at, end);
      }
    }
    for (const auto& [start, end] : spans) {
      const bool before = start >= from && end <= v;
      const bool after = start >= sep_end && end <= to;
      if (!before && !after) continue;
      if (counsel_or_title(start, end, e)) continue;
      // The side's own words name the role: "Appellant", "Petitioner".
      const std::size_t side_end = before ? v : to;
      const std::string_view side = text.substr(end, side_end - end);
      std::string role = before ? (supreme ? "petitioner" : "plaintiff") : (supreme ? "respondent" : "defendant");
      std::size_t best = std::string::npos;
      for (std::string_view word : {"appellant", "appellee", "petitioner", "respondent", "plaintiff", "defendant",
                                    "intervenor", "movant"}) {
        std::size_t at = side.find(word);
        if (at != std::string::npos && at < best) {
          best = at;
          role = std::string(word);
        }
      }
      Relation r = at(start, end, e.id, "party_to", doc_node_, 0.75);
      r.qualifiers["role"] = role;
      r.qualifiers["source"] = std::string("caption block");
      out_.push_back(std::move(r));
      break;
    }
  }
}

// `needle` occurs in `hay` with word boundaries on both sides.
bool StructuralRules::contains_words(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(hay[pos - 1]));
    const std::size_t end = pos + needle.size();
    const bool right = end >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace lexgraph::structural
