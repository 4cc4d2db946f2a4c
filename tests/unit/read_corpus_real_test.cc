// Acceptance: every HTML, PDF and XML original in ../shared/corpus-real
// reads, and its text matches the sibling .txt (the reference text of the
// same document). Similarity is the Dice coefficient over the multisets of
// lower-cased word tokens, so layout differences do not count but lost or
// invented words do. Skipped, saying so, when the corpus is absent.

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "read/reader.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

fs::path corpus_dir() { return fs::path(LEXGRAPH_SHARED_DIR) / "corpus-real"; }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<fs::path> files_ending_with(const std::vector<std::string>& suffixes) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_dir())) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    for (const std::string& s : suffixes)
      if (ends_with(name, s)) found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// "Case: ...", "Date filed: ..." — a header line the corpus texts open with.
bool looks_like_header_line(const std::string& line) {
  std::size_t colon = line.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 40) return false;
  if (!std::isupper(static_cast<unsigned char>(line[0]))) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon), [](unsigned char c) {
    return std::isalnum(c) || c == ' ' || c == '_' || c == '-' || c == '/' || c == '(' || c == ')' || c == '.';
  });
}

// The reference body: the text after its header, when the first block of
// lines is mostly `Key: value` lines.
std::string reference_body(const std::string& text) {
  std::size_t end = text.find("\n\n");
  if (end == std::string::npos) return text;
  int lines = 0, header_lines = 0;
  std::istringstream block(text.substr(0, end));
  for (std::string line; std::getline(block, line);) {
    ++lines;
    if (looks_like_header_line(line)) ++header_lines;
  }
  return 2 * header_lines >= lines ? text.substr(end + 2) : text;
}

std::unordered_map<std::string, int> word_counts(const std::string& text) {
  std::unordered_map<std::string, int> counts;
  std::string word;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      ++counts[word];
      word.clear();
    }
  }
  if (!word.empty()) ++counts[word];
  return counts;
}

double dice(const std::string& a, const std::string& b) {
  auto x = word_counts(a), y = word_counts(b);
  long shared = 0, total = 0;
  for (const auto& [w, n] : x) {
    total += n;
    auto it = y.find(w);
    if (it != y.end()) shared += std::min(n, it->second);
  }
  for (const auto& [w, n] : y) total += n;
  return total == 0 ? 1.0 : 2.0 * static_cast<double>(shared) / static_cast<double>(total);
}

struct Scores {
  int files = 0;
  double sum = 0;
  double min = 1;
  std::string worst;
  void add(double score, const std::string& file) {
    ++files;
    sum += score;
    if (score < min) {
      min = score;
      worst = file;
    }
  }
  double mean() const { return files ? sum / files : 0; }
};

}  // namespace

TEST_CASE("corpus-real: markup originals read and match their reference text") {
  if (!fs::is_directory(corpus_dir())) {
    MESSAGE("skipped: " << corpus_dir().string() << " is absent");
    return;
  }
  // Floors this implementation reaches on the corpus; see the MESSAGE for
  // the figures. PDFs lose a little on purpose: the reference keeps running
  // heads, page numbers and pleading line numbers that the reader removes.
  const std::map<std::string, std::pair<double, double>> floors = {  // mean, min
      {"html", {0.98, 0.90}},
      {"pdf", {0.93, 0.80}},
      {"xml", {0.97, 0.90}}};
  std::map<std::string, Scores> by_format;
  for (const fs::path& original : files_ending_with({".orig.html", ".orig.pdf", ".orig.xml"})) {
    std::string name = original.filename().string();
    std::string format = name.substr(name.rfind('.') + 1);
    CAPTURE(original.string());
    ReadResult result = read_file(original.string());
    CHECK_MESSAGE(result.ok(), result.error);
    if (!result.ok() || result.documents.empty()) {
      by_format[format].add(0, name);
      continue;
    }
    fs::path sibling = original.parent_path() / (name.substr(0, name.size() - std::string(".orig.").size() - format.size()) + ".txt");
    if (!fs::exists(sibling)) continue;
    std::string reference = reference_body(slurp(sibling));
    // One XML file may hold several documents; compare with the best match.
    double best = 0;
    for (const Document& doc : result.documents) {
      CHECK(doc.path == original.string());
      CHECK_FALSE(doc.format.empty());
      best = std::max(best, dice(doc.text, reference));
    }
    by_format[format].add(best, name);
  }
  REQUIRE_FALSE(by_format.empty());
  for (const auto& [format, scores] : by_format) {
    MESSAGE(format << ": " << scores.files << " files, word Dice mean " << scores.mean() << ", min " << scores.min
                   << " (" << scores.worst << ")");
    auto floor = floors.find(format);
    REQUIRE(floor != floors.end());
    CHECK(scores.mean() >= floor->second.first);
    CHECK(scores.min >= floor->second.second);
  }
}

TEST_CASE("corpus-real: detect_format recognises every file by its content") {
  if (!fs::is_directory(corpus_dir())) {
    MESSAGE("skipped: " << corpus_dir().string() << " is absent");
    return;
  }
  const std::map<std::string, Format> expected = {{".orig.html", Format::html}, {".orig.pdf", Format::pdf},
                                                  {".orig.xml", Format::xml},   {".orig.json", Format::json},
                                                  {".txt", Format::text}};
  int checked = 0;
  for (const auto& [suffix, format] : expected) {
    for (const fs::path& file : files_ending_with({suffix})) {
      CAPTURE(file.string());
      // The name carries no hint: content alone must decide.
      CHECK(detect_format(slurp(file), "") == format);
      ++checked;
    }
  }
  MESSAGE("detect_format checked on " << checked << " files");
  CHECK(checked > 300);
}
