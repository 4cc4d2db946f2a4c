#pragma once
// XML: USLM (US Code sections and titles, public laws, Federal Register
// documents and issues) with the document's own citation, title and kind,
// and any other XML (MODS records, ...) as generic text. One file may hold
// several documents: a Federal Register issue yields one per FR document,
// a US Code title one per section. libxml2 reads it without network
// access, entity expansion or the HUGE option (depth stays bounded).
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_uslm(std::string_view bytes);
}
