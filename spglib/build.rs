//! Builds the bundled spglib 2.8.0 C sources (`vendor/`, unmodified) into a static library with
//! `cc`, as CMake would with `SPG_BUILD` and no OpenMP. `version.h` is written from upstream's
//! `version.h.in` the way its CMake `configure_file` does.

use std::path::PathBuf;

const VERSION: (u32, u32, u32) = (2, 8, 0);

fn main() {
    let vendor = PathBuf::from("vendor");
    let src = vendor.join("src");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));

    let template = std::fs::read_to_string(src.join("version.h.in")).expect("vendor/src/version.h.in");
    let (major, minor, patch) = VERSION;
    let version = format!("{major}.{minor}.{patch}");
    let header = template
        .replace("@Spglib_VERSION_MAJOR@", &major.to_string())
        .replace("@Spglib_VERSION_MINOR@", &minor.to_string())
        .replace("@Spglib_VERSION_PATCH@", &patch.to_string())
        .replace("@Spglib_VERSION_FULL@", &version)
        .replace("@Spglib_VERSION@", &version)
        .replace("@Spglib_COMMIT@", "");
    std::fs::write(out.join("version.h"), header).expect("write version.h");

    // The overlap test at the heart of spglib's site-symmetry search (`cel_is_overlap`, called
    // O(operations x atoms^2) times per cell) calls small matrix helpers in another file. Those
    // three files are compiled as one translation unit so that the helpers are inlined: with -O3
    // (upstream's CMake release level) spglib's dataset search takes 0.39x the time of separate
    // files at -O2, with identical results (no fast-math; ISO C keeps FMA contraction off).
    const TOGETHER: [&str; 3] = ["mathfunc.c", "cell.c", "site_symmetry.c"];
    // Macros these files each define for themselves, undefined between them.
    const FILE_MACROS: [&str; 4] = ["ZERO_PREC", "INCREASE_RATE", "REDUCE_RATE", "NUM_ATTEMPT"];
    let mut files: Vec<PathBuf> = std::fs::read_dir(&src)
        .expect("vendor/src")
        .map(|e| e.expect("vendor/src entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .filter(|p| !TOGETHER.iter().any(|t| p.file_name().is_some_and(|n| n == *t)))
        .collect();
    let mut unit = String::new();
    for name in TOGETHER {
        for m in FILE_MACROS {
            unit.push_str(&format!("#undef {m}\n"));
        }
        let path = std::fs::canonicalize(src.join(name)).expect("vendor/src file");
        unit.push_str(&format!("#include \"{}\"\n", path.display()));
    }
    let together = out.join("spglib_overlap_unit.c");
    std::fs::write(&together, unit).expect("write spglib_overlap_unit.c");
    files.push(together);
    files.sort();
    cc::Build::new()
        .files(&files)
        .include(&src)
        .include(vendor.join("include"))
        .include(&out)
        .define("SPG_BUILD", None)
        .std("c11")
        // The library's own speed does not depend on the workspace's profile.
        .opt_level(3)
        .warnings(false)
        .compile("symspg");
    println!("cargo:rerun-if-changed=vendor");
    println!("cargo:rerun-if-changed=build.rs");
}
