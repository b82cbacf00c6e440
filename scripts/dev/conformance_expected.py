"""Expected values for the reader conformance suite (readers/tests/conformance.rs).

Dev-only: needs pymatgen and ASE (python3 -m venv .venv-dev && .venv-dev/bin/pip install pymatgen ase)
and the shared data. Writes readers/tests/expected/conformance.json:

    {"files": [{"path": <relative to the data folder>, "format": <reader name>,
                "results": [<one per record, in file order>]}]}

where a result is either {"id", "formula", "nsites", "volume", "properties"} or
{"rejected": <why>}. Values are worked out without our Rust code:

* CIF: pymatgen's CifParser (full conventional cell, primitive=False); POSCAR: pymatgen's
  Poscar (ASE's VASP reader for VASP 4 files, whose species are only in the comment line);
  extended XYZ: ASE (energy from the frame's calculator or info).
* Database JSON (MP, OQMD, AFLOW, NOMAD, OPTIMADE): the raw JSON, read here with the units and
  field meanings of ../shared/data/README.md, built into pymatgen Structures
  (Lattice.from_parameters for AFLOW, metres and joules converted for NOMAD).

Conventions shared with crystaldb (stated, not taken from its code):
* id = "<source>:<source id>"; plain structure files are "file:<stem>" with the stem the file
  name without compression and format extensions, "#<n>" per frame of a multi-frame file;
* formula = OPTIMADE chemical_formula_reduced: elements in alphabetical order, amounts divided
  by their gcd when all are integers (within 1e-3), else the occupancy-weighted amounts with at
  most 4 decimals;
* nsites = site rows: a disordered site counts once per species on it;
* a structure is rejected when it has no lattice or is not periodic along all three axes, has
  no sites, or has two atoms (or an atom and its own periodic image) closer than 0.5 A;
* properties in eV or eV/atom: formation_energy_per_atom, energy_above_hull, band_gap,
  total_energy_per_atom.
"""

import gzip
import json
import math
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir  # noqa: E402

warnings.filterwarnings("ignore")

from pymatgen.core import Composition, Element, Lattice, Structure  # noqa: E402

EV = 1.602176634e-19  # J
INT_TOL = 1e-3


def stem(name: str) -> str:
    for ext in [".gz", ".zst", ".cif", ".vasp", ".poscar", ".POSCAR", ".xyz", ".extxyz", ".json", ".csv"]:
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def amount(a: float) -> str:
    r = round(a)
    if abs(a - r) < INT_TOL:
        return "" if r == 1 else str(int(r))
    return f"{a:.4f}".rstrip("0").rstrip(".")


def formula(comp: Composition) -> str:
    amounts = {el.symbol: a for el, a in comp.items()}
    if all(abs(a - round(a)) < INT_TOL and round(a) >= 1 for a in amounts.values()):
        g = 0
        for a in amounts.values():
            g = math.gcd(g, int(round(a)))
        amounts = {e: round(a) / max(g, 1) for e, a in amounts.items()}
    return "".join(e + amount(a) for e, a in sorted(amounts.items()))


def rows(s: Structure) -> int:
    return sum(len(site.species) for site in s)


def record(rid: str, s: Structure, props: dict | None = None) -> dict:
    if len(s) == 0:
        return {"rejected": "no sites"}
    # Two atoms, or an atom and its own periodic image, closer than 0.5 A.
    centers, _, _, dist = s.get_neighbor_list(0.5, exclude_self=True)
    if len(centers) and dist.min() < 0.5:
        return {"rejected": "atoms closer than 0.5 A"}
    comp = s.composition.element_composition  # oxidation states dropped: "F-" and "F2-" are F
    clean = {k: float(v) for k, v in (props or {}).items() if v is not None}
    return {"id": rid, "formula": formula(comp), "nsites": rows(s), "volume": s.volume, "properties": clean}


def num(x):
    if x is None:
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def load_json(p: Path):
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt") as f:
        return json.load(f)


# ---------------------------------------------------------------- plain structure files


def cif_results(p: Path) -> list:
    from pymatgen.io.cif import CifParser

    try:
        parser = CifParser(p, occupancy_tolerance=1.0)
        structs = parser.parse_structures(primitive=False, on_error="raise")
    except Exception as e:  # noqa: BLE001
        return [{"rejected": f"pymatgen: {type(e).__name__}"}]
    sid = stem(p.name)
    if len(structs) > 1:
        names = list(parser.as_dict().keys())
        return [record(f"file:{sid}#{n}", s) for n, s in zip(names, structs)]
    return [record(f"file:{sid}", s) for s in structs]


def poscar_results(p: Path) -> list:
    from pymatgen.io.vasp import Poscar

    text = p.read_text()
    lines = text.splitlines()
    vasp5 = any(c.isalpha() for c in lines[5].split()[0]) if len(lines) > 5 else False
    if vasp5:
        s = Poscar.from_str(text, read_velocities=False).structure
    else:
        from ase.io import read
        from pymatgen.io.ase import AseAtomsAdaptor

        s = AseAtomsAdaptor.get_structure(read(p, format="vasp"))
    return [record(f"file:{stem(p.name)}", s)]


def extxyz_results(p: Path) -> list:
    from ase.io import read
    from pymatgen.io.ase import AseAtomsAdaptor

    frames = read(p, index=":", format="extxyz")
    sid = stem(p.name)
    out = []
    for k, atoms in enumerate(frames):
        rid = f"file:{sid}#{k}" if len(frames) > 1 else f"file:{sid}"
        if not all(atoms.pbc) or abs(atoms.cell.volume) < 1e-9:
            out.append({"rejected": "not periodic along a, b and c"})
            continue
        energy = None
        if atoms.calc is not None and "energy" in atoms.calc.results:
            energy = atoms.calc.results["energy"]
        elif "energy" in atoms.info:
            energy = atoms.info["energy"]
        s = AseAtomsAdaptor.get_structure(atoms)
        props = {"total_energy_per_atom": None if energy is None else energy / len(atoms)}
        out.append(record(rid, s, props))
    return out


# ---------------------------------------------------------------- Materials Project JSON


def mp_structure(d: dict) -> Structure:
    return Structure.from_dict(d)


def occupied_atoms(s: Structure) -> float:
    return sum(sum(site.species.values()) for site in s)


def mp_results(p: Path) -> list:
    docs = load_json(p)
    docs = docs if isinstance(docs, list) else [docs]
    out = []
    for k, d in enumerate(docs):
        if d.get("@class") == "ComputedStructureEntry" or {"energy", "structure", "entry_id"} <= d.keys():
            s = mp_structure(d["structure"])
            rid = d.get("entry_id") or d.get("data", {}).get("material_id") or d.get("data", {}).get("task_id")
            out.append(record(f"mp:{rid}", s, {"total_energy_per_atom": d["energy"] / occupied_atoms(s)}))
            continue
        if "lattice" in d and "sites" in d:
            # A plain pymatgen Structure (Interface and TransformedStructure carry the same keys).
            rid = stem(p.name) if len(docs) == 1 else f"{stem(p.name)}-{k}"
            out.append(record(f"file:{rid}", Structure.from_dict({"lattice": d["lattice"], "sites": d["sites"]})))
            continue
        rid = d.get("material_id") or d.get("task_id")
        sdict = d.get("structure") or (d.get("output") or {}).get("structure")
        if sdict is None and "entries" in d and d.get("energy_type") in d["entries"]:
            sdict = d["entries"][d["energy_type"]].get("structure")
        if sdict is None:
            out.append({"rejected": "property document without a structure"})
            continue
        s = mp_structure(sdict)
        out_ = d.get("output") or {}
        total = num(d.get("energy_per_atom")) or num(out_.get("energy_per_atom"))
        if total is None and num(out_.get("energy")) is not None:
            total = out_["energy"] / occupied_atoms(s)
        props = {
            "formation_energy_per_atom": num(d.get("formation_energy_per_atom")),
            "energy_above_hull": num(d.get("energy_above_hull", d.get("e_above_hull"))),
            "band_gap": num(d.get("band_gap", out_.get("bandgap"))),
            "total_energy_per_atom": total,
        }
        out.append(record(f"mp:{rid}", s, props))
    return out


def has_mp_markers(p: Path) -> bool:
    """Whether a file carries any marker of an MP document or pymatgen object (else it is not a
    structure file at all: MP's elasticity and eos documents hold a task_id and numbers only)."""
    d = load_json(p)
    d = d[0] if isinstance(d, list) and d else d
    return any(k in d for k in ("structure", "material_id", "output", "lattice", "@module", "entry_id"))


# ---------------------------------------------------------------- OQMD


def oqmd_results(p: Path) -> list:
    d = load_json(p)
    docs = d["data"] if isinstance(d, dict) else d
    out = []
    for r in docs:
        a = r.get("attributes", r)
        cell = a.get("unit_cell") or a.get("cell") or a.get("_oqmd_unit_cell")
        sites = a.get("sites") or a.get("_oqmd_sites")
        eid = a.get("entry_id", a.get("_oqmd_entry_id"))
        if cell is None or sites is None:
            out.append({"rejected": "no unit_cell/sites"})
            continue
        species, frac = [], []
        for site in sites:
            el, xyz = site.split("@")
            species.append(el.strip())
            frac.append([float(x) for x in xyz.split()])
        s = Structure(Lattice(cell), species, frac)
        stab = num(a.get("stability"))
        props = {
            "formation_energy_per_atom": num(a.get("delta_e")),
            "band_gap": num(a.get("band_gap")),
            "energy_above_hull": None if stab is None else max(stab, 0.0),
        }
        out.append(record(f"oqmd:{eid}", s, props))
    return out


# ---------------------------------------------------------------- AFLOW


def aflow_vec(v):
    return [float(x) for x in v.split(",")] if isinstance(v, str) else [float(x) for x in v]


def aflow_entry(e: dict) -> dict:
    if "geometry" not in e or "positions_fractional" not in e:
        return {"rejected": "no geometry/positions_fractional"}
    a, b, c, al, be, ga = aflow_vec(e["geometry"])
    pos = e["positions_fractional"]
    if isinstance(pos, str):
        pos = [aflow_vec(x) for x in pos.split(";")]
    species = e["species"].split(",") if isinstance(e["species"], str) else e["species"]
    counts = e["composition"].split(",") if isinstance(e["composition"], str) else e["composition"]
    per_site = [el for el, n in zip(species, counts) for _ in range(int(float(n)))]
    s = Structure(Lattice.from_parameters(a, b, c, al, be, ga), per_site, pos)
    props = {
        "formation_energy_per_atom": num(e.get("enthalpy_formation_atom")),
        "band_gap": num(e.get("Egap")),
        "total_energy_per_atom": num(e.get("energy_atom")),
    }
    return record(e["auid"], s, props)


def aflow_results(p: Path) -> list:
    if p.suffix == ".out":
        e = dict(kv.split("=", 1) for kv in p.read_text().strip().split("|") if "=" in kv)
        e = {k.strip(): v.strip() for k, v in e.items()}
        return [aflow_entry(e)]
    d = load_json(p)
    if "atoms" in d and "lattice" in d:
        # AFLOW's structure JSON: lattice rows times scale, atoms with name and position.
        lat = [[x * d.get("scale", 1.0) for x in row] for row in d["lattice"]]
        cart = d.get("coordinates_type", "direct").lower().startswith("c")
        s = Structure(
            Lattice(lat),
            [a["name"] for a in d["atoms"]],
            [a["position"] for a in d["atoms"]],
            coords_are_cartesian=cart,
        )
        return [record(f"file:{stem(p.name)}", s)]
    if all(" of " in k for k in d):
        return [aflow_entry(v) for v in d.values()]
    return [aflow_entry(d)]


# ---------------------------------------------------------------- NOMAD


def nomad_gap(r: dict):
    el = r.get("properties", {}).get("electronic", {}) or {}
    for key in ["band_structure_electronic", "dos_electronic"]:
        sec = el.get(key)
        secs = sec if isinstance(sec, list) else [sec] if sec else []
        vals = [
            g["value"]
            for x in secs
            for g in (x.get("band_gap") or [])
            if isinstance(g, dict) and isinstance(g.get("value"), (int, float))
        ]
        if vals:
            return max(min(vals), 0.0) / EV
    return None


def nomad_results(p: Path) -> list:
    d = load_json(p)
    out = []
    if isinstance(d, dict) and "data" in d:
        arch = d["data"]["archive"]
        run = arch["run"][-1]
        calc = run["calculation"][-1]
        ref = calc.get("system_ref")
        system = run["system"][int(ref.rsplit("/", 1)[1])] if isinstance(ref, str) else run["system"][-1]
        at = system["atoms"]
        lat = [[x * 1e10 for x in v] for v in at["lattice_vectors"]]
        cart = [[x * 1e10 for x in v] for v in at["positions"]]
        s = Structure(Lattice(lat), at["labels"], cart, coords_are_cartesian=True)
        total = calc["energy"]["total"]["value"] / EV / len(s)
        eid = d["data"].get("entry_id") or arch.get("metadata", {}).get("entry_id")
        props = {"total_energy_per_atom": total, "band_gap": nomad_gap(arch.get("results", {}))}
        return [record(f"nomad:{eid}", s, props)]
    for k, r in enumerate(d):
        so = r["properties"]["structures"]["structure_original"]
        lat = [[x * 1e10 for x in v] for v in so["lattice_vectors"]]
        cart = [[x * 1e10 for x in v] for v in so["cartesian_site_positions"]]
        s = Structure(Lattice(lat), so["species_at_sites"], cart, coords_are_cartesian=True)
        e = (r.get("energies") or {}).get("total", {}).get("value")
        props = {"total_energy_per_atom": None if e is None else e / EV / len(s), "band_gap": nomad_gap(r)}
        out.append(record(f"nomad:{stem(p.name)}-{k}", s, props))
    return out


# ---------------------------------------------------------------- OPTIMADE

UNREPRESENTABLE = {"assemblies", "site_attachments", "implicit_atoms"}


def optimade_results(p: Path) -> list:
    docs = load_json(p)
    out = []
    bad = p.name == "test_bad_structures.json"
    for d in docs:
        if bad:
            # optimade-python-tools' negative tests: each violates the OPTIMADE schema.
            out.append({"rejected": "invalid OPTIMADE structure"})
            continue
        a = d.get("attributes", d)
        rid = d.get("id") or d.get("task_id")
        if UNREPRESENTABLE & set(a.get("structure_features", [])) or a.get("assemblies"):
            out.append({"rejected": "assemblies / attached atoms cannot be stored as site rows"})
            continue
        kinds = {sp["name"]: sp for sp in a["species"]}
        lattice = Lattice(a["lattice_vectors"])
        species, coords = [], []
        for name, xyz in zip(a["species_at_sites"], a["cartesian_site_positions"]):
            sp = kinds[name]
            occ = {
                el: c
                for el, c in zip(sp["chemical_symbols"], sp["concentration"])
                if el not in ("vacancy", "X") and c > 0
            }
            if occ:
                species.append(occ)
                coords.append(xyz)
        if not species:
            out.append({"rejected": "no site with a known element"})
            continue
        s = Structure(lattice, species, coords, coords_are_cartesian=True)
        props = {
            "band_gap": num(a.get("band_gap")),
            "formation_energy_per_atom": num(a.get("formation_energy_per_atom", a.get("delta_e"))),
        }
        out.append(record(f"optimade:{rid}", s, props))
    return out


# ---------------------------------------------------------------- driver

FORMATS = {
    "formats/aflow": ("aflow", aflow_results),
    "formats/mp": ("mp-json", mp_results),
    "formats/pymatgen/structures": ("mp-json", mp_results),
    "formats/nomad": ("nomad-json", nomad_results),
    "formats/oqmd": ("oqmd-json", oqmd_results),
    "formats/optimade": ("optimade-json", optimade_results),
    "structures/cif": ("cif", cif_results),
    "structures/poscar": ("poscar", poscar_results),
    "structures/extxyz": ("extxyz", extxyz_results),
}
# Not structure files: the OQMD API docs and the OPTIMADE /info property list.
SKIP = {"qmpy_restful.rst", "oqmd_optimade_info_structures.json"}


def main() -> None:
    data = data_dir()
    files = []
    for folder, (fmt, reader) in FORMATS.items():
        for p in sorted((data / folder).iterdir()):
            if p.name in SKIP or p.is_dir():
                continue
            name = p.name.removesuffix(".gz")
            if name.endswith(".cif"):
                f, results = "cif", cif_results(p)
            elif fmt == "mp-json" and not has_mp_markers(p):
                f, results = "unrecognised", [{"rejected": "no structure and no MP document markers"}]
            else:
                f, results = fmt, reader(p)
            files.append({"path": str(p.relative_to(data)), "format": f, "results": results})
            ok = sum("id" in r for r in results)
            print(f"{files[-1]['path']}: {ok} records, {len(results) - ok} rejected", file=sys.stderr)
    out = REPO / "readers/tests/expected/conformance.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = {"generator": "scripts/dev/conformance_expected.py", "files": files}
    out.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
