// Structural rules: the judges who preside — from the metadata, a panel
// line ("Before A, B and C, Circuit Judges"), a closing concurrence line,
// and the judge entities they need (structural_rules.h).

#include "relate/structural_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/name_scan.h"
#include "resolve/resolver.h"

namespace lexgraph::structural {

// The document's judges (from its metadata: the author of an opinion, a
// docket's assigned judge, a panel) preside over it. When the text names
// the judge, the first mention is the evidence; when only the metadata
// does, the judge becomes an entity without mentions and the evidence is
// the document's first sentence with an empty span, qualified
// source=metadata, so a reader knows where the fact came from.
void StructuralRules::presiding_judges() {
  // A news report or press release names the judge of the case it tells
  // about; it has no judge of its own.
  if (ctx_.doc.kind == "news" || ctx_.doc.kind == "other" || ctx_.doc.kind == "press") return;
  // The text's own word on each judge's role first: a metadata judge the
  // docket labels "Assigned to" is then one relation with its role.
  judge_roles();
  for (const std::string& listed : ctx_.doc.judges) {
    const std::string key = slug(listed);
    if (key.empty()) continue;
    const Entity* named = nullptr;
    for (const Entity& e : x_.entities) {
      if (e.type != "judge" || e.mentions.empty()) continue;
      const std::string name = slug(e.name);
      // "Kollar-Kotelly" in metadata names "Colleen Kollar-Kotelly".
      if (name == key || (name.size() > key.size() && name.ends_with("-" + key)) ||
          (key.size() > name.size() && key.ends_with("-" + name))) {
        named = &e;
        break;
      }
    }
    if (named && presides(named->id)) continue;  // the panel line said it already
    // A docket's metadata may list the judge below ("DC Judge:"), who does
    // not preside over the appeal.
    if (decided_below(named ? named->id : names::person_entity(listed, /*judge=*/true))) continue;
    Relation r;
    if (named) {
      r = at(first(*named), named->id, "presides_over", doc_node_, 0.8);
    } else {
      r.subject = names::person_entity(listed, /*judge=*/true);
      r.predicate = "presides_over";
      r.object = doc_node_;
      r.confidence = 0.7;
      metadata_judges_.push_back({r.subject, listed});
    }
    r.qualifiers["source"] = std::string("metadata");
    // The source names this judge as the opinion's author ("Authoring
    // judge:", CourtListener's author): the judge wrote it, unless an
    // author line said so already.
    const bool author = std::find(ctx_.doc.authors.begin(), ctx_.doc.authors.end(), listed) != ctx_.doc.authors.end();
    const std::string judge = r.subject;
    Relation wrote = r;
    out_.push_back(std::move(r));
    if (author && !said("authored", judge)) {
      wrote.predicate = "authored";
      wrote.confidence = std::min(wrote.confidence, 0.8);
      out_.push_back(std::move(wrote));
    }
  }
}

bool StructuralRules::decided_below(const std::string& judge) const { return said("decided_below", judge); }

bool StructuralRules::presides(const std::string& judge) const { return said("presides_over", judge); }

// The panel of an appellate header: "Before LYNCH, HOWARD and THOMPSON,
// Circuit Judges.", "Before: Smith, P.J., Jones and Lee, JJ." The judges
// named between "before" and the closing title preside over the document;
// the header is near the top, so only the opening of the text is read
// (an opinion quoting another panel later says nothing about its own).
void StructuralRules::panel_judges() {
  const std::size_t head = std::min<std::size_t>(ctx_.text.size(), 8000);
  const std::string top = lower_ascii(std::string_view(ctx_.text).substr(0, head));
  static constexpr std::array<std::string_view, 3> kPlural = {"judges", "jj.", "justices"};
  static constexpr std::array<std::string_view, 3> kSingular = {"judge", "j.", "justice"};
  for (std::size_t pos = top.find("before"); pos != std::string::npos; pos = top.find("before", pos + 6)) {
    const bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(top[pos - 1]));
    const std::size_t after = pos + 6;
    // "Before" opens the line (or follows a blank), then ":" or a name.
    bool line_start = true;
    for (std::size_t i = pos; i-- > 0 && top[i] != '\n';) {
      if (!std::isspace(static_cast<unsigned char>(top[i]))) line_start = false;
    }
    if (!word_start || !line_start || after >= top.size()) continue;
    if (top[after] != ':' && top[after] != ' ' && top[after] != '\n') continue;
    // "Lynch, Chief Judge, Lipez and Howard, Circuit Judges": a plural
    // title closes the line; a singular one only when no plural follows.
    std::size_t close = std::string::npos;
    for (const auto& closers : {kPlural, kSingular}) {
      for (std::string_view c : closers) {
        std::size_t at = top.find(c, after);
        // "J." closes only as a title after a comma ("Smith, J."), not as
        // an initial ("Steven J. Menashi").
        while (at != std::string::npos && c.starts_with('j') && c.size() <= 3 && at < top.size() &&
               !(at >= 2 && top[at - 1] == ' ' && top[at - 2] == ',')) {
          at = top.find(c, at + 1);
        }
        if (at != std::string::npos && at - after < 300 && at < close) close = at;
      }
      if (close != std::string::npos) break;
    }
    // "Before Boudin, Circuit Judge, Souter, Associate Justice, and Howard,
    // Circuit Judge.": singular titles only; the line runs to its period.
    if (close != std::string::npos) {
      bool plural = false;
      for (std::string_view c : kPlural) plural = plural || top.compare(close, c.size(), c) == 0;
      const std::size_t period = top.find(". ", after) < top.find(".\n", after) ? top.find(". ", after) : top.find(".\n", after);
      // "Boudin and Howard, Circuit Judges, and Barbadoro, District Judge."
      const std::size_t stop = top.find_first_of(",.\n", close);
      const std::size_t next = stop == std::string::npos ? stop : top.find_first_not_of(" \n*", stop + 1);
      const bool more = next != std::string::npos && top[stop] == ',' && top.compare(next, 4, "and ") == 0;
      if ((!plural || more) && period != std::string::npos && period - after < 300 && period > close) close = period;
    }
    if (close == std::string::npos) continue;
    for (const auto& [name_start, name_end] : panel_names(after, close)) panel_judge(name_start, name_end, 0.9);
    return;  // one panel per document
  }
}

// The judge named by text[start, end) in a panel or concurrence line
// presides over the document (once, whatever names them).
void StructuralRules::panel_judge(std::size_t start, std::size_t end, double confidence) {
  const std::string id = judge_named(std::string(ctx_.text.substr(start, end - start)));
  if (presides(id)) return;
  Relation r = at(start, end, id, "presides_over", doc_node_, confidence);
  r.qualifiers["source"] = std::string("panel");
  r.qualifiers["role"] = std::string("panel");
  out_.push_back(std::move(r));
}

// A state appellate opinion closes with its panel: "Mary Ellis, P.J., and
// Tom Ruiz, J., concur." Each judge so named presides over the document.
void StructuralRules::concurring_judges() {
  if (ctx_.doc.kind == "news" || ctx_.doc.kind == "press" || ctx_.doc.kind == "other") return;
  for (const Sentence& s : ctx_.segments.sentences) {
    if (s.end - s.start > 300) continue;
    std::string sentence = lower_ascii(ctx_.text.substr(s.start, s.end - s.start));
    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.back()))) sentence.pop_back();
    std::size_t cue = std::string::npos;
    for (std::string_view ending : {"concur.", "concurs.", "concurring."}) {
      if (sentence.ends_with(ending)) cue = sentence.size() - ending.size();
    }
    if (cue == std::string::npos) continue;
    if (sentence.find(", j.") == std::string::npos && sentence.find("p.j.") == std::string::npos &&
        sentence.find("c.j.") == std::string::npos && sentence.find(", jj.") == std::string::npos) {
      continue;
    }
    for (const auto& [name_start, name_end] : panel_names(s.start, s.start + cue)) panel_judge(name_start, name_end, 0.85);
  }
}

// The names of a panel line between `from` and `to`: the pieces between
// commas, semicolons and "and", less the titles ("P.J.", "Chief Judge").
std::vector<std::pair<std::size_t, std::size_t>> StructuralRules::panel_names(std::size_t from, std::size_t to) const {
  static constexpr std::string_view kTitles[] = {"before", "circuit", "district", "judge", "judges", "chief",
                                                 "senior", "justice", "justices", "jj", "j", "pj", "cj", "ch",
                                                 "presiding", "associate", "magistrate", "the", "hon", "honorable"};
  std::vector<std::pair<std::size_t, std::size_t>> names;
  std::size_t piece = from;
  auto flush = [&](std::size_t end) {
    std::size_t a = piece, b = end;
    // "Before Division Two: Smith" -> "Smith".
    for (std::size_t k = a; k < b; ++k) {
      if (ctx_.text[k] == ':') a = k + 1;
    }
    auto junk = [&](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '*' || c == ':' || c == '.'; };
    while (a < b && junk(ctx_.text[a])) ++a;
    // "...Justice,\nand Howard", "P.J., and\nKurt Odenwald": an "and" at a line's edge.
    if (b > a + 4 && lower_ascii(ctx_.text.substr(a, 3)) == "and" && junk(ctx_.text[a + 3])) a += 4;
    while (a < b && junk(ctx_.text[a])) ++a;
    // "Dowd, Judge\nAngela Quigless, P.J.": titles before a name, here the
    // line above's, are not part of it.
    while (a < b) {
      std::size_t word_end = a;
      while (word_end < b && std::isalpha(static_cast<unsigned char>(ctx_.text[word_end]))) ++word_end;
      if (word_end == a || word_end >= b || !junk(ctx_.text[word_end])) break;
      const std::string word = lower_ascii(ctx_.text.substr(a, word_end - a));
      if (std::find(std::begin(kTitles), std::end(kTitles), word) == std::end(kTitles)) break;
      a = word_end;
      while (a < b && junk(ctx_.text[a])) ++a;
    }
    while (b > a && junk(ctx_.text[b - 1])) --b;
    if (b > a && b - a <= 40) {
      std::string letters;
      int words = 0;
      bool ok = std::isupper(static_cast<unsigned char>(ctx_.text[a]));
      bool title_only = true;
      std::size_t w = a;
      for (std::size_t i = a; i <= b && ok; ++i) {
        if (i == b || std::isspace(static_cast<unsigned char>(ctx_.text[i]))) {
          if (i > w) {
            ++words;
            std::string word;
            for (std::size_t k = w; k < i; ++k) {
              if (std::isalpha(static_cast<unsigned char>(ctx_.text[k]))) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ctx_.text[k]))));
            }
            if (std::find(std::begin(kTitles), std::end(kTitles), word) == std::end(kTitles)) title_only = false;
          }
          w = i + 1;
        } else if (std::isdigit(static_cast<unsigned char>(ctx_.text[i]))) {
          ok = false;
        }
      }
      if (ok && !title_only && words <= 4) names.emplace_back(a, b);
    }
    piece = end + 1;
  };
  for (std::size_t i = from; i < to; ++i) {
    const char c = ctx_.text[i];
    if (c == ',' || c == ';' || c == '&') {
      flush(i);
    } else if (i + 5 <= to && ctx_.text.compare(i, 5, " and ") == 0) {
      flush(i);
      piece = i + 5;
      i += 4;
    }
  }
  flush(to);
  if (names.size() > 12) names.clear();  // not a panel line
  return names;
}

// The judge entity a panel name stands for: one the text already named
// ("SELYA" in "SELYA, Circuit Judge." later), else a new one by that name.
std::string StructuralRules::judge_named(const std::string& name) {
  const std::string key = slug(name);
  // A judge of that name first; else a person the document names without
  // a judge's title ("Panel: Gregory W. Carman" in a docket's header).
  for (const char* type : {"judge", "person"}) {
    for (const Entity& e : x_.entities) {
      if (e.type != type) continue;
      const std::string have = slug(e.name);
      if (have == key || (have.size() > key.size() && have.ends_with("-" + key))) return e.id;
    }
  }
  std::string id = names::person_entity(name, /*judge=*/true);
  metadata_judges_.push_back({id, name});
  return id;
}

// Lower-cased text of [from, to) with runs of white space made one space,
// so a caption or panel line broken over lines reads as one.
std::string StructuralRules::flat_lower(std::size_t from, std::size_t to) const {
  std::string out;
  to = std::min(to, ctx_.text.size());
  for (std::size_t i = from; i < to; ++i) {
    const unsigned char c = static_cast<unsigned char>(ctx_.text[i]);
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(std::tolower(c)));
    }
  }
  return out;
}

}  // namespace lexgraph::structural
