#include "cli/heap_pages.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace lexgraph::cli {

void back_heap_with_huge_pages() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  // More than a query over a corpus of a few hundred documents needs; what
  // the process never touches costs no memory.
  constexpr std::size_t kReserve = std::size_t{128} << 20;
  // Blocks below this come from the heap (the graph's vertex and edge
  // arrays included), and freeing does not hand the reserve back.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kReserve * 2));
  mallopt(M_TOP_PAD, static_cast<int>(kReserve));
  // One allocation makes the heap grow by the reserve; its span is advised.
  void* probe = std::malloc(kHugePage);
  if (probe == nullptr) return;
  const auto from = (reinterpret_cast<std::uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
  const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
  std::free(probe);
#endif
}

}  // namespace lexgraph::cli
