from __future__ import annotations

import pytest
from tui_sample import sample_analysis

from reader.model import Analysis


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()
