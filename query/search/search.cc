// Placeholder until the search engine lands.
namespace lexgraph {}
