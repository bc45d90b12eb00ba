#!/usr/bin/env python3
"""Scores a parallax-cli analysis JSON of a generated one-story or syndication folder (see
tests/bench/generate_corpus.cpp) against the truth the generator wrote beside it.

  score_story.py story TRUTH_DIR JSON   pairs sharing 5+ pool sentences, and how many of them the
                                        analysis reports as reprint or shared-source
  score_story.py family TRUTH_DIR JSON  the family holding the most reprints: members right,
                                        wrong, missed; the original identified

Prints one tab-separated line (see each function) for scripts/bench-story."""
import json
import sys


def load_pairs(path):
    # The JSON can be large; only documents' ids, pairs and families are read.
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    reported = set()
    for p in data["pairs"]:
        if p["relation"] in ("reprint", "shared-source"):
            reported.add((min(p["a"], p["b"]), max(p["a"], p["b"])))
    return data, reported


def story(truth_dir, path):
    """shared5, reported of them, other related pairs reported, pairs in all"""
    pools = {}
    with open(truth_dir + "/story.tsv") as f:
        for line in f:
            doc, indices = line.rstrip("\n").split("\t")
            bits = 0
            for i in indices.split(","):
                bits |= 1 << int(i)
            pools[doc] = bits
    data, reported = load_pairs(path)
    ids = sorted(pools)
    shared5 = found = 0
    for x in range(len(ids)):
        bx = pools[ids[x]]
        for y in range(x + 1, len(ids)):
            if (bx & pools[ids[y]]).bit_count() >= 5:
                shared5 += 1
                found += (ids[x], ids[y]) in reported
    print(f"{shared5}\t{found}\t{len(reported) - found}\t{len(data['pairs'])}")


def family(truth_dir, path):
    """members of the truth family (original + reprints), members of the found family that are
    right, wrong, the truth members missing, 1 when the family's original is the truth's"""
    role = {}
    with open(truth_dir + "/family.tsv") as f:
        for line in f:
            doc, r = line.rstrip("\n").split("\t")
            role[doc] = r
    truth = {d for d, r in role.items() if r in ("original", "reprint")}
    original = next(d for d, r in role.items() if r == "original")
    data, _ = load_pairs(path)
    families = data.get("families", [])
    best = max(families, key=lambda f: len(truth & set(f["members"])), default={"members": [], "original": None})
    members = set(best["members"])
    print(f"{len(truth)}\t{len(members & truth)}\t{len(members - truth)}\t{len(truth - members)}\t"
          f"{int(best.get('original') == original)}\t{len(families)}")


if __name__ == "__main__":
    {"story": story, "family": family}[sys.argv[1]](sys.argv[2], sys.argv[3])
