using System.IO.Compression;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>A part of a ZIP archive the tests build; <see cref="Stored"/> keeps it uncompressed (an OpenDocument «mimetype»).</summary>
public sealed record ZipPart(string Name, byte[] Content, bool Stored = false);

/// <summary>The one place the tests build and take apart ZIP archives and Office packages by hand.</summary>
public static class ZipFiles
{
    /// <summary>An archive of the parts, in order, deflated.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] parts) => Zip(parts.Select(p => new ZipPart(p.Name, p.Content)).ToArray());

    /// <summary>An archive of the parts, in order.</summary>
    public static byte[] Zip(params ZipPart[] parts)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var part in parts)
            {
                using var entry = (part.Stored ? archive.CreateEntry(part.Name, CompressionLevel.NoCompression) : archive.CreateEntry(part.Name)).Open();
                entry.Write(part.Content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A copy of the package with one part's content replaced.</summary>
    public static byte[] ReplacePart(byte[] package, string name, byte[] content) =>
        Rebuild(package, replace: part => part == name ? content : null);

    /// <summary>A copy of the package, parts replaced or added, written in Create mode (parts stream, nothing is held whole).</summary>
    public static byte[] Rebuild(byte[] package, Func<string, byte[]?>? replace = null, Action<ZipArchive>? add = null)
    {
        using var stream = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                using var output = target.CreateEntry(part.FullName).Open();
                if (replace?.Invoke(part.FullName) is { } content)
                {
                    output.Write(content);
                }
                else
                {
                    using var input = part.Open();
                    input.CopyTo(output);
                }
            }

            add?.Invoke(target);
        }

        return stream.ToArray();
    }

    /// <summary>The package with one more part of <paramref name="size"/> zero bytes: it compresses to almost nothing.</summary>
    public static byte[] WithZeros(byte[] package, string name, int size)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update))
        {
            using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
                entry.Write(zeros, 0, Math.Min(zeros.Length, size - written));
        }

        return stream.ToArray();
    }

    /// <summary>A part's text (UTF-8).</summary>
    public static string PartText(byte[] package, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The names of a package's parts (read from the central directory only).</summary>
    public static IReadOnlyList<string> PartNames(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        return archive.Entries.Select(e => e.FullName).ToList();
    }
}
