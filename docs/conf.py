"""Sphinx configuration for the dongdang documentation.

The site builds offline: no intersphinx, no downloaded inventories. Build it with

    sphinx-build -b html -n -W --keep-going docs docs/_build/html
    sphinx-build -b doctest -n -W docs docs/_build/doctest
"""

from __future__ import annotations

import doctest
import re
from importlib.metadata import version as _version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# -- project -----------------------------------------------------------------------

project = "dongdang"
author = "dongdang developers"
copyright = "dongdang developers"
release = _version("dongdang")
version = ".".join(release.split(".")[:2])

# -- general -----------------------------------------------------------------------

extensions = [
    # MyST Markdown for every page, and executed notebooks (myst-nb includes myst-parser,
    # and must replace it in this list).
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    # The charts and diagrams of the pages, drawn at build time by the scripts of
    # docs/charts/ from the library's data; a failing script is a warning, so the
    # build (-W) fails.
    "matplotlib.sphinxext.plot_directive",
]

# -- notebooks ---------------------------------------------------------------------

# "Exploring scenarios" (scenarios.md) is a MyST notebook: its cells run at every
# build, and a failing cell fails it. Pages without a kernel are plain MyST.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 300
nb_merge_streams = True

# -- charts ------------------------------------------------------------------------

# Every page names its chart by file name: the scripts live in docs/charts/.
plot_basedir = str(Path(__file__).parent / "charts")
plot_include_source = False
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 110)]
plot_rcparams = {"font.size": 9}
source_suffix = {".md": "myst-nb", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

# colon_fence: ::: directives; deflist: the term/definition lists of the reading rules.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ----------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_typehints = "signature"
autodoc_preserve_defaults = False
# The modules use ``from __future__ import annotations`` and import some names only
# for type checking, so their annotations are strings; these map them to the
# objects this site documents.
autodoc_type_aliases = {
    "Quantity": "dongdang.units.Quantity",
    "Unit": "dongdang.units.Unit",
    "Language": "dongdang.periods.Language",
    "Value": "dongdang.indicators.Value",
}

# Signatures show ``Quantity``, not ``dongdang.units.Quantity``; the link stays.
python_use_unqualified_type_names = True

napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Attributes sections become :ivar: fields, so attrs fields are not described twice.
napoleon_use_ivar = True

# -- nitpicky references -----------------------------------------------------------

# The build is nitpicky (-n) and offline: no intersphinx, which would download the
# inventories of Python, pint and attrs. So references to objects outside dongdang
# cannot resolve, and are listed here. (Sphinx itself already lets builtins such as
# str, int, None, ValueError and the names of typing pass.) References to dongdang's
# own objects are not ignored: they must resolve.
nitpick_ignore_regex = [
    # The standard library: Decimal in every signature, dates in periods, Qualifier's base.
    ("py:(class|obj)", r"(decimal\.)?Decimal"),
    ("py:(class|obj)", r"(datetime|dt)\.date"),
    ("py:(class|obj)", r"enum\.Enum"),
    ("py:(class|obj)", r"os\.PathLike"),
    ("py:(class|obj)", r"(fractions\.)?Fraction"),
    # Constructors taking any iterable, mapping or sequence (FeeVersion(rates=...)).
    ("py:(class|obj)", r"(collections\.abc|typing)\.(Iterable|Mapping|Sequence)"),
    # numpy: the array signatures of dongdang.indicators (and of attrs classes holding
    # arrays, whose hints stay as written: np.float64, npt.NDArray).
    ("py:(class|obj)", r"(numpy|np|npt)(\.typing)?\.\w+"),
    # pint and attrs: the types behind quantities and value objects.
    ("py:(class|obj|exc)", r"(pint|attrs|attr)\..+"),
    # matplotlib: the Axes and Figure the charts return.
    ("py:(class|obj)", r"matplotlib\..+"),
    # The fees package's private grouping of crossings: an argument of
    # AssessedCrossings that FeeSchedule.assess_table fills, not a user's type.
    ("py:class", r"(dongdang\.fees\.comparison\.)?CrossingGroups"),
]

# -- doctest -----------------------------------------------------------------------

# The same namespace as the pytest doctests (conftest.py): Decimal, dt, the public API.
doctest_global_setup = "from decimal import Decimal\nimport datetime as dt\nfrom dongdang import *"
# pytest's doctest_optionflags (pyproject.toml). Unlike Sphinx's default flags, no
# IGNORE_EXCEPTION_DETAIL: the messages shown on these pages are checked too.
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# Sphinx 9.0 renders an alias of ``autodoc_type_aliases`` inside a union
# (``str | Unit``) as ``TypeAliasForwardRef('dongdang.units.Unit')``
# (sphinx-doc/sphinx#14004); unwrap it so the name is written, and linked, plainly.
_FORWARD_REF = re.compile(r"TypeAliasForwardRef\('([^']+)'\)")


def _unwrap_forward_refs(
    _app: Sphinx,
    _what: str,
    _name: str,
    _obj: object,
    _options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    def unwrap(text: str | None) -> str | None:
        return None if text is None else _DT.sub(r"datetime.\1", _FORWARD_REF.sub(r"\1", text))

    return unwrap(signature), unwrap(return_annotation)


# The modules write ``import datetime as dt``: their hints read ``dt.date``, which a
# reader of the API pages should see as the standard library's ``date`` (the names are
# written unqualified). In signatures and in the types of the Variables lists only,
# never in the examples, which run with ``dt`` imported.
_DT = re.compile(r"(?<![\w.])dt\.(date|datetime|timedelta)\b")


def _datetime_in_field_types(
    _app: Sphinx, _what: str, _name: str, _obj: object, _options: object, lines: list[str]
) -> None:
    for index, line in enumerate(lines):
        if line.lstrip().startswith((":vartype ", ":type ", ":rtype:")):
            lines[index] = _DT.sub(r"datetime.\1", line)


def _no_notebook_run_for_doctest(app: Sphinx) -> None:
    # The doctest builder checks the pages' >>> examples, not the notebook's cells,
    # which the html build (run first by ``nox -s docs``) has run: running them
    # again would only cost time. Before myst-nb reads its configuration.
    if app.builder.name == "doctest":
        app.config.nb_execution_mode = "off"


def _analyze_split_packages(_app: Sphinx) -> None:
    # A module split into a package of private modules (issue 16) keeps its public
    # names in its __init__, and public_home makes them report it as their module.
    # autodoc reads the source order of their members and the ``#:`` comments of its
    # constants from that module's source: give it the package's sources together, so
    # the page reads as before the split.
    from sphinx.pycode import ModuleAnalyzer  # noqa: PLC0415

    import dongdang  # noqa: PLC0415 - imported once the build starts

    root = Path(dongdang.__file__).parent
    for init in sorted(root.rglob("__init__.py")):
        text = init.read_text("utf-8")
        if "public_home(__name__" not in text:
            continue
        private = sorted(p for p in init.parent.glob("_*.py") if p.name != "__init__.py")
        # "pass" between the sources: a module's docstring is not read as the docstring
        # of the constant that ends the module before it.
        joined = "\npass\n".join([text, *(p.read_text("utf-8") for p in private)])
        name = ".".join(("dongdang", *init.parent.relative_to(root).parts))
        ModuleAnalyzer.cache["module", name] = ModuleAnalyzer.for_string(joined, name, init)


def setup(app: Sphinx) -> None:
    """Connect the signature fixes, the notebook unrun by the doctest builder, the split modules."""
    app.connect("autodoc-process-signature", _unwrap_forward_refs)
    app.connect("autodoc-process-docstring", _datetime_in_field_types, priority=600)
    app.connect("builder-inited", _no_notebook_run_for_doctest, priority=400)
    app.connect("builder-inited", _analyze_split_packages)


# -- HTML --------------------------------------------------------------------------

html_theme = "furo"
html_title = f"dongdang {release}"
html_static_path = ["_static"]
html_css_files = ["notebook.css"]
