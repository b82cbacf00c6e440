use super::*;
use crate::structure::{neighbor_list, ValidationOptions};
use std::sync::OnceLock;

/// The default corpus, generated once for all tests.
fn corpus() -> &'static [Record] {
    static CORPUS: OnceLock<Vec<Record>> = OnceLock::new();
    CORPUS.get_or_init(|| demo_records(&DemoOptions::default()))
}

fn proto(name: &str) -> &'static Prototype {
    prototypes().iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no prototype {name}"))
}

fn z(symbol: &str) -> u8 {
    element::atomic_number(symbol).unwrap()
}

fn expected_space_group(r: &Record) -> i32 {
    proto(r.prototype.as_deref().unwrap()).space_group
}

#[test]
fn prototype_table_is_consistent() {
    let required = [
        ("rocksalt", 225),
        ("CsCl", 221),
        ("zincblende", 216),
        ("wurtzite", 186),
        ("fluorite", 225),
        ("perovskite", 221),
        ("spinel", 227),
        ("rutile", 136),
        ("bcc", 229),
        ("fcc", 225),
        ("hcp", 194),
        ("diamond", 227),
        ("CdI2", 164),
    ];
    for (name, sg) in required {
        assert_eq!(proto(name).space_group, sg, "{name}");
    }
    let mut names = HashSet::new();
    for p in prototypes() {
        assert!(names.insert(p.name), "duplicate name {}", p.name);
        assert!(!p.description.is_empty());
        assert_eq!(
            p.formula.chars().filter(|c| c.is_ascii_uppercase()).count(),
            p.species_slots,
            "{}",
            p.name
        );
        let mut slots: Vec<usize> = (p.spec.sites)(&nominal_params(p)).iter().map(|s| s.0).collect();
        slots.dedup();
        assert_eq!(slots, (0..p.species_slots).collect::<Vec<_>>(), "{}: slots in order", p.name);
        let non_cubic = matches!(p.spec.cell, CellKind::Tetragonal | CellKind::Hexagonal);
        assert!(!non_cubic || !p.spec.params.is_empty(), "{}: c/a missing", p.name);
        for family in p.spec.families {
            assert_eq!(family.len(), p.species_slots, "{}", p.name);
            for symbol in family.iter().flat_map(|pool| pool.iter()) {
                let z = element::atomic_number(symbol)
                    .unwrap_or_else(|| panic!("{}: bad symbol {symbol}", p.name));
                assert!(element::atomic_radius(z).is_some(), "{}: no radius for {symbol}", p.name);
            }
        }
        assert!(!compositions(p).is_empty(), "{}: no plausible composition", p.name);
    }
}

#[test]
fn lattice_constant_follows_radii() {
    // Rock salt: a = 2(r_Na + r_Cl); the stored primitive vectors are a/√2 long.
    let s = build_scaled(proto("rocksalt"), &[z("Na"), z("Cl")], &[], 1.0).unwrap();
    let a = 2.0 * (element::atomic_radius(11).unwrap() + element::atomic_radius(17).unwrap());
    for len in s.lattice.lengths() {
        assert!((len - a / 2f64.sqrt()).abs() < 1e-12, "{len}");
    }
    // CsCl: the body diagonal is 2(r_A + r_X).
    let s = build_scaled(proto("CsCl"), &[z("Cs"), z("Cl")], &[], 1.0).unwrap();
    let r = element::atomic_radius(55).unwrap() + element::atomic_radius(17).unwrap();
    assert!((s.lattice.lengths()[0] - 2.0 * r / 3f64.sqrt()).abs() < 1e-12);
    // The factor scales the cell.
    let t = build_scaled(proto("CsCl"), &[z("Cs"), z("Cl")], &[], 1.02).unwrap();
    assert!((t.volume() / s.volume() - 1.02f64.powi(3)).abs() < 1e-12);
}

/// Number of neighbours of site `i` within `1 + tol` times its nearest-neighbour distance.
fn coordination(s: &Structure, i: usize, tol: f64) -> usize {
    let pairs = neighbor_list(&s.lattice, &s.frac_coords(), 6.0).unwrap();
    let mine: Vec<f64> = pairs.iter().filter(|p| p.i == i).map(|p| p.distance).collect();
    let nearest = mine.iter().cloned().fold(f64::INFINITY, f64::min);
    mine.iter().filter(|&&d| d <= nearest * (1.0 + tol)).count()
}

#[test]
fn coordination_numbers_are_the_textbook_ones() {
    let cases: [(&str, &[&str], usize, usize); 9] = [
        ("rocksalt", &["Mg", "O"], 0, 6),
        ("CsCl", &["Cs", "Cl"], 0, 8),
        ("zincblende", &["Zn", "S"], 0, 4),
        ("fluorite", &["Ca", "F"], 0, 8),
        ("perovskite", &["Sr", "Ti", "O"], 1, 6),
        ("spinel", &["Mg", "Al", "O"], 0, 4),
        ("spinel", &["Mg", "Al", "O"], 2, 6),
        ("rutile", &["Ti", "O"], 0, 6),
        ("fcc", &["Cu"], 0, 12),
    ];
    for (name, elements, site, cn) in cases {
        let p = proto(name);
        let species: Vec<u8> = elements.iter().map(|s| z(s)).collect();
        let s = build_scaled(p, &species, &nominal_params(p), 1.0).unwrap();
        assert_eq!(coordination(&s, site, 0.1), cn, "{name} site {site}");
    }
}

#[test]
fn each_prototype_has_its_space_group() {
    // The first block of records holds every prototype once, with random free parameters.
    let n = prototypes().len();
    let records = demo_records(&DemoOptions { count: n, seed: 7 });
    let mut seen = HashSet::new();
    for r in &records {
        seen.insert(r.prototype.clone().unwrap());
        let sg = r.structure.space_group(1e-3).unwrap();
        assert_eq!(sg.number, expected_space_group(r), "{} {}", r.id(), r.prototype.as_deref().unwrap());
    }
    assert_eq!(seen.len(), n);
    // And at the nominal (for hcp and wurtzite: near-ideal) parameters.
    for p in prototypes() {
        let species = &compositions(p)[0];
        let s = build_scaled(p, species, &nominal_params(p), 1.0).unwrap();
        assert_eq!(s.space_group(1e-3).unwrap().number, p.space_group, "{}", p.name);
    }
}

#[test]
fn sample_of_corpus_has_expected_space_groups() {
    for r in corpus().iter().step_by(15) {
        let sg = r.structure.space_group(1e-3).unwrap();
        assert_eq!(sg.number, expected_space_group(r), "{}", r.id());
    }
}

#[test]
fn deterministic_and_prefix_stable() {
    let again = demo_records(&DemoOptions::default());
    assert_eq!(again.len(), 3000);
    assert!(again.as_slice() == corpus(), "two runs differ");
    let short = demo_records(&DemoOptions { count: 100, seed: 42 });
    assert!(short.as_slice() == &corpus()[..100]);
    let other = demo_records(&DemoOptions { count: 100, seed: 43 });
    assert!(other != short);
    assert!(demo_records(&DemoOptions { count: 0, seed: 42 }).is_empty());
}

#[test]
fn ids_are_unique_and_records_are_bare() {
    let mut ids = HashSet::new();
    for (i, r) in corpus().iter().enumerate() {
        assert!(ids.insert(r.id()), "duplicate id {}", r.id());
        assert_eq!(r.source, "demo");
        assert_eq!(r.source_id, format!("demo-{i:06}"));
        assert!(r.prototype.is_some());
        assert_eq!(r.properties, crate::Properties::default());
        assert!(r.spacegroup.is_none());
        assert_eq!(r.extra["generator"], "crystaldb demo");
        assert_eq!(r.extra["seed"], 42);
    }
}

#[test]
fn no_exact_duplicates_and_many_compositions() {
    let mut keys = HashSet::new();
    let mut formulas = HashSet::new();
    for r in corpus() {
        let lattice = r.structure.lattice.matrix.map(|row| row.map(f64::to_bits));
        assert!(keys.insert((r.prototype.clone(), r.structure.species(), lattice)), "{}", r.id());
        formulas.insert((r.prototype.clone(), r.structure.species()));
    }
    let total: usize = prototypes().iter().map(|p| compositions(p).len()).sum();
    assert_eq!(formulas.len(), total.min(corpus().len()));
    assert!(formulas.len() > 1000, "{}", formulas.len());
}

#[test]
fn structures_are_valid_and_plausible() {
    let options = ValidationOptions::default();
    for r in corpus() {
        let s = &r.structure;
        r.validate(&options).unwrap_or_else(|e| panic!("{}: {e}", r.id()));
        let d = s.density();
        assert!((0.5..25.0).contains(&d), "{}: density {d}", r.id());
        let close = neighbor_list(&s.lattice, &s.frac_coords(), 1.0).unwrap();
        assert!(close.is_empty(), "{}: atoms closer than 1 Å", r.id());
        assert!(s.sites.iter().all(|x| x.frac.iter().all(|f| (0.0..1.0).contains(f))));
    }
}

#[test]
fn portable_cube_root() {
    for x in [1e-9, 0.3, 0.9, 1.0, 1.07, 8.0, 27.0, 1e12] {
        let y = cbrt(x);
        assert!((y * y * y / x - 1.0).abs() < 1e-14, "{x} -> {y}");
    }
}

/// Pins the exact output, so that a change of the generator, its tables or the random
/// stream, or a platform that computes differently, shows up here. Update the digest (and
/// say so in the commit) when the corpus changes on purpose.
#[test]
fn output_is_pinned() {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for r in &corpus()[..200] {
        h.update(r.source_id.as_bytes());
        h.update(r.prototype.as_deref().unwrap().as_bytes());
        for row in r.structure.lattice.matrix {
            for x in row {
                h.update(x.to_bits().to_le_bytes());
            }
        }
        for s in &r.structure.sites {
            h.update([s.z]);
            for x in s.frac {
                h.update(x.to_bits().to_le_bytes());
            }
        }
    }
    let digest: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(digest, "7eb7a87352ce16569bbcf81edc958ea76de21885dd9f5a5f101f02ccc9261348");
}
