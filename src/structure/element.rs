//! Chemical elements by atomic number Z (1..=118): symbols, masses and radii from the
//! `mendeleev` crate.

use mendeleev::Element as MElement;

/// Largest atomic number we know.
pub const MAX_Z: u8 = 118;

fn lookup(z: u8) -> Option<&'static MElement> {
    if z == 0 || z > MAX_Z {
        return None;
    }
    MElement::list().get(z as usize - 1)
}

/// Symbol of element `z` ("Fe"), or `None` for an unknown Z.
pub fn symbol(z: u8) -> Option<&'static str> {
    lookup(z).map(|e| e.symbol())
}

/// Atomic number of an exact element symbol ("Fe" -> 26). Case-sensitive, as in formulas.
pub fn atomic_number(symbol: &str) -> Option<u8> {
    // Symbols are one upper-case letter and at most one lower-case one: a table of 26 x 27
    // slots (no second letter, then a..z) built once from mendeleev's list.
    static TABLE: std::sync::OnceLock<[u8; 26 * 27]> = std::sync::OnceLock::new();
    let slot = |b: &[u8]| -> Option<usize> {
        let first = b.first().filter(|c| c.is_ascii_uppercase())?;
        let second = match b.get(1) {
            None => 0,
            Some(c) if c.is_ascii_lowercase() => (c - b'a') as usize + 1,
            Some(_) => return None,
        };
        (b.len() <= 2).then(|| (first - b'A') as usize * 27 + second)
    };
    let table = TABLE.get_or_init(|| {
        let mut t = [0u8; 26 * 27];
        for (i, e) in MElement::list().iter().enumerate() {
            if let Some(k) = slot(e.symbol().as_bytes()) {
                t[k] = i as u8 + 1;
            }
        }
        t
    });
    slot(symbol.as_bytes()).map(|k| table[k]).filter(|&z| z != 0)
}

/// Atomic number of a species label as files write it: "Fe", "Fe2+", "O2-", "Fe3", "FE",
/// "fe1", "Si4+", "Ow" is rejected. The leading one or two letters name the element; any
/// charge or digits after it are ignored. A two-letter reading wins over a one-letter one.
pub fn atomic_number_lenient(label: &str) -> Option<u8> {
    let t = label.trim();
    let letters: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let rest = &t[letters.len()..];
    if letters.is_empty() || !rest.chars().all(|c| c.is_ascii_digit() || c == '+' || c == '-' || c == '.') {
        // Labels like "Fe1a" or "O_w": fall back to the letters only if followed by a
        // separator-free tail is not allowed; try the leading letters anyway.
        return leading_element(&letters);
    }
    let canon = canonical_case(&letters);
    atomic_number(&canon).or_else(|| leading_element(&letters))
}

fn leading_element(letters: &str) -> Option<u8> {
    if letters.is_empty() {
        return None;
    }
    let chars: Vec<char> = letters.chars().collect();
    if chars.len() >= 2 {
        let two = canonical_case(&chars[..2].iter().collect::<String>());
        if chars[1].is_ascii_lowercase() || letters.len() == 2 {
            if let Some(z) = atomic_number(&two) {
                return Some(z);
            }
        }
    }
    atomic_number(&chars[0].to_ascii_uppercase().to_string())
}

fn canonical_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// Standard atomic weight (g/mol, i.e. Da) of element `z`.
pub fn atomic_mass(z: u8) -> Option<f64> {
    lookup(z).map(|e| f64::from(e.atomic_weight()))
}

/// Empirical atomic radius (Å) of element `z`, where known.
pub fn atomic_radius(z: u8) -> Option<f64> {
    lookup(z).and_then(|e| e.atomic_radius()).map(|pm| pm.0 / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_and_numbers() {
        assert_eq!(symbol(1), Some("H"));
        assert_eq!(symbol(26), Some("Fe"));
        assert_eq!(symbol(118), Some("Og"));
        assert_eq!(symbol(0), None);
        assert_eq!(symbol(119), None);
        assert_eq!(atomic_number("Fe"), Some(26));
        assert_eq!(atomic_number("fe"), None);
        for not_a_symbol in ["", "FE", "Fex", "X", "Xx", "J", "É", "F1", "Fé"] {
            assert_eq!(atomic_number(not_a_symbol), None, "{not_a_symbol:?}");
        }
        for z in 1..=MAX_Z {
            assert_eq!(atomic_number(symbol(z).unwrap()), Some(z));
        }
    }

    #[test]
    fn lenient_labels() {
        assert_eq!(atomic_number_lenient("Fe2+"), Some(26));
        assert_eq!(atomic_number_lenient("O2-"), Some(8));
        assert_eq!(atomic_number_lenient("FE"), Some(26));
        assert_eq!(atomic_number_lenient("Si4+"), Some(14));
        assert_eq!(atomic_number_lenient("Co"), Some(27));
        assert_eq!(atomic_number_lenient("C1"), Some(6));
        assert_eq!(atomic_number_lenient("Xx"), None);
        assert_eq!(atomic_number_lenient(""), None);
    }

    #[test]
    fn masses() {
        assert!((atomic_mass(8).unwrap() - 15.999).abs() < 0.01);
        assert!((atomic_mass(26).unwrap() - 55.845).abs() < 0.01);
    }
}
