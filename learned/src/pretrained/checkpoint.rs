//! PyTorch checkpoints: "which tensors and settings does this published `.pth.tar` hold?"
//!
//! Both containers `torch.save` has written are read, through the `pytorch-reader` crate (burn's
//! reader, no PyTorch and no Python): the zip archive of PyTorch ≥ 1.6 (CHGNet's files) and the
//! legacy sequence of pickles before it (the original CGCNN models). A [`Checkpoint`] holds
//! every tensor of the file under its dotted path (`state_dict.convs.0.bn1.weight`,
//! `model.state_dict.atom_embedding.embedding.weight`) and every plain value (numbers, strings,
//! lists, dicts such as CGCNN's `args` and `normalizer` or CHGNet's `model_args`) as JSON.
//!
//! Every failure names the file, and the tensor or value where there is one: a truncated or
//! corrupt file, a tensor that is missing, of another shape or of another dtype, a setting that
//! is missing or not a number. Nothing here panics on the bytes of a file.

use crystaldb::encode::hex;
use crystaldb::{Error, Result};
use pytorch_reader::{DType, PickleValue, PytorchReader, Tensor};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One PyTorch checkpoint file, opened.
pub struct Checkpoint {
    path: PathBuf,
    tensors: HashMap<String, Tensor>,
    values: Value,
    sha256: String,
}

impl std::fmt::Debug for Checkpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checkpoint")
            .field("path", &self.path)
            .field("tensors", &self.tensors.len())
            .field("sha256", &self.sha256)
            .finish()
    }
}

impl Checkpoint {
    /// Open `path` (zip or legacy format): its tensors, its plain values and its SHA-256.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let bytes = std::fs::read(&path)
            .map_err(|e| Error::invalid(format!("{}: cannot read the checkpoint: {e}", path.display())))?;
        let sha256 = hex(&Sha256::digest(&bytes));
        drop(bytes);
        let unreadable = |e: pytorch_reader::PytorchError| {
            Error::invalid(format!("{}: not a readable PyTorch checkpoint: {e}", path.display()))
        };
        let tensors = PytorchReader::new(&path).map_err(unreadable)?.into_tensors();
        let values = json(PytorchReader::read_pickle_data(&path, None).map_err(unreadable)?);
        Ok(Checkpoint { path, tensors, values, sha256 })
    }

    /// The file this checkpoint was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SHA-256 of the file's bytes (lower-case hex): the weights' identity.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// Every tensor's dotted name, sorted.
    pub fn tensor_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.tensors.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// The shape of tensor `name`, if the file has it.
    pub fn shape(&self, name: &str) -> Option<&[usize]> {
        self.tensors.get(name).map(Tensor::shape)
    }

    /// Tensor `name` as row-major `f32` values, checked to have exactly `shape`.
    pub fn tensor(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        let t = self.tensors.get(name).ok_or_else(|| self.error(name, "missing from the file".into()))?;
        if t.shape() != shape {
            return Err(self.error(name, format!("has shape {:?}, the model needs {shape:?}", t.shape())));
        }
        let bytes = t.read().map_err(|e| self.error(name, format!("cannot be read: {e}")))?;
        let values: Vec<f32> = match t.dtype() {
            DType::F32 => {
                bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
            }
            DType::F64 => bytes
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) as f32)
                .collect(),
            other => return Err(self.error(name, format!("is {other:?}, not a float tensor"))),
        };
        if values.len() != t.num_elements() {
            return Err(self
                .error(name, format!("holds {} values, its shape says {}", values.len(), t.num_elements())));
        }
        if let Some(i) = values.iter().position(|v| !v.is_finite()) {
            return Err(self.error(name, format!("value {i} is {}", values[i])));
        }
        Ok(values)
    }

    /// The plain value at a dotted path (`args.atom_fea_len`, `model.model_args.n_conv`), if any.
    pub fn value(&self, dotted: &str) -> Option<&Value> {
        dotted.split('.').try_fold(&self.values, |v, key| v.get(key))
    }

    /// The number at a dotted path (a Python int or float).
    pub fn number(&self, dotted: &str) -> Result<f64> {
        match self.value(dotted) {
            Some(Value::Number(n)) => n.as_f64().ok_or_else(|| self.value_error(dotted, "is not a number")),
            Some(other) => Err(self.value_error(dotted, &format!("is {other}, not a number"))),
            None => Err(self.value_error(dotted, "is missing from the file")),
        }
    }

    /// A whole number at a dotted path, at least `min`.
    pub fn count(&self, dotted: &str, min: usize) -> Result<usize> {
        let x = self.number(dotted)?;
        if x.fract() != 0.0 || x < min as f64 || x > 1e6 {
            return Err(self.value_error(dotted, &format!("is {x}, not a whole number >= {min}")));
        }
        Ok(x as usize)
    }

    fn error(&self, tensor: &str, what: String) -> Error {
        Error::invalid(format!("{}: tensor `{tensor}` {what}", self.path.display()))
    }

    fn value_error(&self, dotted: &str, what: &str) -> Error {
        Error::invalid(format!("{}: setting `{dotted}` {what}", self.path.display()))
    }
}

/// A pickled value as JSON: tensors and objects the reader does not interpret become
/// `{"unsupported": "<python type>"}`; non-finite floats become strings.
fn json(v: PickleValue) -> Value {
    match v {
        PickleValue::None => Value::Null,
        PickleValue::Bool(b) => Value::Bool(b),
        PickleValue::Int(i) => Value::from(i),
        PickleValue::Float(x) => {
            serde_json::Number::from_f64(x).map_or_else(|| Value::String(x.to_string()), Value::Number)
        }
        PickleValue::String(s) => Value::String(s),
        PickleValue::List(items) => Value::Array(items.into_iter().map(json).collect()),
        PickleValue::Dict(map) => Value::Object(map.into_iter().map(|(k, v)| (k, json(v))).collect()),
        PickleValue::Bytes(b) => Value::String(format!("<{} bytes>", b.len())),
        PickleValue::Unsupported(kind) => serde_json::json!({ "unsupported": kind }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn models() -> Option<PathBuf> {
        crystaldb::testdata::require("pretrained checkpoints").map(|d| d.join("models"))
    }

    #[test]
    fn reads_the_legacy_cgcnn_checkpoints_with_their_settings() {
        let Some(models) = models() else { return };
        let c = Checkpoint::open(models.join("cgcnn/formation-energy-per-atom.pth.tar")).unwrap();
        assert_eq!(c.tensor_names().iter().filter(|n| n.starts_with("state_dict.")).count(), 46);
        let bias = c.tensor("state_dict.fc_out.bias", &[1]).unwrap();
        assert!((bias[0] - (-0.019_329_24)).abs() < 1e-7, "{bias:?}");
        let w = c.tensor("state_dict.fc_out.weight", &[1, 32]).unwrap();
        assert!((w[0] - 0.194_304_2).abs() < 1e-6 && (w[1] + 0.261_118_6).abs() < 1e-6, "{w:?}");
        assert_eq!(c.count("args.atom_fea_len", 1).unwrap(), 64);
        assert_eq!(c.count("args.n_conv", 1).unwrap(), 4);
        assert!((c.number("normalizer.mean").unwrap() + 1.699_178_719_088_435).abs() < 1e-12);
        assert!((c.number("normalizer.std").unwrap() - 1.056_302_954_080_256_4).abs() < 1e-12);
        assert_eq!(c.sha256().len(), 64);
    }

    #[test]
    fn reads_the_zip_chgnet_checkpoint_with_its_model_args() {
        let Some(models) = models() else { return };
        let c = Checkpoint::open(models.join("chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar")).unwrap();
        let state: Vec<_> =
            c.tensor_names().into_iter().filter(|n| n.starts_with("model.state_dict.")).collect();
        assert_eq!(state.len(), 136);
        let total: usize = state.iter().map(|n| c.shape(n).unwrap().iter().product::<usize>()).sum();
        assert_eq!(total, 412_525);
        let e = c.tensor("model.state_dict.atom_embedding.embedding.weight", &[94, 64]).unwrap();
        assert_eq!(e.len(), 94 * 64);
        assert_eq!(c.count("model.model_args.atom_graph_cutoff", 1).unwrap(), 6);
        assert_eq!(c.count("model.model_args.n_conv", 1).unwrap(), 4);
        assert_eq!(c.value("model.model_args.non_linearity"), Some(&Value::from("silu")));
    }

    #[test]
    fn wrong_missing_and_unreadable_tensors_are_errors_naming_file_and_tensor() {
        let Some(models) = models() else { return };
        let path = models.join("cgcnn/band-gap.pth.tar");
        let c = Checkpoint::open(&path).unwrap();
        let e = c.tensor("state_dict.fc_out.weight", &[1, 64]).unwrap_err().to_string();
        assert!(
            e.contains("band-gap.pth.tar")
                && e.contains("`state_dict.fc_out.weight`")
                && e.contains("[1, 32]"),
            "{e}"
        );
        let e = c.tensor("state_dict.fcs.0.weight", &[32, 32]).unwrap_err().to_string();
        assert!(e.contains("band-gap.pth.tar") && e.contains("`state_dict.fcs.0.weight` missing"), "{e}");
        let e = c.number("args.no_such_setting").unwrap_err().to_string();
        assert!(e.contains("band-gap.pth.tar") && e.contains("`args.no_such_setting`"), "{e}");
        let e = c.count("args.dataset", 1).unwrap_err().to_string();
        assert!(e.contains("`args.dataset`") && e.contains("not a number"), "{e}");
    }

    #[test]
    fn corrupted_checkpoints_are_errors_never_panics() {
        let Some(models) = models() else { return };
        let dir = tempfile::tempdir().unwrap();
        for (name, cuts) in [
            ("cgcnn/formation-energy-per-atom.pth.tar", 24),
            ("chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar", 12),
        ] {
            let bytes = std::fs::read(models.join(name)).unwrap();
            for (label, damaged) in crystaldb::testdata::corrupted(&bytes, cuts) {
                let path = dir.path().join("damaged.pth.tar");
                std::fs::write(&path, &damaged).unwrap();
                let opened = std::panic::catch_unwind(|| {
                    let c = Checkpoint::open(&path)?;
                    for n in c.tensor_names() {
                        let shape = c.shape(n).unwrap().to_vec();
                        let _ = c.tensor(n, &shape);
                    }
                    Ok::<_, Error>(())
                });
                match opened {
                    Ok(Err(e)) => assert!(e.to_string().contains("damaged.pth.tar"), "{name}, {label}: {e}"),
                    Ok(Ok(())) => {}
                    Err(_) => panic!("{name}, {label}: the reader panicked"),
                }
            }
        }
        let empty = dir.path().join("empty.pth");
        std::fs::write(&empty, b"").unwrap();
        let e = Checkpoint::open(&empty).unwrap_err().to_string();
        assert!(e.contains("empty.pth") && e.contains("not a readable PyTorch checkpoint"), "{e}");
    }
}
