#include "ask/answer_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_output.h"

namespace lexgraph::ask {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void evidence_json(Writer& w, const Evidence& ev) {
  w.StartObject();
  json::field(w, "doc", ev.doc);
  json::field(w, "title", ev.title);
  if (!ev.court.empty()) json::field(w, "court", ev.court);
  if (!ev.date.empty()) json::field(w, "date", ev.date);
  w.Key("sentence");
  w.Uint64(ev.sentence);
  w.Key("start");
  w.Uint64(ev.start);
  w.Key("end");
  w.Uint64(ev.end);
  json::field(w, "text", ev.text);
  if (ev.highlight) {
    w.Key("highlight");
    w.StartArray();
    w.Uint64(ev.highlight->first);
    w.Uint64(ev.highlight->second);
    w.EndArray();
  }
  w.EndObject();
}

const char* source_name(AnswerSource s) {
  switch (s) {
    case AnswerSource::graph: return "graph";
    case AnswerSource::both: return "both";
    case AnswerSource::passage: break;
  }
  return "passage";
}

}  // namespace

void write_answer_json(std::ostream& out, const AskResult& result) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  const QuestionAnalysis& q = result.interpretation;
  w.StartObject();
  json::field(w, "question", q.question);
  w.Key("interpretation");
  w.StartObject();
  json::field(w, "answer_type", q.answer_type);
  w.Key("entities");
  w.StartArray();
  for (const auto& e : q.entities) {
    w.StartObject();
    json::field(w, "text", e.text);
    json::field(w, "id", e.id);
    json::field(w, "type", e.type);
    if (!e.alternatives.empty()) {
      w.Key("alternatives");
      w.StartArray();
      for (const auto& a : e.alternatives) w.String(a.c_str(), static_cast<rapidjson::SizeType>(a.size()));
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("relation");
  w.StartObject();
  json::field(w, "predicate", q.predicate);
  json::field(w, "cue", q.cue);
  json::string_array(w, "synonyms", q.synonyms);
  w.Key("negated");
  w.Bool(q.negated);
  w.EndObject();
  json::string_array(w, "terms", q.terms);
  // What the answer must be besides its type, when the question says.
  if (!q.unit.empty()) json::field(w, "unit", q.unit);
  if (!q.unit_category.empty()) json::field(w, "unit_category", q.unit_category);
  if (!q.citation_court.empty()) json::field(w, "citation_court", q.citation_court);
  if (!q.date_role.empty()) json::field(w, "date_role", q.date_role);
  if (!q.bound.empty()) json::field(w, "bound", q.bound);
  if (!q.possessed.empty()) json::field(w, "possessed", q.possessed);
  if (!q.defined_term.empty()) json::field(w, "defined_term", q.defined_term);
  if (!q.identifier_of.empty()) json::field(w, "identifier_of", q.identifier_of);
  w.EndObject();
  w.Key("answers");
  w.StartArray();
  for (const auto& a : result.answers) {
    w.StartObject();
    json::field(w, "text", a.text);
    json::field(w, "type", a.type);
    json::field(w, "entity", a.entity);
    w.Key("value");
    if (a.number_value) w.Double(*a.number_value);
    else if (!a.string_value.empty()) json::string(w, a.string_value);
    else w.Null();
    w.Key("score");
    w.Double(a.score);
    json::field(w, "source", source_name(a.source));
    w.Key("evidence");
    w.StartArray();
    for (const auto& ev : a.evidence) evidence_json(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  if (result.answers.empty()) {
    w.Key("closest");
    w.StartArray();
    for (const auto& p : result.closest) {
      w.StartObject();
      json::field(w, "doc", p.evidence.doc);
      json::field(w, "title", p.evidence.title);
      w.Key("sentence");
      w.Uint64(p.evidence.sentence);
      json::field(w, "text", p.evidence.text);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out << '\n';
}

}  // namespace lexgraph::ask
