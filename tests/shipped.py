"""The shipped dataset (data/, no stored imports), loaded once for every test that reads it without changing it."""

from lib.model.dataset import load_dataset
from lib.paths import SHIPPED_DATA

DATASET = load_dataset(SHIPPED_DATA)
