using System.Globalization;

namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

internal enum TokenKind
{
    Word,
    Number,
    Dash,
    Dot,
    Comma,
    Slash,
    Semicolon,
    Colon,
    Open,
    Close,
    Other,
}

/// <summary>
/// One token of a deadline text. <see cref="Text"/> is normalised (lower case, «ё» as «е»);
/// <see cref="Start"/> and <see cref="Length"/> point into the original text so that warnings
/// and relative limits can quote what the user wrote.
/// </summary>
internal readonly record struct DeadlineToken(TokenKind Kind, string Text, int Value, int Start, int Length, bool SpaceBefore)
{
    /// <summary>Digits in a number token (a number's <see cref="Value"/> is −1 when it has more than 9).</summary>
    public int Digits => Kind == TokenKind.Number ? Text.Length : 0;

    public int End => Start + Length;

    public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.Ordinal);

    public bool WordStartsWith(string stem) => Kind == TokenKind.Word && Text.StartsWith(stem, StringComparison.Ordinal);
}

/// <summary>
/// Splits a deadline text into words, numbers and punctuation in one linear pass. Every dash
/// variant (‐ ‑ ‒ – — ― −) becomes one dash, every kind of white space one separator, and
/// invisible format characters (soft hyphen, zero-width space) are dropped, so later stages
/// never see the typographic noise of Word documents.
/// </summary>
internal static class DeadlineTokenizer
{
    /// <summary>Numbers longer than this are kept as tokens but have no value (no overflow).</summary>
    private const int MaxNumberDigits = 9;

    public static List<DeadlineToken> Tokenize(string text)
    {
        var tokens = new List<DeadlineToken>();
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                i++;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                var digits = text[start..i];
                var value = digits.Length <= MaxNumberDigits
                    ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
                    : -1;
                tokens.Add(new DeadlineToken(TokenKind.Number, digits, value, start, i - start, space));
            }
            else if (char.IsLetter(c))
            {
                var word = new System.Text.StringBuilder();
                while (i < text.Length && (char.IsLetter(text[i]) || IsFormat(text[i])))
                {
                    if (!IsFormat(text[i]))
                    {
                        var lower = char.ToLowerInvariant(text[i]);
                        word.Append(lower == 'ё' ? 'е' : lower);
                    }

                    i++;
                }

                tokens.Add(new DeadlineToken(TokenKind.Word, word.ToString(), 0, start, i - start, space));
            }
            else
            {
                i++;
                tokens.Add(new DeadlineToken(Classify(c), c.ToString(), 0, start, 1, space));
            }

            space = false;
        }

        return tokens;
    }

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static TokenKind Classify(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212'
            or '\uFE58' or '\uFE63' or '\uFF0D' => TokenKind.Dash,
        '.' => TokenKind.Dot,
        ',' => TokenKind.Comma,
        '/' or '\\' or '\u2044' or '\uFF0F' => TokenKind.Slash,
        ';' => TokenKind.Semicolon,
        ':' => TokenKind.Colon,
        '(' or '[' or '{' => TokenKind.Open,
        ')' or ']' or '}' => TokenKind.Close,
        _ => TokenKind.Other,
    };
}
