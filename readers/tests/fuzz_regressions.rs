//! Inputs the fuzz targets (`fuzz/`) found to break the reader contract, each run through the
//! same reader: the results must be records or located errors, and the stream must end.
//!
//! Each input runs on a thread of its own with a generous deadline, so a reader that loops
//! again fails this test instead of hanging the suite.

use crystaldb_readers::formats::{CifReader, Mp20CsvReader};
use crystaldb_readers::{ReadContext, StructureReader};
use std::io::Cursor;
use std::sync::mpsc;
use std::time::Duration;

/// Every result of `reader` over `data` (read as `file_name`), as `Ok(id)` or `Err(message)`;
/// panics when the stream has not ended after a minute or yields more results than bytes.
fn drain(
    reader: impl StructureReader + 'static,
    file_name: &str,
    data: &'static str,
) -> Vec<Result<String, String>> {
    let ctx = ReadContext::for_path(std::path::Path::new(file_name));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let limit = data.len() + 2;
        let out: Vec<_> = reader
            .read(Box::new(Cursor::new(data.as_bytes())), &ctx)
            .take(limit + 1)
            .map(|r| r.map(|rec| rec.id()).map_err(|e| e.to_string()))
            .collect();
        assert!(out.len() <= limit, "{} results for {} bytes", out.len(), data.len());
        let _ = tx.send(out);
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("the reader did not finish within a minute (endless loop?)")
}

/// A CIF 2.0 list opened on the last line of a CIF, here the `cif` column of an MP-20 CSV row
/// (fuzz target `mp20_csv`, a timeout): the tokenizer reported the unclosed `[` and then scanned
/// the same line again, forever (while skipping the rest of a block that had already failed).
/// The row must give one located error, and the next row must still read.
#[test]
fn cif2_list_open_at_the_end_of_a_csv_cif() {
    let csv = "material_id,formation_energy_per_atom,cif\n\
               mp-1,-1.0,\"#\\#CIF_2.0\ndata_x\n_cell_length_a 4\n  O  O1  1  0.1  0.4  0.75 [ \n\"\n\
               mp-2,-2.0,\"data_NaCl\n_cell_length_a 5.6\n_cell_length_b 5.6\n_cell_length_c 5.6\n\
               _cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n\
               loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n\
               Na 0 0 0\nCl 0.5 0.5 0.5\n\"\n";
    let out = drain(Mp20CsvReader, "mp20_fuzz.csv", csv);
    assert_eq!(out.len(), 2, "{out:?}");
    let err = out[0].as_ref().unwrap_err();
    // The block fails first (a loop row without loop_); skipping past it met the open list.
    assert!(err.contains("mp-1") && err.contains("has no tag"), "{err}");
    assert!(out[1].as_ref().is_ok_and(|id| id.ends_with("mp-2")), "{out:?}");
}

/// The same unclosed list, and an unclosed triple-quoted string and text field, at the end of a
/// plain CIF file: one located error each, and the stream ends.
#[test]
fn values_open_at_the_end_of_a_cif_file() {
    for cif in [
        "#\\#CIF_2.0\ndata_x\n_cell_length_a 4 [ ",
        "#\\#CIF_2.0\ndata_x\n_cell_length_a '''open\nnever closed",
        "data_x\n_cell_length_a\n;open\nnever closed\n",
    ] {
        let out = drain(CifReader, "open.cif", cif);
        assert_eq!(out.len(), 1, "{cif:?}: {out:?}");
        assert!(out[0].as_ref().is_err_and(|e| e.contains("is not closed")), "{cif:?}: {out:?}");
    }
}

/// A Parquet vector file whose column chunk starts at a negative offset (fuzz target `vectors`):
/// the `parquet` crate asserts on it (a panic, "column start and length should not be
/// negative"); reading it must be an error naming the file.
#[test]
fn a_parquet_column_chunk_at_a_negative_offset_is_an_error_naming_the_file() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions/vectors_negative_column_offset.parquet");
    let e = crystaldb_readers::vectors::read_vectors(&path, &Default::default()).unwrap_err();
    let text = format!("{e:#}");
    assert!(
        text.contains("vectors_negative_column_offset.parquet") && text.contains("damaged Parquet file"),
        "{text}"
    );
}
