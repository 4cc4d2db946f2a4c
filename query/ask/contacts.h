#pragma once
// The person a notice names to ask: "FOR FURTHER INFORMATION CONTACT: Sau L.
// Lee, Center for Drug Evaluation and Research, ..." A researcher asks "Who
// is the contact for the FDA's guidance?" or "Whom should readers call about
// the notice?"; the contact paragraph answers, though it says nothing else
// the question says.

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "ask/stored_document.h"

namespace lexgraph::ask {

// Whether the question asks whom to contact: "contact", "reach", "call",
// "email", "further information".
bool contact_asked(std::string_view question);

struct Contact {
  std::size_t sentence = 0;
  const StoredEntity* person = nullptr;       // a person of the document
  std::pair<std::size_t, std::size_t> name;   // in the sentence
};

// The people of the document's contact paragraphs (the text after "FOR
// FURTHER INFORMATION CONTACT:" up to the next blank line), in order.
std::vector<Contact> contacts_of(const StoredDocument& doc);

}  // namespace lexgraph::ask
