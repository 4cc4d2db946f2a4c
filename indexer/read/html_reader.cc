#include "read/html_reader.h"

#include <string>
#include <vector>

#include "read/html_page.h"
#include "read/text_date.h"
#include "read/text_title.h"

namespace lexgraph {
namespace {

const std::vector<std::string> kMetadataClasses = {"parties", "case_cite", "docket", "court", "date"};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Footnote marks hang off case names: "MARRON v. UNITED STATES.*".
std::string without_footnote_marks(std::string s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (std::string_view mark : {"*", "\xE2\x80\xA0", "\xE2\x80\xA1", " "}) {
      if (s.size() >= mark.size() && s.compare(s.size() - mark.size(), mark.size(), mark) == 0) {
        s.erase(s.size() - mark.size());
        changed = true;
      }
    }
  }
  return s;
}

// The first date found in a phrase such as "Decided Nov. 21, 1927.".
std::string date_in_phrase(std::string_view phrase) {
  while (!phrase.empty() && (phrase.back() == '.' || phrase.back() == ' ')) phrase.remove_suffix(1);
  std::size_t start = 0;
  while (start < phrase.size()) {
    if (auto date = normalize_date(phrase.substr(start))) return *date;
    std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return {};
}

std::string meta_date(const HtmlPage& page) {
  for (std::string_view key : {"date", "dc.date", "dcterms.date", "dc.date.issued", "citation_date",
                               "citation_publication_date", "article:published_time"})
    for (const auto& [name, content] : page.meta)
      if (name == key)
        if (auto date = normalize_date(content)) return *date;
  return {};
}

// Case HTML lists "Argued ..." and "Decided ..."; the decision date is the
// document's date.
std::string decision_date(const std::vector<std::string>& date_texts) {
  for (const std::string& t : date_texts)
    if (t.find("Decided") != std::string::npos || t.find("decided") != std::string::npos)
      if (std::string date = date_in_phrase(t); !date.empty()) return date;
  if (date_texts.size() == 1) return date_in_phrase(date_texts.front());
  return {};
}

std::string docket_number(std::string text) {
  for (std::string_view prefix : {"Nos. ", "No. ", "Docket No. "})
    if (starts_with(text, prefix)) {
      text.erase(0, prefix.size());
      break;
    }
  while (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

ReadResult read_html(std::string_view bytes) {
  HtmlPage page = parse_html_page(bytes, kMetadataClasses);
  if (!page.content.error.empty()) return ReadResult::failure(page.content.error);
  if (page.content.text.empty()) return ReadResult::failure("HTML page has no text");

  auto first = [&](const std::string& cls) -> std::string {
    auto it = page.text_by_class.find(cls);
    return it == page.text_by_class.end() || it->second.empty() ? std::string() : it->second.front();
  };
  Document doc;
  doc.format = "html";
  doc.title = page.content.title;
  if (doc.title.empty()) doc.title = without_footnote_marks(first("parties"));
  doc.citation = first("case_cite");
  doc.docket = docket_number(first("docket"));
  doc.court = first("court");
  doc.date = meta_date(page);
  if (doc.date.empty()) {
    auto it = page.text_by_class.find("date");
    if (it != page.text_by_class.end()) doc.date = decision_date(it->second);
  }
  // "Search - Supreme Court of the United States": a docket page's site
  // title; its caption ("Title: X, Petitioner / v. / Y") names the case.
  if (doc.title.find(" v. ") == std::string::npos) {
    if (std::string caption = docket_caption(page.content.text); !caption.empty()) doc.title = std::move(caption);
  }
  doc.text = std::move(page.content.text);

  ReadResult result;
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
