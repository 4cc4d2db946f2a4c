#pragma once
// Small, forgiving accessors for JSON objects from outside sources, where
// a field may be missing, null, or of another type than documented.
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace lexgraph {

// The member's string, or "" when it is missing or not a string.
std::string_view json_string(const rapidjson::Value& object, const char* key);

// The member as text: strings as they are, integers in decimal; else "".
std::string json_scalar_text(const rapidjson::Value& object, const char* key);

// The member if it is an object / array, else nullptr.
const rapidjson::Value* json_object(const rapidjson::Value& object, const char* key);
const rapidjson::Value* json_array(const rapidjson::Value& object, const char* key);

bool json_has(const rapidjson::Value& object, const char* key);

// True when the string holds nothing but whitespace.
bool is_blank_text(std::string_view s);

// Human words for a JSON type: "an object", "a number", ...
std::string_view json_type_name(const rapidjson::Value& v);

}  // namespace lexgraph
