#include "search/query_fields.h"

#include <cctype>
#include <optional>

#include "search/entity_lookup.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

std::string at_column(std::size_t column) { return " at column " + std::to_string(column); }

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// yyyymmdd bounds of one side of a date range: "2019" covers the whole
// year, "2019-05" the month. Partial dates are stored padded with zeros
// (2019-05 -> 20190500), so the lower bound pads with 0 and the upper
// with 9 to take them in.
std::optional<std::uint32_t> date_bound(std::string_view text, bool upper) {
  bool shaped = (text.size() == 4 && all_digits(text)) ||
                (text.size() == 7 && all_digits(text.substr(0, 4)) && text[4] == '-' &&
                 all_digits(text.substr(5, 2))) ||
                (text.size() == 10 && all_digits(text.substr(0, 4)) && text[4] == '-' &&
                 all_digits(text.substr(5, 2)) && text[7] == '-' && all_digits(text.substr(8, 2)));
  if (!shaped) return std::nullopt;
  std::uint32_t number = layout::date_number(text);
  if (number == 0) return std::nullopt;
  std::uint32_t month = number / 100 % 100, day = number % 100;
  if (text.size() >= 7 && month == 0) return std::nullopt;
  if (text.size() == 10 && day == 0) return std::nullopt;
  if (!upper) return number;
  if (text.size() == 4) return number + 9999;
  if (text.size() == 7) return number + 99;
  return number;
}

QueryNode value_filter(std::string_view field, const std::string& text, std::size_t field_column,
                       std::size_t value_column) {
  static const std::pair<std::string_view, FilterField> kFilters[] = {
      {"kind", FilterField::kind},     {"year", FilterField::year}, {"month", FilterField::month},
      {"docket", FilterField::docket}, {"format", FilterField::format}, {"id", FilterField::id},
      {"agency", FilterField::entity}, {"statute", FilterField::entity}, {"case", FilterField::entity},
      {"person", FilterField::entity}, {"org", FilterField::entity}, {"organization", FilterField::entity},
      {"entity", FilterField::entity}};
  QueryNode node;
  node.type = QueryNode::Type::filter;
  node.column = field_column;
  node.source = std::string(field) + ":" + text;
  for (const auto& [filter_name, filter] : kFilters) {
    if (field == filter_name) node.filter = filter;
  }
  std::string where = at_column(value_column);
  switch (node.filter) {
    case FilterField::docket:
      node.value = layout::docket_term(text);
      break;
    case FilterField::year:
      if (text.size() != 4 || !all_digits(text)) {
        throw QuerySyntaxError("year: needs a four-digit year" + where);
      }
      node.value = text;
      break;
    case FilterField::month: {
      std::string digits = text;
      if (digits.size() == 7 && digits[4] == '-') digits.erase(4, 1);
      if (digits.size() != 6 || !all_digits(digits) || digits.compare(4, 2, "01") < 0 ||
          digits.compare(4, 2, "12") > 0) {
        throw QuerySyntaxError("month: needs yyyy-mm" + where);
      }
      node.value = digits;
      break;
    }
    case FilterField::id:
      node.value = text;  // ids keep their case (layout::id_term)
      break;
    case FilterField::entity:
      // The value is resolved by the same extractor that read the
      // documents: agency:ICE, agency:"Immigration and Customs
      // Enforcement" and entity:agency:ice are one term.
      node.value = resolve_entity_value(field, text);
      if (node.value.empty()) {
        throw QuerySyntaxError(std::string(field) + ": '" + text + "' names no " + std::string(field) + where);
      }
      break;
    default:
      // As the index writer does: ASCII lower case.
      node.value = text;
      for (char& c : node.value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      break;
  }
  if (node.value.empty()) throw QuerySyntaxError("field " + std::string(field) + ": has an empty value" + where);
  return node;
}

QueryNode date_filter(const std::string& text, std::size_t field_column, std::size_t value_column) {
  QueryNode node;
  node.type = QueryNode::Type::date_range;
  node.column = field_column;
  node.source = "date:" + text;
  std::string where = at_column(value_column);
  std::size_t dots = text.find("..");
  std::string_view from = text, to = text;
  if (dots != std::string::npos) {
    from = std::string_view(text).substr(0, dots);
    to = std::string_view(text).substr(dots + 2);
    if (from.empty() && to.empty()) throw QuerySyntaxError("date range needs at least one end" + where);
  }
  auto bad_date = [&](std::string_view part) {
    return QuerySyntaxError("date: cannot read '" + std::string(part) + "'" + where +
                            " (write yyyy, yyyy-mm or yyyy-mm-dd, ranges as a..b)");
  };
  if (!from.empty()) {
    auto bound = date_bound(from, false);
    if (!bound) throw bad_date(from);
    node.date_from = *bound;
  }
  if (!to.empty()) {
    auto bound = date_bound(to, true);
    if (!bound) throw bad_date(to);
    node.date_to = *bound;
  }
  if (node.date_from && node.date_to && node.date_from > node.date_to) {
    throw QuerySyntaxError("date range ends before it starts" + where);
  }
  return node;
}

}  // namespace

QueryNode filter_node(std::string_view field, const std::string& value, std::size_t field_column,
                      std::size_t value_column) {
  if (field == "date") return date_filter(value, field_column, value_column);
  return value_filter(field, value, field_column, value_column);
}

}  // namespace lexgraph
