//! The GP probe against scikit-learn's `GaussianProcessRegressor` on committed fixtures
//! (`scripts/dev/gp_expected.py`): posterior mean, predictive σ and log marginal likelihood at
//! fixed hyper-parameters; the optimum of the marginal likelihood; the probe on raw features.

use crystaldb_diagnose::{gp_fit, gp_probe, GpHyper, GpKernel, GpOptions};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/gp_sklearn.json"))
            .expect("tests/expected/gp_sklearn.json");
    let v: Value = serde_json::from_str(&text).unwrap();
    v["cases"].as_array().unwrap().clone()
}

fn f64s(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

fn hyper(v: &Value) -> GpHyper {
    GpHyper {
        amplitude: v["amplitude"].as_f64().unwrap(),
        length_scale: v["length_scale"].as_f64().unwrap(),
        noise: v["noise"].as_f64().unwrap(),
    }
}

fn assert_close(ours: &[f64], theirs: &[f64], tol: f64, what: &str) {
    assert_eq!(ours.len(), theirs.len(), "{what}");
    for (i, (a, b)) in ours.iter().zip(theirs).enumerate() {
        assert!((a - b).abs() <= tol * b.abs().max(1.0), "{what}[{i}]: {a} vs scikit-learn {b}");
    }
}

#[test]
fn posterior_at_fixed_hyper_parameters_matches_scikit_learn() {
    for c in cases().iter().filter(|c| c["kind"] == "fixed") {
        let kernel = GpKernel::parse(c["kernel"].as_str().unwrap()).unwrap();
        let dim = c["dim"].as_u64().unwrap() as usize;
        let m =
            gp_fit(&f64s(&c["x_train"]), dim, &f64s(&c["y_train"]), kernel, Some(hyper(&c["hyper"])), &[])
                .unwrap();
        let (mean, std) = m.predict(&f64s(&c["x_test"]));
        let what = format!("{kernel:?}");
        assert_close(&mean, &f64s(&c["mean"]), 1e-8, &format!("{what} mean"));
        assert_close(&std, &f64s(&c["std"]), 1e-8, &format!("{what} std"));
        assert_close(
            &[m.log_marginal_likelihood],
            &[c["log_marginal_likelihood"].as_f64().unwrap()],
            1e-9,
            &format!("{what} log marginal likelihood"),
        );
    }
}

#[test]
fn marginal_likelihood_optimum_matches_scikit_learn() {
    for c in cases().iter().filter(|c| c["kind"] == "optimised") {
        let kernel = GpKernel::parse(c["kernel"].as_str().unwrap()).unwrap();
        let dim = c["dim"].as_u64().unwrap() as usize;
        let l = (dim as f64).sqrt();
        let start = [GpHyper { amplitude: 1.0, length_scale: l, noise: 0.1 }];
        let m = gp_fit(&f64s(&c["x_train"]), dim, &f64s(&c["y_train"]), kernel, None, &start).unwrap();
        let theirs = hyper(&c["hyper"]);
        let what = format!("{kernel:?}");
        // The same optimum: never a worse likelihood, the same parameters (log scale).
        let lml = c["log_marginal_likelihood"].as_f64().unwrap();
        assert!(m.log_marginal_likelihood >= lml - 1e-6, "{what}: {} < {lml}", m.log_marginal_likelihood);
        assert_close(
            &[m.hyper.amplitude.ln(), m.hyper.length_scale.ln(), m.hyper.noise.ln()],
            &[theirs.amplitude.ln(), theirs.length_scale.ln(), theirs.noise.ln()],
            1e-3,
            &format!("{what} ln θ"),
        );
        let (mean, std) = m.predict(&f64s(&c["x_test"]));
        assert_close(&mean, &f64s(&c["mean"]), 1e-4, &format!("{what} mean"));
        assert_close(&std, &f64s(&c["std"]), 1e-4, &format!("{what} std"));
    }
}

#[test]
fn probe_on_raw_features_matches_scikit_learn_on_standardised_ones() {
    for c in cases().iter().filter(|c| c["kind"] == "probe") {
        let kernel = GpKernel::parse(c["kernel"].as_str().unwrap()).unwrap();
        let dim = c["dim"].as_u64().unwrap() as usize;
        let (xt, xs) = (f64s(&c["x_train"]), f64s(&c["x_test"]));
        let (yt, mean_ref) = (f64s(&c["y_train"]), f64s(&c["mean"]));
        let (nt, ns) = (yt.len(), mean_ref.len());
        let x: Vec<f64> = xt.iter().chain(&xs).copied().collect();
        // Test targets: the reference mean (the scores are not what is compared here).
        let y: Vec<f64> = yt.iter().chain(&mean_ref).copied().collect();
        let train: Vec<usize> = (0..nt).collect();
        let test: Vec<usize> = (nt..nt + ns).collect();
        let p = gp_probe(&x, dim, &y, &train, &test, &GpOptions { kernel, ..GpOptions::default() }).unwrap();
        let what = format!("{kernel:?}");
        let gp = p.gp.as_ref().unwrap();
        assert!(!gp.subsampled && gp.fitted_rows == nt && gp.optimised_rows == nt, "{gp:?}");
        let lml = c["log_marginal_likelihood"].as_f64().unwrap();
        assert!(gp.log_marginal_likelihood >= lml - 1e-6, "{what}: {} < {lml}", gp.log_marginal_likelihood);
        assert_close(&p.predictions, &mean_ref, 1e-4, &format!("{what} probe mean"));
        // Predictive σ: the calibration's mean σ is the mean of the reference's σ.
        let std_ref = f64s(&c["std"]);
        let mean_sigma = std_ref.iter().sum::<f64>() / ns as f64;
        assert_close(&[gp.calibration.mean_sigma], &[mean_sigma], 1e-4, &format!("{what} mean σ"));
        assert!(p.test.mae < 1e-4, "{what}: MAE against the reference mean {}", p.test.mae);
    }
}

#[test]
fn subsamples_are_said_and_a_smooth_target_is_learned_with_calibrated_sigma() {
    // 1,500 rows of a smooth function of 6 features plus known noise; the posterior conditions
    // on 800 rows and the hyper-parameters come from 300 of them.
    let (n, dim) = (1500usize, 6usize);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut normal = move || {
        let mut u = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let (a, b) = (u().max(1e-300), u());
        (-2.0 * a.ln()).sqrt() * (2.0 * std::f64::consts::PI * b).cos()
    };
    let x: Vec<f64> = (0..n * dim).map(|_| normal()).collect();
    let y: Vec<f64> =
        (0..n).map(|i| (x[i * dim]).sin() + 0.5 * x[i * dim + 1] * x[i * dim + 2] + 0.1 * normal()).collect();
    let train: Vec<usize> = (0..1000).collect();
    let test: Vec<usize> = (1000..n).collect();
    let options = GpOptions { max_train: 800, optimise_rows: 300, ..GpOptions::default() };
    let p = gp_probe(&x, dim, &y, &train, &test, &options).unwrap();
    let gp = p.gp.as_ref().unwrap();
    assert!(gp.subsampled && gp.fitted_rows == 800 && gp.optimised_rows == 300, "{gp:?}");
    assert_eq!(p.train, 1000);
    assert!(p.test.r2 > 0.8, "{:?}", p.test);
    let c = gp.calibration;
    assert!((0.55..0.8).contains(&c.within_1sigma) && (0.88..0.99).contains(&c.within_2sigma), "{c:?}");
    // Noise in standardised units: the generating noise variance 0.01 over the target variance.
    assert!(gp.hyper.noise < 0.1, "{gp:?}");
}
