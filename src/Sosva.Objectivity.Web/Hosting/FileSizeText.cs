using System.Globalization;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>A file's size as a person reads it, in every message, page and export: «12,3 МБ», «850 КБ», «300 Б».</summary>
public static class FileSizeText
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.#", Russian) + " МБ",
        >= 1024 => (bytes / 1024d).ToString("0", Russian) + " КБ",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " Б",
    };
}
