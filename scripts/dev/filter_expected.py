"""Expected id sets for the filter table (cli/tests/mp20_query.rs), from DuckDB.

Dev-only. Ingests the MP-20 validation split plus the awkward CIF files (which have no
properties and one disordered site, so that unknown
values occur) with the `crystaldb` binary, exports the table to Parquet, and evaluates every
filter of FILTERS below as its own hand-written SQL over that export with DuckDB: an
evaluation independent of `src/filter/`. SQL's three-valued logic (NULL never satisfies a
WHERE; NOT NULL is NULL) is the OPTIMADE rule for unknown values.

    pip install duckdb
    cargo build -p crystaldb-cli
    python3 scripts/dev/filter_expected.py   # writes cli/tests/expected/filters_mp20.json
"""

import json
import subprocess
import tempfile
from pathlib import Path

import duckdb

from _common import REPO, data_dir

OUT = REPO / "cli/tests/expected/filters_mp20.json"
INPUTS = ["mp/mp20_biternary_val.csv.gz", "structures/cif"]

# has_any(list, cond): some item satisfies cond (a DuckDB lambda body over x).
def some(col: str, cond: str) -> str:
    return f"len(list_filter({col}, lambda x: {cond})) > 0"


def every(col: str, cond: str) -> str:
    return f"len(list_filter({col}, lambda x: NOT ({cond}))) = 0"


DISORDER = some("occupancy", "x < 1 - 1e-9")

# (OPTIMADE filter, the same predicate in DuckDB SQL). Together they cover every operator,
# both operand orders, unknown values, precedence and parentheses.
FILTERS = [
    # numbers: every comparison operator, both orders
    ("band_gap > 1.5", "band_gap > 1.5"),
    ("band_gap >= 3", "band_gap >= 3"),
    ("band_gap < 0.001", "band_gap < 0.001"),
    ("band_gap <= 0", "band_gap <= 0"),
    ("band_gap = 0", "band_gap = 0"),
    ("band_gap != 0", "band_gap <> 0"),
    ("1.5 < band_gap", "1.5 < band_gap"),
    ("2 >= formation_energy_per_atom AND -3.5 > formation_energy_per_atom", "formation_energy_per_atom < -3.5"),
    ("energy_above_hull > 0.05", "energy_above_hull > 0.05"),
    ("energy_above_hull = 0", "energy_above_hull = 0"),
    ("nelements = 2", "nelements = 2"),
    ("nelements = 3.0", "nelements = 3"),
    ("nsites >= 16", "nsites >= 16"),
    ("nsites < 3", "nsites < 3"),
    ("space_group_it_number = 225", "spacegroup_number = 225"),
    ("spacegroup_number > 200 AND spacegroup_number <= 230", "spacegroup_number > 200 AND spacegroup_number <= 230"),
    ("volume > 500", "volume > 500"),
    ("density > 10", "density > 10"),
    ("volume_per_atom < 8", "volume / nsites < 8"),
    ("volume_per_atom >= 40", "volume / nsites >= 40"),
    # field against field
    ("nsites > nelements * 0 + nsites", None),  # arithmetic is not in the grammar: an error
    ("nsites = nelements", "nsites = nelements"),
    ("nsites > nelements", "nsites > nelements"),
    # strings
    ('chemical_formula_reduced = "NaCl"', "formula_reduced = 'NaCl'"),
    ('chemical_formula_reduced = "ClNa"', "formula_reduced = 'ClNa'"),
    ('chemical_formula_anonymous = "AB"', "formula_anonymous = 'AB'"),
    ('chemical_formula_anonymous = "A3B2C"', "formula_anonymous = 'A3B2C'"),
    ('chemical_formula_anonymous = "A2B3"', "formula_anonymous = 'A2B3'"),  # largest count first: none
    ('chemical_formula_reduced CONTAINS "Li"', "contains(formula_reduced, 'Li')"),
    ('chemical_formula_reduced STARTS WITH "Li"', "starts_with(formula_reduced, 'Li')"),
    ('chemical_formula_reduced STARTS "Ba"', "starts_with(formula_reduced, 'Ba')"),
    ('chemical_formula_reduced ENDS WITH "O3"', "ends_with(formula_reduced, 'O3')"),
    ('chemical_formula_reduced ENDS "Se2"', "ends_with(formula_reduced, 'Se2')"),
    ('chemsys = "O-Ti"', "chemsys = 'O-Ti'"),
    ('chemsys < "B"', "chemsys < 'B'"),
    ('"Sr" <= chemical_formula_hill', "'Sr' <= formula_hill"),
    ('crystal_system = "hexagonal"', "crystal_system = 'hexagonal'"),
    ('crystal_system != "cubic"', "crystal_system <> 'cubic'"),
    ('spacegroup_symbol ENDS WITH "m"', "ends_with(spacegroup_symbol, 'm')"),
    ('id STARTS WITH "file:"', "starts_with(id, 'file:')"),
    ('id = "mp:mp-865981"', "id = 'mp:mp-865981'"),
    ('source = "file"', "source = 'file'"),
    ('extra CONTAINS "cod"', "contains(extra, 'cod')"),
    # lists
    ('elements HAS "Li"', "list_contains(elements, 'Li')"),
    ('elements HAS ALL "Li","O"', "list_has_all(elements, ['Li', 'O'])"),
    ('elements HAS ANY "Cs","Rb","Fr"', "list_has_any(elements, ['Cs', 'Rb', 'Fr'])"),
    ('elements HAS ONLY "Ga","N","As"', every("elements", "x IN ('Ga', 'N', 'As')")),
    ('elements HAS ONLY "O","Si","Al","Mg","Ca"', every("elements", "x IN ('O', 'Si', 'Al', 'Mg', 'Ca')")),
    ('elements HAS ANY < "B", STARTS WITH "Z"', some("elements", "x < 'B' OR starts_with(x, 'Z')")),
    ('elements HAS ALL STARTS "C", ENDS "e"', f"{some('elements', 'starts_with(x, $$C$$)')} AND {some('elements', 'ends_with(x, $$e$$)')}"),
    ("elements LENGTH 4", "len(elements) = 4"),
    ("elements LENGTH >= 5", "len(elements) >= 5"),
    ("LENGTH elements < 2", "len(elements) < 2"),
    ('species_at_sites HAS "Fe"', "list_contains(species_at_sites, 26)"),
    ("species_at_sites HAS > 90", some("species_at_sites", "x > 90")),
    ('species_at_sites HAS ALL "O", 1', "list_contains(species_at_sites, 8) AND list_contains(species_at_sites, 1)"),
    ("species_at_sites LENGTH 20", "len(species_at_sites) = 20"),
    ('structure_features HAS "disorder"', DISORDER),
    ("structure_features LENGTH 0", f"NOT ({DISORDER})"),
    ("occupancy HAS < 1", some("occupancy", "x < 1")),
    # unknown values
    ("band_gap IS UNKNOWN", "band_gap IS NULL"),
    ("band_gap IS KNOWN", "band_gap IS NOT NULL"),
    ("space_group_it_number IS UNKNOWN", "spacegroup_number IS NULL"),
    ("NOT band_gap > 1.5", "NOT (band_gap > 1.5)"),
    ("band_gap IS UNKNOWN OR NOT band_gap > 1.5", "band_gap IS NULL OR NOT (band_gap > 1.5)"),
    ("NOT (band_gap > 1 OR nelements = 2)", "NOT (band_gap > 1 OR nelements = 2)"),
    ("NOT (band_gap > 1 AND nelements = 2)", "NOT (band_gap > 1 AND nelements = 2)"),
    ("nelements = 1 OR band_gap > 100", "nelements = 1 OR band_gap > 100"),
    ("prototype IS UNKNOWN AND total_energy_per_atom IS UNKNOWN", "prototype IS NULL AND total_energy_per_atom IS NULL"),
    ("_mp_band_gap > 1", "FALSE"),
    ("_mp_band_gap IS UNKNOWN", "TRUE"),
    ("NOT _mp_band_gap > 1", "FALSE"),
    ("_crystaldb_band_gap > 4", "band_gap > 4"),
    # precedence: NOT > AND > OR, and parentheses
    ('nelements = 1 OR nelements = 3 AND elements HAS "O"', "nelements = 1 OR (nelements = 3 AND list_contains(elements, 'O'))"),
    ('(nelements = 1 OR nelements = 3) AND elements HAS "O"', "(nelements = 1 OR nelements = 3) AND list_contains(elements, 'O')"),
    ("NOT nelements = 2 AND band_gap > 2", "(NOT (nelements = 2)) AND band_gap > 2"),
    ("NOT (nelements = 2 AND band_gap > 2)", "NOT (nelements = 2 AND band_gap > 2)"),
    (
        'NOT band_gap > 0 OR space_group_it_number = 225 AND elements HAS "Cl"',
        "(NOT (band_gap > 0)) OR (spacegroup_number = 225 AND list_contains(elements, 'Cl'))",
    ),
    (
        'band_gap > 1.5 AND elements HAS ALL "Li","O" AND nelements <= 4',
        "band_gap > 1.5 AND list_has_all(elements, ['Li', 'O']) AND nelements <= 4",
    ),
    (
        '((crystal_system = "cubic" OR crystal_system = "tetragonal") AND NOT (elements HAS ANY "O","S")) OR nsites = 1',
        "((crystal_system = 'cubic' OR crystal_system = 'tetragonal') AND NOT list_has_any(elements, ['O', 'S'])) OR nsites = 1",
    ),
    (
        "energy_above_hull = 0 AND formation_energy_per_atom < -2 AND band_gap >= 4 AND nsites <= 10",
        "energy_above_hull = 0 AND formation_energy_per_atom < -2 AND band_gap >= 4 AND nsites <= 10",
    ),
    ("nelements >= 3 and band_gap > 3 or density < 2", "(nelements >= 3 AND band_gap > 3) OR density < 2"),
]


def main() -> None:
    data = data_dir()
    exe = REPO / "target/debug/crystaldb"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db, table = Path(tmp) / "db", Path(tmp) / "t.parquet"
        report = json.loads(
            subprocess.run(
                [exe, "ingest", "--db", db, "--json", *[data / p for p in INPUTS]],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        subprocess.run([exe, "export", "--db", db, "--out", table], check=True, capture_output=True)
        con = duckdb.connect()
        con.execute(f"CREATE TABLE t AS SELECT * FROM '{table}'")
        all_ids = [r[0] for r in con.execute("SELECT id FROM t ORDER BY id").fetchall()]
        total = len(all_ids)
        for filt, sql in FILTERS:
            if sql is None:
                rows.append({"filter": filt, "error": True})
                continue
            ids = [r[0] for r in con.execute(f"SELECT id FROM t WHERE {sql.replace('$$', chr(39))} ORDER BY id").fetchall()]
            entry = {"filter": filt, "sql": sql.replace("$$", "'"), "count": len(ids)}
            if 2 * len(ids) <= total:
                entry["ids"] = " ".join(ids)
            else:  # the complement is the shorter list
                chosen = set(ids)
                entry["ids_not"] = " ".join(i for i in all_ids if i not in chosen)
            rows.append(entry)
    doc = {
        "generated_by": "scripts/dev/filter_expected.py (DuckDB " + duckdb.__version__ + ")",
        "inputs": INPUTS,
        "added": report["added"],
        "rows": total,
        "filters": rows,
    }
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    counts = [r.get("count") for r in rows if "count" in r]
    print(f"{len(rows)} filters over {total} rows -> {OUT} (counts {counts})")


if __name__ == "__main__":
    main()
