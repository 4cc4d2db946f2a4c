#include "search/query_ast.h"

#include <cstdio>

#include "store/index_layout.h"

namespace lexgraph {

std::string TermPattern::spelling() const {
  std::string out = literal;
  out.append(optional_tail, '*');
  if (root_expander) out += '!';
  return out;
}

bool QueryNode::is_term_set() const {
  if (is_single_term()) return true;
  if (type != Type::any_of || children.empty()) return false;
  for (const QueryNode& child : children) {
    if (!child.is_single_term() || child.field != children.front().field) return false;
  }
  return true;
}

std::string_view field_name(TextField field) {
  switch (field) {
    case TextField::body: return "body";
    case TextField::title: return "title";
    case TextField::court: return "court";
    case TextField::judge: return "judge";
  }
  return "body";
}

std::string_view field_name(FilterField field) {
  switch (field) {
    case FilterField::kind: return "kind";
    case FilterField::year: return "year";
    case FilterField::month: return "month";
    case FilterField::docket: return "docket";
    case FilterField::format: return "format";
    case FilterField::id: return "id";
    case FilterField::entity: return "entity";
  }
  return "kind";
}

std::string_view field_prefix(TextField field) {
  switch (field) {
    case TextField::body: return "";
    case TextField::title: return layout::kTitlePrefix;
    case TextField::court: return layout::kCourtPrefix;
    case TextField::judge: return layout::kJudgePrefix;
  }
  return "";
}

std::string_view field_prefix(FilterField field) {
  switch (field) {
    case FilterField::kind: return layout::kKindPrefix;
    case FilterField::year: return layout::kYearPrefix;
    case FilterField::month: return layout::kMonthPrefix;
    case FilterField::docket: return layout::kDocketPrefix;
    case FilterField::format: return layout::kFormatPrefix;
    case FilterField::id: return layout::kIdPrefix;
    case FilterField::entity: return layout::kEntityPrefix;
  }
  return layout::kKindPrefix;
}

std::string filter_term(const QueryNode& filter) {
  if (filter.filter == FilterField::id) return layout::id_term(filter.value);
  return std::string(field_prefix(filter.filter)) + filter.value;
}

namespace {

std::string iso_of(std::uint32_t yyyymmdd) {
  char buf[16];
  unsigned y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
  if (m == 0 || m == 99) {
    std::snprintf(buf, sizeof buf, "%04u", y);
  } else if (d == 0 || d == 99) {
    std::snprintf(buf, sizeof buf, "%04u-%02u", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", y, m, d);
  }
  return buf;
}

std::string connector_spelling(const QueryNode& node) {
  std::string out = node.ordered ? "+" : "/";
  switch (node.unit) {
    case ProximityUnit::words: out += std::to_string(node.distance); break;
    case ProximityUnit::sentence: out += 's'; break;
    case ProximityUnit::paragraph: out += 'p'; break;
  }
  return out;
}

std::string joined(const QueryNode& node, std::string_view separator) {
  std::string out = "(";
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    if (i) out += separator;
    out += describe(node.children[i]);
  }
  return out + ")";
}

}  // namespace

std::string describe(const QueryNode& node) {
  switch (node.type) {
    case QueryNode::Type::terms: {
      std::string out;
      if (node.field != TextField::body) out = std::string(field_name(node.field)) + ":";
      bool quote = node.patterns.size() > 1;
      if (quote) out += '"';
      for (std::size_t i = 0; i < node.patterns.size(); ++i) {
        if (i) out += ' ';
        out += node.patterns[i].spelling();
      }
      if (quote) out += '"';
      return out;
    }
    case QueryNode::Type::filter:
      return std::string(field_name(node.filter)) + ":" + node.value;
    case QueryNode::Type::date_range:
    {
      std::string out = "date:";
      if (node.date_from) out += iso_of(node.date_from);
      out += "..";
      if (node.date_to) out += iso_of(node.date_to);
      return out;
    }
    case QueryNode::Type::any_of: return joined(node, " OR ");
    case QueryNode::Type::all_of: return joined(node, " AND ");
    case QueryNode::Type::but_not: return joined(node, " BUT NOT ");
    case QueryNode::Type::proximity: {
      std::string separator = " ";
      separator += connector_spelling(node);
      separator += ' ';
      return joined(node, separator);
    }
  }
  return {};
}

}  // namespace lexgraph
