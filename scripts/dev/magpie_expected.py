"""Expected Magpie features from matminer, for the parity test of the `magpie` encoder.

Dev-only. Needs: pip install matminer (pulls pymatgen). Run from the repository root:
    .venv-dev/bin/python scripts/dev/magpie_expected.py
Writes tests/expected/magpie_matminer.json: the first 300 rows of MP-20's binary/ternary
validation split (shared/data/mp/mp20_biternary_val.csv.gz), each with its id, pretty formula,
the cell composition of its CIF (parsed by pymatgen) and matminer's 132 features of
ElementProperty.from_preset("magpie") (its defaults, impute_nan=True), rounded to 12
significant digits. Also checks that the Magpie tables matminer ships are byte-identical to
shared/data/elements/magpie_elementdata, the tables the Rust test loads.
"""

import filecmp
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir, mp20_rows, pmg_structure, sig, write_json  # noqa: E402

import matminer  # noqa: E402
from matminer.featurizers.composition import ElementProperty  # noqa: E402
from matminer.utils.data import MagpieData  # noqa: E402

N = 300


def main():
    shipped = Path(MagpieData(impute_nan=False).data_dir)
    shared = data_dir() / "elements" / "magpie_elementdata"
    names = sorted(p.name for p in shipped.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(shipped, shared, names, shallow=False)
    if mismatch or errors or sorted(p.name for p in shared.iterdir()) != names:
        sys.exit(f"matminer's magpie tables differ from {shared}: {mismatch} {errors}")
    print(f"matminer {matminer.__version__}: its {len(match)} magpie_elementdata files are identical to {shared}")

    featurizer = ElementProperty.from_preset("magpie")
    labels = featurizer.feature_labels()
    assert len(labels) == 132, len(labels)
    rows = []
    for row in mp20_rows(limit=N):
        comp = pmg_structure(row["cif"]).composition
        feats = featurizer.featurize(comp)
        rows.append(
            {
                "id": row["material_id"],
                "formula": row["pretty_formula"],
                "composition": {el.symbol: float(amt) for el, amt in comp.items()},
                "features": [sig(float(x)) for x in feats],
            }
        )
    write_json(
        REPO / "tests/expected/magpie_matminer.json",
        {
            "source": "mp/mp20_biternary_val.csv.gz, first 300 rows (CC-BY 4.0, Materials Project)",
            "generator": "scripts/dev/magpie_expected.py",
            "matminer_version": matminer.__version__,
            "featurizer": 'ElementProperty.from_preset("magpie") (impute_nan=True)',
            "labels": labels,
            "rows": rows,
        },
    )


if __name__ == "__main__":
    main()
