//! Hand-written SVG charts for the HTML report (no plotting dependency): line charts, scatter
//! plots and heatmaps with linear axes.

use std::fmt::Write;

const W: f64 = 560.0;
const H: f64 = 360.0;
const L: f64 = 60.0;
const R: f64 = 170.0;
const T: f64 = 30.0;
const B: f64 = 45.0;
/// Colours of the series, in order (Okabe-Ito).
pub(crate) const COLOURS: [&str; 8] =
    ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/// Escape text for XML.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A linear mapping of a data range onto the plot area.
struct Axes {
    x: (f64, f64),
    y: (f64, f64),
}

impl Axes {
    fn new(x: (f64, f64), y: (f64, f64)) -> Self {
        let widen = |(a, b): (f64, f64)| if (b - a).abs() < 1e-12 { (a - 0.5, b + 0.5) } else { (a, b) };
        Self { x: widen(x), y: widen(y) }
    }
    fn px(&self, x: f64) -> f64 {
        L + (x - self.x.0) / (self.x.1 - self.x.0) * (W - L - R)
    }
    fn py(&self, y: f64) -> f64 {
        H - B - (y - self.y.0) / (self.y.1 - self.y.0) * (H - T - B)
    }
}

fn ticks((a, b): (f64, f64)) -> Vec<f64> {
    (0..=4).map(|i| a + (b - a) * i as f64 / 4.0).collect()
}

fn frame(out: &mut String, ax: &Axes, title: &str, xlabel: &str, ylabel: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(out, r#"<text x="{}" y="18" font-size="13" font-weight="bold">{}</text>"#, L, esc(title));
    let _ = write!(
        out,
        r##"<rect x="{L}" y="{T}" width="{}" height="{}" fill="none" stroke="#888"/>"##,
        W - L - R,
        H - T - B
    );
    for t in ticks(ax.x) {
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            ax.px(t),
            H - B + 14.0,
            fmt(t)
        );
    }
    for t in ticks(ax.y) {
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            L - 4.0,
            ax.py(t) + 4.0,
            fmt(t)
        );
    }
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
        (L + W - R) / 2.0,
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
            W - R + 8.0,
            W - R + 28.0,
            W - R + 32.0,
            y + 4.0,
            esc(&truncate(name, 26))
        );
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// A number for an axis tick.
fn fmt(v: f64) -> String {
    if v.abs() >= 100.0 || v == v.trunc() {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
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
    frame(&mut out, &ax, title, xlabel, ylabel);
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
    frame(&mut out, &ax, title, xlabel, ylabel);
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
    let (left, top) = (90.0, 90.0);
    let w = left + cell * cols.len() as f64 + 20.0;
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
            esc(&truncate(c, 14))
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
