// Extraction benchmark: runs entity extraction alone (stages 4-5), single
// threaded, over every .txt file under a folder (default
// ../shared/corpus-real) and prints MB/s per extractor family, for the
// overlap and resolution stages, overall, and for the relation stage (6)
// after it, and peak memory. Times are this thread's CPU time, best of
// three runs. Reading, normalizing and segmenting happen before the clock
// starts. A program, not a test: it measures, it asserts nothing.

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/citations/case_citations.h"
#include "extract/entity_extractor.h"
#include "extract/figures/figures.h"
#include "extract/names/names.h"
#include "extract/overlaps.h"
#include "extract/statutes/statutes.h"
#include "normalize/normalizer.h"
#include "read/reader.h"
#include "relate/relation_extractor.h"
#include "resolve/resolver.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

struct Prepared {
  Document doc;
  NormalizedText normalized;
  Segmentation segments;
};

// This thread's CPU time, not the wall clock: the machine is shared, and
// time spent waiting for a core says nothing about the extractors.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

template <typename F>
double seconds(F&& f, int repeats) {
  double best = 1e30;
  for (int r = 0; r < repeats; ++r) {
    const double t0 = thread_cpu_seconds();
    f();
    best = std::min(best, thread_cpu_seconds() - t0);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path root = argc > 1 ? fs::path(argv[1]) : fs::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!fs::exists(root)) {
    std::fprintf(stderr, "extract_bench: %s not found\n", root.c_str());
    return 1;
  }
  std::vector<Prepared> docs;
  SentenceSplitter splitter;
  std::size_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    ReadResult r = read_file(e.path().string());
    if (!r.ok()) continue;
    for (auto& d : r.documents) {
      Prepared p;
      p.doc = std::move(d);
      p.doc.id = e.path().string();
      p.normalized = normalize(p.doc.text);
      p.segments = splitter.split(p.normalized.text);
      bytes += p.normalized.text.size();
      docs.push_back(std::move(p));
    }
  }
  const double mb = double(bytes) / 1e6;
  std::printf("input: %s, %zu documents, %.1f MB of normalized text (best of 3 runs, one thread, CPU time)\n", root.c_str(),
              docs.size(), mb);

  auto family = [&](const char* name, void (*extract)(const ExtractionContext&, std::vector<Mention>&)) {
    std::size_t mentions = 0;
    double s = seconds(
        [&] {
          mentions = 0;
          for (const auto& p : docs) {
            std::vector<Mention> out;
            extract(ExtractionContext{p.doc, p.normalized.text, p.segments}, out);
            mentions += out.size();
          }
        },
        3);
    std::printf("  %-16s %8.1f MB/s  %7zu mentions\n", name, mb / s, mentions);
  };
  family("case citations", extract_case_citations);
  family("dockets", extract_dockets);
  family("statutes", extract_statutes);
  family("names", extract_names);
  family("figures, money", extract_figures);
  family("dates", extract_dates);
  family("orders", extract_orders);

  std::size_t mentions = 0, entities = 0;
  double s = seconds(
      [&] {
        mentions = entities = 0;
        for (const auto& p : docs) {
          Extraction x = extract_entities(ExtractionContext{p.doc, p.normalized.text, p.segments});
          mentions += x.mentions.size();
          entities += x.entities.size();
        }
      },
      3);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);  // before the stage timings below keep every document's mentions
  const long peak_mb = usage.ru_maxrss / 1024;

  // The stages after the extractors, timed alone on the mentions they see in
  // extract_entities, so a slow resolver cannot hide in the overall figure.
  std::vector<std::vector<Mention>> raw(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const ExtractionContext ctx{docs[i].doc, docs[i].normalized.text, docs[i].segments};
    for (auto extract : {extract_case_citations, extract_dockets, extract_statutes, extract_names, extract_figures,
                         extract_dates, extract_orders})
      extract(ctx, raw[i]);
  }
  double settle_s = seconds(
      [&] {
        for (const auto& r : raw) {
          std::vector<Mention> copy = r;
          settle_overlaps(copy);
        }
      },
      3);
  double copy_s = seconds(
      [&] {
        for (const auto& r : raw) std::vector<Mention> copy = r;
      },
      3);
  for (auto& r : raw) settle_overlaps(r);
  double resolve_s = seconds(
      [&] {
        for (std::size_t i = 0; i < docs.size(); ++i) resolve_entities(raw[i], docs[i].normalized.text, docs[i].doc.id);
      },
      3);
  std::printf("  %-16s %8.1f MB/s\n", "overlaps", mb / std::max(settle_s - copy_s, 1e-9));
  std::printf("  %-16s %8.1f MB/s  (includes copying its input)\n", "resolution", mb / resolve_s);

  std::size_t relations = 0;
  std::vector<Extraction> extracted;
  for (const auto& p : docs) extracted.push_back(extract_entities(ExtractionContext{p.doc, p.normalized.text, p.segments}));
  double relate_s = seconds(
      [&] {
        relations = 0;
        for (std::size_t i = 0; i < docs.size(); ++i) {
          Extraction x = extracted[i];  // extract_relations fills x.relations and may touch mentions
          extract_relations(ExtractionContext{docs[i].doc, docs[i].normalized.text, docs[i].segments}, x);
          relations += x.relations.size();
        }
      },
      3);
  double extraction_copy_s = seconds(
      [&] {
        for (const auto& x : extracted) Extraction copy = x;
      },
      3);
  relate_s = std::max(relate_s - extraction_copy_s, 1e-9);
  std::printf("  %-16s %8.1f MB/s  %7zu relations\n", "relations", mb / relate_s, relations);
  std::printf("all extraction + resolution: %.1f MB/s (%.2f s), %zu mentions, %zu entities; peak memory %ld MB\n",
              mb / s, s, mentions, entities, peak_mb);
  std::printf("entities + relations: %.1f MB/s (%.2f s)\n", mb / (s + relate_s), s + relate_s);
  std::printf("reference: eyecite (Python) is reported at about 0.23 MB/s on this kind of text for citations alone\n");
  return 0;
}
