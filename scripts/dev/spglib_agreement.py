"""spglib's space group of the records moyo disagrees with a source on (dev-only reference).

    cargo run -p crystaldb-readers --example spacegroup_agreement -- \
        --dump /tmp/disagree.jsonl moyo:0.1:default ../shared/data/mp/mp20_*.csv.gz
    python3 scripts/dev/spglib_agreement.py /tmp/disagree.jsonl

Needs spglib (a dev virtual environment outside the repository). Prints, for several
(symprec, angle tolerance) settings, on how many of the dumped records spglib reproduces the
stated group; angle tolerance -1 is spglib's distance-derived default, 5 is pymatgen's (and so
Materials Project's) default.
"""
import json
import sys

import spglib

SETTINGS = [(0.1, -1.0), (0.1, 5.0), (0.05, -1.0), (0.01, 5.0)]


def main(path):
    rows = [json.loads(line) for line in open(path)]
    for symprec, angle in SETTINGS:
        agree = 0
        for r in rows:
            cell = (r["lattice"], r["frac"], r["numbers"])
            ds = spglib.get_symmetry_dataset(cell, symprec=symprec, angle_tolerance=angle)
            agree += ds is not None and ds.number == r["stated"]
        print(f"spglib {spglib.__version__} symprec {symprec} angle {angle}: {agree} / {len(rows)} agree")


if __name__ == "__main__":
    main(sys.argv[1])
