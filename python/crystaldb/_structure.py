"""``crystaldb.Structure``: a periodic, typed point set, and its conversions to and from
pymatgen, ASE and ``Structure.as_dict()`` dicts. Neither pymatgen nor ASE is needed until a
conversion to it is asked for: inputs are recognised by duck typing.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from . import _crystaldb
from .errors import InvalidInput

__all__ = ["Structure", "to_structure"]

_SYMBOLS: list[str] = list(_crystaldb.element_symbols())
_Z: dict[str, int] = {s: i + 1 for i, s in enumerate(_SYMBOLS)}


def atomic_number(symbol: str, field: str = "species") -> int:
    """The atomic number of an element symbol (``"Fe"``); raises :class:`InvalidInput`."""
    z = _Z.get(symbol)
    if z is None:
        raise InvalidInput(f"{field}: {symbol!r} is not an element symbol", field=field)
    return z


class Structure:
    """A crystal: lattice vectors as rows (Å), fractional coordinates, atomic numbers and
    occupancies, one row per species at a site (a disordered site is several rows at one
    position, their occupancies summing to at most 1).

    ``Structure(lattice, frac_coords, numbers, occupancies=None)`` checks every value and raises
    :class:`crystaldb.InvalidInput` naming the field (``lattice``, ``frac_coords``, ``numbers``,
    ``occupancies``). Build one from pymatgen or ASE with :meth:`from_pymatgen`,
    :meth:`from_ase` or :func:`crystaldb.to_structure`.
    """

    __slots__ = ("lattice", "frac_coords", "numbers", "occupancies")

    lattice: npt.NDArray[np.float64]
    frac_coords: npt.NDArray[np.float64]
    numbers: npt.NDArray[np.int64]
    occupancies: npt.NDArray[np.float64]

    def __init__(
        self,
        lattice: npt.ArrayLike,
        frac_coords: npt.ArrayLike,
        numbers: npt.ArrayLike,
        occupancies: npt.ArrayLike | None = None,
    ) -> None:
        lat = np.ascontiguousarray(np.asarray(lattice, dtype=np.float64))
        if lat.shape != (3, 3):
            raise InvalidInput(f"lattice has shape {lat.shape}, expected (3, 3)", field="lattice")
        bad = np.argwhere(~np.isfinite(lat))
        if len(bad):
            i, j = bad[0]
            raise InvalidInput(f"lattice[{i}][{j}] is {lat[i, j]}", field="lattice")
        volume = float(np.linalg.det(lat))
        if not abs(volume) > 1e-6:
            raise InvalidInput(f"lattice is singular (volume {volume:.3g} Å³)", field="lattice")
        frac = np.ascontiguousarray(np.asarray(frac_coords, dtype=np.float64)).reshape(-1, 3)
        bad = np.argwhere(~np.isfinite(frac))
        if len(bad):
            raise InvalidInput(f"frac_coords[{bad[0][0]}] is {frac[bad[0][0]].tolist()}", field="frac_coords")
        z = np.asarray(numbers)
        if z.dtype.kind in "USO":
            z = np.array([atomic_number(str(s), "numbers") for s in z.ravel()], dtype=np.int64)
        z = np.ascontiguousarray(z, dtype=np.int64).ravel()
        if len(z) != len(frac):
            raise InvalidInput(f"{len(z)} atomic numbers for {len(frac)} positions", field="numbers")
        if len(z) == 0:
            raise InvalidInput("a structure needs at least one site", field="numbers")
        out = np.flatnonzero((z < 1) | (z > 118))
        if len(out):
            raise InvalidInput(f"numbers[{out[0]}] = {z[out[0]]} is not an element", field="numbers")
        if occupancies is None:
            occ = np.ones(len(z), dtype=np.float64)
        else:
            occ = np.ascontiguousarray(np.asarray(occupancies, dtype=np.float64)).ravel()
            if len(occ) != len(z):
                raise InvalidInput(f"{len(occ)} occupancies for {len(z)} sites", field="occupancies")
            out = np.flatnonzero(~((occ > 0) & (occ <= 1)))
            if len(out):
                raise InvalidInput(
                    f"occupancies[{out[0]}] = {occ[out[0]]} is not in (0, 1]", field="occupancies"
                )
        self.lattice = lat
        self.frac_coords = frac
        self.numbers = z
        self.occupancies = occ

    # ----------------------------------------------------------------- conversions in
    @classmethod
    def from_pymatgen(cls, structure: Any) -> Structure:
        """From a pymatgen ``Structure`` (ordered or disordered; partial occupancies kept)."""
        lattice = np.asarray(structure.lattice.matrix, dtype=np.float64)
        if getattr(structure, "is_ordered", False):
            return cls(lattice, structure.frac_coords, structure.atomic_numbers)
        frac: list[Sequence[float]] = []
        numbers: list[int] = []
        occ: list[float] = []
        for i, site in enumerate(structure):
            for sp, o in site.species.items():
                z = int(getattr(sp, "Z", 0))
                if z < 1:
                    raise InvalidInput(f"sites[{i}]: species {sp} is not an element", field="species")
                frac.append(site.frac_coords)
                numbers.append(z)
                occ.append(float(o))
        return cls(lattice, frac, numbers, occ)

    @classmethod
    def from_ase(cls, atoms: Any) -> Structure:
        """From a periodic ASE ``Atoms`` (``pbc`` true on all three axes)."""
        pbc = np.asarray(atoms.get_pbc() if hasattr(atoms, "get_pbc") else atoms.pbc, dtype=bool)
        if not pbc.all():
            raise InvalidInput(
                f"an ASE Atoms with pbc={pbc.tolist()} is not a crystal: every axis must be periodic",
                field="pbc",
            )
        cell = np.asarray(atoms.get_cell()[:], dtype=np.float64)
        if not abs(float(np.linalg.det(cell))) > 1e-6:
            raise InvalidInput("the Atoms' cell is singular or unset", field="lattice")
        return cls(cell, atoms.get_scaled_positions(wrap=False), np.asarray(atoms.numbers))

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Structure:
        """From a pymatgen ``Structure.as_dict()`` dict (or :meth:`as_dict`)."""
        try:
            lattice = d["lattice"]["matrix"] if isinstance(d["lattice"], Mapping) else d["lattice"]
            sites = d["sites"]
        except (KeyError, TypeError) as e:
            raise InvalidInput(f"a structure dict needs 'lattice' and 'sites' (missing {e})", field="structure") from e
        frac: list[Sequence[float]] = []
        numbers: list[int] = []
        occ: list[float] = []
        for i, site in enumerate(sites):
            species = site.get("species")
            if not species:
                raise InvalidInput(f"sites[{i}] has no species", field="species")
            abc = site.get("abc")
            if abc is None:
                raise InvalidInput(f"sites[{i}] has no 'abc' (fractional coordinates)", field="frac_coords")
            for sp in species:
                numbers.append(atomic_number(str(sp.get("element")), f"sites[{i}].species"))
                frac.append(abc)
                occ.append(float(sp.get("occu", 1.0)))
        return cls(lattice, frac, numbers, occ)

    # ----------------------------------------------------------------- conversions out
    def _groups(self) -> list[tuple[int, int]]:
        """Runs of rows at one position: (start, end) per site."""
        out: list[tuple[int, int]] = []
        start = 0
        for i in range(1, len(self.numbers) + 1):
            if i == len(self.numbers) or not np.array_equal(self.frac_coords[i], self.frac_coords[start]):
                out.append((start, i))
                start = i
        return out

    @property
    def is_ordered(self) -> bool:
        """Whether every site holds one element with occupancy 1."""
        return bool(np.all(self.occupancies == 1.0)) and len(self._groups()) == len(self.numbers)

    @property
    def species(self) -> list[str]:
        """Element symbol of each row."""
        return [_SYMBOLS[z - 1] for z in self.numbers]

    def to_pymatgen(self) -> Any:
        """A pymatgen ``Structure`` (disordered sites as partial-occupancy species)."""
        from pymatgen.core.lattice import Lattice
        from pymatgen.core.structure import Structure as PmgStructure

        if self.is_ordered:
            return PmgStructure(Lattice(self.lattice), self.species, self.frac_coords)
        species: list[dict[str, float]] = []
        coords = []
        for a, b in self._groups():
            species.append({_SYMBOLS[self.numbers[i] - 1]: float(self.occupancies[i]) for i in range(a, b)})
            coords.append(self.frac_coords[a])
        return PmgStructure(Lattice(self.lattice), species, coords)

    def to_ase(self) -> Any:
        """A periodic ASE ``Atoms``. ASE holds one element per site: a disordered structure
        raises :class:`InvalidInput` (use :meth:`to_pymatgen`)."""
        if not self.is_ordered:
            raise InvalidInput(
                "a disordered structure has no ASE Atoms form (one element per site); use to_pymatgen()",
                field="occupancies",
            )
        from ase import Atoms

        return Atoms(numbers=self.numbers, scaled_positions=self.frac_coords, cell=self.lattice, pbc=True)

    def as_dict(self) -> dict[str, Any]:
        """The pymatgen ``Structure.as_dict()`` layout (lattice matrix, sites with species and
        ``abc``), readable by :meth:`from_dict` and by pymatgen's ``Structure.from_dict``."""
        sites = []
        for a, b in self._groups():
            sites.append(
                {
                    "species": [
                        {"element": _SYMBOLS[self.numbers[i] - 1], "occu": float(self.occupancies[i])}
                        for i in range(a, b)
                    ],
                    "abc": self.frac_coords[a].tolist(),
                    "properties": {},
                    "label": _SYMBOLS[self.numbers[a] - 1],
                }
            )
        return {
            "@module": "pymatgen.core.structure",
            "@class": "Structure",
            "lattice": {"matrix": self.lattice.tolist(), "pbc": [True, True, True]},
            "sites": sites,
            "charge": 0,
            "properties": {},
        }

    def _raw(self) -> tuple[Any, Any, Any, Any]:
        return (self.lattice, self.frac_coords, self.numbers, self.occupancies)

    def __len__(self) -> int:
        return len(self.numbers)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Structure):
            return NotImplemented
        return (
            np.array_equal(self.lattice, other.lattice)
            and np.array_equal(self.frac_coords, other.frac_coords)
            and np.array_equal(self.numbers, other.numbers)
            and np.array_equal(self.occupancies, other.occupancies)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts: dict[str, float] = {}
        for s, o in zip(self.species, self.occupancies):
            counts[s] = counts.get(s, 0.0) + float(o)
        formula = "".join(f"{s}{'' if c == 1 else f'{c:g}'}" for s, c in counts.items())
        abc = np.linalg.norm(self.lattice, axis=1)
        return f"Structure({formula}, {len(self)} sites, a={abc[0]:.3f} b={abc[1]:.3f} c={abc[2]:.3f} Å)"


def to_structure(obj: Any, where: str = "structure") -> Structure:
    """Any accepted structure as a :class:`Structure`: a ``crystaldb.Structure``, a pymatgen
    ``Structure``, a periodic ASE ``Atoms`` or a ``Structure.as_dict()`` dict. Recognised by
    duck typing, so neither pymatgen nor ASE has to be installed."""
    if isinstance(obj, Structure):
        return obj
    if isinstance(obj, Mapping):
        return Structure.from_dict(obj)
    if hasattr(obj, "get_scaled_positions") and hasattr(obj, "numbers") and hasattr(obj, "get_cell"):
        return Structure.from_ase(obj)
    if hasattr(obj, "frac_coords") and hasattr(obj, "lattice"):
        return Structure.from_pymatgen(obj)
    if hasattr(obj, "as_dict"):
        return Structure.from_dict(obj.as_dict())
    raise InvalidInput(
        f"{where}: a {type(obj).__name__} is not a structure (give a pymatgen Structure, an ASE Atoms, "
        "a crystaldb.Structure or a Structure.as_dict() dict)",
        field=where,
    )
