"""The dependency check judges libraries by what they do, and gives advice right for each platform."""

import ast
import importlib
import sys
import types
from pathlib import Path

import pytest

from veille_plugin.dependencies import capability_problem, detect_platform, install_instructions, missing_dependencies
from veille_plugin.native_libraries import duplicated_native_libraries, loaded_native_libraries

ROOT = Path(__file__).resolve().parents[2]


def test_the_libraries_of_this_machine_pass():
    assert missing_dependencies() == []


def test_a_version_string_that_says_nothing_is_not_a_reason_to_refuse(monkeypatch):
    """Debian sid's shapely reports «0+unknown»: it must still be accepted, since it works."""
    import shapely

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    assert capability_problem("shapely") is None


def test_a_library_that_cannot_do_the_work_is_refused_whatever_its_version():
    """A shapely 1.8 look-alike announcing «2.5.0»: no vectorised STRtree, so refused, version shown."""
    fake = types.SimpleNamespace(__version__="2.5.0", box=lambda *a: None)
    problem = capability_problem("shapely", importer=lambda name: fake)
    assert problem and "2.5.0" in problem and "insuffisante" in problem


def test_pyproj_without_its_database_is_refused():
    class Broken:
        __version__ = "3.7.0"

        class Transformer:
            @staticmethod
            def from_crs(*args, **kwargs):
                raise RuntimeError("proj.db introuvable")

    assert "proj.db" in capability_problem("pyproj", importer=lambda name: Broken)


def test_an_absent_library_is_named():
    def importer(name):
        if name == "jsonschema":
            raise ImportError("No module named 'jsonschema'")
        return importlib.import_module(name)

    assert missing_dependencies(importer) == [("jsonschema", "absente (ImportError : No module named 'jsonschema')")]


def test_debian_advice_puts_distribution_packages_first():
    text = install_instructions([("shapely", "absente"), ("pyproj", "absente"), ("yaml", "absente")], "debian")
    assert "sudo apt install python3-shapely python3-pyproj python3-yaml" in text
    assert "--no-binary shapely" in text and "libgeos-dev" in text  # never the wheel with its own GEOS
    assert "pip install pyproj" not in text


def test_osgeo4w_advice_uses_the_installer_for_compiled_libraries_and_pip_for_pure_python():
    text = install_instructions([("shapely", "absente"), ("jsonschema", "absente")], "windows")
    assert "OSGeo4W" in text and "python3-shapely" in text
    assert 'python -m pip install "jsonschema"' in text
    assert "pip install \"shapely" not in text


def test_macos_advice_never_suggests_wheels_with_their_own_geos_or_proj():
    text = install_instructions([("pyproj", "absente"), ("yaml", "absente")], "macos")
    assert "installateur officiel de QGIS" in text and '"pyyaml"' in text
    assert "pip install --user \"pyproj" not in text


def test_platform_detection_knows_this_machine():
    assert detect_platform() in ("debian", "linux")


MAPS_WITH_WHEELS = """\
7f00-7f01 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libproj.so.25.9.1.1
7f02-7f03 r-xp 00000000 08:01 2 /usr/lib/x86_64-linux-gnu/libgeos_c.so.1.17.1
7f04-7f05 r-xp 00000000 08:01 3 /usr/lib/x86_64-linux-gnu/libgeos.so.3.11.1
7f06-7f07 r-xp 00000000 08:01 4 /usr/lib/libgdal.so.32.3.6.2
7f08-7f09 r-xp 00000000 08:01 5 /venv/site-packages/pyproj.libs/libproj-a1b2c3d4.so.25.9.6.0
7f0a-7f0b r-xp 00000000 08:01 6 /venv/site-packages/shapely.libs/libgeos_c-9f8e7d6c.so.1.19.0
7f0c-7f0d r-xp 00000000 08:01 7 /venv/site-packages/shapely.libs/libgeos-5a4b3c2d.so.3.13.1
7f0e-7f0f r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libproj.so.25.9.1.1
"""


def test_a_second_proj_or_geos_from_wheels_is_detected():
    dup = duplicated_native_libraries(MAPS_WITH_WHEELS)
    assert set(dup) == {"PROJ", "GEOS"}
    assert any("pyproj.libs" in copy for copy in dup["PROJ"])
    assert len(dup["GEOS"]) == 2  # the C API and the C++ library of one folder are one copy


def test_distribution_libraries_alone_are_clean():
    clean = "\n".join(line for line in MAPS_WITH_WHEELS.splitlines() if "site-packages" not in line)
    assert duplicated_native_libraries(clean) == {}
    assert loaded_native_libraries(clean)["GDAL"] == ["/usr/lib/libgdal.so.32.3.6.2"]


def test_this_test_process_holds_one_geos_only():
    """The suite's own interpreter: shapely comes from the distribution or is built against its GEOS."""
    import shapely  # noqa: F401

    assert "GEOS" not in duplicated_native_libraries()


@pytest.mark.parametrize("path", sorted((ROOT / "veille_plugin").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_string_constant_encodes_as_utf8(path):
    """Python 3.13 refuses a lone surrogate in a docstring at compile time: the plugin would not load."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value.encode("utf-8")


def test_libraries_that_passed_once_are_not_imported_again_at_the_next_start(tmp_path):
    """Issue 29: QGIS's start no longer pays pandas', shapely's and pyproj's imports once they passed; a library
    changed on disk (another fingerprint) is tried again, and one that fails is never remembered as good."""
    from veille_plugin.dependencies import CHECKED_STAMP, checked_dependencies, libraries_fingerprint

    tried = []

    def importer(name):
        tried.append(name)
        return importlib.import_module(name)

    assert checked_dependencies(tmp_path, importer) == [] and "pandas" in tried
    stamp = tmp_path / CHECKED_STAMP
    assert stamp.read_text(encoding="utf-8").strip() == libraries_fingerprint()
    tried.clear()
    assert checked_dependencies(tmp_path, importer) == [] and tried == []  # the same libraries: nothing imported
    stamp.write_text("une autre installation\n", encoding="utf-8")
    assert checked_dependencies(tmp_path, importer) == [] and "shapely" in tried
    stamp.unlink()

    def without_yaml(name):
        if name == "yaml":
            raise ImportError("No module named 'yaml'")
        return importlib.import_module(name)

    assert checked_dependencies(tmp_path, without_yaml) == [("yaml", "absente (ImportError : No module named 'yaml')")]
    assert not stamp.exists()  # a failed check is tried again at the next start


def test_the_fingerprint_follows_the_libraries_files(tmp_path, monkeypatch):
    """Another copy of a library earlier on the path (a `pip install --user`) changes the fingerprint."""
    from veille_plugin.dependencies import libraries_fingerprint

    before = libraries_fingerprint()
    assert before and before == libraries_fingerprint()
    (tmp_path / "yaml").mkdir()
    (tmp_path / "yaml" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "yaml")  # as in a new QGIS process, where nothing imported it yet
    assert libraries_fingerprint() not in (None, before)
