// cli/heap_pages.h: after the call, part of the heap carries the huge-page
// advice (VmFlags "hg" in /proc/self/smaps), and malloc still works.
// Skipped where the kernel has no transparent huge pages.

#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "cli/heap_pages.h"

namespace {

bool kernel_has_huge_pages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(in, modes);
  return !modes.empty() && modes.find("[never]") == std::string::npos;
}

// Kilobytes of mappings advised MADV_HUGEPAGE.
long advised_kb() {
  std::ifstream smaps("/proc/self/smaps");
  long total = 0, size = 0;
  for (std::string line; std::getline(smaps, line);) {
    if (line.rfind("Size:", 0) == 0) size = std::atol(line.c_str() + 5);
    if (line.rfind("VmFlags:", 0) == 0 && (line + " ").find(" hg ") != std::string::npos) total += size;
  }
  return total;
}

}  // namespace

TEST_CASE("the heap is backed by huge pages, and allocation still works") {
  if (!kernel_has_huge_pages() || !std::ifstream("/proc/self/smaps")) {
    MESSAGE("skipped: no transparent huge pages here");
    return;
  }
  lexgraph::cli::back_heap_with_huge_pages();
  CHECK(advised_kb() >= 2048);
  // Small and big blocks, as a graph load makes them.
  std::vector<std::string> names;
  for (int i = 0; i < 100000; ++i) names.push_back("vertex name long enough for the heap " + std::to_string(i));
  std::vector<char> big(48u << 20, 'x');
  CHECK(names.back().ends_with("99999"));
  CHECK(big[big.size() - 1] == 'x');
}
