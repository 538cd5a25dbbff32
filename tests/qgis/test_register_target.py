"""authcfg resolution for PostGIS registers (credentials never stored)."""

import pytest

from veille_plugin.core.errors import VeilleError
from veille_plugin.qgis_adapters.register_target import resolve_register_target


def fake(authcfg):
    assert authcfg == "abc1234"
    return "veilleur", "s3cr'et"


def test_libpq_dsn_with_authcfg():
    out = resolve_register_target("service=veille authcfg=abc1234", credentials=fake)
    assert out == "service=veille user='veilleur' password='s3cr\\'et'"


def test_url_with_authcfg():
    out = resolve_register_target(
        "postgresql://db.example.invalid:5433/veille?authcfg=abc1234&sslmode=require", credentials=fake
    )
    assert out == "postgresql://veilleur:s3cr%27et@db.example.invalid:5433/veille?sslmode=require"


def test_targets_without_authcfg_are_unchanged():
    for t in (None, "/tmp/registre.gpkg", "service=veille", "postgresql://h/db"):
        assert resolve_register_target(t, credentials=fake) == t


def test_unknown_authcfg_gives_a_french_error(qgis_app):
    with pytest.raises(VeilleError, match="authentification"):
        resolve_register_target("service=veille authcfg=zzzz999")


def test_register_resolves_authcfg_against_the_real_cluster(postgis_dsn, qgis_app):
    from veille_plugin.core.register import open_register

    # the test cluster trusts local connections: any user/password pair reaches it
    target = resolve_register_target(f"{postgis_dsn} authcfg=abc1234", credentials=lambda _id: ("postgres", "inutile"))
    with open_register(target, schema="authcfg_test") as reg:
        assert reg.count_cases() == 0
        assert "inutile" not in reg.description
