#pragma once
// The Supreme Court's docket JSON (supremecourt.gov/RSS/Cases/JSON/<no>.json):
// case number, parties, lower court, and the list of proceedings and orders.
#include <rapidjson/document.h>

#include "read/read_result.h"

namespace lexgraph {

// True when the object has CaseNumber and the docket's other fields.
bool looks_like_scotus_docket(const rapidjson::Value& object);

// A docket Document whose text lists the case, the lower court, each
// proceeding (date: entry) as its own paragraph, and counsel.
ReadResult read_scotus_docket(const rapidjson::Value& docket);

}  // namespace lexgraph
