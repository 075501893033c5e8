using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Bench;

/// <summary>The seed roadmaps the portal embeds (Data/Seeding/Demo), as text.</summary>
public static class Seeds
{
    public const string Sosva = "sosva-order-49-2023.txt";
    public const string SchoolPlan = "school-plan-2020.txt";
    public const string Rubtsovsk = "rubtsovsk-order-534-2023.txt";

    public static readonly string[] Names = [Sosva, SchoolPlan, Rubtsovsk];

    public static string Text(string name)
    {
        using var stream = typeof(RoadmapFileReader).Assembly.GetManifestResourceStream("Demo." + name)
                           ?? throw new InvalidOperationException($"Seed {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every measure of the three seeds, with the period of its roadmap.</summary>
    public static List<(InterpretedMeasure Measure, DateOnly From, DateOnly To)> Measures()
    {
        var measures = new List<(InterpretedMeasure, DateOnly, DateOnly)>();
        foreach (var name in Names)
        {
            var roadmap = PlainTextRoadmap.Read(Text(name));
            var from = roadmap.PeriodStart ?? new DateOnly(2023, 1, 1);
            var to = roadmap.PeriodEnd ?? new DateOnly(2023, 12, 31);
            foreach (var measure in roadmap.Table.Sections.SelectMany(section => section.Measures))
                measures.Add((measure, from, to));
        }

        return measures;
    }
}
