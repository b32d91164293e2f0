"""Regenerates the small data files the tour notebook reads (seeded, so the files never change).

    .venv/bin/python notebooks/data/make_data.py
"""
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(7)

# A CSV of measurements from three synthetic groups.
rows = ["group,length,width,weight"]
for g, (mu_l, mu_w) in enumerate([(4.8, 1.6), (6.0, 2.4), (7.1, 3.0)]):
    for _ in range(20):
        length = rng.normal(mu_l, 0.35)
        width = rng.normal(mu_w, 0.2)
        weight = 0.9 * length * width + rng.normal(0, 0.3)
        rows.append(f"{'abc'[g]},{length:.3f},{width:.3f},{weight:.3f}")
(HERE / "measurements.csv").write_text("\n".join(rows) + "\n")

# Points on a noisy circle, float32, as a researcher would export embeddings from numpy/PyTorch.
theta = rng.uniform(0, 2 * np.pi, 200)
points = np.stack([np.cos(theta), np.sin(theta)], axis=1) + rng.normal(0, 0.05, (200, 2))
np.save(HERE / "circle.npy", points.astype(np.float32))
