#include "store/database_dir.h"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "store/index_layout.h"

namespace fs = std::filesystem;

namespace lexgraph {

std::string utc_now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string DatabaseDir::prepare(bool create) const {
  std::error_code ec;
  if (!fs::exists(path_, ec)) {
    if (!create) return path_ + ": no lexgraph database here (run `lexindex build` first)";
    if (!fs::create_directories(path_, ec)) return path_ + ": cannot create database directory: " + ec.message();
    Manifest m;
    m.format_version = layout::kFormatVersion;
    m.created = m.updated = utc_now_iso();
    return write_manifest(m);
  }
  if (!fs::is_directory(path_, ec)) return path_ + ": exists and is not a database directory";
  if (!fs::exists(manifest_path(), ec)) {
    // Refuse to scribble into a directory that holds something else.
    if (!fs::is_empty(path_, ec)) return path_ + ": directory is not a lexgraph database (no manifest.json)";
    if (!create) return path_ + ": no lexgraph database here (run `lexindex build` first)";
    Manifest m;
    m.format_version = layout::kFormatVersion;
    m.created = m.updated = utc_now_iso();
    return write_manifest(m);
  }
  Manifest m;
  if (std::string err = read_manifest(m); !err.empty()) return err;
  if (m.format_version != layout::kFormatVersion) {
    return path_ + ": database format " + std::to_string(m.format_version) + ", this lexgraph reads format " +
           std::to_string(layout::kFormatVersion) + "; rebuild it";
  }
  return {};
}

std::string DatabaseDir::read_manifest(Manifest& out) const {
  std::ifstream in(manifest_path(), std::ios::binary);
  if (!in) return manifest_path() + ": cannot read";
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("format_version") || !d["format_version"].IsInt()) {
    return manifest_path() + ": not a lexgraph manifest";
  }
  out.format_version = d["format_version"].GetInt();
  auto str = [&](const char* k, std::string& v) {
    if (d.HasMember(k) && d[k].IsString()) v = d[k].GetString();
  };
  auto num = [&](const char* k, std::uint64_t& v) {
    if (d.HasMember(k) && d[k].IsUint64()) v = d[k].GetUint64();
  };
  str("created", out.created);
  str("updated", out.updated);
  str("xapian_revision", out.xapian_revision);
  num("documents", out.documents);
  num("files", out.files);
  return {};
}

std::string DatabaseDir::write_manifest(const Manifest& m) const {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("format_version");
  w.Int(m.format_version);
  w.Key("created");
  w.String(m.created.c_str());
  w.Key("updated");
  w.String(m.updated.c_str());
  w.Key("documents");
  w.Uint64(m.documents);
  w.Key("files");
  w.Uint64(m.files);
  w.Key("xapian_revision");
  w.String(m.xapian_revision.c_str());
  w.EndObject();
  const std::string tmp = manifest_path() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << buf.GetString() << '\n';
    if (!out) return tmp + ": cannot write";
  }
  std::error_code ec;
  fs::rename(tmp, manifest_path(), ec);
  if (ec) return manifest_path() + ": cannot replace: " + ec.message();
  return {};
}

}  // namespace lexgraph
