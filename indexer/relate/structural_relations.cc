#include "relate/structural_relations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/name_scan.h"
#include "relate/structural_rules.h"
#include "resolve/resolver.h"

namespace lexgraph {

namespace structural {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  // ASCII only, without std::tolower's call per byte: the rules lower whole
  // sentences and document tops, and bytes of UTF-8 stay as they are.
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void StructuralRules::run() {
  for (const Entity& e : x_.entities) {
    if (e.mentions.empty()) continue;
    if (e.type == "statute" || e.type == "case") cites(e);
    if (e.type == "agency" || e.type == "court") part_of(e);
    if (e.type == "person" || e.type == "judge") roles(e);
    if (e.type == "order") issued_by(e);
  }
  for (const Mention& m : x_.mentions) {
    if (m.type == "judge") authored(m);
  }
  docket_orders();
  panel_judges();
  concurring_judges();
  presiding_judges();
  caption_parties();
  text_caption_parties();
}

// Evidence at a mention: its sentence, the mention's own span.
Relation StructuralRules::at(const Mention& m, std::string subject, std::string predicate, std::string object, double confidence) {
  return at(m.start, m.end, std::move(subject), std::move(predicate), std::move(object), confidence);
}

Relation StructuralRules::at(std::size_t start, std::size_t end, std::string subject, std::string predicate,
                             std::string object, double confidence) const {
  Relation r;
  r.subject = std::move(subject);
  r.predicate = std::move(predicate);
  r.object = std::move(object);
  r.sentence = sentence_at(ctx_.segments, start);
  r.start = start;
  r.end = end;
  r.confidence = confidence;
  return r;
}

bool StructuralRules::said(std::string_view predicate, const std::string& subject) const {
  return std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
    return r.predicate == predicate && r.subject == subject && r.object == doc_node_;
  });
}

// The citator's raw material: one `cites` per cited statute or case, with
// how many times the document cites it, evidenced by the first citation.
void StructuralRules::cites(const Entity& e) {
  Relation r = at(first(e), doc_node_, "cites", e.id, 1.0);
  r.qualifiers["count"] = static_cast<double>(e.mentions.size());
  out_.push_back(std::move(r));
}

// Gazetteer parents ("agency:ice" within "agency:dhs"), told by the
// sentence where the component is first named.
void StructuralRules::part_of(const Entity& e) {
  for (std::size_t i : e.mentions) {
    const std::string* parent = text_attr(x_.mentions[i].attrs, "parent");
    if (parent && *parent != e.id) {
      Relation r = at(x_.mentions[i], e.id, "part_of", *parent, 0.9);
      r.qualifiers["source"] = std::string("gazetteer");
      out_.push_back(std::move(r));
      return;
    }
  }
}

// "Treasury Secretary Scott Bessent", "Dottie Romo, IRS' chief risk and
// control officer", "Judge Edwards of the D.C. Circuit": one holds_role
// per distinct (role, body) the mentions state.
void StructuralRules::roles(const Entity& e) {
  std::vector<std::pair<std::string, std::string>> seen;
  for (std::size_t i : e.mentions) {
    const Mention& m = x_.mentions[i];
    const std::string* role = text_attr(m.attrs, "role");
    if (!role) role = text_attr(m.attrs, "title");
    const std::string* body = text_attr(m.attrs, e.type == "judge" ? "court" : "organization");
    if (!role && !body) continue;
    if (role && *role == "party") continue;  // parties are party_to, from the caption
    // "(Davis, Kimberly) (Entered: 12/30/2014)": who typed a docket entry
    // (a clerk, or counsel's e-filing account) holds no office by it.
    // Counsel who filed it are named as counsel elsewhere ("represented by").
    if (role && *role == "filer") {
      const Mention* counsel = counsel_mention(e);
      const std::pair<std::string, std::string> as_counsel{"counsel", ""};
      if (!counsel || std::find(seen.begin(), seen.end(), as_counsel) != seen.end()) continue;
      seen.push_back(as_counsel);
      Relation r = at(*counsel, e.id, "holds_role", "", 0.8);
      r.qualifiers["role"] = std::string("counsel");
      out_.push_back(std::move(r));
      continue;
    }
    std::pair<std::string, std::string> key{role ? lower_ascii(*role) : "", body ? *body : ""};
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    if (e.type == "judge" && body) {
      const std::string* from = text_attr(m.attrs, "court_from");
      Relation r = at(m, e.id, "member_of", *body, from && *from == "text" ? 0.9 : 0.7);
      if (role) r.qualifiers["role"] = *role;
      out_.push_back(std::move(r));
      continue;
    }
    if (e.type == "judge") continue;  // a judge's title alone says nothing new
    Relation r = at(m, e.id, "holds_role", body ? *body : "", 0.85);
    if (role) r.qualifiers["role"] = *role;
    out_.push_back(std::move(r));
  }
}

// A mention of `e` that the text introduces as counsel: "represented by
// Jane Roe", "Attorney Jane Roe".
const Mention* StructuralRules::counsel_mention(const Entity& e) const {
  for (std::size_t i : e.mentions) {
    const Mention& m = x_.mentions[i];
    const std::size_t from = m.start > 40 ? m.start - 40 : 0;
    const std::string before = lower_ascii(ctx_.text.substr(from, m.start - from));
    if (before.find("represented by") != std::string::npos || before.ends_with("attorney ")) return &m;
  }
  return nullptr;
}

// Orders whose court or judge the relate stage established.
void StructuralRules::issued_by(const Entity& e) {
  for (const char* key : {"court", "judge"}) {
    auto it = e.attrs.find(key);
    if (it == e.attrs.end()) continue;
    const auto* id = std::get_if<std::string>(&it->second);
    if (!id || id->empty()) continue;
    Relation r = at(first(e), e.id, "issued_by", *id, 0.8);
    if (const std::string* date = text_attr(e.attrs, "date")) r.qualifiers["date"] = *date;
    out_.push_back(std::move(r));
  }
}

// "ROBERTS, C. J., delivered the opinion of the Court", "THOMAS, J., filed
// a dissenting opinion", "Opinion for the Court filed by Circuit Judge
// PILLARD": the author line of a slip opinion.
void StructuralRules::authored(const Mention& m) {
  // "MR. JUSTICE HOLMES, concurring specially.": a separate opinion's heading is short.
  constexpr std::size_t kMaxHeadingLength = 120;
  // "in part and dissenting in part.", "in the judgment.": what may follow the cue.
  constexpr std::size_t kMaxQualifierLength = 40;
  const std::size_t si = sentence_at(ctx_.segments, m.start);
  if (si >= ctx_.segments.sentences.size()) return;
  const Sentence& s = ctx_.segments.sentences[si];
  const std::string sentence = lower_ascii(ctx_.text.substr(s.start, s.end - s.start));
  const std::size_t at_mention = m.start - s.start;
  struct Cue {
    std::string_view words;
    const char* opinion;
    bool before_name;           // the cue precedes the judge's name
    bool heading_only = false;  // only in a heading line, never in a citation's parenthetical
  };
  static constexpr Cue kCues[] = {
      {"delivered the opinion", "majority", false},
      {"announced the judgment", "plurality", false},
      {"filed a dissenting opinion", "dissenting", false},
      {"filed a concurring opinion", "concurring", false},
      {"filed an opinion concurring", "concurring", false},
      {"filed an opinion dissenting", "dissenting", false},
      {"dissenting.", "dissenting", false},
      {"concurring.", "concurring", false},
      // "MR. JUSTICE HOLMES, concurring specially.", "JUSTICE STEVENS,
      // concurring in the judgment.", "concurring in part and dissenting in
      // part.": the opinion its first word names.
      // A citation's "(Scalia, J., concurring in part)" names another case's
      // opinion: these only where the sentence is the heading itself.
      {", concurring specially", "concurring", false, true},
      {", concurring in ", "concurring", false, true},
      {", dissenting in ", "dissenting", false, true},
      {"opinion for the court filed by", "majority", true},
      {"dissenting opinion filed by", "dissenting", true},
      {"concurring opinion filed by", "concurring", true},
      {"opinion filed by", "majority", true},
  };
  for (const Cue& cue : kCues) {
    std::size_t pos = sentence.find(cue.words);
    if (pos == std::string::npos) continue;
    // "Cf. Clark, J., dissenting in United States v. Rabinowitz, 176 F.2d
    // 732": a citation goes on after the qualifier; a heading ends with it.
    if (cue.heading_only &&
        (sentence.size() > kMaxHeadingLength || sentence.find('(') != std::string::npos ||
         sentence.size() - pos - cue.words.size() > kMaxQualifierLength ||
         std::any_of(sentence.begin() + static_cast<std::ptrdiff_t>(pos), sentence.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
      continue;
    }
    // The cue must be next to this name, not to another judge's.
    bool near = cue.before_name ? pos < at_mention && at_mention - pos < cue.words.size() + 40
                                : pos > at_mention && pos - at_mention < 60;
    // "MR. JUSTICE MATTHEWS, with whom concurred MR. CHIEF JUSTICE WAITE,
    // ..., dissenting.": the name before "with whom" wrote the opinion,
    // however long the list of those who joined it; they wrote nothing.
    // So for "MR. JUSTICE BLACK, whom MR. JUSTICE DOUGLAS joins, concurring."
    if (!cue.before_name) {
      std::size_t whom = sentence.find(", with whom ");
      if (whom == std::string::npos) whom = sentence.find(", whom ");
      if (whom != std::string::npos && whom < pos) near = at_mention < whom;
    }
    if (!near) continue;
    wrote(m, cue.opinion);
    return;
  }
  // A doubled line ("CYR, Circuit Judge." twice in a row) says it once.
  if (const char* opinion = capitals_author_line(m); opinion && !said("authored", m.entity)) wrote(m, opinion);
  else if (signs_the_opinion(m) && !said("authored", m.entity)) wrote(m, "majority");
}

void StructuralRules::wrote(const Mention& m, const char* opinion) {
  Relation r = at(m, m.entity, "authored", doc_node_, 0.9);
  r.qualifiers["opinion"] = std::string(opinion);
  out_.push_back(std::move(r));
  // The judge who delivers the opinion of the court sat on it.
  if (std::string_view(opinion) == "majority" && !presides(m.entity)) {
    Relation p = at(m, m.entity, "presides_over", doc_node_, 0.85);
    p.qualifiers["source"] = std::string("author line");
    out_.push_back(std::move(p));
  }
}

// "SELYA, Circuit Judge.", "COFFIN, Senior Circuit Judge.", "TEAGUE, Judge,
// concurring.", "DUNIWAY, Circuit Judge (dissenting):": a court of appeals'
// author line opens a line with the judge's surname in capitals and the
// judge's title, and the opinion follows. The opinion it heads (majority,
// concurring, dissenting), or nullptr when the mention heads none. A name in
// capitals mid-line ("Before LYNCH, Chief Judge, SELYA and ...") is a panel.
const char* StructuralRules::capitals_author_line(const Mention& m) const {
  const std::string_view text = ctx_.text;
  if (m.end <= m.start || m.end > text.size()) return nullptr;
  const std::string_view name = text.substr(m.start, m.end - m.start);
  bool letters = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return nullptr;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  if (!letters) return nullptr;
  for (std::size_t i = m.start; i > 0 && text[i - 1] != '\n'; --i) {
    if (text[i - 1] != ' ' && text[i - 1] != '\t') return nullptr;
  }
  const std::size_t line_end = std::min(text.find('\n', m.end), text.size());
  const std::string rest = lower_ascii(text.substr(m.end, std::min<std::size_t>(line_end - m.end, 80)));
  // The title: ", Circuit Judge", ", Senior Circuit Judge", ", Chief Judge",
  // ", Judge", and a state high court's ", Justice".
  const std::size_t title_end = title_after_comma(rest);
  if (title_end == std::string::npos) return nullptr;
  const std::string_view after = std::string_view(rest).substr(title_end);
  if (after.starts_with(".")) return "majority";
  if (!after.starts_with(",") && !after.starts_with(" (")) return nullptr;
  const std::string_view position = after.substr(0, 40);
  if (position.find("dissent") != std::string_view::npos) return "dissenting";
  if (position.find("concur") != std::string_view::npos) return "concurring";
  return nullptr;
}

// ", Senior Circuit Judge" opening `rest` (lower case): where the title
// ("judge" or "justice", after lower-case title words) ends, or npos.
std::size_t StructuralRules::title_after_comma(std::string_view rest) {
  if (!rest.starts_with(", ")) return std::string_view::npos;
  for (std::string_view title : {"judge", "justice"}) {
    const std::size_t at = rest.find(title);
    if (at == std::string_view::npos || at > 30) continue;
    const bool words_only = std::all_of(rest.begin() + 2, rest.begin() + static_cast<std::ptrdiff_t>(at),
                                        [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; });
    if (words_only) return at + title.size();
  }
  return std::string_view::npos;
}

// "____________\n   James M. Dowd, Judge\nAngela T. Quigless, P.J., and
// Kurt S. Odenwald, J., concur.": a state appellate opinion is signed at its
// end by its author, on a line of its own under a signature rule or over the
// line of the judges who concur. Without either the line could be a panel's.
bool StructuralRules::signs_the_opinion(const Mention& m) const {
  const std::string_view text = ctx_.text;
  if (m.end <= m.start || m.end > text.size()) return false;
  // Where the line holding `pos` (pos > 0: the character before it) starts.
  auto start_of_line = [&](std::size_t pos) {
    const std::size_t newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
  };
  const std::size_t line_start = start_of_line(m.start);
  if (text.substr(line_start, m.start - line_start).find_first_not_of(" \t") != std::string_view::npos) return false;
  const std::size_t line_end = std::min(text.find('\n', m.end), text.size());
  const std::string rest = lower_ascii(text.substr(m.end, line_end - m.end));
  const std::size_t title_end = title_after_comma(rest);
  if (title_end == std::string::npos) return false;
  if (rest.find_first_not_of(" .\t\r", title_end) != std::string::npos) return false;
  // The line above, skipping blank ones: a signature rule of underscores.
  std::size_t above_end = line_start;
  while (above_end > 0 && (text[above_end - 1] == '\n' || text[above_end - 1] == ' ' || text[above_end - 1] == '\t')) {
    --above_end;
  }
  const std::size_t above_start = start_of_line(above_end);
  const std::string_view above = text.substr(above_start, above_end - above_start);
  const std::size_t rule = above.find_first_not_of(" \t");
  if (rule != std::string_view::npos && above.size() - rule >= 10 &&
      above.substr(rule).find_first_not_of('_') == std::string_view::npos) {
    return true;
  }
  // The lines below: the concurring judges' line ends within a few lines.
  const std::string below = lower_ascii(text.substr(line_end, 200));
  const std::size_t concur = below.find(" concur.");
  return concur != std::string::npos && std::count(below.begin(), below.begin() + static_cast<std::ptrdiff_t>(concur), '\n') <= 4;
}

bool StructuralRules::has(const Relation& r) const {
  return std::any_of(out_.begin(), out_.end(), [&](const Relation& o) {
    return o.predicate == r.predicate && o.subject == r.subject && o.object == r.object;
  });
}

}  // namespace structural

void extract_structural_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out) {
  structural::StructuralRules rules(ctx, extraction, out);
  rules.run();
  for (const auto& [id, name] : rules.metadata_judges_) {
    if (std::any_of(extraction.entities.begin(), extraction.entities.end(),
                    [&](const Entity& e) { return e.id == id; })) {
      continue;
    }
    Entity judge;
    judge.id = id;
    judge.type = "judge";
    judge.name = name;
    judge.aliases.push_back(name);
    judge.attrs["source"] = std::string("metadata");
    extraction.entities.push_back(std::move(judge));
  }
}

}  // namespace lexgraph
