#pragma once
// Caselaw Access Project case JSON: the API's case object (text under
// casebody.data) and the 2024 static export (text under casebody itself).
#include <rapidjson/document.h>

#include "read/read_result.h"

namespace lexgraph {

// True when the object has a casebody, or CAP's name_abbreviation together
// with decision_date.
bool looks_like_cap_case(const rapidjson::Value& object);

// Text is the head matter followed by each opinion, each opinion led by its
// author when the opinion text does not already start with the name.
ReadResult read_cap_case(const rapidjson::Value& case_object);

}  // namespace lexgraph
