#include "read/json_scotus_docket.h"

#include <cctype>
#include <string>

#include "read/json_fields.h"
#include "read/text_date.h"

namespace lexgraph {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

void append_line(std::string& text, std::string_view label, std::string_view value) {
  value = trim(value);
  if (value.empty()) return;
  text += label;
  text += value;
  text += '\n';
}

// "Jonah Joshua Horwitz (counsel of record), Federal Defender Services, for Thomas Creech"
void append_counsel(std::string& text, const rapidjson::Value& docket, const char* list_key,
                    const char* header_key) {
  const rapidjson::Value* list = json_array(docket, list_key);
  if (!list || list->Empty()) return;
  std::string_view header = json_string(docket, header_key);
  text += "\n";
  text += header.empty() ? std::string_view(list_key) : trim(header);
  text += ":\n";
  for (const rapidjson::Value& a : list->GetArray()) {
    std::string_view name = trim(json_string(a, "Attorney"));
    if (name.empty()) continue;
    std::string line(name);
    if (a.IsObject() && a.HasMember("IsCounselofRecord") && a["IsCounselofRecord"].IsBool() &&
        a["IsCounselofRecord"].GetBool())
      line += " (counsel of record)";
    std::string_view office = trim(json_string(a, "Title"));
    if (!office.empty()) line += ", " + std::string(office);
    std::string_view party = trim(json_string(a, "PartyName"));
    if (!party.empty()) line += ", for " + std::string(party);
    text += line + "\n";
  }
}

}  // namespace

bool looks_like_scotus_docket(const rapidjson::Value& object) {
  return json_has(object, "CaseNumber") &&
         (json_has(object, "ProceedingsandOrder") || json_has(object, "DocketedDate") ||
          json_has(object, "PetitionerTitle"));
}

ReadResult read_scotus_docket(const rapidjson::Value& docket) {
  ReadResult result;
  Document doc;
  doc.format = "json";
  doc.kind = "docket";
  doc.court = "Supreme Court of the United States";

  // "23A999 *** CAPITAL CASE ***": the number is the first word.
  std::string_view number = trim(json_string(docket, "CaseNumber"));
  doc.docket = number.substr(0, number.find(' '));
  doc.source = "Supreme Court docket " + doc.docket;

  std::string_view petitioner = trim(json_string(docket, "PetitionerTitle"));
  std::string_view respondent = trim(json_string(docket, "RespondentTitle"));
  doc.title = petitioner;
  if (!respondent.empty()) doc.title += (doc.title.empty() ? "" : " v. ") + std::string(respondent);

  std::string_view docketed = json_string(docket, "DocketedDate");
  if (!docketed.empty()) {
    if (std::optional<std::string> iso = normalize_date(docketed)) doc.date = *iso;
    else result.warnings.push_back("DocketedDate: unrecognised date \"" + std::string(docketed) + "\"");
  }

  std::string& text = doc.text;
  append_line(text, "", doc.title);
  append_line(text, "Docket No. ", number);
  append_line(text, "Docketed: ", docketed);
  append_line(text, "Lower court: ", json_string(docket, "LowerCourt"));
  append_line(text, "Lower court case numbers: ", json_string(docket, "LowerCourtCaseNumbers"));
  append_line(text, "Lower court decision: ", json_string(docket, "LowerCourtDecision"));
  append_line(text, "", json_string(docket, "Links"));
  if (const rapidjson::Value* proceedings = json_array(docket, "ProceedingsandOrder")) {
    text += "\nProceedings and orders:\n";
    for (const rapidjson::Value& p : proceedings->GetArray()) {
      std::string_view entry = trim(json_string(p, "Text"));
      if (entry.empty()) continue;
      std::string_view date = trim(json_string(p, "Date"));
      text += "\n";
      if (!date.empty()) text += std::string(date) + ": ";
      text += std::string(entry) + "\n";
    }
  }
  append_counsel(text, docket, "Petitioner", "AttorneyHeaderPetitioner");
  append_counsel(text, docket, "Respondent", "AttorneyHeaderRespondent");
  append_counsel(text, docket, "Other", "AttorneyHeaderOther");

  if (is_blank_text(text)) return ReadResult::failure("Supreme Court docket has no content");
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
