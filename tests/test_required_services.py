"""Under make test and in CI a test that needs a missing service fails instead of skipping;
on a developer's machine it is skipped. Other skips are left alone."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO

NEEDS = '''
import pytest
from conftest import missing


@pytest.mark.apertium
@pytest.mark.skipif(True, reason="apertium-bel-rus is not installed")
def test_needs_apertium():
    pass


@pytest.mark.browser
def test_needs_chromium():
    missing("Debian's chromium")


def test_not_applicable_here():
    pytest.skip("about another platform")
'''


def run(tmp_path, **environment) -> subprocess.CompletedProcess:
    (tmp_path / "test_needs.py").write_text(NEEDS, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "WORKBENCH_TEST_REQUIRE_ALL")}
    env |= {"PYTHONPATH": os.pathsep.join([str(REPO / "tests"), str(REPO)]), **environment}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rfs", "-p", "conftest", "-p", "no:cacheprovider",
                           str(tmp_path / "test_needs.py")], cwd=tmp_path, env=env, capture_output=True, text=True)


def test_a_developer_run_skips_what_is_missing(tmp_path):
    result = run(tmp_path)
    assert result.returncode == 0, result.stdout
    assert "3 skipped" in result.stdout


@pytest.mark.parametrize("environment", [{"CI": "true"}, {"WORKBENCH_TEST_REQUIRE_ALL": "1"}])
def test_make_test_and_ci_fail_on_what_is_missing(tmp_path, environment):
    result = run(tmp_path, **environment)
    assert result.returncode == 1, result.stdout
    # The skipif fails in setup (an error), the call to missing() in the test (a failure).
    assert "1 failed, 1 skipped" in result.stdout and "1 error" in result.stdout
    assert "apertium-bel-rus is not installed" in result.stdout
    assert "Debian's chromium is missing; make test and CI need it" in result.stdout
