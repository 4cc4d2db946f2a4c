#include "ask/ask_engine.h"

#include "ask/answer_merge.h"
#include "ask/docket_entries.h"
#include "ask/graph_answers.h"
#include "ask/passage_answers.h"
#include "ask/question_analysis.h"
#include "ask/text_match.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::ask {

namespace {

// Passages name entities by the ids of their own document; the graph may
// have merged such an id into another (a surname into the full name, a
// docket into its case). Answers use the graph's id and name, so one
// entity is one answer whichever document supports it.
void use_graph_identities(const KnowledgeGraph& graph, std::vector<Answer>& answers) {
  for (Answer& a : answers) {
    if (a.entity.empty()) continue;
    const auto v = graph.find(a.entity);
    if (!v) continue;
    const GraphVertex& vertex = graph.storage()[*v];
    if (vertex.id == a.entity) continue;
    a.entity = vertex.id;
    if (!vertex.name.empty()) a.text = vertex.name;
  }
}

// "How many pounds", "how many lbs": the unit as figures carry it
// ("pounds"); "" when the word after "how many" is no unit we know.
std::string normalized_unit(const std::string& written) {
  if (written.empty()) return {};
  const auto& units = figures::figure_vocabulary().units;
  auto unit = units.find(written);
  return unit == units.end() ? std::string() : unit->second.unit;
}

// "How much was the verdict", not "about how much" or "roughly what
// number": an amount or a count asked exactly.
bool asks_exactly(const QuestionAnalysis& q) {
  if (q.answer_type != "money" && q.answer_type != "figure") return false;
  const std::string lower = to_lower(q.question);
  for (std::string_view w :
       {"about", "approximately", "approximate", "roughly", "nearly", "almost", "around", "estimated", "some"})
    if (find_word(lower, w) != std::string::npos) return false;
  return true;
}

}  // namespace

AskResult ask(std::string_view question, const Xapian::Database* db, const KnowledgeGraph* graph,
              const AskOptions& options) {
  AskResult result;
  result.interpretation = analyze_question(question, graph);
  PassageResults passages;
  if (db) passages = passage_answers(*db, result.interpretation);
  std::vector<Answer> from_graph;
  if (graph) from_graph = graph_answers(*graph, result.interpretation, passages.documents);
  if (graph) use_graph_identities(*graph, passages.answers);
  MergeOptions merge;
  merge.top = options.top;
  merge.preferred_types = result.interpretation.preferred_types;
  merge.asked_unit = normalized_unit(result.interpretation.unit);
  if (!passages.documents.empty()) merge.focus_document = passages.documents.front();
  // "Which federal agency arrested Abel": a bureau or department is asked,
  // and "the Government" itself is no answer while one is found.
  if (result.interpretation.answer_type == "agency" &&
      one_of(result.interpretation.head_noun,
             {"agency", "agencies", "bureau", "bureaus", "department", "departments", "office", "offices", "regulator",
              "regulators", "component", "components", "division", "divisions", "subagency", "subagencies", "service",
              "services"}))
    merge.generic_entities = {"agency:united-states"};
  const QuestionAnalysis& q = result.interpretation;
  merge.things_counted = q.answer_type == "figure" && !q.unit.empty() && q.unit_category.empty() &&
                         (unit_category(q.unit).empty() || unit_category(q.unit) == "count");
  merge.exact_asked = asks_exactly(q);
  // "When did ...", "on what day": a day is asked ("in what year" is not).
  merge.prefer_full_dates =
      result.interpretation.answer_type == "date" &&
      (one_of(result.interpretation.head_noun, {"day", "date", "dates"}) || result.interpretation.head == "when");
  result.answers = merge_answers(std::move(from_graph), std::move(passages.answers), merge);
  if (db) widen_docket_evidence(*db, result.answers);
  result.closest = std::move(passages.closest);
  return result;
}

}  // namespace lexgraph::ask
