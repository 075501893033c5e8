using System.Globalization;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>Russian numbers and plural forms for explanations and messages, here and in the portal.</summary>
public static class RussianText
{
    public static string Number(int value) =>
        value < 0
            ? "минус " + (-(long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>«1 балл», «2 балла», «5 баллов», «минус 10 баллов».</summary>
    public static string Points(int value) => Number(value) + " " + Plural(value, "балл", "балла", "баллов");

    /// <summary>Picks the Russian plural form for a number: one (1, 21), few (2–4, 22–24), many (5–20, 25…).</summary>
    public static string Plural(long value, string one, string few, string many)
    {
        var n = Math.Abs(value);
        var lastTwo = n % 100;
        var last = n % 10;
        if (last == 1 && lastTwo != 11)
            return one;
        if (last is >= 2 and <= 4 && lastTwo is < 12 or > 14)
            return few;
        return many;
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
