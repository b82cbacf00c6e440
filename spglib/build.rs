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

    let mut files: Vec<PathBuf> = std::fs::read_dir(&src)
        .expect("vendor/src")
        .map(|e| e.expect("vendor/src entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    files.sort();
    cc::Build::new()
        .files(&files)
        .include(&src)
        .include(vendor.join("include"))
        .include(&out)
        .define("SPG_BUILD", None)
        .std("c11")
        // The library's own speed does not depend on the workspace's debug profile.
        .opt_level(2)
        .warnings(false)
        .compile("symspg");
    println!("cargo:rerun-if-changed=vendor");
    println!("cargo:rerun-if-changed=build.rs");
}
