// Token: the unit the parser works on. A token is 12 bytes: its byte span in the
// working text, its kind, and flags about the whitespace before it and the shape
// of its letters. The flags let the parser decide "is this capitalized?",
// "did a line break come before it?" without touching the text again.

/// What kind of lexeme a token is.
public enum TokenKind: UInt8, Sendable {
    /// Letters, digits, and apostrophes/hyphens between letters ("Sherwin-Williams", "Opp’n", "2d").
    case word
    /// A run of ASCII digits only ("636", "2017").
    case number
    case period, comma, semicolon, colon
    case openParen, closeParen, openBracket, closeBracket
    /// "§".
    case section
    /// "¶".
    case pilcrow
    /// "-", "–", "—", "‑" (any dash or hyphen that is not inside a word).
    case dash
    /// “ or " at the start of a quotation, ‘ when it opens.
    case openQuote
    /// ” or ’ (when not inside a word), or " at the end of a quotation.
    case closeQuote
    case star, ampersand, dollar, slash
    /// Any other visible character.
    case other
}

/// Bit flags describing the context and shape of a token.
public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Whitespace precedes the token.
    public static let spaceBefore = TokenFlags(rawValue: 1)
    /// A line break precedes the token.
    public static let newlineBefore = TokenFlags(rawValue: 2)
    /// Two or more line breaks precede the token.
    public static let blankLineBefore = TokenFlags(rawValue: 4)
    /// First letter is an upper-case ASCII letter.
    public static let capitalized = TokenFlags(rawValue: 8)
    /// All letters are upper case (and there are at least two).
    public static let allCaps = TokenFlags(rawValue: 16)
    /// First letter is lower case.
    public static let lowercase = TokenFlags(rawValue: 32)
    /// Contains at least one digit.
    public static let hasDigit = TokenFlags(rawValue: 64)
    /// A form feed precedes the token (page break in PDF text).
    public static let formFeedBefore = TokenFlags(rawValue: 128)
}

/// One lexeme with its span in the working text.
public struct Token: Sendable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: TokenFlags

    @inlinable public var length: Int { Int(end - start) }
    @inlinable public func has(_ f: TokenFlags) -> Bool { flags.contains(f) }
}
