#include "read/libxml_support.h"

#include "read/block_text.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <mutex>

namespace lexgraph {
namespace {

void ignore_generic_error(void*, const char*, ...) {}
void ignore_structured_error(void*, xmlErrorPtr) {}

}  // namespace

void prepare_libxml_for_this_thread() {
  static std::once_flag initialised;
  std::call_once(initialised, [] { xmlInitParser(); });
  // Handlers live in thread-local storage in a threaded libxml2, so each
  // thread that parses needs its own no-op handlers; without them a bad
  // page prints parser complaints on stderr.
  thread_local bool silenced = false;
  if (!silenced) {
    xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
    xmlSetStructuredErrorFunc(nullptr, ignore_structured_error);
    silenced = true;
  }
}

std::string attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) != 0)
      continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next)
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    return value;
  }
  return {};
}

std::string flat_text(const xmlNode* node, bool (*is_inline)(std::string_view name)) {
  BlockTextBuilder text;
  auto boundary = [&](xmlNode* n) {
    if (n->type == XML_ELEMENT_NODE && !is_inline(local_name(n))) text.space();
  };
  walk_tree(
      const_cast<xmlNode*>(node),
      [&](xmlNode* n) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
          if (n->content != nullptr) text.add_text(reinterpret_cast<const char*>(n->content));
          return false;
        }
        boundary(n);
        return n->type == XML_ELEMENT_NODE;
      },
      boundary);
  return text.finish();
}

}  // namespace lexgraph
