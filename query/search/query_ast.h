#pragma once
// The syntax tree of a terms-and-connectors query (see syntax_help.cc for
// the language). The parser builds it, the normalizer reshapes it, the
// translator turns it into a Xapian::Query and the exact matcher evaluates
// it on one document's positions.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// A query the user got wrong. The message is one line and says where
// ("unbalanced parenthesis at column 14").
class QuerySyntaxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One index term as the user wrote it: a plain term, or a pattern.
// `literal` is lower-cased exactly as the index's TermGenerator produces
// terms; inside it '*' stands for exactly one character.
struct TermPattern {
  std::string literal;
  unsigned optional_tail = 0;   // trailing '*'s: up to this many more characters
  bool root_expander = false;   // trailing '!': any ending

  bool is_plain() const {
    return optional_tail == 0 && !root_expander && literal.find('*') == std::string::npos;
  }
  // Canonical spelling: "disclos!", "wom*n", "object***".
  std::string spelling() const;
  bool operator==(const TermPattern&) const = default;
};

enum class TextField { body, title, court, judge };
enum class FilterField { kind, year, month, docket, format, id, entity };
enum class ProximityUnit { words, sentence, paragraph };

struct QueryNode {
  enum class Type {
    terms,       // one word (1 pattern) or a phrase (consecutive patterns)
    filter,      // boolean field term: kind:opinion
    date_range,  // date:2019..2020
    any_of,      // OR (space, or)
    all_of,      // AND (&, and)
    but_not,     // % / but not / and not: children[0] minus children[1]
    proximity,   // /n +n /s +s /p +p: children[0] connector children[1]
  };
  Type type = Type::terms;
  std::size_t column = 0;  // 1-based column of the node's first character
  std::string source;      // terms: as typed; proximity: the connector as typed

  // terms
  TextField field = TextField::body;
  bool quoted = false;
  std::vector<TermPattern> patterns;

  // filter: the index term's value (lower-cased; dockets via docket_term)
  FilterField filter = FilterField::kind;
  std::string value;

  // date_range: yyyymmdd bounds, inclusive; 0 means open on that side
  std::uint32_t date_from = 0;
  std::uint32_t date_to = 0;

  // proximity
  ProximityUnit unit = ProximityUnit::words;
  unsigned distance = 0;  // n of /n and +n
  bool ordered = false;   // + connectors: left precedes right

  std::vector<QueryNode> children;

  // A single pattern (not a phrase): the smallest positional operand.
  bool is_single_term() const { return type == Type::terms && patterns.size() == 1; }
  // A word or an OR of words of one field: Xapian's NEAR and PHRASE take it
  // as one operand directly (as an OP_OR of the words' terms).
  bool is_term_set() const;
  bool is_filter() const { return type == Type::filter || type == Type::date_range; }
};

// The tree written back with explicit grouping, for --explain and the
// JSON "parsed" field: ((tax /s disclos!) AND kind:opinion).
std::string describe(const QueryNode& node);

std::string_view field_name(TextField field);
std::string_view field_name(FilterField field);
// Term prefix of a free-text field ("" for the body) or a filter field.
std::string_view field_prefix(TextField field);
std::string_view field_prefix(FilterField field);
// The index term a filter node stands for ("XKopinion", layout::id_term(id)).
std::string filter_term(const QueryNode& filter);

}  // namespace lexgraph
