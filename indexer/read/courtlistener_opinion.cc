#include "read/courtlistener_opinion.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "read/courtlistener_text.h"
#include "read/html_text.h"
#include "read/json_fields.h"
#include "read/text_date.h"

namespace lexgraph {
namespace {

constexpr std::string_view kSite = "https://www.courtlistener.com";

// Renderings of the opinion, best first. html_with_citations is generated
// by CourtListener from the best source it has, so it leads.
constexpr std::array<const char*, 6> kMarkupFields = {
    "html_with_citations", "html_columbia", "html_lawbox", "xml_harvard", "html_anon_2020", "html"};

constexpr std::array<const char*, 9> kBookkeepingFields = {
    "resource_uri", "absolute_url", "author_str", "type", "cluster",
    "cluster_id", "download_url", "per_curiam", "joined_by"};

// A field of the opinion, or of its cluster when the API expanded it.
std::string_view opinion_or_cluster(const rapidjson::Value& opinion, const char* key) {
  std::string_view v = json_string(opinion, key);
  if (!v.empty()) return v;
  if (const rapidjson::Value* cluster = json_object(opinion, "cluster")) return json_string(*cluster, key);
  return {};
}

// The court's identifier from its own web address: CourtListener keeps the
// court's download URL ("http://www.ca1.uscourts.gov/..."), and every
// federal court's host is <court id>.uscourts.gov.
std::string court_from_url(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find('/'));
  constexpr std::string_view kSuffix = ".uscourts.gov";
  if (host.size() <= kSuffix.size() || host.substr(host.size() - kSuffix.size()) != kSuffix) return {};
  host.remove_suffix(kSuffix.size());
  std::size_t dot = host.rfind('.');
  std::string_view label = dot == std::string_view::npos ? host : host.substr(dot + 1);
  std::string court;
  for (char c : label) court += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return court;
}

// CourtListener files opinions under local_path ".../YYYY/MM/DD/name.pdf"
// by the date the court issued them; date_created is only when the record
// was made (years later for back-filled opinions), so it is not used.
std::string date_from_local_path(std::string_view path) {
  for (std::size_t i = 0; i + 12 <= path.size(); ++i) {
    if (path[i] != '/') continue;
    std::string_view candidate = path.substr(i + 1, 10);  // YYYY/MM/DD
    bool shaped = candidate[4] == '/' && candidate[7] == '/';
    for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
      shaped = shaped && std::isdigit(static_cast<unsigned char>(candidate[k]));
    if (!shaped || (i + 11 < path.size() && path[i + 11] != '/')) continue;
    std::string iso(candidate);
    iso[4] = iso[7] = '-';
    if (std::optional<std::string> ok = normalize_date(iso)) return *ok;
  }
  return {};
}

// v4 clusters list citations as {volume, reporter, page}; some exports as strings.
std::string first_citation(const rapidjson::Value& opinion) {
  const rapidjson::Value* list = json_array(opinion, "citations");
  if (!list) {
    if (const rapidjson::Value* cluster = json_object(opinion, "cluster")) list = json_array(*cluster, "citations");
  }
  if (!list) return {};
  for (const rapidjson::Value& c : list->GetArray()) {
    if (c.IsString() && c.GetStringLength() > 0) return c.GetString();
    std::string volume = json_scalar_text(c, "volume");
    std::string_view reporter = json_string(c, "reporter");
    std::string page = json_scalar_text(c, "page");
    if (!volume.empty() && !reporter.empty() && !page.empty())
      return volume + " " + std::string(reporter) + " " + page;
  }
  return {};
}

}  // namespace

bool looks_like_courtlistener_opinion(const rapidjson::Value& object) {
  if (!object.IsObject()) return false;
  bool has_text_field = json_has(object, "plain_text");
  for (const char* f : kMarkupFields) has_text_field = has_text_field || json_has(object, f);
  if (!has_text_field) return false;
  for (const char* f : kBookkeepingFields)
    if (json_has(object, f)) return true;
  return false;
}

ReadResult read_courtlistener_opinion(const rapidjson::Value& opinion) {
  ReadResult result;
  Document doc;
  doc.format = "courtlistener";
  doc.kind = "opinion";

  // plain_text first, decoded when CourtListener stored it HTML-escaped;
  // when it holds markup instead (a failed conversion), the html fields.
  std::string_view plain = json_string(opinion, "plain_text");
  bool plain_is_markup = starts_with_markup(plain);
  if (!is_blank_text(plain) && !plain_is_markup) {
    doc.text = decode_character_references(plain);
  } else {
    std::vector<const char*> fields(kMarkupFields.begin(), kMarkupFields.end());
    if (plain_is_markup) fields.push_back("plain_text");  // last resort
    for (const char* field : fields) {
      std::string_view markup = json_string(opinion, field);
      if (is_blank_text(markup)) continue;
      HtmlText converted = html_to_text(markup);
      if (!converted.error.empty()) {
        result.warnings.push_back(std::string(field) + ": " + converted.error);
        continue;
      }
      if (is_blank_text(converted.text)) continue;
      doc.text = std::move(converted.text);
      if (plain_is_markup && std::string_view(field) != "plain_text")
        result.warnings.push_back(std::string("plain_text holds markup, not text; read ") + field + " instead");
      break;
    }
  }
  if (doc.text.empty())
    return ReadResult::failure("CourtListener opinion has no text (plain_text and every html field are empty)");

  doc.title = opinion_or_cluster(opinion, "case_name");
  if (doc.title.empty()) doc.title = opinion_or_cluster(opinion, "caseName");

  std::string_view filed = opinion_or_cluster(opinion, "date_filed");
  if (filed.empty()) filed = opinion_or_cluster(opinion, "dateFiled");
  if (!filed.empty()) {
    if (std::optional<std::string> iso = normalize_date(filed)) doc.date = *iso;
    else result.warnings.push_back("date_filed: unrecognised date \"" + std::string(filed) + "\"");
  }
  if (doc.date.empty()) doc.date = date_from_local_path(json_string(opinion, "local_path"));

  std::string_view author = json_string(opinion, "author_str");
  if (!is_blank_text(author)) {
    doc.judges.emplace_back(author);
    doc.authors.emplace_back(author);
  }

  std::string_view court = opinion_or_cluster(opinion, "court");
  if (court.find("://") == std::string_view::npos) doc.court = court;  // v4 gives a URL for the court
  if (doc.court.empty()) doc.court = opinion_or_cluster(opinion, "court_id");
  if (doc.court.empty()) doc.court = court_from_url(json_string(opinion, "download_url"));

  doc.docket = opinion_or_cluster(opinion, "docket_number");
  if (doc.docket.empty()) doc.docket = opinion_or_cluster(opinion, "docketNumber");
  doc.citation = first_citation(opinion);

  std::string_view download = json_string(opinion, "download_url");
  std::string_view absolute = json_string(opinion, "absolute_url");
  if (!download.empty()) doc.source = download;
  else if (!absolute.empty()) doc.source = (absolute.front() == '/' ? std::string(kSite) : "") + std::string(absolute);
  else doc.source = json_string(opinion, "resource_uri");

  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
