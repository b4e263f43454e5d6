"""Mirror a build onto a triple store over the SPARQL 1.1 Graph Store HTTP Protocol, touching only what kg owns.

kg owns, on the server, the graphs it pushed for a *collection* (by default the name of the store or build
folder): each document's named graph, a graph holding the build's default graph (entity and document
metadata) at `https://w3id.org/kg/push/<collection>/default`, and a manifest at
`https://w3id.org/kg/push/<collection>` listing those graphs with a hash of each. A push reads the manifest,
PUTs the graphs that are new or changed, DELETEs the graphs the collection no longer has (documents removed
from the store or gone from a rebuilt graph) and writes the manifest back. Graphs and triples of others (an
ontology, another collection, the server's default graph) are never touched; the default graph is written
only when asked (`default_graph="merge"`: POST, adding only; `"replace"`: PUT).

The manifest lives on the server, not beside the local store: it is the same for everyone pushing that
collection there and survives a lost local folder. Query the pushed data with the server's union default
graph (docs/archives.md). Endpoints: Oxigraph http://HOST:PORT/store, Fuseki http://HOST:PORT/DATASET/data,
Virtuoso http://HOST:8890/sparql-graph-crud-auth (digest authentication) or /sparql-graph-crud.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import netrc
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import DCTERMS, XSD, Dataset, Graph, Literal, URIRef

from kg.errors import KgError
from kg.graph.rdf import is_default_graph
from kg.vocabulary import KG

NTRIPLES = "application/n-triples"
PUSH_BASE = "https://w3id.org/kg/push/"
PASSWORD_VARIABLE = "KG_PUSH_PASSWORD"
DEFAULT_GRAPH_MODES = ("none", "merge", "replace")
GRAPH_HASH = KG.pushedGraphHash  # manifest only: <graph> kg:pushedGraphHash "sha256 of its sorted N-Triples"


class PushError(KgError):
    """The endpoint refused a graph, or could not be reached, or credentials are missing."""


# ---------------------------------------------------------------- what is pushed


@dataclass(frozen=True)
class Source:
    """The graphs of a build: their names (None for the default graph) and a function giving one as N-Triples."""

    names: list[str | None]
    body: Callable[[str | None], bytes]


def graphs_of_dataset(ds: Dataset) -> Source:
    """The non-empty graphs of an rdflib dataset."""
    graphs = {None if is_default_graph(g.identifier) else str(g.identifier): g for g in ds.graphs() if len(g)}
    return Source(sorted(graphs, key=lambda name: (name is not None, name or "")),
                  lambda name: graphs[name].serialize(format="nt", encoding="utf-8"))


def graphs_of_store(store) -> Source:  # store: kg.graph.store.Store (not imported: pyoxigraph is only needed then)
    """The graphs of a kg store."""
    import pyoxigraph as ox

    return Source([None, *store.graph_names()],
                  lambda name: store.dump(ox.RdfFormat.N_TRIPLES, graph="" if name is None else name))


def graph_hash(body: bytes) -> str:
    """A hash of an N-Triples body that ignores the order of its lines (servers and stores dump in any order)."""
    lines = sorted(line.strip() for line in body.splitlines() if line.strip() and not line.startswith(b"#"))
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def collection_graphs(collection: str) -> tuple[str, str]:
    """The IRIs of a collection's manifest graph and of the graph holding its metadata (its default graph).

    >>> collection_graphs("my archive")
    ('https://w3id.org/kg/push/my%20archive', 'https://w3id.org/kg/push/my%20archive/default')
    """
    manifest = PUSH_BASE + urllib.parse.quote(collection, safe="")
    return manifest, manifest + "/default"


def default_collection(path: str | os.PathLike) -> str:
    """The collection a store or graph is pushed as: the folder's name, or a graph file's folder or stem.

    >>> default_collection("/data/archive/"), default_collection("out/graph.trig"), default_collection("x.nq")
    ('archive', 'out', 'x')
    """
    resolved = Path(path).resolve()
    if resolved.is_dir() or not resolved.suffix:
        return resolved.name
    return resolved.parent.name if resolved.stem == "graph" and resolved.parent.name else resolved.stem


# ---------------------------------------------------------------- the endpoint and its credentials


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store endpoint: its URL without credentials (the only form ever shown), and who to log in as."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def redact(self, text: str) -> str:
        """Text with the password (and any user:password@ of the URL given) replaced by ***."""
        if self.password and len(self.password) >= 4:
            text = text.replace(self.password, "***").replace(urllib.parse.quote(self.password, safe=""), "***")
        return text


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """A URL without its user:password@, and the user and password it carried (percent-decoded).

    >>> split_credentials("http://ann:s%40cret@host:8890/crud?x=1")
    ('http://host:8890/crud?x=1', 'ann', 's@cret')
    >>> split_credentials("https://host/store")
    ('https://host/store', None, None)
    """
    parts = urllib.parse.urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at:
        return url, None, None
    user, colon, password = userinfo.partition(":")
    clean = urllib.parse.urlunsplit(parts._replace(netloc=host))
    return clean, urllib.parse.unquote(user) or None, urllib.parse.unquote(password) if colon else None


def resolve_endpoint(url: str, user: str | None = None, *, environ: dict[str, str] | None = None,
                     prompt: Callable[[str], str] | None = None, netrc_file: str | None = None) -> Endpoint:
    """The endpoint of a URL with its credentials: from the URL, else --user with the password from
    KG_PUSH_PASSWORD, ~/.netrc or a prompt, else ~/.netrc's entry for the host; none when none is found."""
    environ = os.environ if environ is None else environ
    clean, url_user, url_password = split_credentials(url)
    if not clean.startswith(("http://", "https://")):
        raise PushError(f"the endpoint must be an http:// or https:// URL, not {clean!r}")
    if url_user and (user is None or user == url_user) and url_password is not None:
        return Endpoint(clean, url_user, url_password)
    user = user or url_user
    host = urllib.parse.urlsplit(clean).hostname or ""
    login, netrc_password = _netrc_entry(host, netrc_file or environ.get("NETRC"))
    if user is None:
        if login is not None and netrc_password:
            return Endpoint(clean, login, netrc_password)
        return Endpoint(clean)
    if environ.get(PASSWORD_VARIABLE):
        return Endpoint(clean, user, environ[PASSWORD_VARIABLE])
    if login == user and netrc_password:
        return Endpoint(clean, user, netrc_password)
    if prompt is None:
        raise PushError(f"no password for {user}: set {PASSWORD_VARIABLE}, add {host} to ~/.netrc, or run "
                        "kg push in a terminal to be asked")
    return Endpoint(clean, user, prompt(f"password for {user} at {host}: "))


def _netrc_entry(host: str, path: str | None) -> tuple[str | None, str | None]:
    """The login and password ~/.netrc (or the given file) holds for a host; (None, None) when it has none."""
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None, None
    return (entry[0], entry[2]) if entry else (None, None)


# ---------------------------------------------------------------- the Graph Store Protocol


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph=<encoded IRI>, or ?default.

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/kg/doc/a b")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fdoc%2Fa+b'
    >>> graph_url("http://host/ds/data?x=1", None)
    'http://host/ds/data?x=1&default'
    """
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


class GraphStore:
    """A client of one Graph Store endpoint: GET, PUT, POST and DELETE of a graph, with basic or digest login.

    Credentials are sent only when the server asks (401); once it has accepted Basic ones they are sent with
    every request, so a graph is not uploaded twice. Every message names the endpoint without credentials.
    """

    def __init__(self, endpoint: Endpoint, *, timeout: float = 60.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if endpoint.user is not None and endpoint.password is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, endpoint.url, endpoint.user, endpoint.password)
            handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                         urllib.request.HTTPDigestAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)
        self._basic: str | None = None  # the Authorization header, once the server has accepted Basic

    def get(self, graph: str | None) -> bytes | None:
        """A graph as N-Triples, None when the server has no such graph."""
        return self._send("GET", graph, None, {"Accept": NTRIPLES}, missing_ok=True)

    def put(self, graph: str | None, body: bytes) -> None:
        """Replace a graph with these triples."""
        self._send("PUT", graph, body, {"Content-Type": NTRIPLES})

    def post(self, graph: str | None, body: bytes) -> None:
        """Add these triples to a graph, keeping what it holds."""
        self._send("POST", graph, body, {"Content-Type": NTRIPLES})

    def delete(self, graph: str) -> bool:
        """Delete a graph; False when the server did not have it."""
        return self._send("DELETE", graph, None, {}, missing_ok=True) is not None

    def _send(self, method: str, graph: str | None, body: bytes | None, headers: dict[str, str], *,
              missing_ok: bool = False) -> bytes | None:
        request = urllib.request.Request(graph_url(self.endpoint.url, graph), data=body, method=method,
                                         headers=headers)
        if self._basic:
            request.add_unredirected_header("Authorization", self._basic)
        shown = self.endpoint.url
        try:
            with self._opener.open(request, timeout=self.timeout) as response:  # the user's endpoint
                answer = response.read()
        except urllib.error.HTTPError as error:
            if missing_ok and error.code == 404:
                return None
            detail = " ".join(error.read(500).decode("utf-8", "replace").split())
            raise PushError(self.endpoint.redact(f"{shown} refused {method} of graph {graph or '(default)'}: "
                                                 f"HTTP {error.code} {detail}".rstrip() + self._hint(error.code))
                            ) from None
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", None) or error
            raise PushError(self.endpoint.redact(f"cannot reach {shown}: {reason}")) from None
        authorization = request.unredirected_hdrs.get("Authorization", "")
        if authorization.startswith("Basic "):
            self._basic = authorization
        return answer

    def _hint(self, code: int) -> str:
        """What to do about a refusal of authentication."""
        if code not in (401, 403):
            return ""
        if self.endpoint.user is None:
            return (f" (the endpoint needs a login: give --user NAME with {PASSWORD_VARIABLE} or a prompt for the "
                    "password, or a ~/.netrc entry)")
        return f" (is the password of {self.endpoint.user} right, and may that user write graphs?)"


# ---------------------------------------------------------------- the push


@dataclass
class PushReport:
    """What a push did to each graph kg owns on the server, and how many triples it sent."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    triples: int = 0

    @property
    def graphs(self) -> int:
        """Graphs sent (added or replaced)."""
        return len(self.added) + len(self.replaced)

    def line(self, endpoint: Endpoint, collection: str) -> str:
        """The one-line summary kg push prints (the endpoint without credentials)."""
        return (f"pushed collection {collection!r} to {endpoint.url}: {len(self.added)} graphs added, "
                f"{len(self.replaced)} replaced, {len(self.deleted)} deleted, {len(self.unchanged)} unchanged; "
                f"{self.triples} triples sent")


def read_manifest(server: GraphStore, manifest: str) -> dict[str, str | None]:
    """The graphs a collection's manifest says kg pushed, each with the hash of what was sent (None: unknown)."""
    body = server.get(manifest)
    if not body:
        return {}
    graph = Graph()
    try:
        graph.parse(data=body.decode("utf-8"), format="turtle")  # N-Triples asked; Turtle parses both
    except Exception as error:  # noqa: BLE001 - any parser failure means the same thing here
        raise PushError(f"the manifest {manifest} on {server.endpoint.url} is not N-Triples: {error}") from None
    owned: dict[str, str | None] = {str(o): None for o in graph.objects(URIRef(manifest), DCTERMS.hasPart)}
    for name in owned:
        digest = graph.value(URIRef(name), GRAPH_HASH)
        owned[name] = str(digest) if digest is not None else None
    return owned


def manifest_body(manifest: str, owned: dict[str, str | None], *, now: dt.datetime | None = None) -> bytes:
    """The manifest graph as N-Triples: each graph kg owns with the hash of what was sent, and when."""
    graph = Graph()
    subject = URIRef(manifest)
    graph.add((subject, DCTERMS.modified, Literal((now or dt.datetime.now(dt.UTC)).isoformat(
        timespec="seconds"), datatype=XSD.dateTime)))
    for name, digest in sorted(owned.items()):
        graph.add((subject, DCTERMS.hasPart, URIRef(name)))
        if digest is not None:
            graph.add((URIRef(name), GRAPH_HASH, Literal(digest)))
    return graph.serialize(format="nt", encoding="utf-8")


def push(source: Source, server: GraphStore, collection: str, *, default_graph: str = "none",
         force: bool = False, progress: Callable[[int], None] | None = None) -> PushReport:
    """Mirror a build's graphs as a collection on the server; return what was added, replaced, deleted.

    default_graph: "none" leaves the server's default graph alone (the build's is kept in the collection's own
    graph), "merge" also POSTs it there, "replace" also PUTs it. force: send graphs whose hash is unchanged.
    """
    if default_graph not in DEFAULT_GRAPH_MODES:
        raise PushError(f"default_graph is one of {', '.join(DEFAULT_GRAPH_MODES)}, not {default_graph!r}")
    manifest, metadata = collection_graphs(collection)
    before = read_manifest(server, manifest)
    owned = {metadata if name is None else name: name for name in source.names}  # server graph -> local name
    if manifest in owned:
        raise PushError(f"the build has a graph named {manifest}, the name of kg's manifest")
    if set(owned) - set(before):  # claim new graphs first: an interrupted push still knows them next time
        server.put(manifest, manifest_body(manifest, {**before, **{g: before.get(g) for g in owned}}))
    after: dict[str, str | None] = {}
    report = PushReport()
    for target, name in owned.items():
        body = source.body(name)
        if not body.strip():
            continue
        digest = graph_hash(body)
        after[target] = digest
        if name is None and default_graph != "none":
            (server.post if default_graph == "merge" else server.put)(None, body)
        if not force and before.get(target) == digest:
            report.unchanged.append(target)
        else:
            server.put(target, body)
            (report.replaced if target in before else report.added).append(target)
            report.triples += body.count(b"\n")
        if progress is not None:
            progress(1)
    for target in sorted(set(before) - set(after)):
        if server.delete(target):  # False: already gone (or only claimed by an interrupted push)
            report.deleted.append(target)
    if after != before:
        server.put(manifest, manifest_body(manifest, after))
    return report

