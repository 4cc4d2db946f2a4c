// Case citations: the first pass (citation_groups.cc) finds full citations
// and short forms, the second (later_forms.cc) "Id.", "supra" and references
// by name; this file turns both into mentions.

#include "extract/citations/case_citations.h"

#include <charconv>

#include "extract/citations/citation_groups.h"
#include "extract/citations/later_forms.h"
#include "extract/citations/text_scan.h"

namespace lexgraph {

namespace {

using citations::CitationGroup;
using citations::CiteCore;
using citations::ReporterTable;

double number(std::string_view digits) {
  double v = 0;
  for (char c : digits) {
    if (!citations::is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return digits.empty() ? -1 : v;
}

// Each key is set once per mention, so emplace: no default value to
// overwrite, no second lookup.
void set_if(Attrs& attrs, const char* key, const std::string& value) {
  if (!value.empty()) attrs.emplace(key, value);
}

// "410 U.S. 113" with the canonical reporter.
std::string canonical_cite(const ReporterTable& reporters, const CiteCore& core) {
  std::string s(core.volume);
  s.append(" ").append(reporters.reporter(core.reporter).abbreviation).append(" ");
  s.append(core.page.empty() ? std::string_view("___") : core.page);
  return s;
}

void core_attrs(const ReporterTable& reporters, const CiteCore& core, Attrs& attrs) {
  if (double v = number(core.volume); v >= 0) attrs["volume"] = v;
  attrs["reporter"] = citations::squeeze_spaces(core.reporter_text);
  const auto& r = reporters.reporter(core.reporter);
  // A LEXIS database the table does not list is named by its own words.
  attrs["reporter_normalized"] = r.slug == "lexis" ? citations::squeeze_spaces(core.reporter_text) : r.abbreviation;
  if (double p = number(core.page); p >= 0) attrs["page"] = p;
  if (!core.nominative.empty()) attrs["nominative"] = citations::squeeze_spaces(core.nominative);
}

// What every mention of a case carries about it.
void case_attrs(const CitationGroup& g, Attrs& attrs) {
  set_if(attrs, "plaintiff", g.name.plaintiff);
  set_if(attrs, "defendant", g.name.defendant);
  set_if(attrs, "case_name", g.name.full);
  if (g.court_year.year > 0) attrs["year"] = static_cast<double>(g.court_year.year);
  set_if(attrs, "court", g.court_year.court.empty() ? g.name.court : g.court_year.court);
  set_if(attrs, "court_id", g.court_id);
}

std::string display_name(const ReporterTable& reporters, const citations::FirstPass& first,
                         const CitationGroup& g) {
  if (!g.name.full.empty()) return g.name.full;
  if (g.same_as >= 0) {
    const CitationGroup& earlier = first.groups[static_cast<std::size_t>(g.same_as)];
    if (!earlier.name.full.empty()) return earlier.name.full;
  }
  return canonical_cite(reporters, g.cites.front().core);
}

}  // namespace

void extract_case_citations(const ExtractionContext& ctx, std::vector<Mention>& out) {
  const ReporterTable& reporters = ReporterTable::standard();
  citations::FirstPass first = citations::find_citations(ctx, reporters);

  for (const CitationGroup& g : first.groups) {
    for (std::size_t k = 0; k < g.cites.size(); ++k) {
      const auto& c = g.cites[k];
      Mention m;
      m.type = "case";
      m.start = k == 0 ? g.start : c.core.start;
      m.end = k + 1 == g.cites.size() ? std::max(g.end, c.end) : c.end;
      m.entity = g.entity;
      m.name = display_name(reporters, first, g);
      m.attrs["form"] = std::string("full");
      core_attrs(reporters, c.core, m.attrs);
      set_if(m.attrs, "pin_cite", c.pin);
      case_attrs(g, m.attrs);
      set_if(m.attrs, "parenthetical", g.parenthetical);
      set_if(m.attrs, "docket", g.name.docket);
      if (g.en_banc) m.attrs["en_banc"] = true;
      if (g.per_curiam) m.attrs["per_curiam"] = true;
      std::vector<std::string> parallel;
      for (std::size_t o = 0; o < g.cites.size(); ++o)
        if (o != k && !g.cites[o].id.empty()) parallel.push_back(g.cites[o].id);
      if (!parallel.empty()) m.attrs["parallel"] = parallel;
      if (!c.id.empty() && c.id != g.entity) m.attrs["citation_id"] = c.id;
      out.push_back(std::move(m));
    }
  }

  for (const auto& s : first.shorts) {
    Mention m;
    m.type = "case";
    m.start = s.start;
    m.end = s.end;
    m.attrs["form"] = std::string("short");
    core_attrs(reporters, s.core, m.attrs);
    set_if(m.attrs, "pin_cite", s.core.pin);
    set_if(m.attrs, "antecedent", s.antecedent.full);
    set_if(m.attrs, "parenthetical", s.parenthetical);
    if (s.target >= 0) {
      const CitationGroup& g = first.groups[static_cast<std::size_t>(s.target)];
      m.entity = g.entity;
      m.name = display_name(reporters, first, g);
      case_attrs(g, m.attrs);
    } else {
      m.name = citations::squeeze_spaces(ctx.text.substr(s.core.start, s.core.end - s.core.start));
    }
    out.push_back(std::move(m));
  }

  for (const auto& f : citations::find_later_forms(ctx.text, first)) {
    const CitationGroup& g = first.groups[static_cast<std::size_t>(f.group)];
    Mention m;
    m.type = "case";
    m.start = f.start;
    m.end = f.end;
    m.entity = g.entity;
    m.name = display_name(reporters, first, g);
    m.attrs["form"] = f.form;
    set_if(m.attrs, "pin_cite", f.pin);
    set_if(m.attrs, "antecedent", f.antecedent);
    set_if(m.attrs, "parenthetical", f.parenthetical);
    case_attrs(g, m.attrs);
    out.push_back(std::move(m));
  }
}

}  // namespace lexgraph
