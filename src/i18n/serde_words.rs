//! The TOML reader's messages that a user meets most (a misspelt key, a missing one, a
//! value not among the allowed words) as [`Msg`]s, so they read in the user's language;
//! the rest keep the reader's own English words.

use super::Msg;

/// The TOML reader's message `text` as a message of ours where its form is known.
pub fn toml_message(text: &str) -> Msg {
    let quoted = |rest: &str| rest.strip_prefix('`').and_then(|r| r.split_once('`')).map(|(word, tail)| (word.to_string(), tail.to_string()));
    if let Some((field, tail)) = text.strip_prefix("unknown field ").and_then(quoted) {
        return with_expected(Msg::new("error-toml-unknown-field").arg("field", field), &tail);
    }
    if let Some((value, tail)) = text.strip_prefix("unknown variant ").and_then(quoted) {
        return with_expected(Msg::new("error-toml-unknown-value").arg("value", value), &tail);
    }
    if let Some((field, tail)) = text.strip_prefix("missing field ").and_then(quoted)
        && tail.trim().is_empty()
    {
        return Msg::new("error-toml-missing-field").arg("field", field);
    }
    if let Some((key, _)) = text.strip_prefix("duplicate key ").and_then(quoted) {
        return Msg::new("error-toml-duplicate-key").arg("key", key);
    }
    Msg::from(text)
}

/// Adds what serde says was expected (`, expected one of `a`, `b``) as the list of
/// words, or says that nothing is.
fn with_expected(msg: Msg, tail: &str) -> Msg {
    let list = tail.trim_start_matches(',').trim();
    match list.strip_prefix("expected one of ").or_else(|| list.strip_prefix("expected ")) {
        Some(words) => msg.arg("expected", words.replace(" or ", ", ")),
        None => msg.arg("expected", "-"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_ours() {
        let m = toml_message("unknown field `offence_cutof`, expected one of `id`, `title`");
        assert_eq!(m, Msg::new("error-toml-unknown-field").arg("field", "offence_cutof").arg("expected", "`id`, `title`"));
        let m = toml_message("unknown variant `x`, expected `a` or `b`");
        assert_eq!(m, Msg::new("error-toml-unknown-value").arg("value", "x").arg("expected", "`a`, `b`"));
        assert_eq!(toml_message("missing field `id`"), Msg::new("error-toml-missing-field").arg("field", "id"));
        assert_eq!(toml_message("invalid table header"), Msg::from("invalid table header"));
    }
}
