"""Engines are plug-ins: one module and one entry in ENGINE_MODULES give a new engine to the
route planner, ``translate --engine``, ``models list`` and the "no route" advice."""

import json
import os
import subprocess
import sys
import textwrap

from conftest import REPO, SEED_ARTICLE

ECHO_ENGINE = textwrap.dedent('''
    from workbench.mt.base import Engine, InstalledModel, register_engine

    class EchoEngine(Engine):
        name = "echo"
        preference = 5

        @classmethod
        def installed(cls):
            return [InstalledModel(cls.name, (("en", "pl"),), "echo-model", "2.0")]

        @classmethod
        def install_hint(cls, source, target):
            return f"echo-get {source}{target}"

        def available_pairs(self):
            return {("en", "pl")}

        def translate(self, texts, source, target):
            return [["ECHO " + text] for text in texts]

    register_engine(EchoEngine)
''')

# The one change a plug-in needs: its module in the tuple.
LAUNCHER = ("import workbench.mt as mt; mt.ENGINE_MODULES += ('echo_engine',); mt.load_engines(); "
            "from workbench.cli import main; main()")


def test_a_new_engine_needs_one_module_and_one_tuple_entry(tmp_path):
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "echo_engine.py").write_text(ECHO_ENGINE, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{tmp_path / 'plugins'}",
                   "WORKBENCH_HOME": str(tmp_path / "home")}
    environment.pop("WORKBENCH_DATABASE_URL", None)

    def workbench(*args):
        result = subprocess.run([sys.executable, "-c", LAUNCHER, *map(str, args)], env=environment,
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        return result

    listed = json.loads(workbench("models", "list", "--json").stdout)["models"]
    assert {"engine": "echo", "pairs": ["en-pl"], "name": "echo-model", "version": "2.0", "details": ""} in listed
    document = json.loads(workbench("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]
    drafted = workbench("translate", document, "--to", "pl,uk", "--engine", "echo")
    assert "pl: echo en→pl" in drafted.stdout
    # The advice for a missing pair asks every registered engine, the new one included.
    assert "echo-get enuk" in drafted.stderr
    exported = workbench("export", document, "--lang", "pl", "--format", "txt").stdout
    assert exported.startswith("ECHO Some Belarusians want to fight Russians")
