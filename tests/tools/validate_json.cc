// validate_json SCHEMA [FILE]: checks one JSON value (FILE or stdin)
// against a draft-04 JSON Schema with RapidJSON's validator, the same one
// the readers use. Exit 0 valid, 1 invalid (the reason on stderr), 2 usage.
// Used by the end-to-end tests to hold every JSON output to its schema.

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace {

bool load(const char* path, std::istream& in, rapidjson::Document& doc) {
  std::stringstream ss;
  ss << in.rdbuf();
  doc.Parse(ss.str().c_str());
  if (doc.HasParseError()) {
    std::cerr << path << ": JSON parse error at offset " << doc.GetErrorOffset() << ": "
              << rapidjson::GetParseError_En(doc.GetParseError()) << '\n';
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: validate_json SCHEMA [FILE]\n";
    return 2;
  }
  std::ifstream schema_in(argv[1]);
  rapidjson::Document schema_doc;
  if (!schema_in || !load(argv[1], schema_in, schema_doc)) return 2;
  rapidjson::SchemaDocument schema(schema_doc);

  rapidjson::Document doc;
  if (argc == 3) {
    std::ifstream in(argv[2]);
    if (!in || !load(argv[2], in, doc)) return 1;
  } else if (!load("<stdin>", std::cin, doc)) {
    return 1;
  }
  rapidjson::SchemaValidator validator(schema);
  if (!doc.Accept(validator)) {
    rapidjson::StringBuffer sp, dp;
    validator.GetInvalidSchemaPointer().StringifyUriFragment(sp);
    validator.GetInvalidDocumentPointer().StringifyUriFragment(dp);
    std::cerr << "invalid: keyword '" << validator.GetInvalidSchemaKeyword() << "' at document " << dp.GetString()
              << " (schema " << sp.GetString() << ")\n";
    return 1;
  }
  return 0;
}
