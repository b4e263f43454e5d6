"""The RDF side: facts → RDF datasets, the backends a KnowledgeGraph runs on (rdflib in memory, an Oxigraph store),
SPARQL, atomic files, the SPARQL server and push."""
