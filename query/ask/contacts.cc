#include "ask/contacts.h"

#include <algorithm>

#include "ask/passage_names.h"
#include "ask/question_tables.h"
#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

constexpr std::string_view kLabel = "FOR FURTHER INFORMATION CONTACT:";

}  // namespace

bool contact_asked(std::string_view question) {
  const std::string lower = to_lower(question);
  if (lower.find("further information") != std::string::npos) return true;
  for (const Word& w : words_of(question)) {
    if (in_lexicon("contact_ask", w.lower)) return true;
  }
  return false;
}

std::vector<Contact> contacts_of(const StoredDocument& doc) {
  std::vector<Contact> out;
  const std::string_view text = doc.text;
  for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + kLabel.size())) {
    const std::size_t from = text.find_first_not_of(" \t\n", at + kLabel.size());
    if (from == std::string_view::npos) break;
    const std::size_t to = std::min(text.find("\n\n", from), text.size());
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      auto [start, end] = doc.sentences[si];
      if (end <= from || start >= to) continue;
      const std::string_view s = text.substr(start, end - start);
      std::vector<Contact> in_sentence;
      for (const StoredEntity& de : doc.entities) {
        if (de.type != "person") continue;
        auto name = find_entity(s, de);
        // The label's own sentence: only what follows the label.
        if (!name || start + name->first < from || start + name->first >= to) continue;
        in_sentence.push_back(Contact{si, &de, *name});
      }
      std::sort(in_sentence.begin(), in_sentence.end(),
                [](const Contact& a, const Contact& b) { return a.name.first < b.name.first; });
      out.insert(out.end(), in_sentence.begin(), in_sentence.end());
    }
  }
  return out;
}

}  // namespace lexgraph::ask
