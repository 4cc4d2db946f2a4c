#include "ask/signatures.h"

#include <string_view>

#include "ask/passage_names.h"
#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

constexpr std::size_t kMaxOfficeWords = 14;
constexpr std::size_t kMaxNameLine = 60;  // bytes before the name line's comma

// The office after the name: capitalised words (and "of", "for", "and",
// "the", "to") on one line, commas between its parts, a period at most after.
bool is_office_line(std::string_view office) {
  if (office.empty() || office.find('\n') != std::string_view::npos) return false;
  const std::vector<Word> words = words_of(office);
  if (words.empty() || words.size() > kMaxOfficeWords || !words.front().capitalized) return false;
  for (const Word& w : words) {
    if (!w.capitalized && !one_of(w.lower, {"of", "for", "and", "the", "to", "s"})) return false;
  }
  return true;
}

}  // namespace

std::vector<Signature> signatures_of(const StoredDocument& doc) {
  std::vector<Signature> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    auto [start, end] = doc.sentences[si];
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    // The name, then its comma at the line's end: nothing else stands on it.
    if (s.find(",\n") > kMaxNameLine) continue;
    for (const StoredEntity& de : doc.entities) {
      if (de.type != "person") continue;
      auto name = find_entity(s, de);
      if (!name || name->first != 0) continue;
      const std::size_t comma_line = s.find(",\n", name->second);
      if (comma_line == std::string_view::npos) continue;
      // "Samuel D. Rauch, III,": a suffix may stand between name and comma.
      const std::string_view between = s.substr(name->second, comma_line - name->second);
      if (between.size() > 5 || between.find(' ') != between.rfind(' ')) continue;
      std::size_t office_start = comma_line + 1;
      while (office_start < s.size() && (s[office_start] == '\n' || s[office_start] == ' ')) ++office_start;
      std::size_t office_end = s.size();
      while (office_end > office_start && (s[office_end - 1] == '.' || s[office_end - 1] == ' ')) --office_end;
      if (!is_office_line(s.substr(office_start, office_end - office_start))) continue;
      out.push_back(Signature{si, &de, *name, {office_start, office_end}});
      break;
    }
  }
  return out;
}

}  // namespace lexgraph::ask
