"""The RDF side: facts → RDF datasets and persistent stores, SPARQL, atomic files, the SPARQL server and push."""
