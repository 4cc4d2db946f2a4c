#include "cli/progress_bar.h"

#include <cstdio>

namespace lexgraph::cli {

void ProgressBar::update(const BuildProgress& p) {
  if (!enabled_) return;
  const bool done = p.files_done == p.files_total;
  if (!done && p.seconds - last_draw_ < 0.1) return;  // redraw at most 10 times a second
  last_draw_ = p.seconds;
  const double fraction = p.bytes_total ? double(p.bytes_done) / double(p.bytes_total)
                                        : (p.files_total ? double(p.files_done) / double(p.files_total) : 1.0);
  constexpr int kWidth = 28;
  char bar[kWidth + 1];
  const int filled = static_cast<int>(fraction * kWidth);
  for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '=' : (i == filled ? '>' : ' ');
  bar[kWidth] = '\0';
  const double mb = double(p.bytes_done) / 1e6, total_mb = double(p.bytes_total) / 1e6;
  const double rate = p.seconds > 0 ? mb / p.seconds : 0;
  const double eta = rate > 0 ? (total_mb - mb) / rate : 0;
  std::fprintf(stderr, "\r[%s] %llu/%llu files  %.1f/%.1f MB  %.1f MB/s  ETA %.0fs \x1b[K", bar,
               static_cast<unsigned long long>(p.files_done), static_cast<unsigned long long>(p.files_total), mb,
               total_mb, rate, eta);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressBar::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace lexgraph::cli
