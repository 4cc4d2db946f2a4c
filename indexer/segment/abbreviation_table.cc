#include "segment/abbreviation_table.h"

namespace lexgraph::embedded {
extern const std::string_view legal_abbreviations;
}

namespace lexgraph {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

enum class GroupKind { none, behaviour, openers, citation_words, labels };

}  // namespace

const AbbreviationTable& AbbreviationTable::legal() {
  static const AbbreviationTable table = parse(embedded::legal_abbreviations, nullptr);
  return table;
}

AbbreviationTable AbbreviationTable::parse(std::string_view data, std::vector<std::string>* problems) {
  AbbreviationTable table;
  GroupKind kind = GroupKind::none;
  AbbreviationBehaviour behaviour = AbbreviationBehaviour::unknown;
  auto report = [problems](std::size_t line_number, std::string message) {
    if (problems) problems->push_back("line " + std::to_string(line_number) + ": " + message);
  };
  std::size_t line_number = 0;
  while (!data.empty()) {
    ++line_number;
    std::size_t newline = data.find('\n');
    std::string_view line = data.substr(0, newline);
    data.remove_prefix(newline == std::string_view::npos ? data.size() : newline + 1);
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;

    if (line.front() == '[') {
      std::size_t close = line.find(']');
      std::string_view word = close == std::string_view::npos ? "" : trim(line.substr(close + 1));
      kind = GroupKind::behaviour;
      if (word == "continues") {
        behaviour = AbbreviationBehaviour::continues;
      } else if (word == "rarely_ends") {
        behaviour = AbbreviationBehaviour::rarely_ends;
      } else if (word == "may_end") {
        behaviour = AbbreviationBehaviour::may_end;
      } else if (word == "starts") {
        kind = GroupKind::openers;
      } else if (word == "citation") {
        kind = GroupKind::citation_words;
      } else if (word == "labels") {
        kind = GroupKind::labels;
      } else {
        kind = GroupKind::none;
        report(line_number, "unknown group heading '" + std::string(line) + "'");
      }
      continue;
    }
    if (line.find_first_of(" \t") != std::string_view::npos) {
      report(line_number, "one token per line: '" + std::string(line) + "'");
      continue;
    }
    std::string token(line);
    switch (kind) {
      case GroupKind::none:
        report(line_number, "entry outside a group: '" + token + "'");
        break;
      case GroupKind::behaviour:
        if (token.back() != '.') {
          report(line_number, "abbreviation without a full stop: '" + token + "'");
        } else if (!table.behaviours_.emplace(token, behaviour).second) {
          report(line_number, "listed twice: '" + token + "'");
        }
        break;
      case GroupKind::openers:
        table.openers_.insert(token);
        break;
      case GroupKind::citation_words:
        table.citation_words_.insert(token);
        break;
      case GroupKind::labels:
        table.label_words_.insert(token);
        break;
    }
  }
  return table;
}

AbbreviationBehaviour AbbreviationTable::behaviour(std::string_view token) const {
  auto it = behaviours_.find(std::string(token));
  return it == behaviours_.end() ? AbbreviationBehaviour::unknown : it->second;
}

}  // namespace lexgraph
