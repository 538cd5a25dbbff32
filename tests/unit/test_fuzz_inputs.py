"""Generated inputs thrown at the readers (issue 12): permit lists (CSV), parcel layers (GeoJSON) and rules
catalogues built by hypothesis from pieces of the real formats, mutated. Whatever they are, a reader answers with
its result or a French error (InputError / CatalogueError), never another exception, and a sweep never changes
an existing register when it refuses its input."""

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille_plugin.core.errors import VeilleError
from veille_plugin.core.imports import read_permits
from veille_plugin.core.imports.parcels import ParcelIndex
from veille_plugin.core.register import open_register
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.sweep.run import SourceSpec, run_sweep

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1 = DEMO / "permis_fictifs_semaine1.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"
CATALOGUE = ROOT / "resources" / "rules" / "catalogue.yaml"
# derandomized: the same examples on every machine (CI stays reproducible); no example database in the checkout
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

_week1 = WEEK1.read_bytes()
_lines = _week1.split(b"\n")
_bytes_pieces = st.sampled_from(
    [b'"', b";", b",", b"\t", b"\r", b"\n", b"\x00", b"\xff\xfe", b"\xc3", b"\xe9", b"NUM_DAU"]
)


@st.composite
def mutated_permit_lists(draw) -> bytes:
    """The demo Sitadel file with lines dropped, duplicated or cut, and bytes inserted, replaced or removed."""
    lines = list(_lines[: draw(st.integers(1, len(_lines)))])
    for _ in range(draw(st.integers(0, 4))):
        k = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "cut", "insert", "replace"]))
        line = lines[k]
        if action == "drop" and len(lines) > 1:
            lines.pop(k)
        elif action == "dup":
            lines.insert(k, line)
        elif action == "cut":
            lines[k] = line[: draw(st.integers(0, max(len(line), 1)))]
        else:
            at = draw(st.integers(0, max(len(line), 1)))
            piece = draw(st.one_of(_bytes_pieces, st.binary(min_size=1, max_size=4)))
            lines[k] = line[:at] + piece + line[at + (1 if action == "replace" else 0) :]
    return b"\n".join(lines)


@st.composite
def mutated_parcel_layers(draw) -> bytes:
    """The demo parcels with geometries nulled, emptied, flattened, turned into other types or garbage."""
    data = json.loads(PARCELS.read_text("utf-8"))
    feats = data["features"][: draw(st.integers(0, 12))]
    for f in feats:
        kind = draw(st.sampled_from(["keep", "null", "empty", "flat", "point", "garbage", "no_id"]))
        ring = f["geometry"]["coordinates"][0]
        if kind == "null":
            f["geometry"] = None
        elif kind == "empty":
            f["geometry"] = {"type": "Polygon", "coordinates": []}
        elif kind == "flat":
            f["geometry"]["coordinates"] = [[ring[0], ring[1], ring[0]]]
        elif kind == "point":
            f["geometry"] = {"type": "Point", "coordinates": ring[0]}
        elif kind == "garbage":
            f["geometry"] = {"type": "Polygon", "coordinates": [[["a", None]]]}
        elif kind == "no_id":
            f["properties"].pop("id", None)
    data["features"] = feats
    text = json.dumps(data)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut]
    return text.encode("utf-8")


@st.composite
def mutated_catalogues(draw) -> str:
    """The embedded catalogue cut, with lines swapped or keys and values replaced."""
    lines = CATALOGUE.read_text("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 5))):
        if not lines:  # everything dropped or cut: an empty file is one more input to refuse
            break
        k = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "swap", "value", "indent", "alias", "cut"]))
        if action == "drop":
            lines.pop(k)
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif action == "value" and ":" in lines[k]:
            key = lines[k].split(":", 1)[0]
            lines[k] = key + ": " + draw(st.sampled_from(["", "[", "{", "*x", "&x [*x]", "-1", "null", "'", "ü"]))
        elif action == "indent":
            lines[k] = draw(st.sampled_from(["", " ", "\t", "    "])) + lines[k]
        elif action == "alias":
            lines.insert(k, "x: &x [*x]")
        elif action == "cut":
            lines = lines[: k + 1]
    return "\n".join(lines)


@FUZZ
@given(data=mutated_permit_lists())
def test_permit_readers_answer_or_refuse_in_french(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "permis.csv"
    path.write_bytes(data)
    try:
        result = read_permits(path)
    except VeilleError as exc:
        assert str(exc).strip()
        return
    assert list(result.df.columns)[:2] == ["numero", "numero_norm"]
    for m in result.messages:
        assert str(m).strip()


@FUZZ
@given(data=mutated_parcel_layers())
def test_parcel_layers_load_or_refuse_in_french(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "parcelles.geojson"
    path.write_bytes(data)
    try:
        index = ParcelIndex.from_file(path)
    except VeilleError as exc:
        assert str(exc).strip()
        return
    assert len(index) <= 12


@FUZZ
@given(text=mutated_catalogues())
def test_catalogues_load_or_refuse_in_french(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        catalogue = load_catalogue(path)
    except VeilleError as exc:
        assert str(exc).strip()
        return
    assert catalogue.rules


@pytest.fixture(scope="module")
def week1_register(tmp_path_factory, ref):
    """A register holding the first week (swept once)."""
    folder = tmp_path_factory.mktemp("reg")
    with open_register(str(folder / "r.gpkg")) as reg:
        run_sweep(
            [SourceSpec(str(WEEK1), name="demo")], reg, ref, load_catalogue(), folder / "out", parcels=str(PARCELS)
        )
    return folder / "r.gpkg"


@settings(FUZZ, max_examples=25)
@given(data=mutated_permit_lists())
def test_a_refused_sweep_never_changes_the_register(tmp_path_factory, week1_register, ref, data):
    folder = tmp_path_factory.mktemp("sweep")
    reg_path = folder / "r.gpkg"
    shutil.copy(week1_register, reg_path)
    source = folder / "permis.csv"
    source.write_bytes(data)
    with open_register(str(reg_path)) as reg:
        before = reg.get_cases()
        n_sweeps = len(reg.sweeps())
        try:
            result = run_sweep(
                [SourceSpec(str(source), name="demo")], reg, ref, load_catalogue(), folder / "out", parcels=str(PARCELS)
            )
        except VeilleError:
            assert len(reg.sweeps()) == n_sweeps and reg.get_cases().equals(before)  # refused: nothing changed
            return
        # accepted: a case whose number is still written in the file (readable row or not) never disappears
        gone = set(result.cases.loc[result.cases["changement"] == "disparu", "numero_norm"])
        written = {
            re.sub(r"[\s\-./_\x00]+", "", token.upper())
            for token in re.split(r'[;,\t"\n\r|]', data.decode("utf-8", errors="replace"))
        }
        assert not gone & written, gone & written
        assert len(reg.sweeps()) == n_sweeps + 1
