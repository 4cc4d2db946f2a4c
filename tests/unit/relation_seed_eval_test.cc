// Acceptance: the seed news report (../shared/eval/seed) through the real
// pipeline; each of its 9 gold facts must be stated by the right relations
// (predicate and entities), and the declined injunction must not become one.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "build/prepared_file.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

struct Facts {
  const Extraction& x;
  // A relation with this predicate whose subject and object pass the tests.
  template <typename S, typename O>
  const Relation* find(const std::string& predicate, S subject, O object) const {
    for (const Relation& r : x.relations) {
      if (r.predicate == predicate && subject(r.subject) && object(r)) return &r;
    }
    return nullptr;
  }
  const Entity* entity(const std::string& id) const {
    for (const Entity& e : x.entities) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
};

auto is(std::string id) {
  return [id](const std::string& s) { return s == id; };
}
auto object_is(std::string id) {
  return [id](const Relation& r) { return r.object == id; };
}
double number(const Attrs& a, const char* key) {
  auto it = a.find(key);
  if (it == a.end()) return -1;
  const double* d = std::get_if<double>(&it->second);
  return d ? *d : -1;
}
std::string text(const Attrs& a, const char* key) {
  auto it = a.find(key);
  if (it == a.end()) return {};
  const std::string* s = std::get_if<std::string>(&it->second);
  return s ? *s : std::string();
}

}  // namespace

TEST_CASE("seed report: the 9 gold facts as relations") {
  const std::string path = std::string(LEXGRAPH_SHARED_DIR) + "/eval/seed/irs-ice-disclosure-ruling.txt";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path << " not present");
    return;
  }
  ReadResult read = read_file(path);
  REQUIRE(read.ok());
  SentenceSplitter splitter;
  PreparedDocument d = analyze_document(std::move(read.documents.at(0)), splitter);
  Facts f{d.extraction};
  const auto any = [](const std::string&) { return true; };

  // 1. The judge found § 6103 violated by the IRS, about 42,695 times.
  const Relation* finding = f.find("finds_violation", is("judge:colleen-kollar-kotelly"), object_is("statute:usc/26/6103"));
  REQUIRE(finding);
  CHECK(text(finding->qualifiers, "violator") == "agency:irs");
  CHECK(number(finding->qualifiers, "count") == 42695);
  CHECK(f.find("violates", is("agency:irs"), object_is("statute:usc/26/6103")));
  // 2. The IRS disclosed taxpayer information to ICE and DHS.
  const Relation* to_ice = f.find("discloses_to", is("agency:irs"), object_is("agency:ice"));
  REQUIRE(to_ice);
  CHECK(!text(to_ice->qualifiers, "what").empty());
  CHECK(f.find("discloses_to", is("agency:irs"), object_is("agency:dhs")));
  // 3. ICE asked about 1.28 million people; the IRS gave DHS information on 47,000.
  const Relation* request = f.find("requests", is("agency:ice"), object_is("agency:irs"));
  REQUIRE(request);
  CHECK(number(request->qualifiers, "count") == 1280000);
  CHECK(f.find("discloses_to", is("agency:irs"), [](const Relation& r) {
    return r.object == "agency:dhs" && number(r.qualifiers, "count") == 47000;
  }));
  // 4. The finding rests on Dottie Romo's declaration.
  const Relation* reliance = f.find("relies_on", any, object_is("person:dottie-romo"));
  REQUIRE(reliance);
  CHECK(text(reliance->qualifiers, "what") == "declaration");
  // 5. The government appeals the ruling.
  const Relation* appeal = f.find("appeals", any, [](const Relation& r) { return r.object.starts_with("order:"); });
  REQUIRE(appeal);
  CHECK((appeal->subject == "agency:irs" || appeal->subject == "agency:united-states"));
  // 6. The Center for Taxpayer Rights sued the government.
  CHECK(f.find("sues", is("org:center-for-taxpayer-rights"),
               [](const Relation& r) { return r.object == "agency:irs" || r.object == "agency:united-states"; }));
  // 7. Bessent and Noem signed the data-sharing agreement.
  for (const char* who : {"person:scott-bessent", "person:kristi-noem"}) {
    const Relation* signed_it = f.find("signs", is(who), [](const Relation&) { return true; });
    REQUIRE_MESSAGE(signed_it, who);
    CHECK(signed_it->object_text.find("agreement") != std::string::npos);
  }
  // 8. The D.C. Circuit declined the injunction Centro sought: a denial, never an injunction.
  const Relation* denial = f.find("denies", is("court:cadc"), [](const Relation& r) { return r.object.starts_with("order:"); });
  REQUIRE(denial);
  CHECK(text(denial->qualifiers, "sought_by") == "org:centro-de-trabajadores-unidos");
  CHECK(f.find("denies", is("judge:harry-edwards"), [](const Relation&) { return true; }));
  CHECK_FALSE(f.find("enjoins", is("court:cadc"), [](const Relation&) { return true; }));
  CHECK_FALSE(f.find("grants", any, [](const Relation&) { return true; }));
  // 9. Two preliminary injunctions, in place, block ICE from acting on IRS data and the agencies from transfers.
  const Relation* block = f.find("enjoins", [](const std::string& s) { return s.starts_with("order:"); }, object_is("agency:ice"));
  REQUIRE(block);
  CHECK(block->object_text.find("acting upon any IRS data") != std::string::npos);
  const Entity* order = f.entity(block->subject);
  REQUIRE(order);
  CHECK(text(order->attrs, "kind") == "preliminary_injunction");
  CHECK(text(order->attrs, "status") == "in_place");
  CHECK(number(order->attrs, "count") == 2);
  CHECK(f.find("enjoins", is(block->subject), [](const Relation& r) {
    return r.object != "agency:ice" && r.object_text.find("transfers of taxpayer information") != std::string::npos;
  }));
}
