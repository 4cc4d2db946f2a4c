#pragma once
// A one-line progress bar on a terminal (files, MB, rate, ETA); silent
// when stderr is not a terminal so logs and pipes stay clean.

#include "build/builder.h"

namespace lexgraph::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  void update(const BuildProgress& p);
  void clear();  // erase the bar before other output and at the end

 private:
  bool enabled_;
  bool shown_ = false;
  double last_draw_ = -1;
};

}  // namespace lexgraph::cli
