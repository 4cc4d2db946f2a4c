// Case citations and dockets over every real document (../shared/corpus-real):
// never a crash, spans in range, no overlaps within a type; prints counts by
// form and the extractors' speed. Also checks recall against the citations
// CourtListener marked in its own copies of the opinions (*.orig.json,
// html_with_citations) wherever the same citation is in our text.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/citations/case_citations.h"
#include "normalize/normalizer.h"
#include "read/text_reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

struct Prepared {
  std::string path;
  Document doc;
  std::string text;
  Segmentation segments;
};

std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<Prepared> real_documents(const std::string& dir) {
  std::vector<Prepared> out;
  SentenceSplitter splitter;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ReadResult read = read_text(read_bytes(entry.path()));
    if (!read.ok() || read.documents.empty()) continue;
    Prepared p;
    p.path = entry.path().string();
    p.doc = std::move(read.documents[0]);
    p.text = normalize(p.doc.text).text;
    p.segments = splitter.split(p.text);
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const Prepared& a, const Prepared& b) { return a.path < b.path; });
  return out;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out.push_back(c);
  return out;
}

// "<span class="volume">607</span> <span class="reporter">F.3d</span> <span class="page">277</span>"
// inside the JSON string html_with_citations (quotes escaped there).
std::vector<std::string> courtlistener_citations(const std::string& json) {
  std::string html;
  html.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\\' && i + 1 < json.size() && (json[i + 1] == '"' || json[i + 1] == '/')) continue;
    html.push_back(json[i]);
  }
  std::vector<std::string> out;
  const std::string v = "<span class=\"volume\">", r = "<span class=\"reporter\">", p = "<span class=\"page\">";
  for (std::size_t i = html.find(v); i != std::string::npos; i = html.find(v, i + 1)) {
    std::size_t a = i + v.size(), ae = html.find('<', a);
    std::size_t b = html.find(r, ae);
    if (b == std::string::npos || b - ae > 12) continue;
    b += r.size();
    std::size_t be = html.find('<', b);
    std::size_t c = html.find(p, be);
    if (c == std::string::npos || c - be > 12) continue;
    c += p.size();
    std::size_t ce = html.find('<', c);
    out.push_back(html.substr(a, ae - a) + "|" + without_spaces(html.substr(b, be - b)) + "|" + html.substr(c, ce - c));
  }
  return out;
}

std::string attr_text(const Mention& m, const char* key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return "";
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  if (const auto* d = std::get_if<double>(&it->second)) return std::to_string(static_cast<long long>(*d));
  return "";
}

}  // namespace

TEST_CASE("case citations and dockets over corpus-real: sound spans, counts, speed, recall") {
  const std::string dir = std::string(LEXGRAPH_SHARED_DIR) + "/corpus-real";
  if (!std::filesystem::exists(dir)) {
    MESSAGE("skipped: " << dir << " not present");
    return;
  }
  std::vector<Prepared> docs = real_documents(dir);
  REQUIRE(docs.size() > 300);
  std::map<std::string, std::size_t> by_form;
  std::size_t bytes = 0, with_entity = 0, cases = 0, dockets = 0;
  std::size_t cl_total = 0, cl_found = 0;
  double seconds = 0;
  for (const Prepared& p : docs) {
    ExtractionContext ctx{p.doc, p.text, p.segments};
    std::vector<Mention> out;
    auto t0 = std::chrono::steady_clock::now();
    extract_case_citations(ctx, out);
    extract_dockets(ctx, out);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    bytes += p.text.size();
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> spans;
    std::set<std::string> found_cites;
    for (const Mention& m : out) {
      INFO(p.path << " [" << p.text.substr(m.start, std::min<std::size_t>(m.end - m.start, 200)) << "]");
      REQUIRE(m.start < m.end);
      REQUIRE(m.end <= p.text.size());
      CHECK((m.type == "case" || m.type == "docket"));
      spans[m.type].push_back({m.start, m.end});
      if (m.type == "case") {
        ++cases;
        ++by_form[attr_text(m, "form")];
        with_entity += m.entity.empty() ? 0 : 1;
        found_cites.insert(attr_text(m, "volume") + "|" + without_spaces(attr_text(m, "reporter")) + "|" +
                           attr_text(m, "page"));
      } else {
        ++dockets;
      }
    }
    for (auto& [type, list] : spans) {
      std::sort(list.begin(), list.end());
      for (std::size_t i = 1; i < list.size(); ++i) {
        INFO(p.path << " " << type << " overlap at " << list[i].first);
        CHECK(list[i - 1].second <= list[i].first);
      }
    }
    // Recall against CourtListener's own markup, for citations our text has too.
    std::string json = p.path.substr(0, p.path.size() - 4) + ".orig.json";
    if (std::filesystem::exists(json)) {
      std::string flat = without_spaces(p.text);
      for (const std::string& cite : courtlistener_citations(read_bytes(json))) {
        std::string v = cite.substr(0, cite.find('|'));
        std::string rest = cite.substr(cite.find('|') + 1);
        std::string r = rest.substr(0, rest.find('|')), pg = rest.substr(rest.find('|') + 1);
        // Only where the text has this citation, followed by a non-digit.
        std::size_t at = flat.find(v + r + pg);
        bool present = false;
        while (at != std::string::npos && !present) {
          std::size_t e = at + v.size() + r.size() + pg.size();
          present = (at == 0 || !std::isdigit(static_cast<unsigned char>(flat[at - 1]))) &&
                    (e >= flat.size() || !std::isdigit(static_cast<unsigned char>(flat[e])));
          at = flat.find(v + r + pg, at + 1);
        }
        if (!present || !std::isdigit(static_cast<unsigned char>(pg[0]))) continue;
        ++cl_total;
        cl_found += found_cites.count(cite);
      }
    }
  }
  MESSAGE(docs.size() << " documents, " << bytes / 1e6 << " MB: " << cases << " case mentions ("
                      << with_entity << " with an entity), " << dockets << " dockets");
  for (const auto& [form, n] : by_form) MESSAGE("  form " << form << ": " << n);
  MESSAGE("speed (both extractors): " << bytes / 1e6 / seconds << " MB/s");
  MESSAGE("CourtListener-marked citations present in our text: " << cl_total << ", found " << cl_found);
  CHECK(cases > 10000);
  CHECK(dockets > 300);
  if (cl_total > 0) CHECK(static_cast<double>(cl_found) / cl_total > 0.95);
}
