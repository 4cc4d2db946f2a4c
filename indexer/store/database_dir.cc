#include "store/database_dir.h"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <xapian.h>

#include <algorithm>
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

std::string DatabaseDir::create(unsigned shards) const {
  std::error_code ec;
  fs::create_directories(xapian_path(), ec);
  if (ec) return path_ + ": cannot create database directory: " + ec.message();
  // The stub lists the shards; Xapian opens them together as one database.
  std::string stub;
  for (unsigned i = 0; i < shards; ++i) {
    Xapian::WritableDatabase(shard_path(i), Xapian::DB_CREATE_OR_OPEN).commit();
    stub += "auto shard-" + std::to_string(i) + "\n";
  }
  std::ofstream(xapian_path() + "/XAPIANDB", std::ios::binary | std::ios::trunc) << stub;
  Manifest m;
  m.format_version = layout::kFormatVersion;
  m.created = m.updated = utc_now_iso();
  m.shards = shards;
  return write_manifest(m);  // last: a directory without a manifest is not a database yet
}

std::string DatabaseDir::prepare(bool create, unsigned shards_if_new) const {
  std::error_code ec;
  if (!fs::exists(path_, ec)) {
    if (!create) return path_ + ": no lexgraph database here (run `lexindex build` first)";
    return this->create(std::max(1u, shards_if_new));
  }
  if (!fs::is_directory(path_, ec)) return path_ + ": exists and is not a database directory";
  if (!fs::exists(manifest_path(), ec)) {
    // A creation that was interrupted leaves only xapian/ (the manifest is
    // written last): start it again. Anything else is not ours to touch.
    bool only_ours = true;
    for (const auto& entry : fs::directory_iterator(path_, ec)) {
      if (entry.path().filename() != "xapian") only_ours = false;
    }
    if (!only_ours) return path_ + ": directory is not a lexgraph database (no manifest.json)";
    fs::remove_all(xapian_path(), ec);
    if (!create) return path_ + ": no lexgraph database here (run `lexindex build` first)";
    return this->create(std::max(1u, shards_if_new));
  }
  Manifest m;
  if (std::string err = read_manifest(m); !err.empty()) return err;
  if (m.format_version != layout::kFormatVersion) {
    return path_ + ": database format " + std::to_string(m.format_version) + ", this lexgraph reads format " +
           std::to_string(layout::kFormatVersion) + "; delete it and build again";
  }
  if (m.shards == 0) return manifest_path() + ": no shards recorded";
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
  std::uint64_t shards = 0;
  num("shards", shards);
  out.shards = static_cast<unsigned>(shards);
  return {};
}

std::string DatabaseDir::revision_stamp(unsigned shards) const {
  std::string stamp;
  for (unsigned i = 0; i < shards; ++i) {
    if (i) stamp += ',';
    stamp += std::to_string(Xapian::Database(shard_path(i)).get_revision());
  }
  return stamp;
}

std::string DatabaseDir::refresh_manifest() const {
  Manifest m;
  if (std::string err = read_manifest(m); !err.empty()) return err;
  Xapian::Database all(xapian_path());
  m.updated = utc_now_iso();
  m.documents = all.get_doccount();
  m.files = 0;
  const std::string prefix(layout::kFilePrefix);
  for (auto it = all.allterms_begin(prefix); it != all.allterms_end(prefix); ++it) ++m.files;
  m.xapian_revision = revision_stamp(m.shards);
  return write_manifest(m);
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
  w.Key("shards");
  w.Uint(m.shards);
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
