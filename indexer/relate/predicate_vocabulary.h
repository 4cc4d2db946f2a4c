#pragma once
// The relation vocabulary of schemas/predicates.json, compiled into the
// library: the one place that says which family a predicate belongs to and
// which entity types it joins. Rules, the graph and the commands ask here
// instead of keeping their own lists.

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

struct PredicateInfo {
  std::string name;
  std::string family;  // orders, findings, disclosure, agreements, litigation, citation, roles
  std::vector<std::string> subject_types;
  std::vector<std::string> object_types;
  std::vector<std::string> qualifiers;
  std::string description;
};

// Every predicate, in the file's order.
const std::vector<PredicateInfo>& predicate_vocabulary();
// The predicate named `name`, or nullptr (graph-only edges such as
// "mentions" and "decides" are not in the vocabulary).
const PredicateInfo* find_predicate(std::string_view name);
// Its family, or "" when `name` is not a predicate.
std::string_view predicate_family(std::string_view name);

}  // namespace lexgraph
