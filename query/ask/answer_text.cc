#include "ask/answer_text.h"

#include <string>

namespace lexgraph::ask {

namespace {

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

std::string marked(const Evidence& ev, const TextStyle& style) {
  if (!ev.highlight || ev.highlight->second > ev.text.size() || ev.highlight->first >= ev.highlight->second) {
    return one_line(ev.text);
  }
  const auto [a, b] = *ev.highlight;
  const char* open = style.terminal ? "\x1b[1m" : "[";
  const char* close = style.terminal ? "\x1b[0m" : "]";
  return one_line(ev.text.substr(0, a)) + open + one_line(ev.text.substr(a, b - a)) + close + one_line(ev.text.substr(b));
}

std::string meta(const Evidence& ev) {
  std::string out = ev.title.empty() ? ev.doc : ev.title;
  if (!ev.court.empty()) out += " · " + ev.court;
  if (!ev.date.empty()) out += " · " + ev.date;
  return out;
}

}  // namespace

void write_interpretation(std::FILE* out, const QuestionAnalysis& q) {
  std::string wanted;  // what the answer must be besides its type
  if (!q.unit.empty()) wanted += "  unit: " + q.unit;
  if (!q.unit_category.empty()) wanted += "  unit: (" + q.unit_category + ")";
  if (!q.date_role.empty()) wanted += "  date role: " + q.date_role;
  if (!q.bound.empty()) wanted += "  bound: " + q.bound;
  if (!q.possessed.empty()) wanted += "  owning: " + q.possessed;
  if (!q.identifier_of.empty()) wanted += "  numbering: " + q.identifier_of;
  std::fprintf(out, "answer type: %s%s%s%s\n", q.answer_type.c_str(), q.head.empty() ? "" : "  (from \"",
               q.head.empty() ? "" : (q.head + "\")").c_str(), wanted.c_str());
  std::string ents;
  for (const auto& e : q.entities) {
    if (!ents.empty()) ents += ", ";
    ents += e.text + " = " + (e.id.empty() ? "(unresolved)" : e.id);
    for (const auto& a : e.alternatives) ents += " or " + a;
  }
  if (!q.citation_court.empty()) ents += (ents.empty() ? "" : "; ") + ("cited case's court " + q.citation_court);
  std::fprintf(out, "entities:    %s\n", ents.empty() ? "(none)" : ents.c_str());
  std::string syn;
  for (const auto& s : q.synonyms) syn += (syn.empty() ? "" : ", ") + s;
  std::fprintf(out, "relation:    %s%s%s%s%s\n", q.predicate.empty() ? "(none)" : q.predicate.c_str(),
               q.cue.empty() ? "" : ("  (cue \"" + q.cue + "\")").c_str(), syn.empty() ? "" : "  synonyms: ",
               syn.c_str(), q.negated ? "  [negated]" : "");
  std::string terms;
  for (const auto& t : q.terms) terms += (terms.empty() ? "" : " ") + t;
  std::fprintf(out, "terms:       %s\n\n", terms.empty() ? "(none)" : terms.c_str());
}

void write_answer_text(std::FILE* out, const AskResult& result, const TextStyle& style) {
  if (style.explain) write_interpretation(out, result.interpretation);
  if (result.answers.empty()) {
    std::fprintf(out, "No answer found for: %s\n", result.interpretation.question.c_str());
    if (!result.closest.empty()) std::fprintf(out, "\nClosest passages:\n");
    for (const auto& p : result.closest) {
      std::fprintf(out, "  - %s\n    \"%s\"\n", meta(p.evidence).c_str(), one_line(p.evidence.text).c_str());
    }
    return;
  }
  std::size_t rank = 0;
  for (const auto& a : result.answers) {
    std::fprintf(out, "%zu. %s%s%s  (%s%s%s, score %.2f)\n", ++rank, style.terminal ? "\x1b[1m" : "", a.text.c_str(),
                 style.terminal ? "\x1b[0m" : "", a.type.c_str(), a.entity.empty() ? "" : " ",
                 a.entity.c_str(), a.score);
    for (const auto& ev : a.evidence) {
      std::fprintf(out, "   %s\n     \"%s\"\n", meta(ev).c_str(), marked(ev, style).c_str());
    }
  }
}

}  // namespace lexgraph::ask
