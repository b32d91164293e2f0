import sys
from pathlib import Path

import pytest

# the shared helpers (kernel_session, msgspec, paths) are importable from every test folder
sys.path.insert(0, str(Path(__file__).parent / "support"))

from kernel_session import Kernel  # noqa: E402


@pytest.fixture(scope="module")
def kernel():
    k = Kernel()
    yield k
    k.close()


@pytest.fixture()
def fresh_kernel():
    k = Kernel()
    yield k
    k.close()
