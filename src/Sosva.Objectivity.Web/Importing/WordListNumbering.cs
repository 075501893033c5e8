using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// The labels of Word's automatic lists («1.», «1.1.», «II.», «а)», «•») as Word shows them. The «№»
/// column of a roadmap is often such a list: its cells hold no text, only a list level, and without
/// the label every measure would lose its number.
/// </summary>
/// <remarks>
/// Counted in document order per abstract list (lists sharing a definition go on numbering, as in
/// Word), a level restarting after any higher level, a list instance's start override restarting
/// its levels when the instance first appears. Numbering inherited from a paragraph style is not
/// followed; such a label is simply missing.
/// </remarks>
internal sealed class WordListNumbering
{
    private const int Levels = 9;

    // Word's Russian alphabetic numbering skips Ё, Й, Ъ, Ы, Ь.
    private const string RussianLetters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";

    private static readonly WordListNumbering None = new(new Dictionary<Paragraph, string>(ReferenceEqualityComparer.Instance));

    private readonly Dictionary<Paragraph, string> _labels;

    private WordListNumbering(Dictionary<Paragraph, string> labels) => _labels = labels;

    public string? Label(Paragraph paragraph) => _labels.GetValueOrDefault(paragraph);

    public static WordListNumbering Of(Body body, Numbering? numbering)
    {
        if (numbering is null)
            return None;

        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
                abstracts.TryAdd(id, definition);
        }

        var instances = new Dictionary<int, NumberingInstance>();
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id)
                instances.TryAdd(id, instance);
        }

        var labels = new Dictionary<Paragraph, string>(ReferenceEqualityComparer.Instance);
        var counters = new Dictionary<int, int?[]>();
        var seen = new HashSet<int>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            if (properties?.NumberingId?.Val?.Value is not { } numId || numId == 0
                || !instances.TryGetValue(numId, out var instance)
                || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var definition))
                continue;
            var level = Math.Clamp(properties.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1);

            if (!counters.TryGetValue(abstractId, out var counter))
                counters[abstractId] = counter = new int?[Levels];
            if (seen.Add(numId))
            {
                foreach (var levelOverride in instance.Elements<LevelOverride>())
                {
                    if (levelOverride.StartOverrideNumberingValue is not null && levelOverride.LevelIndex?.Value is { } index && index is >= 0 and < Levels)
                        counter[index] = null;
                }
            }

            counter[level] = counter[level] + 1 ?? Start(instance, definition, level);
            for (var deeper = level + 1; deeper < Levels; deeper++)
                counter[deeper] = null;
            for (var higher = 0; higher < level; higher++)
                counter[higher] ??= Start(instance, definition, higher);

            var label = Render(instance, definition, level, counter);
            if (label.Length > 0)
                labels[paragraph] = label;
        }

        return new WordListNumbering(labels);
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum definition, int index)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == index && levelOverride.Level is { } overridden)
                return overridden;
        }

        return definition.Elements<Level>().FirstOrDefault(level => level.LevelIndex?.Value == index);
    }

    private static int Start(NumberingInstance instance, AbstractNum definition, int index)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == index && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                return start;
        }

        return LevelOf(instance, definition, index)?.StartNumberingValue?.Val?.Value ?? 0;
    }

    private static string Render(NumberingInstance instance, AbstractNum definition, int level, int?[] counter)
    {
        var format = LevelOf(instance, definition, level);
        var pattern = format?.LevelText?.Val?.Value;
        if (pattern is null)
            return "";
        var label = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[i + 1] - '1';
                var value = counter[referenced] ?? Start(instance, definition, referenced);
                label.Append(Format(value, LevelOf(instance, definition, referenced)?.NumberingFormat?.Val?.Value));
                i++;
            }
            else
            {
                // Bullets in the Symbol or Wingdings fonts are private-use characters.
                label.Append(c is >= '\uF000' and <= '\uF0FF' ? '•' : c);
            }
        }

        return label.ToString().Trim();
    }

    private static string Format(int value, NumberFormatValues? format) => format switch
    {
        NumberFormatValues.None => "",
        NumberFormatValues.UpperRoman => Roman(value),
        NumberFormatValues.LowerRoman => Roman(value).ToLowerInvariant(),
        NumberFormatValues.UpperLetter => Letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        NumberFormatValues.LowerLetter => Letters(value, "abcdefghijklmnopqrstuvwxyz"),
        NumberFormatValues.RussianUpper => Letters(value, RussianLetters),
        NumberFormatValues.RussianLower => Letters(value, RussianLetters.ToLowerInvariant()),
        NumberFormatValues.DecimalZero => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
            return value.ToString(CultureInfo.InvariantCulture);
        var result = new StringBuilder();
        foreach (var (amount, digits) in RomanDigits)
        {
            for (; value >= amount; value -= amount)
                result.Append(digits);
        }

        return result.ToString();
    }

    private static readonly (int Amount, string Digits)[] RomanDigits =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>Word's alphabetic numbering: a, b, … z, aa, bb, … (the letter repeated).</summary>
    private static string Letters(int value, string alphabet)
    {
        if (value <= 0)
            return value.ToString(CultureInfo.InvariantCulture);
        var letter = alphabet[(value - 1) % alphabet.Length];
        return new string(letter, Math.Min(1 + ((value - 1) / alphabet.Length), 10));
    }
}
