#include "ask/docket_entries.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "ask/stored_document.h"
#include "store/index_layout.h"

namespace lexgraph::ask {

void widen_to_lines(std::string_view text, Evidence& ev, std::size_t max_bytes) {
  if (ev.start > ev.end || ev.end > text.size()) return;
  const std::size_t before = ev.start == 0 ? std::string_view::npos : text.rfind('\n', ev.start - 1);
  std::size_t start = before == std::string_view::npos ? 0 : before + 1;
  std::size_t end = text.find('\n', ev.end);
  if (end == std::string_view::npos) end = text.size();
  while (start < ev.start && (text[start] == ' ' || text[start] == '\t')) ++start;
  while (end > ev.end && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
  if (end - start > max_bytes || (start == ev.start && end == ev.end)) return;
  const std::size_t shift = ev.start - start;
  if (ev.highlight) ev.highlight = std::make_pair(ev.highlight->first + shift, ev.highlight->second + shift);
  ev.start = start;
  ev.end = end;
  ev.text = std::string(text.substr(start, end - start));
}

void join_entry_sentences(StoredDocument& doc, std::size_t max_bytes) {
  std::vector<std::pair<std::size_t, std::size_t>> joined;
  std::vector<std::size_t> numbers;
  const std::string_view text = doc.text;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto [start, end] = doc.sentences[i];
    if (!joined.empty()) {
      auto& last = joined.back();
      const bool same_line = last.second <= start && text.substr(last.second, start - last.second).find('\n') == std::string_view::npos;
      if (same_line && end - last.first <= max_bytes) {
        last.second = end;
        continue;
      }
    }
    joined.emplace_back(start, end);
    numbers.push_back(doc.sentence_number(i));
  }
  doc.sentences = std::move(joined);
  doc.sentence_numbers = std::move(numbers);
}

void widen_docket_evidence(const Xapian::Database& db, std::vector<Answer>& answers) {
  // A docket's text, or none for a document of another kind.
  std::map<std::string, std::optional<std::string>, std::less<>> dockets;
  auto docket_text = [&](const std::string& id) -> const std::optional<std::string>& {
    auto it = dockets.find(id);
    if (it != dockets.end()) return it->second;
    std::optional<std::string> text;
    try {
      const std::string term = layout::id_term(id);
      Xapian::PostingIterator p = db.postlist_begin(term);
      // The kind term says whether it is a docket: only a docket's data is read.
      const std::string docket_term = std::string(layout::kKindPrefix) + "docket";
      Xapian::PostingIterator k = db.postlist_begin(docket_term);
      if (p != db.postlist_end(term) && k != db.postlist_end(docket_term)) {
        k.skip_to(*p);
        if (k != db.postlist_end(docket_term) && *k == *p) {
          std::string data = db.get_document(*p).get_data();
          if (auto doc = parse_stored_document_in_place(data)) text = std::move(doc->text);
        }
      }
    } catch (const Xapian::Error&) {
      // A document we cannot read keeps its sentence as evidence.
    }
    return dockets.emplace(id, std::move(text)).first->second;
  };
  for (Answer& a : answers) {
    for (Evidence& ev : a.evidence) {
      if (const auto& text = docket_text(ev.doc)) widen_to_lines(*text, ev);
    }
    // Two sentences of one entry, or an entry a listing repeats, are one piece of evidence.
    std::vector<Evidence> kept;
    for (Evidence& ev : a.evidence) {
      const bool seen = std::any_of(kept.begin(), kept.end(), [&](const Evidence& k) { return k.doc == ev.doc && k.text == ev.text; });
      if (!seen) kept.push_back(std::move(ev));
    }
    a.evidence = std::move(kept);
  }
}

}  // namespace lexgraph::ask
