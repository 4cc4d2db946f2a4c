#include "read/cap_case.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "read/html_text.h"
#include "read/json_fields.h"
#include "read/text_date.h"

namespace lexgraph {
namespace {

void add_judge(Document& doc, std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  if (name.empty()) return;
  if (std::find(doc.judges.begin(), doc.judges.end(), name) == doc.judges.end()) doc.judges.emplace_back(name);
}

void append_paragraph(std::string& text, std::string_view paragraph) {
  if (is_blank_text(paragraph)) return;
  if (!text.empty()) text += "\n\n";
  text += paragraph;
}

// The official citation when CAP marks one, else the first listed.
std::string choose_citation(const rapidjson::Value& case_object) {
  const rapidjson::Value* cites = json_array(case_object, "citations");
  if (!cites) return {};
  std::string first;
  for (const rapidjson::Value& c : cites->GetArray()) {
    std::string_view cite = json_string(c, "cite");
    if (cite.empty()) continue;
    if (json_string(c, "type") == "official") return std::string(cite);
    if (first.empty()) first = cite;
  }
  return first;
}

// casebody in text form: {head_matter, judges, opinions: [{type, author, text}]}.
void read_structured_body(const rapidjson::Value& body, Document& doc) {
  append_paragraph(doc.text, json_string(body, "head_matter"));
  if (const rapidjson::Value* opinions = json_array(body, "opinions")) {
    for (const rapidjson::Value& opinion : opinions->GetArray()) {
      std::string_view author = json_string(opinion, "author");
      std::string_view text = json_string(opinion, "text");
      std::string_view lead = text.substr(0, std::min<std::size_t>(text.size(), author.size() + 64));
      if (!is_blank_text(author) && lead.find(author) == std::string_view::npos)
        append_paragraph(doc.text, author);
      append_paragraph(doc.text, text);
      add_judge(doc, author);
    }
  }
  if (const rapidjson::Value* judges = json_array(body, "judges"))
    for (const rapidjson::Value& j : judges->GetArray())
      if (j.IsString()) add_judge(doc, {j.GetString(), j.GetStringLength()});
}

}  // namespace

bool looks_like_cap_case(const rapidjson::Value& object) {
  if (!object.IsObject()) return false;
  return json_has(object, "casebody") ||
         (json_has(object, "name_abbreviation") && json_has(object, "decision_date"));
}

ReadResult read_cap_case(const rapidjson::Value& case_object) {
  ReadResult result;
  Document doc;
  doc.format = "cap";
  doc.kind = "opinion";

  const rapidjson::Value* casebody = json_object(case_object, "casebody");
  if (!casebody)
    return ReadResult::failure("CAP case has no casebody (metadata only, no text)");
  auto data = casebody->FindMember("data");
  if (data == casebody->MemberEnd()) {
    read_structured_body(*casebody, doc);  // 2024 static export
  } else if (data->value.IsObject()) {
    read_structured_body(data->value, doc);  // API, body_format=text
  } else if (data->value.IsString()) {
    // API, body_format=html or xml.
    HtmlText converted = html_to_text({data->value.GetString(), data->value.GetStringLength()});
    if (!converted.error.empty()) return ReadResult::failure("CAP casebody: " + converted.error);
    doc.text = std::move(converted.text);
  }
  if (is_blank_text(doc.text)) {
    std::string_view status = json_string(*casebody, "status");
    return ReadResult::failure("CAP case has no text" +
                               (status.empty() ? std::string() : " (casebody status \"" + std::string(status) + "\")"));
  }

  doc.title = json_string(case_object, "name");
  if (doc.title.empty()) doc.title = json_string(case_object, "name_abbreviation");
  std::string_view decided = json_string(case_object, "decision_date");
  if (!decided.empty()) {
    if (std::optional<std::string> iso = normalize_date(decided)) doc.date = *iso;
    else result.warnings.push_back("decision_date: unrecognised date \"" + std::string(decided) + "\"");
  }
  doc.docket = json_string(case_object, "docket_number");
  if (const rapidjson::Value* court = json_object(case_object, "court")) doc.court = json_string(*court, "name");
  else doc.court = json_string(case_object, "court");
  doc.citation = choose_citation(case_object);
  doc.source = json_string(case_object, "frontend_url");
  if (doc.source.empty()) doc.source = json_string(case_object, "url");
  if (doc.source.empty()) {
    std::string id = json_scalar_text(case_object, "id");
    doc.source = "Caselaw Access Project" + (id.empty() ? std::string() : " case " + id);
  }

  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
