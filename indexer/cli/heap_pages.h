#pragma once
// A fresh `lexquery` spends most of its time on page faults: loading the
// graph snapshot allocates some 40 MB in small pieces, each 4 KB page of
// the heap faulted in on first touch (on this project's 2-core virtual
// machine a fault costs microseconds, and there are ten thousand). Backing
// the heap with transparent huge pages makes that a few dozen faults.

namespace lexgraph::cli {

// Grows the heap once by a reserve and asks the kernel (madvise
// MADV_HUGEPAGE) to back it with huge pages; big blocks come from the heap
// too, not a mapping each. Call first thing in main, before the heap is
// busy. Does nothing where glibc or transparent huge pages are missing
// (the kernel ignores the advice when they are disabled).
void back_heap_with_huge_pages();

}  // namespace lexgraph::cli
