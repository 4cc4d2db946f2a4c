#pragma once
// What reading one file yields: documents, or one error that says why not.
// A bad file is an expected failure, returned as a value, never thrown.

#include <string>
#include <vector>

#include "document.h"

namespace lexgraph {

struct ReadResult {
  std::vector<Document> documents;    // JSON Lines and CAP exports may hold several
  std::vector<std::string> warnings;  // one line each, without the file name
  std::string error;                  // one line, without the file name; empty when ok

  bool ok() const { return error.empty(); }

  static ReadResult failure(std::string message) {
    ReadResult r;
    r.error = std::move(message);
    return r;
  }
};

}  // namespace lexgraph
