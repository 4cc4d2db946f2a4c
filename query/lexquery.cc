// lexquery: search a lexgraph database, walk its knowledge graph and
// answer questions. A thin layer over the query library: parse arguments,
// run, print results.

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "ask/answer_json.h"
#include "ask/answer_text.h"
#include "ask/ask_engine.h"
#include "cli/cli_common.h"
#include "cli/heap_pages.h"
#include "cli/parse_arguments.h"
#include "graph/citator.h"
#include "graph/graph_export.h"
#include "graph/graph_output.h"
#include "graph/graph_snapshot.h"
#include "graph/graphviz_render.h"
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

// --- ask: questions in plain English (query/ask/) ---------------------------
struct AskArguments {
  std::string question;
  std::string questions_file;  // --questions: one question a line ("-": standard input)
  bool json = false, explain = false;
  std::size_t top = 5;
};

// The questions of a --questions file, one a line; blank lines skipped.
// Empty optional when the file cannot be read.
std::optional<std::vector<std::string>> read_questions(const std::string& path) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path);
    if (!file) return std::nullopt;
    in = &file;
  }
  std::vector<std::string> questions;
  for (std::string line; std::getline(*in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) questions.push_back(std::move(line));
  }
  if (in->bad()) return std::nullopt;
  return questions;
}

int run_ask(const std::string& db, const AskArguments& args) {
  std::vector<std::string> questions;
  if (args.question.empty() && args.questions_file.empty()) {
    cli::print_error(kProgram, "ask: a question, or --questions FILE, is required");
    return cli::kUsage;
  }
  if (args.questions_file.empty()) {
    questions.push_back(args.question);
  } else if (auto read = read_questions(args.questions_file)) {
    questions = std::move(*read);
    if (questions.empty()) {
      cli::print_error(kProgram, args.questions_file + ": no questions in it (one a line)");
      return cli::kUsage;
    }
  } else {
    cli::print_error(kProgram, args.questions_file + ": cannot read the questions");
    return cli::kUsage;
  }
  DatabaseDir dir(db);
  if (std::string err = dir.prepare(/*create=*/false); !err.empty()) {
    cli::print_error(kProgram, err);
    return cli::kFatal;
  }
  // The graph is one of two sources: without it, passages still answer.
  // Held by a static pointer and never freed: the process ends right after
  // the answers, and freeing ~100k small blocks would add ~10 ms to a cold
  // question (measured); the memory stays reachable, so no leak is reported.
  static KnowledgeGraph* const kept = new KnowledgeGraph;
  KnowledgeGraph& graph = *kept;
  const bool have_graph = [&] {
    std::string err = open_graph(dir, graph);
    if (!err.empty()) cli::print_error(kProgram, "warning: graph: " + err + " (answering from passages only)");
    return err.empty();
  }();
  // A list of questions (--questions) loads the graph and opens the index
  // once: each answer then costs only its own search, where a fresh process
  // a question pays the load every time. With --json, one answer object a
  // line (JSON Lines), in the questions' order; as text, each question's
  // answers under it.
  bool any_answer = false;
  try {
    Xapian::Database xdb(dir.xapian_path());
    ask::AskOptions options;
    options.top = args.top;
    for (std::size_t i = 0; i < questions.size(); ++i) {
      const ask::AskResult result = ask::ask(questions[i], &xdb, have_graph ? &graph : nullptr, options);
      any_answer = any_answer || !result.answers.empty();
      if (args.json) {
        ask::write_answer_json(std::cout, result);
      } else {
        if (questions.size() > 1) std::cout << (i ? "\n" : "") << "Q: " << questions[i] << '\n';
        std::cout.flush();
        ask::write_answer_text(stdout, result, ask::TextStyle{cli::stdout_is_terminal(), args.explain});
        std::fflush(stdout);
      }
    }
  } catch (const Xapian::Error& e) {
    cli::print_error(kProgram, db + ": " + e.get_description());
    return cli::kFatal;
  }
  return any_answer ? cli::kOk : cli::kNothingFound;
}

// --- graph commands: entity, cites, related, path, top, export (query/graph/) ---
struct GraphCommands {
  CLI::App *entity = nullptr, *cites = nullptr, *related = nullptr, *path = nullptr, *top = nullptr, *exporter = nullptr;
  std::string name, other;  // NAME|ID (entity, cites, related); A B (path)
  bool json = false;
  std::size_t limit = 20;
  std::size_t cites_limit = 0;  // a citator lists every citing document unless asked not to
  RelatedFilter related_filter;
  int max_depth = 6;
  std::string top_type;
  std::string format = "graphml", output, around;
  std::vector<std::string> types;
  int depth = 1;
  bool mentions = false, svg = false;
};

// The graph of the database, or the exit code to stop with.
std::optional<int> load_graph(const std::string& db, KnowledgeGraph& graph) {
  DatabaseDir dir(db);
  if (std::string err = dir.prepare(/*create=*/false); !err.empty()) {
    cli::print_error(kProgram, err);
    return cli::kFatal;
  }
  if (std::string err = open_graph(dir, graph); !err.empty()) {
    cli::print_error(kProgram, db + ": graph: " + err);
    return cli::kFatal;
  }
  return std::nullopt;
}

int run_entity(const KnowledgeGraph& graph, const GraphCommands& c) {
  const EntityLookup lookup = lookup_entity(graph, c.name);
  std::vector<EntityPage> pages;
  if (c.json || !lookup.ambiguous())
    for (VertexId v : lookup.candidates) pages.push_back(entity_page(graph, v, c.limit));
  if (c.json) write_entity_json(std::cout, graph, c.name, lookup, pages);
  else print_entity_text(std::cout, graph, c.name, lookup, pages);
  return lookup.candidates.empty() ? cli::kNothingFound : cli::kOk;
}

int run_cites(const KnowledgeGraph& graph, const GraphCommands& c) {
  const CitatorReport report = cite_report(graph, c.name);
  if (c.json) write_citator_json(std::cout, graph, c.name, report, c.cites_limit);
  else if (!report.error.empty()) cli::print_error(kProgram, report.error);
  else print_citator_text(std::cout, graph, report, c.cites_limit);
  return report.documents.empty() ? cli::kNothingFound : cli::kOk;
}

int run_related(const KnowledgeGraph& graph, const GraphCommands& c) {
  const EntityLookup lookup = lookup_entity(graph, c.name);
  std::vector<RelatedResult> results;
  for (VertexId v : lookup.candidates) results.push_back({v, related_entities(graph, v, c.related_filter)});
  if (c.json) write_related_json(std::cout, graph, c.name, lookup, c.related_filter, results);
  else print_related_text(std::cout, graph, c.name, lookup, results);
  const bool any = std::any_of(results.begin(), results.end(), [](const RelatedResult& r) { return !r.groups.empty(); });
  return any ? cli::kOk : cli::kNothingFound;
}

int run_path(const KnowledgeGraph& graph, const GraphCommands& c) {
  const EntityLookup from = lookup_entity(graph, c.name), to = lookup_entity(graph, c.other);
  for (auto [query, lookup] : {std::pair{&c.name, &from}, std::pair{&c.other, &to}}) {
    if (lookup->candidates.empty()) cli::print_error(kProgram, "nothing in the graph matches \"" + *query + "\"");
  }
  const EvidencePath path = shortest_evidence_path(graph, from.candidates, to.candidates, c.max_depth);
  if (c.json) write_path_json(std::cout, graph, c.name, c.other, from, to, c.max_depth, path);
  else print_path_text(std::cout, graph, path);
  return path.found ? cli::kOk : cli::kNothingFound;
}

int run_top(const KnowledgeGraph& graph, const GraphCommands& c) {
  const auto entries = top_authorities(graph, c.top_type, c.limit);
  if (c.json) write_top_json(std::cout, graph, c.top_type, c.limit, entries);
  else print_top_text(std::cout, graph, c.top_type, entries);
  return entries.empty() ? cli::kNothingFound : cli::kOk;
}

int run_export(const KnowledgeGraph& graph, const GraphCommands& c) {
  const std::string format = c.svg ? "dot" : c.format;
  if (format == "csv" && c.output.empty()) {
    cli::print_error(kProgram, "--format csv writes two files (nodes.csv, relationships.csv): give --output DIR");
    return cli::kUsage;
  }
  ExportFilter filter;
  filter.types = c.types;
  filter.depth = c.depth;
  filter.mentions = c.mentions;
  if (!c.around.empty()) {
    filter.around = lookup_entity(graph, c.around).candidates;
    if (filter.around.empty()) {
      cli::print_error(kProgram, "nothing in the graph matches \"" + c.around + "\"");
      return cli::kNothingFound;
    }
  }
  const ExportSelection selection = select_for_export(graph, filter);
  auto write = [&](std::ostream& out) {
    if (format == "graphml") write_graphml(out, graph, selection);
    else if (format == "dot") write_dot(out, graph, selection);
    else write_json_lines(out, graph, selection);
  };
  if (c.svg) {
    std::ostringstream dot;
    write(dot);
    if (std::string err = render_svg(dot.str(), c.output); !err.empty()) {
      cli::print_error(kProgram, err);
      return cli::kFatal;
    }
  } else if (format == "csv") {
    std::error_code ec;
    std::filesystem::create_directories(c.output, ec);
    std::ofstream nodes(c.output + "/nodes.csv"), relationships(c.output + "/relationships.csv");
    write_neo4j_nodes_csv(nodes, graph, selection);
    write_neo4j_relationships_csv(relationships, graph, selection);
    if (!nodes || !relationships) {
      cli::print_error(kProgram, c.output + ": cannot write nodes.csv and relationships.csv");
      return cli::kFatal;
    }
  } else if (!c.output.empty()) {
    std::ofstream file(c.output, std::ios::binary);
    write(file);
    if (!file) {
      cli::print_error(kProgram, c.output + ": cannot write");
      return cli::kFatal;
    }
  } else {
    write(std::cout);
  }
  cli::print_error(kProgram, "exported " + std::to_string(selection.vertices.size()) + " vertices, " +
                                 std::to_string(selection.edges.size()) + " edges");
  return selection.vertices.empty() ? cli::kNothingFound : cli::kOk;
}

void add_graph_commands(CLI::App& app, std::string& db, GraphCommands& c) {
  auto common = [&](CLI::App* cmd, const char* schema) {
    cmd->add_option("--db", db, "database directory (as before the subcommand)");
    cmd->add_flag("--json", c.json, std::string("print JSON (schemas/") + schema + ")");
  };
  c.entity = app.add_subcommand("entity", "What the graph knows about an entity: names, roles, relations with evidence, documents.");
  c.entity->add_option("name", c.name, "a name, any spelling the documents use, or an id (agency:ice)")->required();
  c.entity->add_option("--limit", c.limit, "documents, and links per predicate, to show (default 20; 0 = all)");
  common(c.entity, "entity.schema.json");

  c.cites = app.add_subcommand("cites", "Citator: the documents that cite a statute or case, how and how often, most authoritative first.");
  c.cites->add_option("target", c.name, "a statute or case, any spelling (\"IRC 6103\", \"467 U.S. 837\", Chevron)")->required();
  c.cites->add_option("--limit", c.cites_limit, "documents to show (default 0 = all)");
  common(c.cites, "citator.schema.json");

  c.related = app.add_subcommand("related", "An entity's neighbours by predicate, with counts.");
  c.related->add_option("name", c.name, "a name or id")->required();
  c.related->add_option("--type", c.related_filter.type, "neighbours of this type only (agency, judge, statute ...)");
  c.related->add_option("--predicate", c.related_filter.predicate, "this predicate only (or co_mentioned)");
  c.related->add_option("--limit", c.related_filter.limit, "neighbours per predicate (default 20; 0 = all)");
  common(c.related, "related.schema.json");

  c.path = app.add_subcommand("path", "The shortest evidence path between two entities, step by step with sentences.");
  c.path->add_option("a", c.name, "from: a name or id")->required();
  c.path->add_option("b", c.other, "to: a name or id")->required();
  c.path->add_option("--max-depth", c.max_depth, "most steps (default 6)")->check(CLI::Range(1, 50));
  common(c.path, "path.schema.json");

  c.top = app.add_subcommand("top", "Authority ranking: PageRank over citations, and degree.");
  c.top->add_option("--type", c.top_type, "statute, case, agency, judge (or any entity type)")->required();
  c.top->add_option("--limit", c.limit, "entries (default 20; 0 = all)");
  common(c.top, "top.schema.json");

  c.exporter = app.add_subcommand("export", "Write the graph for Gephi (graphml), Graphviz (dot), Neo4j (csv) or scripts (json lines).");
  c.exporter->add_option("--format", c.format, "graphml (default), dot, csv, json")
      ->check(CLI::IsMember({"graphml", "dot", "csv", "json"}));
  c.exporter->add_option("--type", c.types, "vertex types to keep (repeat or comma-separate)")->delimiter(',');
  c.exporter->add_option("--around", c.around, "only what lies around this entity (name or id)");
  c.exporter->add_option("--depth", c.depth, "with --around: how many edges away (default 1)")->check(CLI::Range(0, 20));
  c.exporter->add_option("--output", c.output, "file to write (a directory for csv); default standard output");
  c.exporter->add_flag("--mentions", c.mentions, "keep document -> entity \"mentions\" edges");
  c.exporter->add_flag("--svg", c.svg, "draw the DOT export as SVG with Graphviz's dot");
  c.exporter->add_option("--db", db, "database directory (as before the subcommand)");
}

// The exit code when one of the graph commands was given.
std::optional<int> run_graph_command(const std::string& db, const GraphCommands& c) {
  CLI::App* given = nullptr;
  for (CLI::App* cmd : {c.entity, c.cites, c.related, c.path, c.top, c.exporter})
    if (cmd && cmd->parsed()) given = cmd;
  if (!given) return std::nullopt;
  KnowledgeGraph graph;
  if (auto stop = load_graph(db, graph)) return stop;
  if (given == c.entity) return run_entity(graph, c);
  if (given == c.cites) return run_cites(graph, c);
  if (given == c.related) return run_related(graph, c);
  if (given == c.path) return run_path(graph, c);
  if (given == c.top) return run_top(graph, c);
  return run_export(graph, c);
}

}  // namespace

int main(int argc, char** argv) {
  lexgraph::cli::back_heap_with_huge_pages();
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

  auto* ask_cmd = app.add_subcommand("ask", "Answer a question in plain English, with evidence.");
  AskArguments ask_args;
  auto* one_question = ask_cmd->add_option("question", ask_args.question, "the question (quote it for the shell)");
  auto* many_questions = ask_cmd->add_option("--questions", ask_args.questions_file,
                                             "ask every line of FILE (\"-\": standard input) in one run; "
                                             "with --json, one answer object a line")
                            ->type_name("FILE");
  one_question->excludes(many_questions);
  ask_cmd->add_flag("--json", ask_args.json, "print JSON (schemas/answer.schema.json)");
  ask_cmd->add_flag("--explain", ask_args.explain, "show how the question was understood");
  ask_cmd->add_option("--db", db, "database directory (as before the subcommand)");
  ask_cmd->add_option("--top", ask_args.top, "answers to show (default 5)")->check(CLI::Range(1, 100));

  GraphCommands graph_commands;
  add_graph_commands(app, db, graph_commands);

  if (auto stop = lexgraph::cli::parse_arguments(app, argc, argv)) return *stop;
  if (*ask_cmd) return run_ask(db, ask_args);
  if (auto code = run_graph_command(db, graph_commands)) return *code;
  request.sort = sort == "date" ? lexgraph::SortOrder::date_newest
               : sort == "date-asc" ? lexgraph::SortOrder::date_oldest
                                    : lexgraph::SortOrder::relevance;
  if (*search_cmd) return run_search(db, request, json, explain);
  return lexgraph::cli::kUsage;
}
