// Accuracy of normalize + split on hand-checked sentence boundaries in real
// documents. tests/data/sentence_boundaries.tsv names a file under
// ../shared/corpus-real and a byte offset in it (the whole file, header
// included) of the first byte of the token after a candidate break, and says
// whether a sentence starts there. The texts themselves are never copied
// into the repository; without the shared folder the test is skipped.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"

namespace {

// A predicted sentence start counts for an expected one this close (bytes):
// enough for an opening quote or bracket the labeller put on either side.
constexpr std::size_t kTolerance = 2;

struct BoundaryCase {
  std::string file;
  std::size_t offset = 0;
  bool expect_break = false;
  std::string why;
};

std::vector<BoundaryCase> read_cases(const std::filesystem::path& tsv) {
  std::vector<BoundaryCase> cases;
  std::ifstream in(tsv);
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {  // the column names
      header_seen = true;
      continue;
    }
    std::stringstream fields(line);
    BoundaryCase c;
    std::string offset, expect;
    std::getline(fields, c.file, '\t');
    std::getline(fields, offset, '\t');
    std::getline(fields, expect, '\t');
    std::getline(fields, c.why);
    c.offset = std::strtoull(offset.c_str(), nullptr, 10);
    c.expect_break = expect == "break";
    cases.push_back(c);
  }
  return cases;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The corpus texts may open with a header of "Key: value" lines ended by a
// blank line; the body starts after it. A first block without such a line
// is body (statutes open with their heading).
std::size_t body_offset(const std::string& file) {
  std::size_t blank = file.find("\n\n");
  if (blank == std::string::npos) return 0;
  static const std::regex key_value("^[A-Z][A-Za-z ()/-]{0,40}: ");
  std::stringstream block(file.substr(0, blank));
  std::string line;
  while (std::getline(block, line)) {
    if (std::regex_search(line, key_value)) return blank + 2;
  }
  return 0;
}

}  // namespace

TEST_CASE("hand-checked sentence boundaries in real documents") {
  const std::filesystem::path corpus = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("skipped: " << corpus.string() << " is not there");
    return;
  }
  const std::vector<BoundaryCase> cases =
      read_cases(std::filesystem::path(LEXGRAPH_SOURCE_DIR) / "tests/data/sentence_boundaries.tsv");
  REQUIRE(cases.size() >= 200);

  std::map<std::string, std::vector<const BoundaryCase*>> by_file;
  for (const BoundaryCase& c : cases) by_file[c.file].push_back(&c);

  lexgraph::SentenceSplitter splitter;
  std::size_t correct = 0, breaks = 0, breaks_found = 0;
  std::vector<std::string> misses;
  for (const auto& [name, file_cases] : by_file) {
    const std::filesystem::path path = corpus / name;
    REQUIRE_MESSAGE(std::filesystem::exists(path), "missing corpus file " << name);
    const std::string file = read_file(path);
    const std::size_t body = body_offset(file);
    const lexgraph::NormalizedText normalized = lexgraph::normalize(std::string_view(file).substr(body));
    const lexgraph::Segmentation segmentation = splitter.split(normalized.text);
    std::vector<std::size_t> starts;
    for (const lexgraph::Sentence& s : segmentation.sentences) {
      starts.push_back(body + normalized.offsets.to_original(s.start));
    }
    for (const BoundaryCase* c : file_cases) {
      bool predicted = false;
      for (std::size_t start : starts) {
        predicted |= start + kTolerance >= c->offset && start <= c->offset + kTolerance;
      }
      if (c->expect_break) {
        ++breaks;
        breaks_found += predicted;
      }
      if (predicted == c->expect_break) {
        ++correct;
      } else {
        std::size_t from = c->offset > 50 ? c->offset - 50 : 0;
        std::string context = file.substr(from, c->offset - from) + "|" + file.substr(c->offset, 40);
        for (char& ch : context) {
          if (ch == '\n' || ch == '\f') ch = ' ';
        }
        misses.push_back(name + ":" + std::to_string(c->offset) + " expected " +
                         (c->expect_break ? "break" : "nobreak") + " (" + c->why + "): " + context);
      }
    }
  }
  const double accuracy = static_cast<double>(correct) / static_cast<double>(cases.size());
  std::ostringstream report;
  report << "sentence boundaries: " << correct << "/" << cases.size() << " correct ("
         << accuracy * 100.0 << "%), true breaks found " << breaks_found << "/" << breaks;
  for (const std::string& miss : misses) report << "\n  miss " << miss;
  MESSAGE(report.str());
  CHECK(accuracy >= 0.99);
}
