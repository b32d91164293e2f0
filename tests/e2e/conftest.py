import pytest

from kernel_session import Kernel


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
