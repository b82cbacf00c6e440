"""pymatgen's StructureMatcher verdicts on same-formula pairs of MP-20 (expected values for
cli/tests/matcher.rs).

Dev-only. Every pair of MP-20 validation rows with the same reduced formula (polymorphs and
the occasional duplicate; at most 12 pairs per formula, chosen in file order) is compared
with `StructureMatcher()` at its defaults (ltol 0.2, stol 0.3, angle_tol 5, primitive_cell,
scale, attempt_supercell False) — the same tolerances as crystaldb's
`structure::compare::fit`. Writes cli/tests/expected/matcher_mp20.json:
{"pairs": [[id_a, id_b, verdict], ...]}.

    pip install pymatgen
    python3 scripts/dev/matcher_expected.py
"""

import itertools
import json
from collections import defaultdict

from pymatgen.analysis.structure_matcher import StructureMatcher

from _common import REPO, mp20_rows, pmg_structure

OUT = REPO / "cli/tests/expected/matcher_mp20.json"
PER_FORMULA = 12


def main() -> None:
    groups = defaultdict(list)
    for row in mp20_rows():
        s = pmg_structure(row["cif"])
        groups[s.composition.reduced_formula].append((row["material_id"], s))
    matcher = StructureMatcher()
    pairs = []
    for formula, members in sorted(groups.items()):
        for (ia, a), (ib, b) in itertools.islice(itertools.combinations(members, 2), PER_FORMULA):
            pairs.append([ia, ib, bool(matcher.fit(a, b))])
    doc = {
        "generated_by": "scripts/dev/matcher_expected.py (pymatgen StructureMatcher defaults)",
        "data": "mp/mp20_biternary_val.csv.gz",
        "pairs": pairs,
    }
    OUT.write_text(json.dumps(doc, indent=0) + "\n")
    print(f"{len(pairs)} pairs, {sum(p[2] for p in pairs)} matches -> {OUT}")


if __name__ == "__main__":
    main()
