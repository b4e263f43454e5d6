"""Hostile input and crashes: every file built or skipped with a reason, nothing lost, bounded memory.

End to end through `kg build` (kg.cli.main in-process, or `python -m kg` in a subprocess where a signal or
the peak memory matters). Tests that run spaCy over many articles are marked slow.
"""
from __future__ import annotations

import csv
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.read import documents as documents_module
from kg.cli import main
from kg.pipeline import build
from kg.read.documents import safe_id
from kg.extract.entities import slug
from kg.knowledge_graph import CSV_FILE, GRAPH_FILE, HTML_FILE, KnowledgeGraph, write_atomic
from kg.model import Document, Entity, Evidence, Extraction, Fact
from kg.graph.rdf import document_iri, documents_from_dataset, entities_from_dataset, entity_iri, to_dataset
from kg.views.tables import COLUMNS
from samples import SHARED, extractions

OUTPUTS = {GRAPH_FILE, HTML_FILE, CSV_FILE}
ARTICLE = (SHARED / "seeds" / "000_1bbcc23c29872350.txt").read_text(encoding="utf-8")
FRENCH = ("Le Maroc et Israël ont signé mercredi à Rabat un accord de coopération dans le domaine de la défense. "
          "Les deux ministres se sont rencontrés pour discuter de la sécurité régionale et des échanges commerciaux. "
          "Cette visite est la première d'un ministre israélien de la Défense au Maroc depuis la normalisation.")


def article(n: int) -> str:
    """A distinct English article (the seed with a numbered headline), so that none is a duplicate of another."""
    return f"Defence ties, part {n}\n\n{ARTICLE}"


# ------------------------------------------------------------------------------------------ helpers


def assert_outputs_parse(out: Path) -> KnowledgeGraph:
    """graph.trig parses with rdflib, facts.csv with the csv module (right header), graph.html is whole."""
    Dataset(default_union=True).parse(source=str(out / GRAPH_FILE), format="trig")
    with open(out / CSV_FILE, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows and tuple(rows[0]) == COLUMNS and all(len(r) == len(COLUMNS) for r in rows)
    assert (out / HTML_FILE).read_text(encoding="utf-8").rstrip().endswith("</html>")
    return KnowledgeGraph.load(out)


def summary_of(text: str) -> tuple[int, int, dict[str, str]]:
    """(built, skipped, {source: reason}) from a build summary."""
    match = re.search(r"built (\d+) documents? in [\d.]+ s, skipped (\d+)", text)
    assert match, text
    reasons = dict(re.findall(r"^  skipped (.+?): (.+)$", text, re.M))
    return int(match[1]), int(match[2]), reasons


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with every kind of awkward file next to three good articles."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    (folder / "name with spaces.txt").write_text(article(2), encoding="utf-8")
    (folder / "Déclaration de Rabat – 2021 ✓.md").write_text(article(3), encoding="utf-8")
    (folder / "later copy.txt").write_text(article(1) + "\n\n", encoding="utf-8")  # the same article again
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")
    locked = folder / "locked.txt"
    locked.write_text(article(4), encoding="utf-8")
    locked.chmod(0)
    real_open = documents_module._open

    def refusing_open(path: Path):  # root reads mode-000 files: refuse it the way the kernel would for a user
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    monkeypatch.setattr(documents_module, "_open", refusing_open)
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub" / "loop").symlink_to(folder)
    yield folder
    locked.chmod(0o644)


# --------------------------------------------------------------------------------- every file accounted


@pytest.mark.slow
def test_every_file_is_built_or_skipped_with_a_reason(hostile_folder: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(hostile_folder), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    built, skipped, reasons = summary_of(captured.out)
    by_name = {Path(source).name: reason for source, reason in reasons.items()}
    assert by_name == {
        "broken.txt": f"broken symlink (target {hostile_folder / 'nowhere.txt'} does not exist)",
        "later copy.txt": "duplicate of good",
        "empty.txt": "empty file",
        "french.txt": "not English (detected: fr)",
        "image.txt": "binary file (PNG image)",
        "locked.txt": "cannot read: permission denied",
        "loop": f"symlink loop (points back to {hostile_folder})",
        "self.txt": "symlink loop",
    }
    assert (built, skipped) == (3, 8)
    graph = assert_outputs_parse(out)
    assert {Path(d.source).name for d in graph.documents} == {
        "good.txt", "name with spaces.txt", "Déclaration de Rabat – 2021 ✓.md"}
    assert {d.id for d in graph.documents} == {"good", "name-with-spaces-78162a09", "Déclaration-de-Rabat-2021-74282ea8"}
    assert all(" " not in str(document_iri(d.id)) for d in graph.documents)


@pytest.mark.slow
def test_lang_any_builds_other_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "fr.txt"), "--out", str(out), "--lang-any"]) == 0
    assert summary_of(capsys.readouterr().out)[:2] == (1, 0)
    assert_outputs_parse(out)


def test_nothing_built_exits_1_and_keeps_earlier_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    KnowledgeGraph.from_extractions(extractions()).save(out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "fr.txt"), str(tmp_path / "empty.txt"), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert summary_of(captured.out) == (0, 2, {str(tmp_path / "fr.txt"): "not English (detected: fr)",
                                                str(tmp_path / "empty.txt"): "empty file"})
    assert captured.err.strip().splitlines() == [f"error: no document was built; nothing written to {out}"]
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


@pytest.mark.slow
def test_strict_fails_on_any_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "strict"), "--strict"]) == 1
    captured = capsys.readouterr()
    assert summary_of(captured.out)[:2] == (1, 1)
    assert captured.err.strip().splitlines() == [
        f"error: --strict and 1 input skipped; nothing written to {tmp_path / 'strict'}"]
    assert not (tmp_path / "strict").exists()
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "lenient")]) == 0
    assert_outputs_parse(tmp_path / "lenient")
    (tmp_path / "in" / "b.txt").unlink()
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "strict"), "--strict"]) == 0
    assert_outputs_parse(tmp_path / "strict")


def test_build_streams_documents_and_keeps_no_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor gets documents one at a time, while files are still being read; extractions keep no text."""
    from kg.pipeline import build

    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(article(n), encoding="utf-8")
    opened: list[str] = []
    real_open = documents_module._open
    monkeypatch.setattr(documents_module, "_open", lambda path: opened.append(path.name) or real_open(path))
    files_read_when_extracted: list[int] = []

    def extract_all(documents, nlp):
        for document in documents:
            files_read_when_extracted.append(len(opened))
            yield Extraction(document)

    import kg.extract.parallel

    monkeypatch.setattr(kg.extract.parallel, "extract_documents", lambda documents, model, **_: extract_all(documents, None))
    graph = build([tmp_path])
    assert files_read_when_extracted == [1, 2, 3, 4, 5]
    assert [e.document.text for e in graph.extractions] == [""] * 5
    assert len(graph.documents) == 5


# ------------------------------------------------------------------------------------- huge input

_STUB_DRIVER = textwrap.dedent('''
    """kg build with the spaCy extractor replaced by a regex one of the real extractor's density of facts."""
    import re, sys
    from kg.extract.entities import slug
    from kg.model import Entity, Evidence, Extraction, Fact

    NAME = re.compile(r"\\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
    SENTENCE = re.compile(r"[^.!?\\n]+[.!?]")

    def extract_all(documents, nlp):
        for document in documents:
            entities, facts = {}, []
            for n, match in enumerate(SENTENCE.finditer(document.text)):
                keys = []
                for name in NAME.findall(match.group())[:3]:
                    key = "person/" + slug(name)
                    entities.setdefault(key, Entity(key, name, "Person"))
                    keys.append(key)
                if n % 6 == 0 and len(set(keys)) >= 2:  # about one fact per kilobyte, like the real extractor
                    facts.append(Fact(keys[0], "meetsWith", keys[1],
                                      Evidence(document.id, match.group().strip(), match.start(), match.end())))
            yield Extraction(document, tuple(entities.values()), tuple(facts))

    import kg.extract.parallel
    kg.extract.parallel.extract_documents = lambda documents, model, **_: extract_all(documents, None)
    from kg.cli import main
    sys.exit(main(sys.argv[1:]))
''')

_PEAK_RSS = textwrap.dedent('''
    import resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    sys.stderr.write(done.stderr)
    sys.stdout.write(done.stdout)
    print(f"PEAK_RSS_KB={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
    sys.exit(done.returncode)
''')


def write_big_article(path: Path, megabytes: int) -> None:
    """An English text of the given size: corpus sentences shuffled into distinct paragraphs."""
    sentences = [s.strip() for f in sorted((SHARED / "corpus" / "bulk").glob("*.txt"))
                 for s in re.split(r"(?<=[.!?])\s+", f.read_text(encoding="utf-8")) if len(s.strip()) > 30]
    if not sentences:
        sentences = [s.strip() + "." for s in ARTICLE.split(".") if len(s.strip()) > 30]
    rng = random.Random(7)
    target, size = megabytes * 1024 * 1024, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < target:
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 8))) + "\n\n"
            out.write(paragraph)
            size += len(paragraph.encode("utf-8"))


def peak_build(argv: list[str], tmp_path: Path, timeout: float) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run a command in a fresh child and return its result and peak resident memory in bytes."""
    wrapper = tmp_path / "peak_rss.py"
    wrapper.write_text(_PEAK_RSS, encoding="utf-8")
    done = subprocess.run([sys.executable, str(wrapper), *argv], capture_output=True, text=True, timeout=timeout)
    peak = int(re.search(r"PEAK_RSS_KB=(\d+)", done.stdout)[1]) * 1024
    return done, peak


@pytest.mark.slow
def test_50_mb_file_builds_in_bounded_memory(tmp_path: Path) -> None:
    """50 MB through reading, chunking, dedup, graph, TriG, CSV and HTML, with a regex stand-in for spaCy.

    The real pipeline reads about 15 KB/s on a shared 2-core machine (50 MB would take an hour); the memory
    it needs per document is bounded by the 200 000-character parts a big file is cut into, which the next
    test checks with the real pipeline on a smaller file.
    """
    big = tmp_path / "big file.txt"
    write_big_article(big, 50)
    driver = tmp_path / "stub_build.py"
    driver.write_text(_STUB_DRIVER, encoding="utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    done, peak = peak_build([sys.executable, str(driver), "build", str(big), "--out", str(out)], tmp_path, 900)
    assert done.returncode == 0, done.stderr[-2000:]
    built, skipped, _ = summary_of(done.stdout)
    assert built >= 250 and skipped == 0  # 52 MB in parts of at most 200 000 characters
    assert peak < 1.5 * 2**30, f"peak RSS {peak / 2**20:.0f} MB"
    assert_outputs_parse(out)
    print(f"50 MB: {time.monotonic() - started:.0f} s, peak RSS {peak / 2**20:.0f} MB")


@pytest.mark.slow
def test_big_file_with_the_real_pipeline_in_bounded_memory(tmp_path: Path) -> None:
    """A 1 MB file (six parts) through the real spaCy pipeline: completes, peak memory stays modest."""
    big = tmp_path / "big.txt"
    write_big_article(big, 1)
    out = tmp_path / "out"
    done, peak = peak_build([sys.executable, "-m", "kg", "build", str(big), "--out", str(out)], tmp_path, 900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert summary_of(done.stdout)[:2] == (6, 0)
    assert peak < 1.5 * 2**30, f"peak RSS {peak / 2**20:.0f} MB"
    assert_outputs_parse(out)


# ------------------------------------------------------------------------------------- crashes


def test_write_atomic_interrupted_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / GRAPH_FILE
    target.write_text("old and complete", encoding="utf-8")

    def interrupted_replace(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new" * 100_000)
    assert target.read_text(encoding="utf-8") == "old and complete"
    assert [p.name for p in tmp_path.iterdir()] == [GRAPH_FILE]


@pytest.mark.slow
@pytest.mark.parametrize("moment", [0.0, 0.5, 0.9, None])  # fraction of the build's time after start-up; None: random
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["INT", "TERM", "KILL"])
def test_killed_build_leaves_previous_outputs_whole(signum: int, moment: float | None, tmp_path: Path,
                                                     build_seconds: float) -> None:
    out = tmp_path / "out"
    KnowledgeGraph.from_extractions(extractions()).save(out)
    child = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SHARED / "corpus" / "bilateral"),
                              "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    wait_until_building(child.pid)
    fraction = moment if moment is not None else random.uniform(0.0, 1.1)
    time.sleep(fraction * max(1.0, build_seconds - (time.monotonic() - started)))
    child.send_signal(signum)
    stdout, stderr = child.communicate(timeout=120)
    finished = "built 40 documents" in stdout  # the signal came after the build was done: new outputs, whole
    if not finished:
        expected = {signal.SIGINT: 130, signal.SIGTERM: 128 + signal.SIGTERM, signal.SIGKILL: -signal.SIGKILL}
        assert child.returncode == expected[signum], stderr
        if signum != signal.SIGKILL:
            assert stderr.strip().splitlines() == ["error: interrupted"], stderr
        assert "Traceback" not in stderr
    graph = assert_outputs_parse(out)
    if not finished:
        assert len(graph.documents) in (2, 40)  # the old graph (doc-one, doc-two), or a whole new one
    leftovers = {p.name for p in out.iterdir()} - OUTPUTS
    if signum == signal.SIGKILL:
        assert all(name.startswith(".") and name.endswith(".tmp") for name in leftovers), leftovers
    else:
        assert leftovers == set()


def wait_until_building(pid: int) -> None:
    """Wait until the child is inside `kg build` (it has loaded spaCy), so the signal lands during the build."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if "spacy" in Path(f"/proc/{pid}/maps").read_text(errors="replace"):
                return
        except OSError:
            return  # no /proc (or the child is gone): fall back to signalling now
        time.sleep(0.05)


@pytest.fixture(scope="module")
def build_seconds(tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long a whole build of the 40 bilateral articles takes here, start-up included."""
    started = time.monotonic()
    out = tmp_path_factory.mktemp("timing")
    subprocess.run([sys.executable, "-m", "kg", "build", str(SHARED / "corpus" / "bilateral"), "--out", str(out)],
                   check=True, capture_output=True, timeout=600)
    return time.monotonic() - started


# ------------------------------------------------------------------------------------- IRIs


_NAMES = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
_IRI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NAMES, other=_NAMES, stem=_NAMES, fmt=st.sampled_from(["trig", "nquads", "json-ld"]))
def test_any_name_mints_valid_iris_that_parse_back(name: str, other: str, stem: str, fmt: str) -> None:
    """Unicode names → keys (slugged, or raw) and file stems → document ids → IRIs → TriG/N-Quads/JSON-LD → back."""
    person = Entity(f"person/{slug(name)}", name, "Person", frozenset({name, other}))
    raw = Entity(f"organization/{other}", other, "Organization")
    doc_id = safe_id(stem)
    fact = Fact(person.key, "meetsWith", raw.key, Evidence(doc_id, f"{name} met {other}.", 0, 1))
    ds = to_dataset([Extraction(Document(doc_id, "x", source=stem, title=name), (person, raw), (fact,))])
    for iri in (entity_iri(person.key), entity_iri(raw.key), document_iri(doc_id)):
        assert _IRI_CHARS.fullmatch(str(iri)), iri
    back = Dataset(default_union=True).parse(data=ds.serialize(format=fmt), format=fmt)
    entities = {e.key: e for e in entities_from_dataset(back)}
    assert entities[person.key].label == name and entities[person.key].aliases == {other} - {name}
    assert entities[raw.key].label == other
    [document] = documents_from_dataset(back)
    assert (document.id, document.title, document.source) == (doc_id, name, stem)


# ------------------------------------------------------------------------------------- fuzz


_FILES = st.lists(
    st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8")),
              st.text(st.characters(codec="latin-1"), max_size=400).map(lambda t: t.encode("latin-1"))),
    min_size=1, max_size=3,
)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=_FILES, suffixes=st.lists(st.sampled_from([".txt", ".md", ".html"]), min_size=3, max_size=3),
       lang_any=st.booleans())
def test_fuzzed_folders_never_crash(files: list[bytes], suffixes: list[str], lang_any: bool) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder, out = Path(temp) / "in", Path(temp) / "out"
        folder.mkdir()
        for n, data in enumerate(files):
            (folder / f"f{n}{suffixes[n]}").write_bytes(data)
        code = main(["build", str(folder), "--out", str(out), *(["--lang-any"] if lang_any else [])])
        assert code in (0, 1)
        if code == 0:
            assert_outputs_parse(out)
        else:
            assert not out.exists()


def test_an_output_folder_inside_the_input_is_never_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """kg build corpus --out corpus/out, twice: the second build does not take its own graph.html for an article."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text("Morocco and Israel signed a defence agreement in Rabat on Wednesday.\n",
                                        encoding="utf-8")
    for _ in range(2):
        assert main(["build", str(corpus), "--out", str(corpus / "out")]) == 0
    printed = capsys.readouterr().out
    assert printed.count("built 1 document") == 2
    assert "a graph view kg wrote" in printed
    (corpus / "view.html").write_bytes((corpus / "out" / "graph.html").read_bytes())  # kg view's page, moved
    assert main(["build", str(corpus), "--out", str(tmp_path / "elsewhere")]) == 0
    assert "built 1 document" in capsys.readouterr().out


@pytest.mark.parametrize("name", [
    "Ben\u200dny Gantz",                      # a zero-width joiner inside the name
    "\u202eBenny Gantz\u202c",                # a right-to-left override around it
    "Benny\u200b Gantz\u200e",                # a zero-width space and a direction mark
    "Benny Gantz\U0001F1EE\U0001F1F1",        # a flag glued to it
    "Ben\u00adny Gantz",                      # a soft hyphen
])
def test_invisible_characters_neither_split_nor_cut_a_name(name: str) -> None:
    graph = build([f"Israeli Defence Minister {name} met Moroccan Defence Minister Abdellatif Loudiyi in Rabat."])
    labels = {entity.label for extraction in graph.extractions for entity in extraction.entities}
    assert "Benny Gantz" in labels and not {"Gantz", "Benny", "Ben", "ny Gantz"} & labels
