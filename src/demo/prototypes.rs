//! The structure prototypes of the demo corpus: geometry (Wyckoff positions in the
//! conventional cell), free parameters, the bonds that set the lattice constant, and
//! chemically sensible element pools per species slot.
//!
//! Positions follow the International Tables settings (Fd-3m in origin choice 2). Everything
//! here is textbook crystallography; no data is taken from any database.

use crate::structure::Vec3;

/// A structure prototype of the demo corpus.
#[derive(Debug)]
pub struct Prototype {
    /// Short name, also the records' `prototype` label ("rocksalt", "perovskite", ...).
    pub name: &'static str,
    /// International space-group number of every structure generated from it.
    pub space_group: i32,
    /// Anonymous formula, one letter per species slot ("ABX3").
    pub formula: &'static str,
    /// Number of species slots (distinct elements in a generated structure).
    pub species_slots: usize,
    /// One-line description.
    pub description: &'static str,
    pub(super) spec: Spec,
}

/// How the cell is built from the conventional one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CellKind {
    /// Primitive cubic: the conventional cell.
    CubicP,
    /// Face-centred cubic, stored as the primitive (rhombohedral, 60°) cell.
    CubicF,
    /// Body-centred cubic, stored as the primitive cell.
    CubicI,
    /// Tetragonal; the first free parameter is c/a.
    Tetragonal,
    /// Hexagonal; the first free parameter is c/a.
    Hexagonal,
}

/// Chemical families: for each, one element pool (symbols) per species slot.
type Families = &'static [&'static [&'static [&'static str]]];

/// The geometry and chemistry behind a [`Prototype`].
#[derive(Debug)]
pub(super) struct Spec {
    pub(super) cell: CellKind,
    /// Ranges of the free parameters (c/a first for non-cubic cells, then internal coordinates).
    pub(super) params: &'static [(f64, f64)],
    /// Sites as (slot, fractional position in the conventional cell), one representative per
    /// centring translation, given the free parameters.
    pub(super) sites: fn(&[f64]) -> Vec<(usize, Vec3)>,
    /// Slot pairs whose nearest-neighbour distance should equal the sum of atomic radii; the
    /// lattice constant is the mean of the values these bonds ask for.
    pub(super) bonds: &'static [(usize, usize)],
    pub(super) families: Families,
}

const T: f64 = 1.0 / 3.0;
const TT: f64 = 2.0 / 3.0;

fn origin_and_centre(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (1, [0.5; 3])]
}

fn zincblende(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (1, [0.25; 3])]
}

fn wurtzite(p: &[f64]) -> Vec<(usize, Vec3)> {
    let u = p[1];
    vec![(0, [T, TT, 0.0]), (0, [TT, T, 0.5]), (1, [T, TT, u]), (1, [TT, T, 0.5 + u])]
}

fn fluorite(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (1, [0.25; 3]), (1, [0.75; 3])]
}

fn antifluorite(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.25; 3]), (0, [0.75; 3]), (1, [0.0; 3])]
}

fn perovskite(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (1, [0.5; 3]), (2, [0.5, 0.5, 0.0]), (2, [0.5, 0.0, 0.5]), (2, [0.0, 0.5, 0.5])]
}

/// Fd-3m, origin choice 2: A on 8a, B on 16d, X on 32e (x, x, x), ideal x = 1/4.
fn spinel(p: &[f64]) -> Vec<(usize, Vec3)> {
    let x = p[0];
    let mut s = vec![(0, [0.125; 3]), (0, [0.875, 0.375, 0.375])];
    for b in [[0.5, 0.5, 0.5], [0.25, 0.75, 0.0], [0.75, 0.0, 0.25], [0.0, 0.25, 0.75]] {
        s.push((1, b));
    }
    // The four images of (x, x, x) under the 2-fold axes, and their inverses through the origin.
    for o in [
        [x, x, x],
        [-x + 0.75, -x + 0.25, x + 0.5],
        [-x + 0.25, x + 0.5, -x + 0.75],
        [x + 0.5, -x + 0.75, -x + 0.25],
    ] {
        s.push((2, o));
        s.push((2, o.map(|c| -c)));
    }
    s
}

fn rutile(p: &[f64]) -> Vec<(usize, Vec3)> {
    let u = p[1];
    vec![
        (0, [0.0; 3]),
        (0, [0.5; 3]),
        (1, [u, u, 0.0]),
        (1, [1.0 - u, 1.0 - u, 0.0]),
        (1, [0.5 + u, 0.5 - u, 0.5]),
        (1, [0.5 - u, 0.5 + u, 0.5]),
    ]
}

fn single(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3])]
}

fn hcp(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [T, TT, 0.25]), (0, [TT, T, 0.75])]
}

fn diamond(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (0, [0.25; 3])]
}

fn cdi2(p: &[f64]) -> Vec<(usize, Vec3)> {
    let z = p[1];
    vec![(0, [0.0; 3]), (1, [T, TT, z]), (1, [TT, T, 1.0 - z])]
}

/// P6_3/mmc: metal on 2c, chalcogen on 4f (1/3, 2/3, z) with z ≈ 0.62 (trigonal prisms).
fn mos2(p: &[f64]) -> Vec<(usize, Vec3)> {
    let z = p[1];
    vec![
        (0, [T, TT, 0.25]),
        (0, [TT, T, 0.75]),
        (1, [T, TT, z]),
        (1, [TT, T, z - 0.5]),
        (1, [TT, T, 1.0 - z]),
        (1, [T, TT, 1.5 - z]),
    ]
}

fn nias(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (0, [0.0, 0.0, 0.5]), (1, [T, TT, 0.25]), (1, [TT, T, 0.75])]
}

fn cu3au(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.0; 3]), (1, [0.0, 0.5, 0.5]), (1, [0.5, 0.0, 0.5]), (1, [0.5, 0.5, 0.0])]
}

fn heusler(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.25; 3]), (0, [0.75; 3]), (1, [0.5; 3]), (2, [0.0; 3])]
}

fn half_heusler(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![(0, [0.25; 3]), (1, [0.5; 3]), (2, [0.0; 3])]
}

/// Cr3Si type: A in chains along the cube axes on 6c, B on 2a.
fn a15(_: &[f64]) -> Vec<(usize, Vec3)> {
    vec![
        (0, [0.25, 0.0, 0.5]),
        (0, [0.75, 0.0, 0.5]),
        (0, [0.5, 0.25, 0.0]),
        (0, [0.5, 0.75, 0.0]),
        (0, [0.0, 0.5, 0.25]),
        (0, [0.0, 0.5, 0.75]),
        (1, [0.0; 3]),
        (1, [0.5; 3]),
    ]
}

/// Pa-3: metal on 4a, X2 dumbbells on 8c (x, x, x).
fn pyrite(p: &[f64]) -> Vec<(usize, Vec3)> {
    let x = p[0];
    let mut s = vec![(0, [0.0; 3]), (0, [0.0, 0.5, 0.5]), (0, [0.5, 0.0, 0.5]), (0, [0.5, 0.5, 0.0])];
    for f in [
        [x, x, x],
        [-x + 0.5, -x, x + 0.5],
        [-x, x + 0.5, -x + 0.5],
        [x + 0.5, -x + 0.5, -x],
        [-x, -x, -x],
        [x + 0.5, x, -x + 0.5],
        [x, -x + 0.5, x + 0.5],
        [-x + 0.5, x + 0.5, x],
    ] {
        s.push((1, f));
    }
    s
}

const ALKALI: &[&str] = &["Li", "Na", "K", "Rb"];
const HALOGEN: &[&str] = &["F", "Cl", "Br", "I"];
const CHALCOGEN: &[&str] = &["S", "Se", "Te"];
const O: &[&str] = &["O"];
const F: &[&str] = &["F"];

/// Every prototype of the demo corpus, in a fixed order.
pub(super) static PROTOTYPES: [Prototype; 21] = [
    Prototype {
        name: "rocksalt",
        space_group: 225,
        formula: "AX",
        species_slots: 2,
        description: "NaCl type: two interpenetrating fcc lattices, octahedral coordination",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: origin_and_centre,
            bonds: &[(0, 1)],
            families: &[
                &[ALKALI, HALOGEN],
                &[&["Ag"], &["F", "Cl", "Br"]],
                &[&["Mg", "Ca", "Sr", "Ba", "Mn", "Fe", "Co", "Ni", "Cd", "Eu"], O],
                &[&["Mg", "Ca", "Sr", "Ba", "Pb", "Sn", "Eu"], CHALCOGEN],
                &[&["Sc", "Y", "La", "Ce", "Nd", "Gd", "Ti", "Zr", "Hf"], &["N"]],
                &[&["Y", "La", "Ce", "Nd", "Sm", "Gd"], &["P", "As", "Sb", "Bi"]],
                &[&["Ti", "Zr", "Hf", "V", "Nb", "Ta"], &["C"]],
            ],
        },
    },
    Prototype {
        name: "CsCl",
        space_group: 221,
        formula: "AB",
        species_slots: 2,
        description: "CsCl (B2) type: each atom at the centre of a cube of the other",
        spec: Spec {
            cell: CellKind::CubicP,
            params: &[],
            sites: origin_and_centre,
            bonds: &[(0, 1)],
            families: &[
                &[&["Cs", "Tl"], &["Cl", "Br", "I"]],
                &[&["Fe", "Co", "Ni", "Ru", "Rh", "Pd"], &["Al", "Ga"]],
                &[&["Cu", "Ag", "Au"], &["Zn", "Mg", "Cd"]],
                &[&["Ti", "Zr"], &["Fe", "Co", "Ni"]],
            ],
        },
    },
    Prototype {
        name: "zincblende",
        space_group: 216,
        formula: "AX",
        species_slots: 2,
        description: "ZnS sphalerite type: tetrahedral coordination on a cubic close packing",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: zincblende,
            bonds: &[(0, 1)],
            families: &[
                &[&["Zn", "Cd", "Hg", "Be"], CHALCOGEN],
                &[&["B", "Al", "Ga", "In"], &["N", "P", "As", "Sb"]],
                &[&["Cu", "Ag"], &["Cl", "Br", "I"]],
                &[&["Si"], &["C"]],
            ],
        },
    },
    Prototype {
        name: "wurtzite",
        space_group: 186,
        formula: "AX",
        species_slots: 2,
        description: "ZnO/ZnS wurtzite type: tetrahedral coordination on a hexagonal close packing",
        spec: Spec {
            cell: CellKind::Hexagonal,
            params: &[(1.60, 1.645), (0.374, 0.383)],
            sites: wurtzite,
            bonds: &[(0, 1)],
            families: &[
                &[&["Zn", "Cd", "Be"], &["O", "S", "Se"]],
                &[&["Al", "Ga", "In"], &["N"]],
                &[&["Ag"], &["I"]],
                &[&["Mg", "Mn"], &["Te"]],
            ],
        },
    },
    Prototype {
        name: "fluorite",
        space_group: 225,
        formula: "AX2",
        species_slots: 2,
        description: "CaF2 type: cations on fcc, anions in all tetrahedral holes",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: fluorite,
            bonds: &[(0, 1)],
            families: &[
                &[&["Ca", "Sr", "Ba", "Cd", "Pb", "Eu", "Hg"], F],
                &[&["Sr", "Ba"], &["Cl"]],
                &[&["Zr", "Hf", "Ce", "Pr", "Tb", "Th", "U"], O],
                &[&["Pt", "Au"], &["Al", "Ga", "In"]],
            ],
        },
    },
    Prototype {
        name: "antifluorite",
        space_group: 225,
        formula: "A2X",
        species_slots: 2,
        description: "Li2O type: anions on fcc, cations in all tetrahedral holes",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: antifluorite,
            bonds: &[(0, 1)],
            families: &[
                &[ALKALI, &["O", "S", "Se", "Te"]],
                &[&["Mg"], &["Si", "Ge", "Sn", "Pb"]],
                &[&["Be"], &["C"]],
            ],
        },
    },
    Prototype {
        name: "perovskite",
        space_group: 221,
        formula: "ABX3",
        species_slots: 3,
        description: "cubic ABX3 perovskite: corner-sharing BX6 octahedra, A in the 12-fold cavity",
        spec: Spec {
            cell: CellKind::CubicP,
            params: &[],
            sites: perovskite,
            bonds: &[(1, 2), (0, 2)],
            families: &[
                &[&["Ca", "Sr", "Ba", "Pb", "Eu"], &["Ti", "Zr", "Hf", "Sn", "Ce", "Mn", "V"], O],
                &[&["Na", "K", "Rb", "Ag"], &["Nb", "Ta"], O],
                &[&["La", "Pr", "Nd", "Sm", "Bi", "Y"], &["Al", "Ga", "Sc", "Cr", "Mn", "Fe", "Co", "Ni"], O],
                &[&["K", "Rb", "Cs"], &["Mg", "Mn", "Fe", "Co", "Ni", "Zn", "Cd", "Ca"], F],
                &[&["K", "Rb", "Cs"], &["Pb", "Sn", "Ge"], &["Cl", "Br", "I"]],
            ],
        },
    },
    Prototype {
        name: "spinel",
        space_group: 227,
        formula: "AB2X4",
        species_slots: 3,
        description: "normal spinel AB2X4: A tetrahedral, B octahedral in a cubic close packing of X",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[(0.255, 0.265)],
            sites: spinel,
            bonds: &[(0, 2), (1, 2)],
            families: &[
                &[
                    &["Mg", "Mn", "Fe", "Co", "Ni", "Zn", "Cu", "Cd"],
                    &["Al", "Cr", "Fe", "Co", "Ga", "V", "Rh", "Mn"],
                    O,
                ],
                &[&["Zn", "Cd", "Fe", "Mn", "Cu", "Co", "Hg"], &["Cr", "In", "Sc"], &["S", "Se"]],
                &[&["Si", "Ge", "Sn"], &["Mg", "Co", "Ni", "Zn", "Fe"], O],
                &[&["Li"], &["Mn", "Ti", "V"], O],
            ],
        },
    },
    Prototype {
        name: "rutile",
        space_group: 136,
        formula: "AX2",
        species_slots: 2,
        description: "TiO2 rutile type: edge-sharing octahedral chains along c",
        spec: Spec {
            cell: CellKind::Tetragonal,
            params: &[(0.62, 0.68), (0.300, 0.310)],
            sites: rutile,
            bonds: &[(0, 1)],
            families: &[
                &[&["Ti", "V", "Cr", "Mn", "Ge", "Ru", "Rh", "Sn", "Ir", "Os", "Pb", "Pt"], O],
                &[&["Mg", "Mn", "Fe", "Co", "Ni", "Zn", "Pd"], F],
            ],
        },
    },
    Prototype {
        name: "bcc",
        space_group: 229,
        formula: "A",
        species_slots: 1,
        description: "body-centred cubic metal (W type), primitive cell",
        spec: Spec {
            cell: CellKind::CubicI,
            params: &[],
            sites: single,
            bonds: &[(0, 0)],
            families: &[&[&[
                "Li", "Na", "K", "Rb", "Cs", "Ba", "Eu", "V", "Cr", "Fe", "Nb", "Mo", "Ta", "W",
            ]]],
        },
    },
    Prototype {
        name: "fcc",
        space_group: 225,
        formula: "A",
        species_slots: 1,
        description: "face-centred cubic metal (Cu type), primitive cell",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: single,
            bonds: &[(0, 0)],
            families: &[&[&[
                "Al", "Ca", "Sr", "Ni", "Cu", "Rh", "Pd", "Ag", "Ir", "Pt", "Au", "Pb", "Ce", "Yb", "Th",
            ]]],
        },
    },
    Prototype {
        name: "hcp",
        space_group: 194,
        formula: "A",
        species_slots: 1,
        description: "hexagonal close-packed metal (Mg type), c/a near the ideal 1.633",
        spec: Spec {
            cell: CellKind::Hexagonal,
            params: &[(1.57, 1.66)],
            sites: hcp,
            bonds: &[(0, 0)],
            families: &[&[&[
                "Be", "Mg", "Sc", "Ti", "Co", "Zn", "Y", "Zr", "Ru", "Cd", "Hf", "Re", "Os", "Gd", "Tb",
                "Dy", "Ho", "Er", "Tm", "Lu",
            ]]],
        },
    },
    Prototype {
        name: "diamond",
        space_group: 227,
        formula: "A",
        species_slots: 1,
        description: "diamond type: tetrahedral group-14 element, primitive cell",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: diamond,
            bonds: &[(0, 0)],
            families: &[&[&["C", "Si", "Ge", "Sn"]]],
        },
    },
    Prototype {
        name: "CdI2",
        space_group: 164,
        formula: "AX2",
        species_slots: 2,
        description: "CdI2 / 1T layered type: octahedral AX2 layers separated by a van der Waals gap",
        spec: Spec {
            cell: CellKind::Hexagonal,
            params: &[(1.55, 1.70), (0.23, 0.27)],
            sites: cdi2,
            bonds: &[(0, 1)],
            families: &[
                &[&["Mg", "Ca", "Mn", "Fe", "Co", "Cd", "Pb"], &["Br", "I"]],
                &[&["Ti", "Zr", "Hf", "Sn", "Pt"], CHALCOGEN],
            ],
        },
    },
    Prototype {
        name: "MoS2-2H",
        space_group: 194,
        formula: "AX2",
        species_slots: 2,
        description: "2H-MoS2 layered type: trigonal-prismatic AX2 layers, two per cell",
        spec: Spec {
            cell: CellKind::Hexagonal,
            params: &[(3.75, 4.0), (0.615, 0.63)],
            sites: mos2,
            bonds: &[(0, 1)],
            families: &[&[&["Mo", "W", "Nb", "Ta"], CHALCOGEN]],
        },
    },
    Prototype {
        name: "NiAs",
        space_group: 194,
        formula: "AX",
        species_slots: 2,
        description: "NiAs type: metal octahedra sharing faces along c, anions trigonal-prismatic",
        spec: Spec {
            cell: CellKind::Hexagonal,
            params: &[(1.30, 1.60)],
            sites: nias,
            bonds: &[(0, 1)],
            families: &[&[&["Ni", "Co", "Fe", "Mn", "Cr", "V", "Ti"], &["S", "Se", "Te", "As", "Sb"]]],
        },
    },
    Prototype {
        name: "Cu3Au",
        space_group: 221,
        formula: "AB3",
        species_slots: 2,
        description: "L1_2 ordered fcc alloy: A on the cube corners, B on the face centres",
        spec: Spec {
            cell: CellKind::CubicP,
            params: &[],
            sites: cu3au,
            bonds: &[(0, 1), (1, 1)],
            families: &[&[
                &["Al", "Ga", "In", "Si", "Ge", "Sn", "Ti", "Mn", "Fe", "Au", "Zn"],
                &["Ni", "Cu", "Pd", "Pt", "Ir", "Rh", "Co"],
            ]],
        },
    },
    Prototype {
        name: "Heusler",
        space_group: 225,
        formula: "A2BC",
        species_slots: 3,
        description: "L2_1 full Heusler A2BC: A in the tetrahedral holes of a rock-salt BC lattice",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: heusler,
            bonds: &[(0, 1), (0, 2)],
            families: &[&[
                &["Co", "Ni", "Cu", "Fe", "Rh", "Pd"],
                &["Mn", "Ti", "V", "Cr", "Zr"],
                &["Al", "Ga", "Si", "Ge", "Sn", "Sb"],
            ]],
        },
    },
    Prototype {
        name: "half-Heusler",
        space_group: 216,
        formula: "ABC",
        species_slots: 3,
        description: "C1_b half Heusler ABC: A in half the tetrahedral holes of a rock-salt BC lattice",
        spec: Spec {
            cell: CellKind::CubicF,
            params: &[],
            sites: half_heusler,
            bonds: &[(0, 1), (0, 2)],
            families: &[&[
                &["Ni", "Co", "Pd", "Pt", "Rh", "Fe"],
                &["Ti", "Zr", "Hf", "V", "Nb", "Sc", "Mn"],
                &["Sn", "Sb", "Bi"],
            ]],
        },
    },
    Prototype {
        name: "A15",
        space_group: 223,
        formula: "A3B",
        species_slots: 2,
        description: "Cr3Si (A15) type: A in orthogonal chains, B on a bcc lattice",
        spec: Spec {
            cell: CellKind::CubicP,
            params: &[],
            sites: a15,
            bonds: &[(0, 0), (0, 1)],
            families: &[&[
                &["V", "Nb", "Cr", "Mo", "Ta"],
                &["Si", "Ge", "Ga", "Al", "Sn", "Ir", "Pt", "Au", "Os"],
            ]],
        },
    },
    Prototype {
        name: "pyrite",
        space_group: 205,
        formula: "AX2",
        species_slots: 2,
        description: "FeS2 pyrite type: metal on fcc positions, X2 dumbbells along the body diagonals",
        spec: Spec {
            cell: CellKind::CubicP,
            params: &[(0.38, 0.392)],
            sites: pyrite,
            bonds: &[(0, 1)],
            families: &[
                &[&["Fe", "Co", "Ni", "Mn", "Ru", "Os", "Zn", "Cd", "Cu"], &["S", "Se", "Te"]],
                &[&["Pt", "Pd", "Au"], &["P", "As", "Sb"]],
            ],
        },
    },
];
