#include "search/query_words.h"

#include <algorithm>
#include <cctype>

#include <xapian.h>

namespace lexgraph {

namespace {

// Stands in for '*' while TermGenerator splits a word: U+01C2 is a letter
// (category Lo, no case), so TermGenerator keeps it inside the word exactly
// where the user put the '*'. '*' itself would split the word.
constexpr std::string_view kUniversalStandIn = "\xC7\x82";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string column_text(std::size_t column) { return " at column " + std::to_string(column); }

// Turns a TermGenerator term (with stand-ins) into a pattern. Stand-ins at
// the end of a term set its maximum length (Westlaw: object*** = object
// plus up to three characters); inside it they are exactly one character.
TermPattern pattern_of(std::string term, std::string_view word, std::size_t column) {
  TermPattern pattern;
  while (term.size() >= kUniversalStandIn.size() &&
         term.compare(term.size() - kUniversalStandIn.size(), kUniversalStandIn.size(),
                      kUniversalStandIn) == 0) {
    term.resize(term.size() - kUniversalStandIn.size());
    ++pattern.optional_tail;
  }
  std::string literal;
  for (std::size_t at = 0; at < term.size();) {
    if (term.compare(at, kUniversalStandIn.size(), kUniversalStandIn) == 0) {
      literal += '*';
      at += kUniversalStandIn.size();
    } else {
      literal += term[at++];
    }
  }
  term = std::move(literal);
  if (term.empty() || term.front() == '*') {
    throw QuerySyntaxError("universal character * needs at least one letter before it in '" +
                           std::string(word) + "'" + column_text(column));
  }
  pattern.literal = std::move(term);
  return pattern;
}

// Terms of one whitespace-free chunk of query text.
void analyze_chunk(std::string_view chunk, std::size_t column, std::vector<TermPattern>& out) {
  bool root_expander = false;
  std::string_view word = chunk;
  if (!word.empty() && word.back() == '!') {
    root_expander = true;
    word.remove_suffix(1);
  }
  if (word.find('!') != std::string_view::npos) {
    throw QuerySyntaxError("root expander ! must end a word ('" + std::string(chunk) + "')" +
                           column_text(column));
  }
  std::string prepared;
  for (char c : word) {
    if (c == '*') {
      prepared += kUniversalStandIn;
    } else {
      prepared += c;
    }
  }
  Xapian::TermGenerator generator;
  Xapian::Document scratch;
  generator.set_document(scratch);
  generator.index_text(prepared);
  // Terms come back sorted; put them back in position order.
  std::vector<std::pair<Xapian::termpos, std::string>> by_position;
  for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term) {
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
      by_position.emplace_back(*pos, *term);
    }
  }
  std::sort(by_position.begin(), by_position.end());
  std::size_t first = out.size();
  for (auto& [pos, term] : by_position) out.push_back(pattern_of(std::move(term), chunk, column));
  if (root_expander) {
    if (out.size() == first) {
      throw QuerySyntaxError("root expander ! needs a word before it" + column_text(column));
    }
    out.back().root_expander = true;
  } else if (out.size() == first && word.find('*') != std::string_view::npos) {
    throw QuerySyntaxError("universal character * needs at least one letter before it in '" +
                           std::string(chunk) + "'" + column_text(column));
  }
}

}  // namespace

std::vector<std::vector<TermPattern>> analyze_query_readings(std::string_view text, std::size_t column) {
  std::vector<std::vector<TermPattern>> readings(1);
  std::size_t i = 0;
  std::size_t chunk_column = column;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      ++chunk_column;
      continue;
    }
    std::size_t start = i;
    std::size_t start_column = chunk_column;
    while (i < text.size() && !is_space(text[i])) {
      // Columns count characters, not bytes: skip UTF-8 continuation bytes.
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chunk_column;
      ++i;
    }
    std::string_view chunk = text.substr(start, i - start);
    std::vector<TermPattern> as_written;
    analyze_chunk(chunk, start_column, as_written);
    std::vector<TermPattern> upper_cased;
    if (chunk.find('.') != std::string_view::npos) {
      std::string upper(chunk);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      analyze_chunk(upper, start_column, upper_cased);
    }
    std::size_t existing = readings.size();
    if (!upper_cased.empty() && upper_cased != as_written && existing * 2 <= kMaxReadings) {
      for (std::size_t r = 0; r < existing; ++r) {
        readings.push_back(readings[r]);
        readings.back().insert(readings.back().end(), upper_cased.begin(), upper_cased.end());
      }
    }
    for (std::size_t r = 0; r < existing; ++r) {
      readings[r].insert(readings[r].end(), as_written.begin(), as_written.end());
    }
  }
  return readings;
}

std::vector<TermPattern> analyze_query_text(std::string_view text, std::size_t column) {
  return analyze_query_readings(text, column).front();
}

std::string stem_term(const std::string& term) {
  Xapian::TermGenerator generator;
  // A Stem keeps state while it works: one per call, never shared by threads.
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  Xapian::Document scratch;
  generator.set_document(scratch);
  generator.index_text(term);
  for (auto t = scratch.termlist_begin(); t != scratch.termlist_end(); ++t) {
    const std::string& candidate = *t;
    if (!candidate.empty() && candidate.front() == 'Z') return candidate;
  }
  return {};
}

}  // namespace lexgraph
