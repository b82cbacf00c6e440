"""The CGCNN atom-feature table as Rust: learned/src/pretrained/cgcnn_atoms.rs.

Dev-only, standard library only. Run from the repository root:
    python3 scripts/dev/cgcnn_atom_init.py
Reads shared/data/elements/cgcnn_atom_init.json (the `atom_init.json` of Xie & Grossman's CGCNN
repository, MIT licence: 92 binary features per element, Z = 1..100) and writes, for each
element, the positions of its ones (every value is 0 or 1; at most 9 ones). The test
`atom_features_match_cgcnn_atom_init_json` compares the table with the JSON file.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir  # noqa: E402

table = json.loads((data_dir() / "elements" / "cgcnn_atom_init.json").read_text())
zs = sorted(int(z) for z in table)
assert zs == list(range(1, 101)), zs
rows = []
for z in zs:
    v = table[str(z)]
    assert len(v) == 92 and set(v) <= {0, 1}, z
    ones = [i for i, x in enumerate(v) if x == 1]
    assert len(ones) <= 9, z
    rows.append("    &[" + ", ".join(map(str, ones)) + "],")
out = REPO / "learned" / "src" / "pretrained" / "cgcnn_atoms.rs"
out.write_text(
    "//! CGCNN's atom features (`atom_init.json` of Xie & Grossman's CGCNN, MIT licence): for each\n"
    "//! element Z = 1..=100, the positions of the ones among its 92 binary features (group,\n"
    "//! period, electronegativity, covalent radius, valence electrons, first ionisation energy,\n"
    "//! electron affinity, block and atomic volume, each one-hot over bins).\n"
    "//! Written by `scripts/dev/cgcnn_atom_init.py`; do not edit.\n\n"
    "/// Length of an atom feature vector.\n"
    "pub const ATOM_FEATURES: usize = 92;\n\n"
    "/// `ONES[z - 1]`: the features of element `z` that are 1 (the rest are 0).\n"
    "pub const ONES: [&[u8]; 100] = [\n" + "\n".join(rows) + "\n];\n"
)
print(f"wrote {out.relative_to(REPO)}: {len(rows)} elements")
