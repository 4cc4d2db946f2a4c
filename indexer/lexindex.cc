// lexindex: build and maintain a lexgraph database. A thin layer over the
// indexer library: parse arguments, call the library, print results.

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <csignal>
#include <fstream>
#include <iterator>
#include <cstdio>
#include <iostream>
#include <type_traits>
#include <variant>

#include "build/builder.h"
#include "build/prepared_file.h"
#include "extract/extraction_json.h"
#include "graph/graph_snapshot.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"
#include "cli/cli_common.h"
#include "cli/parse_arguments.h"
#include "cli/progress_bar.h"
#include "store/database_dir.h"
#include "store/index_layout.h"
#include "store/index_writer.h"

namespace {

using namespace lexgraph;

std::atomic<bool> g_cancel{false};

extern "C" void on_signal(int) { g_cancel.store(true); }

const char* kProgram = "lexindex";

int run_build(const std::string& db, const std::vector<std::string>& roots, unsigned shards,
              unsigned max_file_mb, bool force, bool json) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  cli::ProgressBar bar(cli::stderr_is_terminal() && !json);
  BuildOptions options;
  options.db_path = db;
  options.threads = shards;
  options.max_file_bytes = static_cast<std::uint64_t>(max_file_mb) << 20;
  options.force = force;
  options.cancel = &g_cancel;
  options.on_progress = [&](const BuildProgress& p) { bar.update(p); };
  options.on_error = [&](const std::string& line) {
    bar.clear();
    cli::print_error(kProgram, line);
  };
  options.on_warning = [&](const std::string& line) {
    bar.clear();
    cli::print_error(kProgram, "warning: " + line);
  };
  BuildSummary s;
  try {
    s = build_index(roots, options);
  } catch (const Xapian::Error& e) {
    bar.clear();
    cli::print_error(kProgram, db + ": " + e.get_description());
    return cli::kFatal;
  } catch (const std::exception& e) {
    bar.clear();
    cli::print_error(kProgram, e.what());
    return cli::kFatal;
  }
  bar.clear();
  const double mb = double(s.bytes) / 1e6;
  const double rate = s.seconds > 0 ? mb / s.seconds : 0;
  if (json) {
    std::printf(
        "{\"added\":%llu,\"updated\":%llu,\"unchanged\":%llu,\"failed\":%llu,\"documents_written\":%llu,"
        "\"database_documents\":%llu,\"mb\":%.3f,\"seconds\":%.3f,\"mb_per_second\":%.3f,\"interrupted\":%s,"
        "\"graph_vertices\":%llu,\"graph_edges\":%llu,\"graph_seconds\":%.3f}\n",
        (unsigned long long)s.added, (unsigned long long)s.updated, (unsigned long long)s.unchanged,
        (unsigned long long)s.failed, (unsigned long long)s.documents_written,
        (unsigned long long)s.database_documents, mb, s.seconds, rate, s.interrupted ? "true" : "false",
        (unsigned long long)s.graph_vertices, (unsigned long long)s.graph_edges, s.graph_seconds);
  } else {
    std::printf("%sadded %llu, updated %llu, unchanged %llu, failed %llu files; %.1f MB in %.1f s (%.1f MB/s); "
                "%llu documents in %s\n",
                s.interrupted ? "interrupted: " : "", (unsigned long long)s.added, (unsigned long long)s.updated,
                (unsigned long long)s.unchanged, (unsigned long long)s.failed, mb, s.seconds, rate,
                (unsigned long long)s.database_documents, db.c_str());
    if (s.graph_vertices > 0) {
      std::printf("graph: %llu vertices, %llu edges in %.1f s\n", (unsigned long long)s.graph_vertices,
                  (unsigned long long)s.graph_edges, s.graph_seconds);
    }
  }
  return (s.failed > 0 || s.interrupted) ? cli::kPartialFailure : cli::kOk;
}

int run_remove(const std::string& db, const std::vector<std::string>& ids) {
  DatabaseDir dir(db);
  if (std::string err = dir.prepare(/*create=*/false); !err.empty()) {
    cli::print_error(kProgram, err);
    return cli::kFatal;
  }
  unsigned removed = 0;
  try {
    Manifest m;
    if (std::string err = dir.read_manifest(m); !err.empty()) {
      cli::print_error(kProgram, err);
      return cli::kFatal;
    }
    std::vector<bool> found(ids.size(), false);
    for (unsigned shard = 0; shard < m.shards; ++shard) {
      IndexWriter writer(dir.shard_path(shard));
      for (std::size_t i = 0; i < ids.size(); ++i) {
        if (writer.remove_id(ids[i])) found[i] = true;
      }
      writer.commit();
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (found[i]) {
        ++removed;
      } else {
        cli::print_error(kProgram, ids[i] + ": no such document");
      }
    }
    if (std::string err = dir.refresh_manifest(); !err.empty()) cli::print_error(kProgram, err);
    if (removed > 0) {
      if (std::string err = update_graph_snapshot(dir); !err.empty()) cli::print_error(kProgram, "warning: " + err);
    }
  } catch (const Xapian::Error& e) {
    cli::print_error(kProgram, db + ": " + e.get_description());
    return cli::kFatal;
  }
  std::printf("removed %u of %zu\n", removed, ids.size());
  if (removed == 0) return cli::kNothingFound;
  return removed == ids.size() ? cli::kOk : cli::kPartialFailure;
}

int run_stats(const std::string& db, bool json) {
  DatabaseDir dir(db);
  Manifest m;
  if (std::string err = dir.prepare(false); !err.empty() || !(err = dir.read_manifest(m)).empty()) {
    cli::print_error(kProgram, err);
    return cli::kFatal;
  }
  try {
    Xapian::Database x(dir.xapian_path());
    auto counts = [&](std::string_view prefix) {
      std::vector<std::pair<std::string, Xapian::doccount>> out;
      const std::string p(prefix);
      for (auto it = x.allterms_begin(p); it != x.allterms_end(p); ++it) {
        out.emplace_back((*it).substr(p.size()), it.get_termfreq());
      }
      return out;
    };
    const auto kinds = counts(layout::kKindPrefix);
    const auto formats = counts(layout::kFormatPrefix);
    if (json) {
      std::printf("{\"documents\":%u,\"files\":%llu,\"terms\":%llu,\"average_length\":%.1f,\"updated\":\"%s\",",
                  x.get_doccount(), (unsigned long long)m.files, (unsigned long long)x.get_total_length(),
                  x.get_avlength(), m.updated.c_str());
      auto obj = [&](const char* name, const auto& v, bool last) {
        std::printf("\"%s\":{", name);
        for (std::size_t i = 0; i < v.size(); ++i) std::printf("%s\"%s\":%u", i ? "," : "", v[i].first.c_str(), v[i].second);
        std::printf("}%s", last ? "" : ",");
      };
      obj("kinds", kinds, false);
      obj("formats", formats, true);
      std::printf("}\n");
    } else {
      std::printf("database   %s (format %d, updated %s)\n", db.c_str(), m.format_version, m.updated.c_str());
      std::printf("documents  %u from %llu files\n", x.get_doccount(), (unsigned long long)m.files);
      std::printf("words      %llu (%.0f per document)\n", (unsigned long long)x.get_total_length(), x.get_avlength());
      auto line = [](const char* label, const auto& v) {
        std::printf("%-10s", label);
        for (const auto& [name, n] : v) std::printf(" %s %u", name.c_str(), n);
        std::printf("\n");
      };
      line("kinds", kinds);
      line("formats", formats);
    }
  } catch (const Xapian::Error& e) {
    cli::print_error(kProgram, db + ": " + e.get_description());
    return cli::kFatal;
  }
  return cli::kOk;
}

// A qualifier's value as text: "42695", "true", "a|b".
std::string attr_text(const AttrValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, double>) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.15g", v);  // 1280000, not 1.28e+06
          return buf;
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else {
          std::string out;
          for (const auto& item : v) out += (out.empty() ? "" : "|") + item;
          return out;
        }
      },
      value);
}

// One line per relation, "subject —predicate→ object", its qualifiers and
// sentence; citations only counted (the entity list shows what is cited).
void print_relations_text(const PreparedDocument& d) {
  const Extraction& x = d.extraction;
  auto name_of = [&](const std::string& id) -> std::string {
    if (id == document_node_id(d.doc.id)) return "this document";
    for (const auto& e : x.entities) {
      if (e.id == id) return e.name;
    }
    return id;
  };
  std::size_t cites = 0;
  for (const auto& r : x.relations) cites += r.predicate == "cites";
  std::printf("\n%zu relations (%zu of them cites)\n\n", x.relations.size(), cites);
  for (const auto& r : x.relations) {
    if (r.predicate == "cites") continue;
    std::string object = r.object.empty() ? "" : name_of(r.object);
    if (!r.object_text.empty()) object += (object.empty() ? "\"" : " \"") + r.object_text + "\"";
    std::string qualifiers;
    for (const auto& [key, value] : r.qualifiers) qualifiers += (qualifiers.empty() ? "" : ", ") + key + "=" + attr_text(value);
    std::printf("%s —%s→ %s%s%s%s  (sentence %zu, %.2f)\n", name_of(r.subject).c_str(), r.predicate.c_str(),
                object.c_str(), qualifiers.empty() ? "" : "  [", qualifiers.c_str(), qualifiers.empty() ? "" : "]",
                r.sentence, r.confidence);
  }
}

void print_extraction_text(const PreparedDocument& d) {
  const Document& doc = d.doc;
  std::printf("%s\n", doc.title.empty() ? doc.id.c_str() : doc.title.c_str());
  std::string meta;
  for (const std::string* v : {&doc.kind, &doc.court, &doc.date, &doc.docket}) {
    if (v->empty()) continue;
    if (!meta.empty()) meta += " · ";
    meta += *v;
  }
  if (!meta.empty()) std::printf("%s\n", meta.c_str());
  std::printf("%zu sentences, %zu mentions, %zu entities\n\n", d.segments.sentences.size(),
              d.extraction.mentions.size(), d.extraction.entities.size());
  for (const auto& e : d.extraction.entities) {
    std::string aliases;
    for (const auto& a : e.aliases) {
      if (a == e.name) continue;
      aliases += aliases.empty() ? "" : " | ";
      aliases += a;
    }
    std::printf("%-12s %-34s %s%s%s  (%zu)\n", e.type.c_str(), e.id.c_str(), e.name.c_str(),
                aliases.empty() ? "" : "  aka ", aliases.c_str(), e.mentions.size());
  }
  print_relations_text(d);
}

int run_extract(const std::string& path, bool json, bool pretty) {
  std::string bytes;
  std::string name = path;
  if (path == "-") {
    name = "<stdin>";
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      cli::print_error(kProgram, path + ": cannot open");
      return cli::kFatal;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ReadResult read = read_bytes(bytes, name);
  for (const auto& w : read.warnings) cli::print_error(kProgram, "warning: " + name + ": " + w);
  if (!read.ok()) {
    cli::print_error(kProgram, name + ": " + read.error);
    return cli::kFatal;
  }
  SentenceSplitter splitter;
  for (std::size_t i = 0; i < read.documents.size(); ++i) {
    Document& doc = read.documents[i];
    if (doc.id.empty()) doc.id = read.documents.size() > 1 ? name + "#" + std::to_string(i + 1) : name;
    PreparedDocument d = analyze_document(std::move(doc), splitter);
    if (json) {
      std::printf("%s\n", extraction_json(d.doc, d.normalized, d.segments, d.extraction, pretty).c_str());
    } else {
      if (i) std::printf("\n");
      print_extraction_text(d);
    }
  }
  return cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"lexindex: build and maintain a lexgraph database of legal documents.\n"
               "Exit codes: 0 ok, 1 nothing found, 2 usage error, 3 partial failure (some files failed or the\n"
               "run was interrupted; everything committed before stays), 4 fatal (database unusable)."};
  app.require_subcommand(1);
  std::string db = lexgraph::cli::default_db_path();
  app.add_option("--db", db, "database directory (default $LEXGRAPH_DB or ./lexgraph.db)");

  auto* build = app.add_subcommand("build", "Index files and folders (every format: text, Markdown, JSON, JSON Lines,\n"
                                            "CourtListener and Caselaw Access Project JSON, HTML, PDF, USLM XML).\n"
                                            "Unchanged files are skipped, changed ones replaced.");
  std::vector<std::string> roots;
  unsigned shards = 0, max_file_mb = 100;
  bool force = false, build_json = false;
  build->add_option("paths", roots, "files or folders to index")->required();
  build->add_option("--shards", shards, "shards of a new database, built in parallel (default: one per core)");
  build->add_option("--max-file-mb", max_file_mb, "refuse files larger than this (default 100)");
  build->add_flag("--force", force, "re-index files even when unchanged");
  build->add_flag("--json", build_json, "print the summary as JSON (schemas/build-summary.schema.json)");

  auto* remove = app.add_subcommand("remove", "Delete documents by id (ids as `lexquery search` shows them).");
  std::vector<std::string> ids;
  remove->add_option("ids", ids, "document ids")->required();

  auto* stats = app.add_subcommand("stats", "Print counts: documents, files, words, kinds, formats.");
  bool stats_json = false;
  stats->add_flag("--json", stats_json, "print as JSON (schemas/stats.schema.json)");

  auto* extract = app.add_subcommand("extract", "Show one file's entities: citations, statutes, courts, judges, agencies,\n"
                                                "people, organizations, orders, figures, money, dates (no database needed).");
  std::string extract_path;
  bool extract_json_flag = false, extract_pretty = false;
  extract->add_option("file", extract_path, "the file, or - for standard input")->required();
  extract->add_flag("--json", extract_json_flag, "print JSON (schemas/extraction.schema.json), one object per document");
  extract->add_flag("--pretty", extract_pretty, "indent the JSON");

  if (auto stop = lexgraph::cli::parse_arguments(app, argc, argv)) return *stop;
  if (*build) return run_build(db, roots, shards, max_file_mb, force, build_json);
  if (*remove) return run_remove(db, ids);
  if (*stats) return run_stats(db, stats_json);
  if (*extract) return run_extract(extract_path, extract_json_flag || extract_pretty, extract_pretty);
  return lexgraph::cli::kUsage;
}
