#pragma once
// Values of the filter fields -> filter nodes, spelled as the index writer
// spells its terms: kind:Opinion -> XKopinion, docket:"No. 25-5181" ->
// XD25-5181, month:2019-05 -> M201905, date:2019..2020 -> a date range.

#include <cstddef>
#include <string>
#include <string_view>

#include "search/query_ast.h"

namespace lexgraph {

// `field` is one of kind year month docket format id date (lower case);
// the columns go into error messages. Throws QuerySyntaxError for a value
// the field cannot take (year:19, date:2019-13, date:2020..2019).
QueryNode filter_node(std::string_view field, const std::string& value, std::size_t field_column,
                      std::size_t value_column);

}  // namespace lexgraph
