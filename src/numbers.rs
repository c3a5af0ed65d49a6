//! How numbers are shown to people (console tables, the report, chart labels, published
//! figures): one place, used by every stage, so a figure reads the same everywhere.

/// Formats a number with thousands separators.
pub fn thousands(x: f64) -> String {
    let neg = x < 0.0;
    let digits = format!("{:.0}", x.abs());
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if neg && out != "0" { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn groups_digits_and_keeps_the_sign() {
        assert_eq!(thousands(1234567.4), "1,234,567");
        assert_eq!(thousands(-1240.0), "-1,240");
        assert_eq!(thousands(12.0), "12");
        assert_eq!(thousands(-1234.6), "-1,235");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(-0.2), "0");
    }
}
