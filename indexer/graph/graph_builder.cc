// build_graph (graph_snapshot.h): the knowledge graph from every stored
// document's facts (schemas/stored-document.schema.json), read once.
//
// Merging across documents, by canonical id:
//  - an entity's type and name are the ones most of its mentions use; its
//    aliases are the union, most mentioned first; each attribute keeps its
//    distinct values, most often stated first (a person's several roles);
//  - figures, amounts and dates are values, not entities (docs/entity-ids.md:
//    "no shared entity"): they get no vertex, so "2 years" or "2017-06-07"
//    does not join every document that says it, and the snapshot stays a
//    fifth smaller (load time); their values live on in relation qualifiers;
//  - a relation whose object is only words points to the document stating
//    it (GraphEdge::object_is_text);
//  - a document whose metadata citation names a case gets attr "case" and
//    a "decides" edge to that case; its own citation line ("275 U.S. 192"
//    above the opinion) is not a citation of itself, so that `cites` edge
//    is left out (the "mentions" edge stays).

#include <rapidjson/document.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/document_case.h"
#include "graph/graph_snapshot.h"
#include "graph/surname_merges.h"
#include "relate/relation.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

constexpr std::size_t kMaxAliases = 100;          // per vertex: beyond that, noise
constexpr std::size_t kMaxValuesPerAttr = 8;      // per attribute key
constexpr std::size_t kMaxEvidenceBytes = 2000;   // an overlong "sentence" is cut around the fact

using Json = rapidjson::Value;

std::string_view string_at(const Json& v) {
  return v.IsString() ? std::string_view(v.GetString(), v.GetStringLength()) : std::string_view{};
}

std::string_view member(const Json& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? std::string_view{} : string_at(it->value);
}

std::uint64_t uint_at(const Json& v) { return v.IsUint64() ? v.GetUint64() : 0; }

// An attribute or qualifier value (text, number, flag, list) as text.
std::string value_text(const Json& v) {
  if (v.IsString()) return std::string(string_at(v));
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  if (v.IsNumber()) {
    const double d = v.GetDouble();
    char buf[32];
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(d));
      return std::string(buf, end);
    }
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return ec == std::errc{} ? std::string(buf, end) : std::string{};
  }
  if (v.IsArray()) {
    std::string out;
    for (const auto& item : v.GetArray()) {
      if (!item.IsString()) continue;
      if (!out.empty()) out += "; ";
      out += string_at(item);
    }
    return out;
  }
  return {};
}

KeyValues key_values(const Json& object) {
  KeyValues out;
  if (!object.IsObject()) return out;
  for (const auto& m : object.GetObject()) out.emplace_back(std::string(string_at(m.name)), value_text(m.value));
  return out;
}

// Values with weights; ranked most weighty first, first seen first on ties.
class Tally {
 public:
  void add(std::string_view value, std::uint64_t weight) {
    if (value.empty()) return;
    auto [it, added] = index_.try_emplace(std::string(value), items_.size());
    if (added) items_.emplace_back(it->first, 0);
    items_[it->second].second += weight;
  }
  bool empty() const { return items_.empty(); }
  std::vector<std::string> ranked(std::size_t limit) const {
    std::vector<std::size_t> order(items_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return items_[a].second > items_[b].second; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < order.size() && out.size() < limit; ++i) out.push_back(items_[order[i]].first);
    return out;
  }
  std::string top() const {
    auto r = ranked(1);
    return r.empty() ? std::string{} : r.front();
  }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::pair<std::string, std::uint64_t>> items_;
};

// What the documents say about one vertex, merged in finish().
struct VertexFacts {
  bool is_document = false;
  Tally types, names, aliases;
  std::vector<std::pair<std::string, Tally>> attrs;  // keys in first-seen order
  std::uint32_t documents = 0, mentions = 0;
  std::string case_title;  // the title of a document that decides this case

  Tally& attr(std::string_view key) {
    for (auto& [k, t] : attrs) {
      if (k == key) return t;
    }
    attrs.emplace_back(std::string(key), Tally{});
    return attrs.back().second;
  }
};

// Mention types that name a value rather than an entity.
bool is_value_type(std::string_view type) { return type == "figure" || type == "money" || type == "date"; }

// "org:acme" -> "organization": the type of a vertex no entity list named
// (an order's court, known only from a relation).
std::string type_from_id(std::string_view id) {
  const std::string_view prefix = id.substr(0, id.find(':'));
  if (prefix == "org") return "organization";
  if (prefix == "doc") return "document";
  return std::string(prefix == id ? std::string_view("entity") : prefix);
}

bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A case is best named by its parties ("Marron v. United States"), not by
// its citation ("275 U.S. 192"), which is what many documents call it.
std::string case_name(const VertexFacts& f) {
  auto is_citation = [](const std::string& name) { return std::isdigit(static_cast<unsigned char>(name.front())); };
  for (const std::string& name : f.names.ranked(SIZE_MAX)) {
    if (!is_citation(name)) return name;
  }
  if (!f.case_title.empty()) return f.case_title;
  return f.names.top();
}

class GraphBuilder {
 public:
  GraphBuilder(KnowledgeGraph& graph, std::unordered_map<std::string, std::string> merges)
      : graph_(graph), g_(graph.storage()), merges_(std::move(merges)) {}

  // One stored document (its data, parsed in place). False when the data is
  // not a stored document; such a document is skipped.
  bool add_document(std::string& data) {
    rapidjson::Document d;
    d.ParseInsitu<rapidjson::kParseIterativeFlag>(data.data());  // no recursion, however deep the data
    if (d.HasParseError() || !d.IsObject()) return false;
    const std::string_view id = member(d, "id");
    if (id.empty()) return false;
    doc_id_ = std::string(id);
    text_ = member(d, "text");
    const Json* sentences = nullptr;
    if (auto it = d.FindMember("sentences"); it != d.MemberEnd() && it->value.IsArray()) sentences = &it->value;
    sentences_ = sentences;

    doc_vertex_ = add_document_vertex(d);
    mention_edges_.clear();
    if (auto it = d.FindMember("entities"); it != d.MemberEnd() && it->value.IsArray()) {
      for (const auto& e : it->value.GetArray()) add_entity(e);
    }
    if (auto it = d.FindMember("relations"); it != d.MemberEnd() && it->value.IsArray()) {
      for (const auto& r : it->value.GetArray()) add_relation(r);
    }
    return true;
  }

  void finish() {
    for (VertexId v = 0; v < facts_.size(); ++v) {
      VertexFacts& f = facts_[v];
      if (f.is_document) continue;
      GraphVertex& out = g_[v];
      out.type = f.types.empty() ? type_from_id(out.id) : f.types.top();
      out.name = out.type == "case" ? case_name(f) : f.names.top();
      out.aliases = f.aliases.ranked(kMaxAliases);
      out.attrs.clear();
      for (const auto& [key, tally] : f.attrs) {
        for (auto& value : tally.ranked(kMaxValuesPerAttr)) out.attrs.emplace_back(key, std::move(value));
      }
      out.documents = f.documents;
      out.mentions = f.mentions;
    }
    facts_.clear();
    graph_.reindex();
  }

 private:
  VertexId vertex(std::string_view id) {
    std::string_view merged_from;
    if (!merges_.empty()) {
      if (auto it = merges_.find(std::string(id)); it != merges_.end()) {
        merged_from = it->first;
        id = it->second;
      }
    }
    VertexId v = graph_.vertex(id);
    if (v >= facts_.size()) facts_.resize(v + 1);
    // Recorded so that the old id still finds the entity (KnowledgeGraph::find).
    if (!merged_from.empty()) facts_[v].attr(kMergedIdAttr).add(merged_from, 1);
    return v;
  }

  EdgeId edge(VertexId from, VertexId to, GraphEdge e) {
    EdgeId id = boost::add_edge(from, to, g_).first;
    g_[id] = std::move(e);
    return id;
  }

  VertexId add_document_vertex(const Json& d) {
    const VertexId v = vertex(document_node_id(doc_id_));
    facts_[v].is_document = true;
    GraphVertex& out = g_[v];
    out.type = "document";
    const std::string_view title = member(d, "title");
    out.name = std::string(title.empty() ? std::string_view(doc_id_) : title);
    out.attrs.clear();
    for (const char* key : {"court", "date", "kind", "citation", "docket", "path"}) {
      if (std::string_view value = member(d, key); !value.empty()) out.attrs.emplace_back(key, std::string(value));
    }
    out.documents = 1;
    out.mentions = 0;

    Document doc;  // what the citation extractor reads: the citation and its context
    doc.id = doc_id_;
    doc.title = std::string(title);
    doc.court = std::string(member(d, "court"));
    doc.date = std::string(member(d, "date"));
    doc.kind = std::string(member(d, "kind"));
    doc.citation = std::string(member(d, "citation"));
    doc.docket = std::string(member(d, "docket"));
    case_id_ = case_id_of_citation(doc);
    if (case_id_.empty()) case_id_ = case_id_of_docket(doc);
    if (!case_id_.empty()) {
      g_[v].attrs.emplace_back("case", case_id_);
      const VertexId c = vertex(case_id_);
      facts_[c].aliases.add(doc.citation.empty() ? doc.docket : doc.citation, 1);
      if (facts_[c].case_title.empty()) facts_[c].case_title = doc.title;
      GraphEdge e;
      e.predicate = kDecidesPredicate;
      e.object_text = doc.citation.empty() ? doc.docket : doc.citation;
      e.qualifiers.emplace_back("source", "metadata");
      e.evidence.document = doc_id_;
      edge(v, c, std::move(e));
    }
    return v;
  }

  // [id, type, name, count, [aliases], {attrs}]
  void add_entity(const Json& e) {
    if (!e.IsArray() || e.Size() < 6) return;
    const std::string_view id = string_at(e[0]);
    if (id.empty() || is_value_type(string_at(e[1]))) return;
    const std::uint64_t count = std::min<std::uint64_t>(uint_at(e[3]), UINT32_MAX);
    const std::uint64_t weight = std::max<std::uint64_t>(count, 1);
    const VertexId v = vertex(id);
    if (v == doc_vertex_) return;
    VertexFacts& f = facts_[v];
    f.types.add(string_at(e[1]), weight);
    f.names.add(string_at(e[2]), weight);
    if (e[4].IsArray()) {
      for (const auto& a : e[4].GetArray()) f.aliases.add(string_at(a), weight);
    }
    if (e[5].IsObject()) {
      for (const auto& m : e[5].GetObject()) f.attr(string_at(m.name)).add(value_text(m.value), 1);
    }
    f.mentions = static_cast<std::uint32_t>(std::min<std::uint64_t>(f.mentions + count, UINT32_MAX));
    auto [it, first_time] = mention_edges_.try_emplace(v, EdgeId{});
    if (!first_time) {  // listed twice: one edge, one document
      g_[it->second].count = static_cast<std::uint32_t>(std::min<std::uint64_t>(g_[it->second].count + count, UINT32_MAX));
      return;
    }
    ++f.documents;
    GraphEdge m;
    m.predicate = "mentions";
    m.count = static_cast<std::uint32_t>(count);
    m.evidence.document = doc_id_;
    it->second = edge(doc_vertex_, v, std::move(m));
  }

  // [subject, predicate, object, object_text, {qualifiers}, sentence, start, end, confidence]
  void add_relation(const Json& r) {
    if (!r.IsArray() || r.Size() < 9) return;
    const std::string_view subject = string_at(r[0]);
    const std::string_view predicate = string_at(r[1]);
    const std::string_view object = string_at(r[2]);
    if (subject.empty() || predicate.empty()) return;
    const std::string doc_node = document_node_id(doc_id_);
    if (predicate == "cites" && subject == doc_node && !case_id_.empty() && object == case_id_) return;

    GraphEdge e;
    e.predicate = std::string(predicate);
    e.object_text = std::string(string_at(r[3]));
    e.qualifiers = key_values(r[4]);
    e.confidence = r[8].IsNumber() ? std::clamp(r[8].GetDouble(), 0.0, 1.0) : 1.0;
    if (e.predicate == "cites") {
      for (const auto& [k, v] : e.qualifiers) {
        unsigned n = 0;
        if (k == "count" && std::from_chars(v.data(), v.data() + v.size(), n).ec == std::errc{} && n > 0) e.count = n;
      }
    }
    e.evidence.document = doc_id_;
    e.evidence.sentence = static_cast<std::uint32_t>(std::min<std::uint64_t>(uint_at(r[5]), UINT32_MAX));
    e.evidence.start = static_cast<std::uint32_t>(std::min<std::uint64_t>(uint_at(r[6]), UINT32_MAX));
    e.evidence.end = static_cast<std::uint32_t>(std::min<std::uint64_t>(uint_at(r[7]), UINT32_MAX));
    e.evidence.text = sentence_text(e.evidence);

    const VertexId from = vertex(subject);
    VertexId to = doc_vertex_;
    if (object.empty()) {
      e.object_is_text = true;
    } else {
      to = vertex(object);
    }
    edge(from, to, std::move(e));
  }

  // The evidence sentence, cut from the stored text by the stored spans.
  std::string sentence_text(const GraphEvidence& ev) const {
    std::size_t start = ev.start, end = ev.end;
    if (sentences_ && ev.sentence < sentences_->Size()) {
      const Json& s = (*sentences_)[ev.sentence];
      if (s.IsArray() && s.Size() >= 2) {
        start = uint_at(s[0]);
        end = uint_at(s[1]);
      }
    }
    end = std::min(end, text_.size());
    if (start >= end) return {};
    if (end - start > kMaxEvidenceBytes) {  // keep the fact's own words in view
      const std::size_t fact = std::clamp<std::size_t>(ev.start, start, end);
      start = std::max(start, fact > kMaxEvidenceBytes / 4 ? fact - kMaxEvidenceBytes / 4 : 0);
      end = std::min(end, start + kMaxEvidenceBytes);
    }
    while (start < end && utf8_continuation(text_[start])) ++start;
    while (end < text_.size() && end > start && utf8_continuation(text_[end])) --end;
    return std::string(text_.substr(start, end - start));
  }

  KnowledgeGraph& graph_;
  GraphStorage& g_;
  std::unordered_map<std::string, std::string> merges_;  // id -> the id it is one entity with
  std::vector<VertexFacts> facts_;  // by vertex
  // The document being added.
  std::string doc_id_;
  std::string case_id_;
  std::string_view text_;
  const Json* sentences_ = nullptr;
  VertexId doc_vertex_{};
  std::unordered_map<VertexId, EdgeId> mention_edges_;
};

// The judge and person ids of the database, from its entity terms (no
// document is read).
std::vector<std::string> indexed_people(const Xapian::Database& x) {
  std::vector<std::string> ids;
  for (const char* type : {"judge:", "person:"}) {
    const std::string prefix = std::string(layout::kEntityPrefix) + type;
    for (auto t = x.allterms_begin(prefix); t != x.allterms_end(prefix); ++t) {
      ids.push_back((*t).substr(layout::kEntityPrefix.size()));
    }
  }
  return ids;
}

// Ids that name the same entity as another id of the database: people
// named by surname alone (surname_merges.h), and a docket number one
// document mentions ("docket:25-5181") when another document of the
// database is that case (case:docket/25-5181, the same canonical number).
std::unordered_map<std::string, std::string> identity_merges(const Xapian::Database& x) {
  std::unordered_map<std::string, std::string> merges = surname_merges(indexed_people(x));
  constexpr std::string_view kOwnCase = "case:docket/";
  auto add_case = [&](const std::string& case_id) {
    if (case_id.starts_with(kOwnCase)) merges.emplace("docket:" + case_id.substr(kOwnCase.size()), case_id);
  };
  // Cases named in a document's body, and cases a document's metadata
  // docket makes it decide (case_id_of_docket, as build_graph links them).
  const std::string named = std::string(layout::kEntityPrefix) + std::string(kOwnCase);
  for (auto t = x.allterms_begin(named); t != x.allterms_end(named); ++t) add_case((*t).substr(layout::kEntityPrefix.size()));
  const std::string dockets(layout::kDocketPrefix);
  for (auto t = x.allterms_begin(dockets); t != x.allterms_end(dockets); ++t) {
    Document doc;
    doc.docket = (*t).substr(dockets.size());
    add_case(case_id_of_docket(doc));
  }
  return merges;
}

}  // namespace

std::string build_graph(const DatabaseDir& db, KnowledgeGraph& out) {
  // A writer committing while we read may invalidate our view of the
  // database (DatabaseModifiedError): start again on the new revision.
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    out = KnowledgeGraph{};
    try {
      Xapian::Database x(db.xapian_path());
      GraphBuilder builder(out, identity_merges(x));
      for (auto it = x.postlist_begin(""); it != x.postlist_end(""); ++it) {
        std::string data = x.get_document(*it).get_data();
        builder.add_document(data);  // a damaged document's data is skipped: the rest still make a graph
      }
      builder.finish();
      return {};
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kAttempts) return db.xapian_path() + ": " + e.get_description();
    } catch (const Xapian::Error& e) {
      out = KnowledgeGraph{};
      return db.xapian_path() + ": " + e.get_description();
    } catch (const std::bad_alloc&) {
      out = KnowledgeGraph{};
      return db.xapian_path() + ": out of memory building the graph";
    }
  }
}

}  // namespace lexgraph
