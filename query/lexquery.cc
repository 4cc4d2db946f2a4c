// lexquery: search a lexgraph database. A thin layer over the query
// library: parse arguments, run the search, print results.

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/parse_arguments.h"
#include "search/query_parser.h"
#include "search/search_json.h"
#include "search/searcher.h"
#include "store/database_dir.h"

namespace {

using namespace lexgraph;

const char* kProgram = "lexquery";

void print_text(const SearchResults& results, bool explain, bool colour) {
  if (explain) {
    std::printf("query:  %s\nxapian: %s\n", results.parsed.c_str(), results.xapian_query.c_str());
  }
  std::printf("%zu hit%s (about %zu matching)\n", results.hits.size(), results.hits.size() == 1 ? "" : "s",
              results.estimated_matches);
  for (const auto& h : results.hits) {
    std::printf("\n%zu. %s%s%s\n", h.rank, colour ? "\x1b[1m" : "",
                h.title.empty() ? h.id.c_str() : h.title.c_str(), colour ? "\x1b[0m" : "");
    std::string meta;
    auto add = [&](const std::string& v) {
      if (v.empty()) return;
      if (!meta.empty()) meta += " · ";
      meta += v;
    };
    add(h.court);
    add(h.date);
    add(h.kind);
    add(h.docket.empty() ? "" : "No. " + h.docket);
    add(h.citation);
    if (!meta.empty()) std::printf("   %s\n", meta.c_str());
    std::printf("   %s%s%s\n", colour ? "\x1b[2m" : "", h.id.c_str(), colour ? "\x1b[0m" : "");
    if (!h.snippet.empty()) std::printf("   %s\n", h.snippet.c_str());
  }
}

int run_search(const std::string& db, SearchRequest request, bool json, bool explain) {
  DatabaseDir dir(db);
  if (std::string err = dir.prepare(/*create=*/false); !err.empty()) {
    cli::print_error(kProgram, err);
    return cli::kFatal;
  }
  const bool colour = !json && cli::stdout_is_terminal();
  if (colour) {
    request.highlight_open = "\x1b[1;33m";
    request.highlight_close = "\x1b[0m";
  } else if (!json) {
    request.highlight_open = "[";
    request.highlight_close = "]";
  }
  SearchResults results;
  try {
    Xapian::Database xdb(dir.xapian_path());
    results = search(xdb, request);
  } catch (const QuerySyntaxError& e) {
    cli::print_error(kProgram, std::string("query: ") + e.what());
    return cli::kUsage;
  } catch (const Xapian::Error& e) {
    cli::print_error(kProgram, db + ": " + e.get_description());
    return cli::kFatal;
  }
  for (const auto& w : results.warnings) cli::print_error(kProgram, "warning: " + w);
  if (json) {
    write_search_json(std::cout, results);
  } else {
    print_text(results, explain, colour);
  }
  return results.hits.empty() ? cli::kNothingFound : cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"lexquery: search a lexgraph database.\n"
               "Exit codes: 0 found, 1 nothing found, 2 usage or query syntax error, 4 fatal (no database)."};
  app.require_subcommand(1);
  std::string db = lexgraph::cli::default_db_path();
  app.add_option("--db", db, "database directory (default $LEXGRAPH_DB or ./lexgraph.db)");

  auto* search_cmd = app.add_subcommand("search", "Search with terms and connectors.");
  search_cmd->footer(lexgraph::kSyntaxHelp);
  SearchRequest request;
  std::string sort = "relevance";
  bool json = false, explain = false;
  search_cmd->add_option("query", request.query, "the query (quote it for the shell)")->required();
  search_cmd->add_option("--limit", request.limit, "hits to show (default 20)");
  search_cmd->add_option("--offset", request.offset, "hits to skip (default 0)");
  search_cmd->add_option("--sort", sort, "relevance (default), date (newest first) or date-asc")
      ->check(CLI::IsMember({"relevance", "date", "date-asc"}));
  search_cmd->add_flag("--json", json, "print JSON (schemas/search-result.schema.json)");
  search_cmd->add_flag("--explain", explain, "show the query as the engine runs it");

  if (auto stop = lexgraph::cli::parse_arguments(app, argc, argv)) return *stop;
  request.sort = sort == "date" ? lexgraph::SortOrder::date_newest
               : sort == "date-asc" ? lexgraph::SortOrder::date_oldest
                                    : lexgraph::SortOrder::relevance;
  if (*search_cmd) return run_search(db, request, json, explain);
  return lexgraph::cli::kUsage;
}
