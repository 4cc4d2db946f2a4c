#pragma once
// The parts of a stored document (schemas/stored-document.schema.json)
// that answering needs: metadata, text, sentence spans and the entities
// with their in-document aliases, which tie a sentence's words back to
// canonical ids without re-running the extractor.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::ask {

struct StoredEntity {
  std::string id, type, name;
  std::vector<std::string> aliases;  // surface forms in this document
  std::size_t count = 0;             // mentions in this document
  std::string role;                  // attrs.role (people)
  std::string court;                 // attrs.court (judges: the court they sit on)
  std::string title;                 // attrs.title (judges: "District Judge", "Justice")
  std::string unit;                  // attrs.unit (figures)
  std::optional<double> value;       // attrs.value (figures, money)
  std::string iso;                   // attrs.iso (dates)
};

struct StoredDocument {
  std::string id, title, kind, court, date;
  std::vector<std::string> judges;  // metadata: the judges the document names as deciding it
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;  // [start, end) into text
  // The stored sentence number of each of `sentences` when they were
  // regrouped (a docket's entries, join_entry_sentences); empty: the same.
  std::vector<std::size_t> sentence_numbers;
  std::size_t sentence_number(std::size_t i) const { return i < sentence_numbers.size() ? sentence_numbers[i] : i; }
  std::vector<StoredEntity> entities;
};

// Parses a Xapian document's data; nullopt when it is not a stored
// document of ours (damaged, or another format).
std::optional<StoredDocument> parse_stored_document(std::string_view data);
// The same, parsing `data` in place (faster: no string is copied twice).
std::optional<StoredDocument> parse_stored_document_in_place(std::string& data);

}  // namespace lexgraph::ask
