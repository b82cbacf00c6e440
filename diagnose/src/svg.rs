//! Hand-written SVG charts for the HTML report (no plotting dependency): line charts, scatter
//! plots and heatmaps with linear axes. Axes end on round ticks (1, 2 or 5 × 10^k apart),
//! legends and heatmap labels are never cut (the picture widens to fit them), and the series
//! colours are the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.

use std::fmt::Write;

/// Height of a chart, the left margin, the plot area's width, the top and bottom margins.
const H: f64 = 360.0;
const L: f64 = 60.0;
const PLOT_W: f64 = 330.0;
const T: f64 = 30.0;
const B: f64 = 45.0;
/// Width of the legend column when its names are short.
const LEGEND_MIN: f64 = 170.0;
/// A generous average advance of an 11 px sans-serif glyph, for sizing text boxes.
const CHAR_W: f64 = 6.6;
/// Colours of the series, in order (Okabe-Ito).
pub(crate) const COLOURS: [&str; 8] =
    ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/// Escape text for XML.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Round ticks covering a data range: the axis range (first and last tick), the ticks, and the
/// decimals that print them.
#[derive(Debug, Clone, PartialEq)]
struct Ticks {
    range: (f64, f64),
    at: Vec<f64>,
    decimals: usize,
}

impl Ticks {
    /// About five intervals of 1, 2 or 5 × 10^k, the range widened to whole steps.
    fn new((a, b): (f64, f64)) -> Self {
        let (a, b) = if (b - a).abs() < 1e-12 * a.abs().max(1.0) { (a - 0.5, b + 0.5) } else { (a, b) };
        let raw = (b - a) / 5.0;
        let magnitude = 10f64.powf(raw.log10().floor());
        let step = magnitude
            * match raw / magnitude {
                r if r < 1.5 => 1.0,
                r if r < 3.0 => 2.0,
                r if r < 7.0 => 5.0,
                _ => 10.0,
            };
        // Tolerances keep a bound that sits on a tick (up to rounding) from adding a step.
        let first = (a / step + 1e-9).floor();
        let last = (b / step - 1e-9).ceil();
        let at: Vec<f64> = (0..=(last - first) as i64).map(|i| (first + i as f64) * step).collect();
        let decimals = (-step.log10().floor()).max(0.0) as usize;
        Self { range: (first * step, last * step), at, decimals }
    }

    fn label(&self, v: f64) -> String {
        let s = format!("{v:.*}", self.decimals);
        if s.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') {
            s.trim_start_matches('-').to_string()
        } else {
            s
        }
    }
}

/// A linear mapping of a data range (widened to round ticks) onto the plot area.
struct Axes {
    x: Ticks,
    y: Ticks,
}

impl Axes {
    fn new(x: (f64, f64), y: (f64, f64)) -> Self {
        Self { x: Ticks::new(x), y: Ticks::new(y) }
    }
    fn px(&self, x: f64) -> f64 {
        let (a, b) = self.x.range;
        L + (x - a) / (b - a) * PLOT_W
    }
    fn py(&self, y: f64) -> f64 {
        let (a, b) = self.y.range;
        H - B - (y - a) / (b - a) * (H - T - B)
    }
}

/// Width of a chart whose legend lists `names`: wide enough for the longest.
fn chart_width<'a>(names: impl Iterator<Item = &'a str>) -> f64 {
    let longest = names.map(|n| n.chars().count()).max().unwrap_or(0) as f64;
    L + PLOT_W + LEGEND_MIN.max(36.0 + CHAR_W * longest)
}

fn frame(out: &mut String, ax: &Axes, width: f64, title: &str, xlabel: &str, ylabel: &str) {
    let title_w = L + CHAR_W * 1.2 * title.chars().count() as f64;
    let width = width.max(title_w);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{H}" viewBox="0 0 {width:.0} {H}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(out, r#"<text x="{}" y="18" font-size="13" font-weight="bold">{}</text>"#, L, esc(title));
    let _ = write!(
        out,
        r##"<rect x="{L}" y="{T}" width="{PLOT_W}" height="{}" fill="none" stroke="#888"/>"##,
        H - T - B
    );
    for &t in &ax.x.at {
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#888"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            H - B,
            H - B + 4.0,
            H - B + 15.0,
            ax.x.label(t),
            x = ax.px(t),
        );
    }
    for &t in &ax.y.at {
        let _ = write!(
            out,
            r##"<line x1="{:.1}" y1="{y:.1}" x2="{L}" y2="{y:.1}" stroke="#888"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            L - 4.0,
            L - 6.0,
            ax.py(t) + 4.0,
            ax.y.label(t),
            y = ax.py(t),
        );
    }
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
        L + PLOT_W / 2.0,
        H - 8.0,
        esc(xlabel)
    );
    let _ = write!(
        out,
        r#"<text transform="translate(14,{:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
        (T + H - B) / 2.0,
        esc(ylabel)
    );
}

fn legend(out: &mut String, names: &[(String, &str, bool)]) {
    for (i, (name, colour, dashed)) in names.iter().enumerate() {
        let y = T + 10.0 + 16.0 * i as f64;
        let dash = if *dashed { r#" stroke-dasharray="4 3""# } else { "" };
        let _ = write!(
            out,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"{dash}/><text x="{:.1}" y="{:.1}">{}</text>"#,
            L + PLOT_W + 8.0,
            L + PLOT_W + 28.0,
            L + PLOT_W + 32.0,
            y + 4.0,
            esc(name)
        );
    }
}

/// One line series: name, points, dashed.
pub(crate) struct Series {
    pub(crate) name: String,
    pub(crate) points: Vec<(f64, f64)>,
    pub(crate) dashed: bool,
    pub(crate) colour: usize,
}

/// A line chart of several series (markers at the points).
pub(crate) fn lines(
    title: &str,
    xlabel: &str,
    ylabel: &str,
    series: &[Series],
    y_range: Option<(f64, f64)>,
) -> String {
    let all = series.iter().flat_map(|s| s.points.iter());
    let (mut x0, mut x1, mut y0, mut y1) =
        (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY);
    for &(x, y) in all {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    if !x0.is_finite() {
        (x0, x1, y0, y1) = (0.0, 1.0, 0.0, 1.0);
    }
    let ax = Axes::new((x0, x1), y_range.unwrap_or((y0, y1)));
    let mut out = String::new();
    frame(&mut out, &ax, chart_width(series.iter().map(|s| s.name.as_str())), title, xlabel, ylabel);
    for s in series {
        let colour = COLOURS[s.colour % COLOURS.len()];
        let path: Vec<String> =
            s.points.iter().map(|&(x, y)| format!("{:.1},{:.1}", ax.px(x), ax.py(y))).collect();
        let dash = if s.dashed { r#" stroke-dasharray="4 3""# } else { "" };
        let _ = write!(
            out,
            r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"#,
            path.join(" ")
        );
        if !s.dashed {
            for &(x, y) in &s.points {
                let _ = write!(
                    out,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"/>"#,
                    ax.px(x),
                    ax.py(y)
                );
            }
        }
    }
    let names: Vec<(String, &str, bool)> =
        series.iter().map(|s| (s.name.clone(), COLOURS[s.colour % COLOURS.len()], s.dashed)).collect();
    legend(&mut out, &names);
    out.push_str("</svg>");
    out
}

/// A scatter plot; points carry a group (colour) index; `diagonal` draws y = x.
pub(crate) fn scatter(
    title: &str,
    xlabel: &str,
    ylabel: &str,
    points: &[(f64, f64, usize)],
    groups: &[String],
    diagonal: bool,
) -> String {
    let (mut x0, mut x1, mut y0, mut y1) =
        (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY);
    for &(x, y, _) in points {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    if !x0.is_finite() {
        (x0, x1, y0, y1) = (0.0, 1.0, 0.0, 1.0);
    }
    if diagonal {
        (x0, x1) = (x0.min(y0), x1.max(y1));
        (y0, y1) = (x0, x1);
    }
    let ax = Axes::new((x0, x1), (y0, y1));
    let mut out = String::new();
    frame(&mut out, &ax, chart_width(groups.iter().map(String::as_str)), title, xlabel, ylabel);
    if diagonal {
        let _ = write!(
            out,
            r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#888" stroke-dasharray="4 3"/>"##,
            ax.px(x0),
            ax.py(x0),
            ax.px(x1),
            ax.py(x1)
        );
    }
    for &(x, y, g) in points {
        let _ = write!(
            out,
            r#"<circle cx="{:.1}" cy="{:.1}" r="2" fill="{}" fill-opacity="0.5"/>"#,
            ax.px(x),
            ax.py(y),
            COLOURS[g % COLOURS.len()]
        );
    }
    let names: Vec<(String, &str, bool)> =
        groups.iter().enumerate().map(|(i, g)| (g.clone(), COLOURS[i % COLOURS.len()], false)).collect();
    legend(&mut out, &names);
    out.push_str("</svg>");
    out
}

/// A heatmap of counts, each row normalised to its own total (shade = fraction), counts printed.
pub(crate) fn heatmap(title: &str, rows: &[String], cols: &[String], counts: &[Vec<u64>]) -> String {
    let cell = 34.0;
    // Column labels run up at 45°: each reaches `0.71 · length` right of and above its cell.
    let longest = |v: &[String]| v.iter().map(|s| s.chars().count()).max().unwrap_or(0) as f64;
    let slant = 0.71 * CHAR_W * longest(cols);
    let (left, top) = ((10.0 + CHAR_W * longest(rows)).max(90.0), (30.0 + slant).max(90.0));
    let w = (left + cell * cols.len() as f64 + 20.0 + slant)
        .max(20.0 + CHAR_W * 1.2 * title.chars().count() as f64);
    let h = top + cell * rows.len() as f64 + 20.0;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="10"><text x="4" y="16" font-size="13" font-weight="bold">{}</text>"#,
        esc(title)
    );
    for (j, c) in cols.iter().enumerate() {
        let x = left + cell * (j as f64 + 0.5);
        let _ = write!(
            out,
            r#"<text transform="translate({x:.1},{:.1}) rotate(-45)">{}</text>"#,
            top - 6.0,
            esc(c)
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + cell * i as f64;
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            left - 6.0,
            y + cell / 2.0 + 4.0,
            esc(r)
        );
        let total: u64 = counts[i].iter().sum();
        for (j, &c) in counts[i].iter().enumerate() {
            let f = if total > 0 { c as f64 / total as f64 } else { 0.0 };
            let x = left + cell * j as f64;
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{cell}" height="{cell}" fill="#0072B2" fill-opacity="{f:.3}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="middle" fill="{}">{c}</text>"##,
                x + cell / 2.0,
                y + cell / 2.0 + 4.0,
                if f > 0.5 { "#fff" } else { "#000" }
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        for (range, want_step) in [
            ((0.013, 0.87), 0.2),
            ((-3.2, 47.0), 10.0),
            ((0.0, 1.0), 0.2),
            ((12_345.0, 98_765.0), 20_000.0),
            ((-0.004, 0.0031), 0.001),
            ((5.0, 5.0), 0.2),
        ] {
            let t = Ticks::new(range);
            let step = t.at[1] - t.at[0];
            assert!((step - want_step).abs() < 1e-9 * want_step, "{range:?}: {t:?}");
            assert!(t.range.0 <= range.0 && t.range.1 >= range.1, "{range:?}: {t:?}");
            assert!((4..=11).contains(&(t.at.len() - 1)), "{range:?}: {t:?}");
            for &x in &t.at {
                let k = x / step;
                assert!((k - k.round()).abs() < 1e-6, "{x} is not a multiple of {step}");
            }
        }
        let t = Ticks::new((0.013, 0.87));
        let labels: Vec<String> = t.at.iter().map(|&x| t.label(x)).collect();
        assert_eq!(labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
        let t = Ticks::new((-0.3, 0.3));
        assert!(t.at.iter().map(|&x| t.label(x)).all(|l| l != "-0.0"));
    }

    #[test]
    fn legends_and_labels_are_never_cut() {
        let long = "a-representation-with-a-long-name@12 random-init";
        let s = Series { name: long.into(), points: vec![(0.0, 1.0), (1.0, 2.0)], dashed: false, colour: 0 };
        let svg = lines("t", "x", "y", &[s], None);
        assert!(svg.contains(long) && !svg.contains('…'));
        let width: f64 = svg.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        assert!(width >= L + PLOT_W + CHAR_W * long.chars().count() as f64, "{width}");
        let h = heatmap("h", &["row".into()], &[long.into()], &[vec![3]]);
        assert!(h.contains(long) && !h.contains('…'));
    }
}
