using System.Text;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>A school of the directory as lists and templates name it: its short and full names and its INN.</summary>
public sealed record DirectorySchool(int Id, string ShortName, string FullName, string? Inn = null);

/// <summary>How a name of a bias list matched the school directory.</summary>
public enum MatchKind
{
    /// <summary>The short or full name, ignoring case, quotes, «ё» and spacing.</summary>
    Exact,

    /// <summary>One school only fits (every word of the name is in the school's names): saved after the user confirms.</summary>
    Near,

    /// <summary>Several schools fit: refused, the name must be made precise.</summary>
    Ambiguous,

    /// <summary>No school fits: refused.</summary>
    Unknown,

    /// <summary>The school is already named on an earlier line: refused.</summary>
    Duplicate,
}

public sealed record BiasListMatch(int Line, string Name, MatchKind Kind, DirectorySchool? School, IReadOnlyList<DirectorySchool> Candidates)
{
    public bool IsError => Kind is MatchKind.Ambiguous or MatchKind.Unknown or MatchKind.Duplicate;

    /// <summary>The Russian message of a refused line, naming the line and the name.</summary>
    public string? Error => Kind switch
    {
        MatchKind.Ambiguous => $"Строка {Line}: «{Name}» подходит к нескольким школам ({string.Join("; ", Candidates.Select(c => c.ShortName))}) — уточните название.",
        MatchKind.Unknown => $"Строка {Line}: школы «{Name}» нет в справочнике.",
        MatchKind.Duplicate => $"Строка {Line}: «{Name}» — школа «{School?.ShortName}» уже указана выше.",
        _ => null,
    };
}

/// <summary>Matches the names of Rosobrnadzor's list to the school directory
/// (docs/design.md#76-bias-lists).</summary>
public static class BiasListMatcher
{
    /// <summary>Names from pasted text: one per line, a leading «1.» or «1)» and tabs' extra columns dropped.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => StripNumber(line.Split('\t').FirstOrDefault(cell => cell.Trim().Length > 0 && !IsNumber(cell)) ?? "").Trim())
            .Where(line => line.Length > 0)];

    public static IReadOnlyList<BiasListMatch> Match(IReadOnlyList<string> names, IReadOnlyList<DirectorySchool> schools)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(schools);
        var keyed = schools.Select(s => (School: s, Short: Key(s.ShortName), Full: Key(s.FullName),
            Words: Words(s.ShortName).Concat(Words(s.FullName)).ToHashSet(StringComparer.Ordinal))).ToList();
        var seen = new HashSet<int>();
        var result = new List<BiasListMatch>();
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            var key = Key(name);
            var exact = keyed.Where(s => s.Short == key || s.Full == key).Select(s => s.School).ToList();
            BiasListMatch match;
            if (exact.Count == 1)
            {
                match = new(n + 1, name, MatchKind.Exact, exact[0], exact);
            }
            else
            {
                var words = Words(name).ToList();
                var candidates = words.Count == 0 ? [] : keyed.Where(s => words.All(s.Words.Contains) || s.Full.Contains(key, StringComparison.Ordinal))
                    .Select(s => s.School).ToList();
                match = candidates.Count switch
                {
                    0 => new(n + 1, name, MatchKind.Unknown, null, candidates),
                    1 => new(n + 1, name, MatchKind.Near, candidates[0], candidates),
                    _ => new(n + 1, name, MatchKind.Ambiguous, null, candidates),
                };
            }
            if (match.School is { } school && !seen.Add(school.Id))
                match = match with { Kind = MatchKind.Duplicate };
            result.Add(match);
        }
        return result;
    }

    /// <summary>The name as compared: lower case, «ё» as «е», no quotes or punctuation, «№1» as «№ 1», single spaces.</summary>
    public static string Key(string? name) => string.Join(' ', Words(name));

    private static string[] Words(string? name)
    {
        var text = new StringBuilder();
        foreach (var ch in (name ?? "").ToLowerInvariant().Replace('ё', 'е'))
        {
            if (char.IsLetterOrDigit(ch)) text.Append(ch);
            else if (ch == '№') text.Append(" № ");
            else text.Append(' ');
        }
        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsNumber(string cell) => cell.Trim().TrimEnd('.', ')').All(char.IsDigit);

    private static string StripNumber(string line)
    {
        var trimmed = line.TrimStart();
        var k = 0;
        while (k < trimmed.Length && char.IsDigit(trimmed[k])) k++;
        return k > 0 && k < trimmed.Length && (trimmed[k] == '.' || trimmed[k] == ')') ? trimmed[(k + 1)..] : trimmed;
    }
}
