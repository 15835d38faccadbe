"""``lessonstudy about``: the parts an install must have, checked by really importing them."""

from __future__ import annotations

import pytest

from lessonstudy import install_info
from tests.cli.clirun import run_cli_process


def test_about_lists_the_parts_of_this_install() -> None:
    result = run_cli_process("about")
    assert result.code == 0, result.err
    assert "ReportLab accelerator: yes all helpers compiled" in result.out
    assert "HEIC photos (pi-heif): yes" in result.out and "(source)" in result.out


def test_a_missing_accelerator_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.lib import rl_accel

    monkeypatch.setattr(rl_accel, "_py_funcs", {"fp_str": None})
    accelerator = next(c for c in install_info.components() if c.key == "rl_accel")
    assert not accelerator.present and "fp_str" in accelerator.detail


def test_the_postgresql_driver_is_required_only_in_a_bundle(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = install_info._version_of
    monkeypatch.setattr(install_info, "_version_of",
                        lambda name: (False, "gone") if name == "psycopg" else real(name))
    driver = next(c for c in install_info.components() if c.key == "postgresql")
    assert not driver.present and not driver.required
    monkeypatch.setattr(install_info, "_frozen", lambda: True)
    driver = next(c for c in install_info.components() if c.key == "postgresql")
    assert driver.required
