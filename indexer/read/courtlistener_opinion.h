#pragma once
// CourtListener opinion JSON (REST API v3 and v4 opinion objects, with the
// cluster either a URL or expanded inline).
#include <rapidjson/document.h>

#include "read/read_result.h"

namespace lexgraph {

// True when the object has an opinion text field (plain_text, html_*,
// xml_harvard) and CourtListener bookkeeping (resource_uri, type, ...).
bool looks_like_courtlistener_opinion(const rapidjson::Value& object);

// Text is plain_text when it holds any, else the best HTML/XML rendering
// converted to text. The v3 opinion object names no case; title stays
// empty unless a case_name is present (v4, or an expanded cluster).
ReadResult read_courtlistener_opinion(const rapidjson::Value& opinion);

}  // namespace lexgraph
