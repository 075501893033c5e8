namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// A tiny, bounded phrase pattern over words and numbers (punctuation is ignored), used instead
/// of regular expressions so that matching is linear in the text and needs no timeout.
/// </summary>
/// <remarks>
/// Pattern syntax, space separated: <c>word</c> exact; <c>stem*</c> prefix; <c>a|b*</c>
/// alternatives; <c>#</c> any number; a trailing <c>?</c> makes an element optional; <c>~N</c>
/// skips up to N words accepted by the phrase's skip rule. A pattern has a handful of elements,
/// so the work per start position is a small constant.
/// </remarks>
internal sealed class Phrase
{
    private readonly Element[] _elements;
    private readonly Func<DeadlineToken, bool>? _skippable;

    private Phrase(Element[] elements, Func<DeadlineToken, bool>? skippable)
    {
        _elements = elements;
        _skippable = skippable;
    }

    public static Phrase[] Compile(Func<DeadlineToken, bool>? skippable, params string[] patterns) =>
        [.. patterns.Select(p => new Phrase([.. p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Element.Parse)], skippable))];

    /// <summary>Index just after the match that starts at <paramref name="index"/>, or −1.</summary>
    public int MatchAt(IReadOnlyList<DeadlineToken> words, int index) => Match(words, index, 0);

    /// <summary>The first position where any of <paramref name="phrases"/> matches: (start, end) in words, or (−1, −1).</summary>
    public static (int Start, int End) FindFirst(IReadOnlyList<DeadlineToken> words, Phrase[] phrases)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                var end = phrase.MatchAt(words, i);
                if (end > i)
                {
                    return (i, end);
                }
            }
        }

        return (-1, -1);
    }

    private int Match(IReadOnlyList<DeadlineToken> words, int index, int element)
    {
        if (element == _elements.Length)
        {
            return index;
        }

        var current = _elements[element];
        if (current.Skip > 0)
        {
            var at = index;
            for (var skipped = 0; ; skipped++)
            {
                var end = Match(words, at, element + 1);
                if (end >= 0)
                {
                    return end;
                }

                if (skipped == current.Skip || at >= words.Count || _skippable is null || !_skippable(words[at]))
                {
                    return -1;
                }

                at++;
            }
        }

        if (index < words.Count && current.Accepts(words[index]))
        {
            var end = Match(words, index + 1, element + 1);
            if (end >= 0)
            {
                return end;
            }
        }

        return current.Optional ? Match(words, index, element + 1) : -1;
    }

    private sealed class Element
    {
        private readonly string[] _exact;
        private readonly string[] _prefixes;
        private readonly bool _number;

        private Element(string[] exact, string[] prefixes, bool number, bool optional, int skip)
        {
            _exact = exact;
            _prefixes = prefixes;
            _number = number;
            Optional = optional;
            Skip = skip;
        }

        public bool Optional { get; }

        public int Skip { get; }

        public static Element Parse(string text)
        {
            if (text.StartsWith('~'))
            {
                return new Element([], [], false, false, text.Length > 1 ? text[1] - '0' : 1);
            }

            var optional = text.EndsWith('?');
            var body = optional ? text[..^1] : text;
            var alternatives = body.Split('|');
            return new Element(
                [.. alternatives.Where(a => !a.EndsWith('*') && a != "#")],
                [.. alternatives.Where(a => a.EndsWith('*')).Select(a => a[..^1])],
                alternatives.Contains("#"),
                optional,
                0);
        }

        public bool Accepts(DeadlineToken token)
        {
            if (token.Kind == TokenKind.Number)
            {
                return _number;
            }

            foreach (var exact in _exact)
            {
                if (string.Equals(token.Text, exact, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var prefix in _prefixes)
            {
                if (token.Text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
