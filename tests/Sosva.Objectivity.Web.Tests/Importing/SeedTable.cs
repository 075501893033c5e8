using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>
/// A seed document (docs/design.md#11-source-documents, embedded in the portal as Data/Seeding/Demo/*.txt) cut the
/// way a document holds it: the text above the table, line by line, and the table's rows of cells.
/// </summary>
public sealed record SeedTable(string Name, string Text, IReadOnlyList<string> Preamble, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public const string Sosva = "sosva-order-49-2023.txt";
    public const string SchoolPlan = "school-plan-2020.txt";
    public const string Rubtsovsk = "rubtsovsk-order-534-2023.txt";

    public static TheoryData<string> All => new() { Sosva, SchoolPlan, Rubtsovsk };

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Header => Rows[0];

    public int Width => Rows.Max(row => row.Count);

    /// <summary>What the text import makes of the seed: what every reader must make of the same table.</summary>
    public InterpretedRoadmap TextImport => PlainTextRoadmap.Read(Text);

    public static SeedTable Load(string name)
    {
        using var stream = typeof(RoadmapFileReader).Assembly.GetManifestResourceStream("Demo." + name)
                           ?? throw new InvalidOperationException($"Seed {name} is not embedded");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        var rows = TabSeparated.Split(text);
        var header = -1;
        var last = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (header < 0 && RoadmapTableInterpreter.IsHeaderRow(rows[i]))
                header = i;
            if (rows[i].Count > 1)
                last = i;
        }

        var preamble = rows.Take(header).Select(row => string.Join("\t", row)).ToList();
        // Blank lines inside the table are page-break artefacts of the conversion; a table has no such rows.
        var table = rows.Skip(header).Take(last - header + 1).Where(row => row.Any(cell => cell.Length > 0)).ToList();
        return new SeedTable(name, text, preamble, table);
    }

    /// <summary>
    /// The same table with its columns in another order and named otherwise, as other municipalities
    /// write it, and a «Вид документа» column (filled for the first row numbered <paramref name="documentTypeFor"/>) at the end.
    /// </summary>
    public SeedTable Reordered(int[] order, IReadOnlyDictionary<string, string> renames, string documentTypeFor, string documentType)
    {
        var width = Header.Count;
        var rows = new List<IReadOnlyList<string>>();
        var documentTypeGiven = false;
        foreach (var row in Rows)
        {
            var padded = Enumerable.Range(0, width).Select(i => i < row.Count ? row[i] : "").ToArray();
            var reordered = order.Select(i => padded[i]).ToList();
            var forThisRow = rows.Count > 0 && !documentTypeGiven && string.Equals(padded[0], documentTypeFor, StringComparison.Ordinal);
            documentTypeGiven |= forThisRow;
            reordered.Add(rows.Count == 0 ? "Вид документа" : forThisRow ? documentType : "");
            if (rows.Count == 0)
                reordered = reordered.Select(name => renames.TryGetValue(name, out var renamed) ? renamed : name).ToList();
            rows.Add(reordered);
        }

        return this with { Rows = rows };
    }
}
