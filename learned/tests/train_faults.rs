//! A training run killed with SIGKILL at random moments, most of them while it writes its
//! per-epoch checkpoint: afterwards the checkpoint path holds either nothing (killed before the
//! first epoch ended) or a whole checkpoint that resumes, its epoch never goes back, and the run
//! resumes to completion.
//!
//! Trials: `CRYSTALDB_FAULT_TRIALS` (default 50); e.g.
//! `CRYSTALDB_FAULT_TRIALS=500 cargo test -p crystaldb-learned --test train_faults -- --nocapture`.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::Structure;
use crystaldb_learned::{train, GraphConfig, Objective, TrainOptions};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const CHILD_ENV: &str = "CRYSTALDB_TRAIN_FAULT_CHILD";
const CHECKPOINT: &str = "run.checkpoint";

fn data() -> (Vec<Structure>, Vec<f64>) {
    let s: Vec<Structure> = demo_records(&DemoOptions { count: 40, seed: 11 })
        .into_iter()
        .map(|r| r.structure)
        .filter(|s| s.nsites() <= 10)
        .take(10)
        .collect();
    let t = s.iter().map(|x| x.volume() / x.num_atoms()).collect();
    (s, t)
}

/// Tiny settings: an epoch takes milliseconds, so most of the run is checkpoint writes.
fn options(dir: &Path, epochs: usize) -> TrainOptions {
    TrainOptions {
        objective: Objective::Supervised,
        config: GraphConfig {
            hidden: 8,
            layers: 1,
            max_neighbors: 6,
            gaussians: 8,
            ..GraphConfig::default()
        },
        epochs,
        batch_size: 4,
        learning_rate: 5e-3,
        val_fraction: 0.2,
        patience: 0,
        checkpoint: Some(dir.join(CHECKPOINT)),
        resume: true,
        ..TrainOptions::default()
    }
}

/// Not a test on its own: the body of the child process (runs only with the env var set to the
/// run's directory). Trains "for ever", resuming from the checkpoint a killed run left.
#[test]
fn train_fault_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    let (s, t) = data();
    train(&s, Some(&t), &options(Path::new(&dir), 1_000_000), None).unwrap_or_else(|e| panic!("{e}"));
}

/// The epoch the checkpoint in `dir` resumes after (it must load), or `None` without one.
fn resumes_after(dir: &Path) -> Option<usize> {
    if !dir.join(CHECKPOINT).exists() {
        return None;
    }
    let (s, t) = data();
    // One epoch, which every checkpoint has run: load it and stop.
    let outcome = train(&s, Some(&t), &options(dir, 1), None)
        .unwrap_or_else(|e| panic!("the checkpoint left by a kill does not load: {e}"));
    Some(outcome.resumed_after.expect("a checkpoint that exists is resumed"))
}

#[test]
fn killed_training_leaves_a_whole_checkpoint_that_resumes() {
    let trials: usize =
        std::env::var("CRYSTALDB_FAULT_TRIALS").ok().and_then(|t| t.parse().ok()).unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let mut last = None;
    let mut with_checkpoint = 0;
    for trial in 0..trials {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["train_fault_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Spread over the child's start-up and its first few hundred epochs.
        let wait = 30 + (trial as u64 * 7919) % 700;
        std::thread::sleep(Duration::from_millis(wait));
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            panic!(
                "trial {trial}: the training child stopped by itself ({status}): {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // Nothing but the checkpoint and its temporary file.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            assert!(name == CHECKPOINT || name == format!(".tmp-{CHECKPOINT}"), "trial {trial}: {name}");
        }
        let now = resumes_after(dir.path());
        assert!(now >= last, "trial {trial}: the checkpoint went back from {last:?} to {now:?}");
        with_checkpoint += usize::from(now.is_some());
        last = now;
    }
    // The interrupted run completes.
    let done = last.unwrap_or(0) + 2;
    let (s, t) = data();
    let outcome = train(&s, Some(&t), &options(dir.path(), done), None).unwrap();
    assert_eq!(outcome.resumed_after, last);
    assert_eq!(outcome.epochs, done);
    eprintln!("train: {trials} kills, {with_checkpoint} left a checkpoint, last after epoch {last:?}");
    assert!(with_checkpoint > 0, "no kill came after the first epoch's checkpoint");
}
