#!/usr/bin/env python3
"""SMAA-2 rank acceptabilities, central weights and confidence factors with numpy: the baseline
that shortlist-bench times against ShortlistKit's SMAA.run.

The algorithm is the one of Sources/ShortlistKit/Analysis/SMAA.swift, vectorised over chunks of
samples (to bound memory) instead of looped per sample:
  - weights: missing information, w = E / sum(E) with E standard exponentials (both sides draw
    them with a 256-layer ziggurat) -- uniform on the simplex; alternatives are ranked by the
    unnormalised values E . v;
  - values: exact partial values, alternative x criterion, read from the problem file;
  - ranks: rank 1 is the largest value; exactly tied alternatives share the ranks they span,
    each getting 1/k of a hit on each of the k ranks (and 1/k of a first place);
  - central weights: mean normalised weights over the samples where the alternative is first;
  - confidence: with exact values one evaluation under each central weight vector decides.
The random numbers come from numpy's PCG64 rather than xoshiro256**, so results agree with
Swift's to Monte Carlo error, not digit for digit.

Usage: smaa_numpy.py PROBLEM SAMPLES SEED REPEATS [RESULT_JSON]
PROBLEM is a text file whose first line is "alternatives criteria" and whose next lines hold one
alternative's values each. Prints one JSON object: {"seconds": [...], "numpy": version, ...}.
"""
import json
import sys
import time

import numpy as np

CHUNK = 4096  # samples per vectorised step; memory is O(CHUNK x (alternatives + criteria))


def smaa(values, samples, seed):
    n, m = values.shape
    rng = np.random.default_rng(seed)
    values_t = np.ascontiguousarray(values.T)  # criteria x alternatives
    counts = np.zeros(n * n, dtype=np.int64)  # untied hits, alternative-major
    ties = np.zeros((n, n))  # fractional hits from ties
    weight_sums = np.zeros((n, m))
    descending = np.arange(n - 1, -1, -1, dtype=np.intp)[None, :]  # rank of the k-th smallest
    cell_base = (np.arange(n, dtype=np.intp) * n)[None, :]
    done = 0
    while done < samples:
        b = min(CHUNK, samples - done)
        done += b
        e = rng.standard_exponential((b, m))  # numpy's ziggurat, like Swift's
        u = e @ values_t  # b x n, unnormalised values
        order = np.argsort(u, axis=1)  # smallest first
        ordered = np.take_along_axis(u, order, axis=1)
        tied = (ordered[:, 1:] == ordered[:, :-1]).any(axis=1)
        ranks = np.empty((b, n), dtype=np.intp)  # 0-based, rank 0 = largest
        np.put_along_axis(ranks, order, descending, axis=1)
        w = e / e.sum(axis=1, keepdims=True)
        winners = order[:, -1]
        if tied.any():  # rare: share ranks between exactly equal values, sample by sample
            tied_rows = np.flatnonzero(tied)
            keep = ~tied
            ranks, winners, w_clean = ranks[keep], winners[keep], w[keep]
        else:
            tied_rows, w_clean = (), w
        counts += np.bincount((cell_base + ranks).ravel(), minlength=n * n)
        for c in range(m):
            weight_sums[:, c] += np.bincount(winners, weights=w_clean[:, c], minlength=n)
        for row in tied_rows:
            values_row = u[row]
            for i in range(n):
                greater = int((values_row > values_row[i]).sum())
                equal = int((values_row == values_row[i]).sum())
                ties[i, greater:greater + equal] += 1.0 / equal
                if greater == 0:
                    weight_sums[i] += w[row] / equal
    acceptability = (counts.reshape(n, n) + ties) / samples
    firsts = counts.reshape(n, n)[:, 0] + ties[:, 0]
    central = [list(weight_sums[i] / firsts[i]) if firsts[i] > 0 else None for i in range(n)]
    confidence = []
    for i in range(n):
        if central[i] is None:
            confidence.append(None)
        else:
            under = values @ np.asarray(central[i])
            confidence.append(0.0 if (under > under[i]).any() else 1.0)
    return acceptability, central, confidence


def main():
    if len(sys.argv) < 5:
        sys.stderr.write(__doc__)
        return 64
    path, samples, seed, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with open(path) as handle:
        n, m = (int(x) for x in handle.readline().split())
        values = np.array([[float(x) for x in handle.readline().split()] for _ in range(n)])
    assert values.shape == (n, m)
    smaa(values, min(samples, 100_000), seed)  # untimed warm-up, as the Swift side has one
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = smaa(values, samples, seed)
        seconds.append(time.perf_counter() - start)
    if len(sys.argv) > 5:
        acceptability, central, confidence = result
        with open(sys.argv[5], "w") as handle:
            json.dump({"acceptability": acceptability.tolist(), "centralWeights": central, "confidence": confidence}, handle)
    print(json.dumps({"seconds": seconds, "numpy": np.__version__, "chunk": CHUNK}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
