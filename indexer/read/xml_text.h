#pragma once
// The text of an XML element as paragraphs: every element is a block
// unless it is known to run inside a line (USLM <inline>, <ref>, <date>,
// <term> ..., or <i>, <b>, <emphasis> in other vocabularies). USLM
// numbering joins what follows it ("SEC. 2. FINDINGS.", "(1) The term ..."),
// and USLM <meta> is metadata, not text. Internal to the read stage.

#include <libxml/tree.h>

#include <string>

namespace lexgraph {

enum class XmlVocabulary { uslm, other };

std::string xml_element_text(xmlNode* root, XmlVocabulary vocabulary);

// Element names that run inside a line in the given vocabulary.
bool is_inline_xml_element(std::string_view name, XmlVocabulary vocabulary);

}  // namespace lexgraph
