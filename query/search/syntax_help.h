#pragma once
// The user's guide to the query language, shown by `lexquery search --help`
// and reused in the README.

namespace lexgraph {

extern const char* const kSyntaxHelp;

}  // namespace lexgraph
