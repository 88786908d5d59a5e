/// Hides passwords in text before it is printed, by their place in what looks like a
/// connection string: the password of a URI (`scheme://user:password@host`, whatever the
/// scheme, so a mistyped `postgress://` too) and the value of a `password=` setting (also
/// `sslpassword=`, `PGPASSWORD=`, and in a URI's query).
///
/// Only those fields are replaced, never every occurrence of the password's text: a one-letter
/// password must not star that letter throughout a message.
public enum PasswordRedaction {
    /// What a password is replaced with.
    public static let mask = "********"

    /// `text` with every password field replaced by ``mask``.
    public static func redacting(_ text: String) -> String {
        var characters = Array(text)
        redactURIs(&characters)
        redactSettings(&characters)
        return String(characters)
    }

    /// Characters that end a URI or an unquoted value in running text.
    private static func endsToken(_ character: Character) -> Bool {
        character.isWhitespace || character == "\"" || character == "'" || character == "`"
    }

    /// The user-information part of each `://` authority: everything between its first `:` and
    /// its last `@`. When the token has no `@`, a space in the password may have ended it, so the
    /// line is searched for the `@` instead.
    private static func redactURIs(_ characters: inout [Character]) {
        var index = 0
        while let separator = find("://", in: characters, from: index) {
            let start = separator + 3
            var end = start
            while end < characters.count, !endsToken(characters[end]) { end += 1 }
            var at = characters[start..<end].lastIndex(of: "@")
            if at == nil {
                var lineEnd = end
                while lineEnd < characters.count, !characters[lineEnd].isNewline, characters[lineEnd] != "\"" { lineEnd += 1 }
                at = characters[end..<lineEnd].firstIndex(of: "@")
            }
            guard let at, let colon = characters[start..<at].firstIndex(of: ":") else {
                index = end
                continue
            }
            characters.replaceSubrange((colon + 1)..<at, with: mask)
            index = colon + 1 + mask.count
        }
    }

    /// The value after every key ending in `password` (any case) and `=`: up to a space or `&`,
    /// or within single quotes, as libpq writes it.
    private static func redactSettings(_ characters: inout [Character]) {
        var index = 0
        while let key = find("password", in: characters, from: index, ignoringCase: true) {
            var cursor = key + 8
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            guard cursor < characters.count, characters[cursor] == "=" else {
                index = key + 8
                continue
            }
            cursor += 1
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            var start = cursor
            var end = cursor
            if cursor < characters.count, characters[cursor] == "'" {
                start += 1
                end = start
                while end < characters.count, characters[end] != "'" {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end, characters.count)
            } else {
                while end < characters.count, !endsToken(characters[end]), characters[end] != "&" { end += 1 }
            }
            if end > start { characters.replaceSubrange(start..<end, with: mask) }
            index = start + (end > start ? mask.count : 0)
        }
    }

    /// The position of `needle` in `characters` at or after `from`.
    private static func find(_ needle: String, in characters: [Character], from: Int, ignoringCase: Bool = false) -> Int? {
        let needle = Array(ignoringCase ? needle.lowercased() : needle)
        guard !needle.isEmpty, characters.count >= needle.count else { return nil }
        var index = from
        while index + needle.count <= characters.count {
            var matches = true
            for offset in 0..<needle.count {
                let character = characters[index + offset]
                if ignoringCase ? character.lowercased() != String(needle[offset]) : character != needle[offset] {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }
}
