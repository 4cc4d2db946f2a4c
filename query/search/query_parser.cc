#include "search/query_parser.h"

#include <optional>
#include <set>

#include "search/query_fields.h"
#include "search/query_lexer.h"
#include "search/query_words.h"

namespace lexgraph {

namespace {

using Kind = QueryToken::Kind;
using Node = QueryNode;
using MaybeNode = std::optional<QueryNode>;

std::string at_column(std::size_t column) { return " at column " + std::to_string(column); }

class Parser {
 public:
  explicit Parser(std::vector<QueryToken> tokens) : tokens_(std::move(tokens)) {}

  ParsedQuery run() {
    lift_top_level_filters();
    MaybeNode root = parse_but_not();
    const QueryToken& rest = peek();
    if (rest.kind == Kind::close) {
      throw QuerySyntaxError("unbalanced parenthesis" + at_column(rest.column) + ": ')' has no matching '('");
    }
    if (rest.kind != Kind::end) {
      throw QuerySyntaxError("unexpected '" + rest.text + "'" + at_column(rest.column));
    }
    if (!root && filters_.empty()) throw QuerySyntaxError("the query has no searchable words");
    return ParsedQuery{std::move(root), std::move(filters_), std::move(warnings_)};
  }

 private:
  const QueryToken& peek() const { return tokens_[at_]; }
  const QueryToken& take() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }

  static bool is_filter_field(const QueryToken& token) {
    return token.kind == Kind::field && token.text != "title" && token.text != "court" && token.text != "judge";
  }
  static bool ends_operand(Kind kind) { return kind == Kind::word || kind == Kind::phrase || kind == Kind::close; }

  // Takes the top-level filters out of the token list (see ParsedQuery::filters).
  void lift_top_level_filters() {
    std::vector<QueryToken> kept;
    std::size_t depth = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const QueryToken& token = tokens_[i];
      if (token.kind == Kind::open) ++depth;
      if (token.kind == Kind::close && depth > 0) --depth;
      bool after_operator = !kept.empty() && (kept.back().kind == Kind::but_not || kept.back().kind == Kind::connector);
      if (depth > 0 || !is_filter_field(token) || after_operator) {
        kept.push_back(token);
        continue;
      }
      at_ = i + 1;
      filters_.push_back(*field_node(token));
      i = at_ - 1;
      const QueryToken& next = tokens_[at_];
      bool joined_before = !kept.empty() && (kept.back().kind == Kind::and_op || kept.back().kind == Kind::or_op);
      if (joined_before && !starts_operand(next.kind)) {
        kept.pop_back();
      } else if ((next.kind == Kind::and_op || next.kind == Kind::or_op) &&
                 (kept.empty() || !ends_operand(kept.back().kind))) {
        ++i;
      }
    }
    tokens_ = std::move(kept);
    at_ = 0;
  }

  static bool starts_operand(Kind kind) {
    return kind == Kind::word || kind == Kind::phrase || kind == Kind::open || kind == Kind::field;
  }

  [[noreturn]] static void needs_both_sides(const QueryToken& op) {
    throw QuerySyntaxError("connector " + op.text + at_column(op.column) + " needs a term on both sides");
  }

  // % and its spellings: lowest precedence, left to right.
  MaybeNode parse_but_not() {
    MaybeNode left = parse_and();
    while (peek().kind == Kind::but_not) {
      const QueryToken& op = take();
      MaybeNode right = parse_and();
      if (!left || !right) needs_both_sides(op);
      Node node;
      node.type = Node::Type::but_not;
      node.column = left->column;
      node.source = op.text;
      node.children = {std::move(*left), std::move(*right)};
      left = std::move(node);
    }
    return left;
  }

  MaybeNode parse_and() {
    MaybeNode first = parse_proximity(ProximityUnit::paragraph);
    if (peek().kind != Kind::and_op) return first;
    Node node;
    node.type = Node::Type::all_of;
    while (peek().kind == Kind::and_op) {
      const QueryToken& op = take();
      MaybeNode next = parse_proximity(ProximityUnit::paragraph);
      if (!first || !next) needs_both_sides(op);
      if (node.children.empty()) {
        node.column = first->column;
        node.children.push_back(std::move(*first));
      }
      node.children.push_back(std::move(*next));
    }
    return node;
  }

  // One precedence level per unit: /p +p bind loosest, then /s +s, then /n +n.
  MaybeNode parse_proximity(ProximityUnit unit) {
    auto tighter = [&]() -> MaybeNode {
      if (unit == ProximityUnit::paragraph) return parse_proximity(ProximityUnit::sentence);
      if (unit == ProximityUnit::sentence) return parse_proximity(ProximityUnit::words);
      return parse_or();
    };
    MaybeNode left = tighter();
    while (peek().kind == Kind::connector && peek().unit == unit) {
      QueryToken op = take();
      MaybeNode right = tighter();
      if (!left || !right) needs_both_sides(op);
      Node node;
      node.type = Node::Type::proximity;
      node.column = left->column;
      node.source = op.text;
      node.unit = op.unit;
      node.distance = op.distance;
      node.ordered = op.ordered;
      node.children = {std::move(*left), std::move(*right)};
      check_proximity_operands(node, op);
      left = std::move(node);
    }
    return left;
  }

  // OR: juxtaposed operands or the word "or"; binds tightest of all connectors.
  MaybeNode parse_or() {
    std::vector<Node> items;
    while (true) {
      if (peek().kind == Kind::or_op) {
        const QueryToken& op = take();
        if (items.empty() || !starts_operand(peek().kind)) needs_both_sides(op);
        continue;
      }
      if (!starts_operand(peek().kind)) break;
      if (MaybeNode item = parse_operand()) items.push_back(std::move(*item));
    }
    if (items.empty()) return std::nullopt;
    if (items.size() == 1) return std::move(items.front());
    Node node;
    node.type = Node::Type::any_of;
    node.column = items.front().column;
    node.children = std::move(items);
    return node;
  }

  // A word, a phrase, a parenthesised group or a field. Nothing when a
  // word has no searchable characters (it is ignored with a warning).
  MaybeNode parse_operand() {
    const QueryToken& token = take();
    switch (token.kind) {
      case Kind::word: return terms_node(token, false);
      case Kind::phrase: return terms_node(token, true);
      case Kind::open: return group(token);
      case Kind::field: return field_node(token);
      default: break;
    }
    throw QuerySyntaxError("unexpected '" + token.text + "'" + at_column(token.column));
  }

  // A word or phrase; an OR of its readings when the index may have split
  // it in more than one way (analyze_query_readings).
  MaybeNode terms_node(const QueryToken& token, bool quoted) {
    Node node;
    node.type = Node::Type::terms;
    node.column = token.column;
    node.source = quoted ? "\"" + token.text + "\"" : token.text;
    node.field = field_;
    node.quoted = quoted;
    auto readings = analyze_query_readings(token.text, token.column + (quoted ? 1 : 0));
    if (readings.front().empty()) {
      if (quoted) throw QuerySyntaxError("empty phrase" + at_column(token.column));
      warnings_.push_back("ignored '" + token.text + "'" + at_column(token.column) +
                          ": it has no searchable characters");
      return std::nullopt;
    }
    words_ += readings.front().size();
    if (words_ > kMaxQueryWords) {
      throw QuerySyntaxError("query has more than " + std::to_string(kMaxQueryWords) + " words" +
                             at_column(token.column));
    }
    if (readings.size() == 1) {
      node.patterns = std::move(readings.front());
      return node;
    }
    Node either;
    either.type = Node::Type::any_of;
    either.column = token.column;
    for (auto& reading : readings) {
      node.patterns = std::move(reading);
      either.children.push_back(node);
    }
    return either;
  }

  MaybeNode group(const QueryToken& open) {
    if (++depth_ > kMaxQueryNesting) {
      throw QuerySyntaxError("parentheses nested too deeply" + at_column(open.column));
    }
    if (peek().kind == Kind::close) throw QuerySyntaxError("empty parentheses" + at_column(open.column));
    MaybeNode inside = parse_but_not();
    if (peek().kind != Kind::close) {
      if (peek().kind == Kind::end) {
        throw QuerySyntaxError("unbalanced parenthesis" + at_column(open.column) + ": '(' is never closed");
      }
      throw QuerySyntaxError("unexpected '" + peek().text + "'" + at_column(peek().column));
    }
    take();
    --depth_;
    if (inside) inside->column = open.column;
    return inside;
  }

  MaybeNode field_node(const QueryToken& name_token) {
    const std::string& name = name_token.text;
    const QueryToken& value = peek();
    if (!(value.kind == Kind::word || value.kind == Kind::phrase || value.kind == Kind::open)) {
      throw QuerySyntaxError("field " + name + ":" + at_column(name_token.column) + " needs a value");
    }
    static const std::pair<std::string_view, TextField> kTextFields[] = {
        {"title", TextField::title}, {"court", TextField::court}, {"judge", TextField::judge}};
    for (const auto& [text_name, field] : kTextFields) {
      if (name != text_name) continue;
      if (field_ != TextField::body) {
        throw QuerySyntaxError("field " + name + ":" + at_column(name_token.column) + " is inside field " +
                               std::string(field_name(field_)) + ":");
      }
      field_ = field;
      MaybeNode node = parse_operand();
      field_ = TextField::body;
      if (node) node->column = name_token.column;
      return node;
    }
    if (value.kind == Kind::open) {
      throw QuerySyntaxError("field " + name + ":" + at_column(name_token.column) +
                             " takes one value; write " + name + ":a " + name + ":b for several");
    }
    take();
    return filter_node(name, value.text, name_token.column, value.column);
  }

  // Connectors relate word positions of one field; filters have none.
  void check_proximity_operands(const Node& node, const QueryToken& op) {
    std::set<TextField> fields;
    collect_fields(node, op, fields);
    if (fields.size() > 1) {
      throw QuerySyntaxError("connector " + op.text + at_column(op.column) +
                             " joins words of different fields (" +
                             std::string(field_name(*fields.begin())) + " and " +
                             std::string(field_name(*fields.rbegin())) + ")");
    }
  }

  static void collect_fields(const Node& node, const QueryToken& op, std::set<TextField>& fields) {
    if (node.is_filter()) {
      throw QuerySyntaxError("connector " + op.text + at_column(op.column) + " cannot take the field filter " +
                             node.source + " (column " + std::to_string(node.column) + ")");
    }
    if (node.type == Node::Type::terms) fields.insert(node.field);
    for (const Node& child : node.children) collect_fields(child, op, fields);
  }

  std::vector<QueryToken> tokens_;
  std::size_t at_ = 0;
  std::size_t depth_ = 0;
  std::size_t words_ = 0;
  TextField field_ = TextField::body;
  std::vector<QueryNode> filters_;
  std::vector<std::string> warnings_;
};

}  // namespace

std::string describe(const ParsedQuery& query) {
  std::string out = query.root ? describe(*query.root) : std::string();
  if (query.filters.empty()) return out;
  out += out.empty() ? "FILTER" : " FILTER";
  for (const QueryNode& filter : query.filters) {
    out += ' ';
    out += describe(filter);
  }
  return out;
}

ParsedQuery parse_query(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    throw QuerySyntaxError("query is longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  std::vector<QueryToken> tokens = tokenize_query(query);
  if (tokens.size() == 1) throw QuerySyntaxError("empty query");
  return Parser(std::move(tokens)).run();
}

}  // namespace lexgraph
