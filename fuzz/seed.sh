#!/usr/bin/env bash
# Build the seed corpora fuzz/corpus/<target>/ from the shared samples, at run time.
# The corpora are git-ignored: never commit copies of the shared data.
# Data folder: $CRYSTALDB_DATA, else ../shared/data beside the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${CRYSTALDB_DATA:-$here/../../shared/data}
[ -f "$data/README.md" ] || { echo "shared data not found at $data (set CRYSTALDB_DATA)" >&2; exit 1; }
corpus=$here/corpus
mkdir -p "$corpus"/{cif,poscar,extxyz,json,mp20_csv,filter}

# Plain-text samples: one seed per file.
cp "$data"/structures/cif/*.cif "$data"/formats/mp/*.cif "$data"/formats/aflow/*.cif "$corpus/cif/"
cp "$data"/structures/poscar/* "$corpus/poscar/"
cp "$data"/structures/extxyz/*.xyz "$corpus/extxyz/"

# JSON samples (decompressed, cut to 64 KiB: the fuzzer's -max_len) and the aflowlib.out
# line; CSV: the header and the first three rows of every MP-20 / CDVAE split.
python3 - "$data" "$corpus" <<'PY'
import csv, gzip, io, pathlib, sys
data, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def text(p):
    return gzip.open(p, "rb").read() if p.suffix == ".gz" else p.read_bytes()
for p in sorted((data / "formats").rglob("*")):
    name = p.name.removesuffix(".gz")
    if name.endswith((".json", ".out")):
        (corpus / "json" / name).write_bytes(text(p)[:65536])
for p in sorted(list((data / "mp").glob("*.csv.gz")) + list((data / "cdvae").glob("*/*.csv.gz"))):
    rows = csv.reader(io.StringIO(gzip.open(p, "rt", newline="").read(2_000_000), newline=""))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for i, row in zip(range(4), rows):
        w.writerow(row)
    name = str(p.relative_to(data)).replace("/", "_").removesuffix(".gz")
    (corpus / "mp20_csv" / name).write_text(out.getvalue())
PY
# Filters: OPTIMADE filter texts of every construct the parser knows, written here (no data).
i=0
while IFS= read -r f; do
  i=$((i + 1))
  printf '%s' "$f" > "$corpus/filter/seed$i"
done <<'FILTERS'
band_gap > 1.5 AND nelements = 2
elements HAS ALL "Si", "O" AND NOT elements HAS "H"
elements HAS ANY "Li", "Na" OR chemical_formula_reduced = "NaCl"
nsites <= 20 AND (formation_energy_per_atom < -1 OR energy_above_hull = 0)
chemical_formula_anonymous = "AB2" AND spacegroup_number >= 195
elements LENGTH 3 AND elements HAS ONLY "Fe", "O", "Li"
id = "mp-149" OR id = "oqmd-1"
chemical_formula_reduced STARTS WITH "Li" AND chemical_formula_reduced CONTAINS "O"
band_gap IS KNOWN AND NOT prototype IS UNKNOWN
1 < nsites AND "Fe" = chemical_formula_reduced
FILTERS
# Binary files (vector files, .cdbw weights, an HNSW index.json): written by the code that
# makes them (the workspace's fuzz_seeds example; no shared data).
(cd "$here/.." && cargo run -q -p crystaldb-cli --example fuzz_seeds -- "$corpus" > /dev/null)
for t in cif poscar extxyz json mp20_csv filter vectors weights index_meta; do
  echo "$t: $(ls "$corpus/$t" | wc -l) seeds"
done
