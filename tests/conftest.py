"""Hypothesis profiles, and the fixtures several test modules share.

Profiles: ``dev`` (default) is quick; ``ci`` is reproducible.

``ci`` runs Hypothesis's own default of 100 examples a test, so that the whole
``nox`` run stays near six minutes on two cores.

``fuzz`` (``nox -s fuzz``, before a release) runs thousands of examples per test
of ``tests/test_fuzz.py``; ``FUZZ_EXAMPLES`` sets how many.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from dongdang.dataset import Dataset

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def bare_dataset() -> Dataset:
    """The seed's registries alone (gates, fee schedule, zoning, projects, tasks): no tables."""
    from dongdang.data import seed_dataset  # noqa: PLC0415 - read when a test asks
    from dongdang.dataset import Dataset  # noqa: PLC0415

    seed = seed_dataset()
    return Dataset(
        gates=seed.gates,
        fee_schedule=seed.fee_schedule,
        zoning=seed.zoning,
        projects=seed.projects,
        tasks=seed.tasks,
    )
