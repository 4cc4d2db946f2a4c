#include "search/query_lexer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace lexgraph {

namespace {

constexpr std::array<std::string_view, 17> kFieldNames = {
    "title", "court", "judge", "kind", "year", "month", "docket", "format", "id", "date",
    "agency", "statute", "case", "person", "org", "organization", "entity"};

// Westlaw's field restrictions written ti(...), co(...), ju(...).
struct WestlawField {
  std::string_view abbreviation;
  std::string_view name;
};
constexpr std::array<WestlawField, 3> kWestlawFields = {
    WestlawField{"ti", "title"}, WestlawField{"co", "court"}, WestlawField{"ju", "judge"}};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a quotation mark at `at`: " or the typographic “ ” pasted from
// word processors; 0 when there is none.
std::size_t quote_length(std::string_view s, std::size_t at) {
  if (s[at] == '"') return 1;
  if (s.compare(at, 3, "\xE2\x80\x9C") == 0 || s.compare(at, 3, "\xE2\x80\x9D") == 0) return 3;
  return 0;
}

bool ends_word(std::string_view s, std::size_t at) {
  char c = s[at];
  return is_space(c) || c == '(' || c == ')' || c == '&' || c == '%' || quote_length(s, at) > 0;
}

// A connector spelled `text` (lower-cased), or nothing when it is not one.
// Throws for spellings that look like a connector but are wrong ("/0").
std::optional<QueryToken> connector_of(const std::string& text, std::size_t column) {
  QueryToken token;
  token.kind = QueryToken::Kind::connector;
  token.column = column;
  std::string_view rest;
  if (text.starts_with("w/")) {
    rest = std::string_view(text).substr(2);
  } else if (text.starts_with("pre/")) {
    token.ordered = true;
    rest = std::string_view(text).substr(4);
  } else if (text.starts_with("/") || text.starts_with("+")) {
    token.ordered = text[0] == '+';
    rest = std::string_view(text).substr(1);
  } else {
    return std::nullopt;
  }
  auto where = " at column " + std::to_string(column);
  if (rest == "s") {
    token.unit = ProximityUnit::sentence;
  } else if (rest == "p") {
    token.unit = ProximityUnit::paragraph;
  } else if (!rest.empty() && rest.size() <= 6 &&
             rest.find_first_not_of("0123456789") == std::string_view::npos) {
    token.distance = static_cast<unsigned>(std::stoul(std::string(rest)));
    if (token.distance < 1 || token.distance > kMaxConnectorDistance) {
      throw QuerySyntaxError("connector " + text + where + ": n must be from 1 to " +
                             std::to_string(kMaxConnectorDistance));
    }
  } else if (rest == "seg") {
    throw QuerySyntaxError("connector " + text + where + " is not supported; use /s or /p");
  } else if (!rest.empty() && rest.find_first_of("0123456789") == 0) {
    throw QuerySyntaxError("connector " + text + where + ": n must be from 1 to " +
                           std::to_string(kMaxConnectorDistance));
  } else {
    throw QuerySyntaxError("unknown connector " + text + where +
                           " (use /n +n /s +s /p +p w/n pre/n w/s w/p)");
  }
  return token;
}

class Lexer {
 public:
  explicit Lexer(std::string_view query) : q_(query) {
    // Columns count characters, not bytes.
    columns_.reserve(q_.size() + 1);
    std::size_t column = 0;
    for (std::size_t i = 0; i <= q_.size(); ++i) {
      if (i == q_.size() || (static_cast<unsigned char>(q_[i]) & 0xC0) != 0x80) ++column;
      columns_.push_back(column);
    }
  }

  std::vector<QueryToken> run() {
    while (true) {
      while (at_ < q_.size() && is_space(q_[at_])) ++at_;
      if (at_ >= q_.size()) break;
      char c = q_[at_];
      if (std::size_t quote = quote_length(q_, at_)) {
        read_phrase(quote);
      } else if (c == '(' || c == ')') {
        push(c == '(' ? QueryToken::Kind::open : QueryToken::Kind::close, std::string(1, c), at_);
        ++at_;
      } else if (c == '&') {
        push(QueryToken::Kind::and_op, "&", at_);
        ++at_;
      } else if (c == '%') {
        push(QueryToken::Kind::but_not, "%", at_);
        ++at_;
      } else {
        read_word();
      }
    }
    fold_two_word_operators();
    push(QueryToken::Kind::end, "", q_.size());
    return std::move(tokens_);
  }

 private:
  std::size_t column_of(std::size_t byte) const { return columns_[std::min(byte, q_.size())]; }

  void push(QueryToken::Kind kind, std::string text, std::size_t byte) {
    QueryToken token;
    token.kind = kind;
    token.text = std::move(text);
    token.column = column_of(byte);
    tokens_.push_back(std::move(token));
  }

  void read_phrase(std::size_t quote) {
    std::size_t open = at_;
    std::size_t i = at_ + quote;
    while (i < q_.size() && quote_length(q_, i) == 0) ++i;
    if (i >= q_.size()) {
      throw QuerySyntaxError("unterminated quotation mark at column " + std::to_string(column_of(open)));
    }
    push(QueryToken::Kind::phrase, std::string(q_.substr(at_ + quote, i - at_ - quote)), at_ + quote);
    tokens_.back().column = column_of(open);
    at_ = i + quote_length(q_, i);
  }

  // A run of characters up to a delimiter. A '(' right after word
  // characters belongs to the word when its ')' closes inside the run,
  // so that pasted citations such as 6103(a)(1) stay one word.
  std::size_t word_end(std::size_t from) const {
    std::size_t i = from;
    while (i < q_.size()) {
      if (q_[i] == '(' && i > from) {
        std::size_t close = i + 1;
        while (close < q_.size() && !ends_word(q_, close)) ++close;
        if (close < q_.size() && q_[close] == ')') {
          i = close + 1;
          continue;
        }
        break;
      }
      if (ends_word(q_, i)) break;
      ++i;
    }
    return i;
  }

  void read_word() {
    std::size_t start = at_;
    std::string lowered;
    // Westlaw field restriction: ti( co( ju(
    for (const WestlawField& field : kWestlawFields) {
      if (q_.size() > start + 2 && lower_ascii(q_.substr(start, 2)) == field.abbreviation &&
          q_[start + 2] == '(') {
        push(QueryToken::Kind::field, std::string(field.name), start);
        at_ = start + 2;
        return;
      }
    }
    std::size_t end = word_end(start);
    std::string raw(q_.substr(start, end - start));
    lowered = lower_ascii(raw);
    at_ = end;

    // Xapian's own NEAR and NEAR/n (within 10 or n words), upper case only
    // as in Xapian's query parser, so that the word "near" stays a word.
    if (raw == "NEAR" || raw.starts_with("NEAR/")) {
      std::string spelled = "/";
      spelled.append(raw == "NEAR" ? std::string_view("10") : std::string_view(lowered).substr(5));
      auto connector = connector_of(spelled, column_of(start));
      connector->text = raw;
      tokens_.push_back(std::move(*connector));
      return;
    }
    if (auto connector = connector_of(lowered, column_of(start))) {
      connector->text = raw;
      tokens_.push_back(std::move(*connector));
      return;
    }
    if (lowered == "or") return push(QueryToken::Kind::or_op, raw, start);
    if (lowered == "and") return push(QueryToken::Kind::and_op, raw, start);
    if (lowered == "not") return push(QueryToken::Kind::but_not, raw, start);

    std::size_t colon = raw.find(':');
    if (colon != std::string::npos && colon > 0) {
      std::string name = lowered.substr(0, colon);
      for (std::string_view known : kFieldNames) {
        if (name != known) continue;
        push(QueryToken::Kind::field, name, start);
        std::size_t value = start + colon + 1;
        if (value < end) {
          push(QueryToken::Kind::word, std::string(q_.substr(value, end - value)), value);
        } else if (value >= q_.size() || !(q_[value] == '(' || quote_length(q_, value) > 0)) {
          throw QuerySyntaxError("field " + name + ": at column " + std::to_string(column_of(start)) +
                                 " needs a value right after the colon");
        }
        return;
      }
    }
    // "tax/s" typed without spaces: split off a trailing grammatical connector.
    if (raw.size() > 2) {
      std::string tail = lowered.substr(raw.size() - 2);
      char before = raw[raw.size() - 3];
      if ((tail == "/s" || tail == "/p" || tail == "+s" || tail == "+p") && before != '/' &&
          before != '+' && lowered != "w/s" && lowered != "w/p") {
        push(QueryToken::Kind::word, raw.substr(0, raw.size() - 2), start);
        auto connector = connector_of(tail, column_of(end - 2));
        connector->text = raw.substr(raw.size() - 2);
        tokens_.push_back(std::move(*connector));
        return;
      }
    }
    push(QueryToken::Kind::word, raw, start);
  }

  // "and not" / "but not" are one operator; Lexis' "not w/n" is not supported.
  void fold_two_word_operators() {
    std::vector<QueryToken> out;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      QueryToken& token = tokens_[i];
      bool next_is_not = i + 1 < tokens_.size() && tokens_[i + 1].kind == QueryToken::Kind::but_not &&
                         lower_ascii(tokens_[i + 1].text) == "not";
      bool folds = token.kind == QueryToken::Kind::and_op ||
                   (token.kind == QueryToken::Kind::word && lower_ascii(token.text) == "but");
      if (folds && next_is_not) {
        token.kind = QueryToken::Kind::but_not;
        token.text += " " + tokens_[i + 1].text;
        out.push_back(std::move(token));
        ++i;
        continue;
      }
      if (token.kind == QueryToken::Kind::but_not && i + 1 < tokens_.size() &&
          tokens_[i + 1].kind == QueryToken::Kind::connector) {
        throw QuerySyntaxError("'" + token.text + " " + tokens_[i + 1].text + "' at column " +
                               std::to_string(token.column) + " is not supported");
      }
      out.push_back(std::move(token));
    }
    tokens_ = std::move(out);
  }

  std::string_view q_;
  std::vector<std::size_t> columns_;
  std::size_t at_ = 0;
  std::vector<QueryToken> tokens_;
};

}  // namespace

std::vector<QueryToken> tokenize_query(std::string_view query) { return Lexer(query).run(); }

}  // namespace lexgraph
