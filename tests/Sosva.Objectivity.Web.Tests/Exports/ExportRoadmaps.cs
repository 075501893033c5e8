using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>
/// Roadmaps for the export tests, built without a database the way the demo seeder builds them:
/// the seed documents (embedded in the Web assembly as Demo.*.txt) read as pasted text.
/// </summary>
internal static class ExportRoadmaps
{
    /// <summary>Seed 000: Sosva order №49 of 02.03.2023, sections 1–7, measures 1.1…7.8.</summary>
    public static Roadmap Sosva() => FromSeed("sosva-order-49-2023.txt", "ООА СГО «Управление образования»",
        new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31));

    /// <summary>Seed 002: Rubtsovsk order №534, sections I–VIII.</summary>
    public static Roadmap Rubtsovsk() => FromSeed("rubtsovsk-order-534-2023.txt", "МКУ «Управление образования» г. Рубцовска");

    /// <summary>Seed 001: a school's own plan (unnumbered sections, no order).</summary>
    public static Roadmap SchoolPlan() => FromSeed("school-plan-2020.txt", "Администрация школы", level: RoadmapLevel.School);

    public static Roadmap FromSeed(string resource, string owner, DateOnly? start = null, DateOnly? end = null, RoadmapLevel level = RoadmapLevel.Municipal)
    {
        using var stream = typeof(Sosva.Objectivity.Web.Exports.RoadmapPdfExport).Assembly.GetManifestResourceStream("Demo." + resource)
                           ?? throw new InvalidOperationException($"No embedded seed {resource}");
        using var reader = new StreamReader(stream);
        var read = PlainTextRoadmap.Read(reader.ReadToEnd());
        var from = start ?? read.PeriodStart ?? new DateOnly(2023, 1, 1);
        var to = end ?? read.PeriodEnd ?? from.AddYears(1).AddDays(-1);
        var roadmap = RoadmapFactory.Create(read.Table, read.Title ?? resource, level, from, to);
        roadmap.OwnerOrganization = owner;
        roadmap.OrderNumber = read.OrderNumber;
        roadmap.OrderDate = read.OrderDate;
        return roadmap;
    }

    /// <summary>
    /// A roadmap of <paramref name="measures"/> measures in sections of 12, with texts of every
    /// length: a measure title taller than a page, a word wider than any column, many checkpoints.
    /// </summary>
    public static Roadmap Synthetic(int measures)
    {
        var roadmap = new Roadmap
        {
            Title = "Синтетическая дорожная карта для проверки вёрстки",
            OwnerOrganization = "Управление образования",
            OrderNumber = "1",
            OrderDate = new DateOnly(2024, 1, 10),
            PeriodStart = new DateOnly(2024, 1, 1),
            PeriodEnd = new DateOnly(2025, 12, 31),
        };
        Section? section = null;
        for (var i = 0; i < measures; i++)
        {
            if (i % 12 == 0)
            {
                section = new Section { Position = roadmap.Sections.Count, Number = $"{roadmap.Sections.Count + 1}.", Title = $"Раздел номер {roadmap.Sections.Count + 1} с довольно длинным названием, которое может не уместиться в одну строку таблицы" };
                roadmap.Sections.Add(section);
            }
            var n = section!.Measures.Count + 1;
            var words = 5 + i * 7 % 60;
            var title = i == 17
                ? string.Join(' ', Enumerable.Repeat("Очень длинное описание мероприятия, которое занимает больше страницы.", 120))
                : $"Мероприятие {i + 1}: " + string.Join(' ', Enumerable.Range(0, words).Select(w => w % 3 == 0 ? "объективности" : "оценочных процедур"));
            var measure = new Measure
            {
                Position = n - 1,
                Number = $"{roadmap.Sections.Count}.{n}.",
                Title = title,
                DeadlineText = i % 5 == 0 ? "ежемесячно" : "до 1 ноября",
                ResponsibleText = i == 3 ? "https://example.org/" + new string('x', 400) : "Руководители ОУ",
                ExpectedResult = i % 4 == 0 ? null : "Справка по итогам",
                DocumentType = i % 7 == 0 ? "Приказ" : null,
            };
            var dates = i % 5 == 0
                ? Enumerable.Range(0, 24).Select(m => new DateOnly(2024, 1, 1).AddMonths(m + 1).AddDays(-1))
                : [new DateOnly(2024, 11, 1), new DateOnly(2025, 11, 1)];
            measure.Checkpoints.AddRange(dates.Select(d => new Checkpoint { DueDate = d }));
            section.Measures.Add(measure);
        }
        return roadmap;
    }
}
