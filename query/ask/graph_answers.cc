#include "ask/graph_answers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

// Endpoints and qualifiers tie a relation to the question more surely than
// a name that merely occurs in its sentence.
constexpr double kEndpointMatch = 2.0;
constexpr double kQualifierMatch = 1.5;
constexpr double kTextMatch = 1.0;
// A cited case's year, which its citation states: as sure as a relation the
// question names.
constexpr double kCitedYearBonus = 2.0;

bool names_in(std::string_view text, const std::vector<std::string>& aliases) {
  for (const auto& a : aliases) {
    if (a.size() >= 2 && find_word(text, a) != std::string_view::npos) return true;
  }
  return false;
}

// The documents deciding a case the question names, by path (a relation's
// evidence document), each with that case's id.
std::vector<std::pair<std::string, std::string>> deciding_documents(const KnowledgeGraph& graph, const QuestionAnalysis& q) {
  std::vector<std::pair<std::string, std::string>> out;
  const GraphStorage& g = graph.storage();
  for (const auto& qe : q.entities) {
    if (qe.type != "case" || qe.id.empty()) continue;
    const auto v = graph.find(qe.id);
    if (!v) continue;
    for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it) {
      const std::string& doc = g[boost::source(*it, g)].id;
      if (g[*it].predicate == "decides" && doc.starts_with("doc:")) out.emplace_back(doc.substr(4), qe.id);
    }
  }
  return out;
}

// How strongly the relation concerns the question's entities; 0: not at all.
// `deciding`: deciding_documents; a relation stated in the document deciding
// a case the question names concerns that case.
double relevance(const GraphStorage& g, const GraphEdge& e, VertexId s, VertexId o, const QuestionAnalysis& q,
                 const std::vector<std::pair<std::string, std::string>>& deciding) {
  double score = 0;
  for (const auto& qe : q.entities) {
    if (!qe.id.empty() && (g[s].id == qe.id || g[o].id == qe.id)) {
      score += kEndpointMatch;
      continue;
    }
    const bool stated_in_its_document = std::any_of(deciding.begin(), deciding.end(), [&](const auto& d) {
      return d.second == qe.id && d.first == e.evidence.document;
    });
    if (stated_in_its_document) {
      score += kTextMatch;
      continue;
    }
    bool in_qualifier = false;
    for (const auto& [k, v] : e.qualifiers) {
      if (!qe.id.empty() && v == qe.id) in_qualifier = true;
    }
    if (in_qualifier) {
      score += kQualifierMatch;
    } else if (names_in(e.evidence.text, qe.aliases) || names_in(e.object_text, qe.aliases)) {
      score += kTextMatch;
    }
  }
  return score;
}

}  // namespace

const std::string* qualifier(const GraphEdge& e, std::string_view name) {
  for (const auto& [k, v] : e.qualifiers) {
    if (k == name) return &v;
  }
  return nullptr;
}

Evidence evidence_of(const KnowledgeGraph& graph, const GraphEdge& e) {
  Evidence ev;
  ev.doc = e.evidence.document;
  ev.sentence = e.evidence.sentence;
  ev.start = e.evidence.start;
  ev.end = e.evidence.end;
  ev.text = e.evidence.text;
  if (auto d = graph.find("doc:" + e.evidence.document)) {
    const GraphVertex& dv = graph.storage()[*d];
    ev.title = dv.name;
    for (const auto& [k, v] : dv.attrs) {
      if (k == "court") ev.court = v;
      if (k == "date") ev.date = v;
    }
  }
  return ev;
}

// The vertex as the evidence sentence names it, highlighted there.
void name_in_evidence(const GraphVertex& v, Answer& a) {
  Evidence& ev = a.evidence.front();
  std::vector<std::string> names = v.aliases;
  names.push_back(v.name);
  std::size_t best = std::string::npos;
  std::string best_name;
  for (const auto& n : names) {
    if (n.size() < 2) continue;
    std::size_t at = find_word(ev.text, n);
    if (at != std::string::npos && (best == std::string::npos || n.size() > best_name.size())) {
      best = at;
      best_name = n;
    }
  }
  if (best != std::string::npos) {
    // A person's answer is the full name ("James C. McReynolds"), not the
    // form one sentence happens to use ("McREYNOLDS"); other things are
    // named as the sentence words them ("the court orders").
    a.text = (v.type == "judge" || v.type == "person") && !v.name.empty() ? v.name : best_name;
    if (v.type == "court") a.text = court_as_cited(a.text, v.name);
    ev.highlight = std::make_pair(best, best + best_name.size());
  } else {
    a.text = v.name.empty() ? v.id : v.name;
  }
}

std::vector<std::string> number_spellings(double value) {
  std::vector<std::string> out;
  if (!(value >= 0) || value > 1e15) return out;
  char buf[64];
  const auto whole = static_cast<long long>(std::llround(value));
  if (std::fabs(value - static_cast<double>(whole)) < 1e-9) {
    std::string digits = std::to_string(whole);
    std::string commas;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) commas += ',';
      commas += digits[i];
    }
    out.push_back(commas);
    if (commas != digits) out.push_back(digits);
  }
  for (auto [scale, word] : {std::pair{1e9, "billion"}, std::pair{1e6, "million"}, std::pair{1e3, "thousand"}}) {
    if (value >= scale) {
      std::snprintf(buf, sizeof buf, "%g %s", value / scale, word);
      out.push_back(buf);
      break;
    }
  }
  return out;
}

// Answers from relations that touch the question's entities.
static std::vector<Answer> relation_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q) {
  std::vector<Answer> out;
  const GraphStorage& g = graph.storage();
  const bool any_predicate = q.predicate.empty();
  const bool role = q.answer_type == "role";
  auto wanted = [&](const std::string& p) {
    if (p == "mentions") return false;
    if (role) return p == "holds_role";
    if (any_predicate) return p != "cites" && p != "part_of";
    return p == q.predicate || std::find(q.related.begin(), q.related.end(), p) != q.related.end();
  };
  // Without a cue, only relations touching a named entity can answer.
  if ((any_predicate || role) && q.entities.empty()) return out;

  // The edges to read: those touching the question's entities when the
  // graph knows any of them (a few hundred, not the whole graph); every
  // edge otherwise. Relations naming an entity only in a qualifier or in
  // their sentence are then left to the passages.
  std::vector<EdgeId> edges;
  for (const auto& qe : q.entities) {
    auto v = qe.id.empty() ? std::nullopt : graph.find(qe.id);
    if (!v) continue;
    for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) edges.push_back(*it);
    for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it) edges.push_back(*it);
  }
  // One step further along the asked relation: "the IRS violated § 6103"
  // leads to the judge's finding of that violation (violator: IRS).
  std::vector<VertexId> visited;
  const std::size_t direct = edges.size();
  for (std::size_t i = 0; i < direct; ++i) {
    if (!wanted(g[edges[i]].predicate)) continue;
    for (VertexId end : {boost::source(edges[i], g), boost::target(edges[i], g)}) {
      if (is_question_entity(q, g[end].id) || g[end].type == "document") continue;
      if (std::find(visited.begin(), visited.end(), end) != visited.end()) continue;
      visited.push_back(end);
      for (auto [it, last] = boost::out_edges(end, g); it != last; ++it) edges.push_back(*it);
      for (auto [it, last] = boost::in_edges(end, g); it != last; ++it) edges.push_back(*it);
    }
  }
  const bool any_resolved = std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) {
    return !e.id.empty() && graph.find(e.id).has_value();
  });
  // Without a cue, only relations touching a named entity the graph knows can answer.
  if ((any_predicate || role) && !any_resolved) return out;
  if (!any_resolved) {
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      if (wanted(g[*it].predicate)) edges.push_back(*it);
    }
  }
  // "In Helvering v. Mountain Producers Corp., which court reversed the
  // Board of Tax Appeals' decision": the relations of the asked kind that
  // the case's own opinion states, whatever entities they join.
  const std::vector<std::pair<std::string, std::string>> deciding = deciding_documents(graph, q);
  if (!any_predicate && !role && !deciding.empty()) {
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      const GraphEdge& e = g[*it];
      if (!wanted(e.predicate)) continue;
      if (std::any_of(deciding.begin(), deciding.end(), [&](const auto& d) { return d.first == e.evidence.document; })) {
        edges.push_back(*it);
      }
    }
  }
  std::vector<const GraphEdge*> seen;
  for (const EdgeId& edge : edges) {
    const GraphEdge& e = g[edge];
    if (!wanted(e.predicate) || e.evidence.text.empty()) continue;
    if (is_negated(e) != q.negated) continue;
    if (std::find(seen.begin(), seen.end(), &e) != seen.end()) continue;  // touches two question entities
    seen.push_back(&e);
    const VertexId s = boost::source(edge, g), o = boost::target(edge, g);
    const double rel = relevance(g, e, s, o, q, deciding);
    if (!q.entities.empty() && rel == 0) continue;
    double score = kGraphBase + rel + e.confidence + (e.predicate == q.predicate ? 0.5 : 0.0);
    if (any_predicate) score -= 1.5;  // a relation the question did not ask about

    auto emit = [&](Answer a) {
      a.source = AnswerSource::graph;
      a.score = score;
      out.push_back(std::move(a));
    };
    if (role) {
      if (!is_question_entity(q, g[s].id)) continue;
      const std::string* r = qualifier(e, "role");
      if (!r || r->empty() || !accepts_role(q, *r)) continue;
      Answer a;
      a.type = "role";
      a.text = *r;
      a.evidence.push_back(evidence_of(graph, e));
      if (std::size_t at = a.evidence.front().text.find(*r); at != std::string::npos) {
        a.evidence.front().highlight = std::make_pair(at, at + r->size());
      }
      emit(std::move(a));
      continue;
    }
    if (q.answer_type == "figure" || q.answer_type == "money") {
      const std::string* c = qualifier(e, "count");
      if (!c) continue;
      char* end = nullptr;
      double value = std::strtod(c->c_str(), &end);
      if (end == c->c_str()) continue;
      Answer a;
      a.type = "figure";
      a.number_value = value;
      a.evidence.push_back(evidence_of(graph, e));
      a.text = *c;
      for (const auto& spelled : number_spellings(value)) {
        if (std::size_t at = a.evidence.front().text.find(spelled); at != std::string::npos) {
          a.text = spelled;
          a.evidence.front().highlight = std::make_pair(at, at + spelled.size());
          break;
        }
      }
      emit(std::move(a));
      continue;
    }
    if (q.answer_type == "date") {
      // "When did X grant ...": the date the relation carries.
      const std::string* d = qualifier(e, "date");
      if (!d || d->empty()) continue;
      Answer a;
      a.type = "date";
      a.text = *d;
      a.string_value = *d;
      a.evidence.push_back(evidence_of(graph, e));
      emit(std::move(a));
      continue;
    }
    for (VertexId end : {s, o}) {
      const GraphVertex& v = g[end];
      if (v.type == "document" || is_question_entity(q, v.id) || !accepts_type(q, v.type)) continue;
      Answer a;
      a.type = v.type;
      a.entity = v.id;
      a.evidence.push_back(evidence_of(graph, e));
      name_in_evidence(v, a);
      emit(std::move(a));
    }
  }
  return out;
}

namespace {

// "In what year was National Bellas Hess v. Department of Revenue decided,
// as the Brohl concurrence cites it": a case the corpus only cites is known
// by its citation, whose parenthetical gives the year. The citing sentence
// that writes the year is the evidence, from the document the search found
// best among those citing it. A case one of the documents decides is dated
// by that document instead (its own date, in the passages).
void cited_case_years(const KnowledgeGraph& graph, const QuestionAnalysis& q,
                      const std::vector<std::string>& found_documents, std::vector<Answer>& out) {
  if (q.answer_type != "date" || !(q.date_role.empty() || q.date_role == "decided")) return;
  const GraphStorage& g = graph.storage();
  for (const QuestionEntity& qe : q.entities) {
    if (qe.type != "case" || qe.id.empty()) continue;
    const auto v = graph.find(qe.id);
    if (!v) continue;
    std::string year;
    for (const auto& [k, value] : g[*v].attrs) {
      if (k == "year") year = value;
    }
    if (year.size() != 4) continue;
    bool decided_here = false;
    const GraphEdge* best = nullptr;
    std::size_t best_rank = found_documents.size();
    for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it) {
      const GraphEdge& e = g[*it];
      if (e.predicate == "decides") decided_here = true;
      if (e.predicate != "cites" || e.evidence.text.find("(" + year) == std::string::npos) continue;
      const auto found = std::find(found_documents.begin(), found_documents.end(), e.evidence.document);
      const std::size_t rank = static_cast<std::size_t>(found - found_documents.begin());
      if (!best || rank < best_rank) {
        best = &e;
        best_rank = rank;
      }
    }
    if (decided_here || !best) continue;
    Answer a;
    a.type = "date";
    a.text = year;
    a.string_value = year;
    a.source = AnswerSource::graph;
    a.score = kGraphBase + kCitedYearBonus + best->confidence;
    a.evidence.push_back(evidence_of(graph, *best));
    if (const std::size_t at = a.evidence.front().text.find("(" + year); at != std::string::npos) {
      a.evidence.front().highlight = std::make_pair(at + 1, at + 1 + year.size());
    }
    out.push_back(std::move(a));
  }
}

}  // namespace

std::vector<Answer> graph_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q,
                                  const std::vector<std::string>& found_documents) {
  // The graph keeps no relation for a judge who took no part: any of its
  // answers (the court's authors, its relations) would be another judge.
  if (q.abstention) return {};
  std::vector<Answer> out = relation_answers(graph, q);
  cited_case_years(graph, q, found_documents, out);
  // A judge by role; "Who disagreed with the majority in A v. B?" asks for
  // a judge too, whatever type the question's words gave.
  bool by_role = q.answer_type == "judge";
  if (!by_role && (q.answer_type == "person" || q.answer_type == "entity")) {
    const auto roles = asked_judge_roles(q.question);
    by_role = !roles.empty() && roles.front() == "dissent";
  }
  if (by_role) {
    for (Answer& a : judge_role_answers(graph, q, found_documents)) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace lexgraph::ask
