#include "cli/heap_pages.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace lexgraph::cli {

void back_heap_with_huge_pages() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  // More than a query over a corpus of a few hundred documents needs; what
  // the process never touches costs no memory.
  constexpr std::size_t kReserve = std::size_t{128} << 20;
  constexpr int kDefaultTopPad = 128 * 1024;  // glibc's own
  // Under an address-space limit (ulimit -v) the reserve could take what
  // the query needs: leave the heap as glibc grows it.
  rlimit address_space{};
  if (getrlimit(RLIMIT_AS, &address_space) != 0 || address_space.rlim_cur != RLIM_INFINITY) return;
  // Blocks below this come from the heap (the graph's vertex and edge
  // arrays included), and freeing does not hand the reserve back.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kReserve * 2));
  mallopt(M_TOP_PAD, static_cast<int>(kReserve));
  // One allocation makes the heap grow by the reserve; its span is advised.
  void* probe = std::malloc(kHugePage);
  if (probe == nullptr) {
    mallopt(M_TOP_PAD, kDefaultTopPad);
    return;
  }
  const auto from = (reinterpret_cast<std::uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
  const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
  std::free(probe);
  // Later growth asks for what it needs, as glibc would.
  mallopt(M_TOP_PAD, kDefaultTopPad);
#endif
}

}  // namespace lexgraph::cli
