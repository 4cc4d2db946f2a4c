#include "read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace lexgraph {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string trimmed(std::string s) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t start = 0;
  while (start < s.size() && space(static_cast<unsigned char>(s[start]))) ++start;
  return s.substr(start);
}

bool ends_with_case_insensitive(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

// The Info "Title" is often the word processor's file name ("Microsoft
// Word - 16-1261_Order.docx", "A9Rmahfa4_1laaz8q_bg.tmp"); such a title
// says nothing and is dropped.
std::string meaningful_title(std::string title) {
  title = trimmed(std::move(title));
  for (std::string_view producer : {"Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "})
    if (title.rfind(producer, 0) == 0) return {};
  for (std::string_view ext : {".doc", ".docx", ".wpd", ".pdf", ".tmp", ".rtf", ".txt", ".odt"})
    if (ends_with_case_insensitive(title, ext)) return {};
  if (title.find(' ') == std::string::npos) return {};
  if (std::count_if(title.begin(), title.end(), [](unsigned char c) { return std::isalpha(c); }) < 4)
    return {};
  return title;
}

std::size_t visible_bytes(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](unsigned char c) { return !std::isspace(c); }));
}

}  // namespace

ReadResult read_pdf(std::string_view bytes) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return ReadResult::failure("PDF too large (over 2 GB)");
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return ReadResult::failure("not a readable PDF");
  // poppler opens a PDF whose empty user password works (permissions only)
  // as unlocked; a PDF that needs a password stays locked.
  if (pdf->is_locked()) return ReadResult::failure("encrypted PDF, cannot read its text");
  int page_count = pdf->pages();
  if (page_count <= 0) return ReadResult::failure("not a readable PDF");

  ReadResult result;
  std::vector<std::string> page_texts;
  int unreadable_pages = 0;
  for (int i = 0; i < page_count; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      ++unreadable_pages;
      page_texts.emplace_back();
      continue;
    }
    page_texts.push_back(utf8(page->text(poppler::rectf(), poppler::page::physical_layout)));
  }
  PdfLayoutText layout = pdf_pages_to_text(page_texts);
  if (visible_bytes(layout.text) == 0)
    return ReadResult::failure("PDF has no text layer (scanned image?); OCR it first");
  if (unreadable_pages > 0)
    result.warnings.push_back(std::to_string(unreadable_pages) + " of " + std::to_string(page_count) +
                              " pages could not be read");
  int empty_pages = layout.pages_without_text - unreadable_pages;
  if (empty_pages > 0)
    result.warnings.push_back(std::to_string(empty_pages) + " of " + std::to_string(page_count) +
                              " pages have no text layer (scanned?); their text is missing");

  Document doc;
  doc.format = "pdf";
  doc.title = meaningful_title(utf8(pdf->info_key("Title")));
  doc.text = std::move(layout.text);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
