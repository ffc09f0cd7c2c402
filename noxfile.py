"""Every check dongdang runs: ``nox`` runs them all, ``nox -s NAME`` one of them."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typing", "tests", "docs", "build"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_external_run = True

ROOT = Path(__file__).parent
# markdown-it-py: the report's Markdown is checked by a CommonMark parser, not by eye.
TEST_DEPS = [
    "pytest>=8.3",
    "pytest-cov>=5",
    "pytest-xdist>=3.5",
    "hypothesis>=6.100",
    "pandas>=2.1",
    # The columnar paths read polars DataFrames and Arrow tables too; batches run on Dask.
    "polars>=1.0",
    "pyarrow>=14",
    "dask[dataframe]>=2024.1",
    "markdown-it-py>=3",
    # dongdang.plots, tested with the Agg backend.
    "matplotlib>=3.8",
    # The report's JSON is validated against its shipped schema.
    "jsonschema>=4.18",
]


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff>=0.8,<1")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    session.install("-e", ".", "mypy>=1.13", "types-python-dateutil", "pytest>=8.3", "hypothesis")
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".", *TEST_DEPS)
    env = {"HYPOTHESIS_PROFILE": os.environ.get("HYPOTHESIS_PROFILE", "ci")}
    # One worker per core; pytest-cov combines the workers' coverage.
    session.run(
        "pytest",
        "-n",
        "auto",
        "--cov=dongdang",
        "--cov-branch",
        "--cov-report=term-missing",
        *session.posargs,
        env=env,
    )


@nox.session
def docs(session: nox.Session) -> None:
    # The pages run their examples: frames (pandas, Arrow, polars) and charts (matplotlib);
    # "Exploring scenarios" is a notebook executed by myst-nb in an IPython kernel.
    session.install(
        "-e",
        ".",
        "sphinx>=7.4",
        "myst-parser>=3",
        "myst-nb>=1.1",
        "ipykernel>=6.29",
        "furo>=2024.8",
        "matplotlib>=3.8",
        "pandas>=2.1",
        "pyarrow>=14",
        "polars>=1.0",
    )
    build = ROOT / "docs" / "_build"
    strict = ["-n", "-W", "--keep-going"]
    # The html build reads its pages on every core (half the time on two); the doctest
    # builder runs its examples in one process.
    session.run("sphinx-build", "-b", "html", "-j", "auto", *strict, "docs", str(build / "html"))
    session.run("sphinx-build", "-b", "doctest", *strict, "docs", str(build / "doctest"))


@nox.session
def fuzz(session: nox.Session) -> None:
    """Before a release (not a default session): a long fuzz of every parser and loader.

    Hypothesis runs tests/test_fuzz.py with the ``fuzz`` profile (FUZZ_EXAMPLES
    examples per test, 5000 by default), then atheris, where a wheel exists for
    the interpreter, runs fuzz/atheris_parsers.py (ATHERIS_RUNS inputs, 500 000
    by default). ``nox -s fuzz -- -x`` passes options to pytest.
    """
    session.install("-e", ".", *TEST_DEPS)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        "tests/test_fuzz.py",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": "fuzz"},
    )
    # atheris ships wheels for some interpreters only: without one, the script skips.
    session.run(
        "python", "-m", "pip", "install", "--only-binary=:all:", "atheris", success_codes=[0, 1]
    )
    runs = os.environ.get("ATHERIS_RUNS", "500000")
    artifacts = ROOT / "fuzz" / "crashes"
    artifacts.mkdir(exist_ok=True)
    session.run(
        "python",
        "fuzz/atheris_parsers.py",
        f"-atheris_runs={runs}",
        "-max_len=4096",
        f"-artifact_prefix={artifacts}/",
    )


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing (not a default session; slow): mutmut 3 over the core modules.

    The modules and the tests that guard them are ``[tool.mutmut]`` in
    pyproject.toml. mutmut 3 forks one test process per mutant from a process
    that has imported everything once, and runs only the tests that reach the
    mutated function: up to a mutant a second where mutmut 2 needed twenty
    seconds for one. ``nox -s mutation -- "dongdang.text.*"`` checks the
    mutants of one module. Surviving mutants are listed by ``mutmut results``
    (``mutmut show NAME`` shows one); kill them with a test, or list them as
    equivalent in docs/testing.md.
    """
    session.install("-e", ".", *TEST_DEPS, "mutmut>=3.3,<4")
    session.run("mutmut", "run", *session.posargs)
    session.run("mutmut", "results")


@nox.session
def build(session: nox.Session) -> None:
    session.install("build>=1.2")
    dist = ROOT / "dist"
    for old in dist.glob("dongdang-*"):
        old.unlink()
    session.run("python", "-m", "build", "--outdir", str(dist))
    wheels = sorted(dist.glob("dongdang-*.whl"))
    if len(wheels) != 1:
        session.error(f"expected one wheel in {dist}, found {wheels}")
    names = zipfile.ZipFile(wheels[0]).namelist()
    required_files = (
        "dongdang/py.typed",
        "dongdang/data/seed_documents.toml",
        "dongdang/data/seed_figures.toml",
        "dongdang/data/seed_statements.toml",
        "dongdang/schemas/report.schema.json",
    )
    for required in required_files:
        if required not in names:
            session.error(f"{required} is missing from {wheels[0].name}")
    session.log(f"{wheels[0].name}: {len(names)} files, py.typed and data included")
