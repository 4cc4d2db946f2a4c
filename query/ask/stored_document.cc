#include "ask/stored_document.h"

#include <rapidjson/document.h>

namespace lexgraph::ask {

namespace {

std::string string_of(const rapidjson::Value& v) {
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : std::string();
}

std::string member(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? std::string() : string_of(it->value);
}

}  // namespace

namespace {

std::optional<StoredDocument> from_json(const rapidjson::Document& d) {
  if (d.HasParseError() || !d.IsObject()) return std::nullopt;
  StoredDocument out;
  out.id = member(d, "id");
  out.title = member(d, "title");
  out.kind = member(d, "kind");
  out.court = member(d, "court");
  out.date = member(d, "date");
  out.text = member(d, "text");
  auto judges = d.FindMember("judges");
  if (judges != d.MemberEnd() && judges->value.IsArray()) {
    for (const auto& j : judges->value.GetArray()) out.judges.push_back(string_of(j));
  }
  auto sentences = d.FindMember("sentences");
  if (sentences != d.MemberEnd() && sentences->value.IsArray()) {
    for (const auto& s : sentences->value.GetArray()) {
      if (!s.IsArray() || s.Size() < 2 || !s[0].IsUint64() || !s[1].IsUint64()) continue;
      std::size_t start = s[0].GetUint64(), end = s[1].GetUint64();
      if (start <= end && end <= out.text.size()) out.sentences.emplace_back(start, end);
    }
  }
  auto entities = d.FindMember("entities");
  if (entities != d.MemberEnd() && entities->value.IsArray()) {
    for (const auto& e : entities->value.GetArray()) {
      if (!e.IsArray() || e.Size() < 6) continue;
      StoredEntity se;
      se.id = string_of(e[0]);
      se.type = string_of(e[1]);
      se.name = string_of(e[2]);
      if (e[3].IsUint64()) se.count = static_cast<std::size_t>(e[3].GetUint64());
      if (e[4].IsArray()) {
        for (const auto& a : e[4].GetArray()) se.aliases.push_back(string_of(a));
      }
      if (e[5].IsObject()) {
        se.role = member(e[5], "role");
        se.court = member(e[5], "court");
        se.title = member(e[5], "title");
        se.unit = member(e[5], "unit");
        se.iso = member(e[5], "iso");
        auto value = e[5].FindMember("value");
        if (value != e[5].MemberEnd() && value->value.IsNumber()) se.value = value->value.GetDouble();
      }
      out.entities.push_back(std::move(se));
    }
  }
  return out;
}

}  // namespace

std::optional<StoredDocument> parse_stored_document(std::string_view data) {
  rapidjson::Document d;
  d.Parse(data.data(), data.size());
  return from_json(d);
}

std::optional<StoredDocument> parse_stored_document_in_place(std::string& data) {
  rapidjson::Document d;
  d.ParseInsitu(data.data());
  return from_json(d);
}

}  // namespace lexgraph::ask
