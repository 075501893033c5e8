using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>
/// Loads the roadmaps of the seed documents (docs/design.md#11-source-documents, embedded as Data/Seeding/Demo/*.txt)
/// through the same reading as an import of pasted text. Idempotent by title.
/// </summary>
public sealed class DemoRoadmapLoader(AppDbContext db, TimeProvider clock)
{
    private sealed record DemoRoadmap(
        string Resource, RoadmapLevel Level, RoadmapStatus Status, string Owner, string? SignedBy,
        DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null);

    private static readonly DemoRoadmap[] Seeds =
    [
        // The order approves the complex «на 2022/2023 учебный год», but its measures run to
        // 25.03.2024 and principals report by 02.03.2024: the period covers both academic years.
        new("sosva-order-49-2023.txt", RoadmapLevel.Municipal, RoadmapStatus.Approved,
            "ООА СГО «Управление образования»", "С.А. Куракова", new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31)),
        // A school's own plan (of another school in the source); in the demo it is school 1's plan.
        new("school-plan-2020.txt", RoadmapLevel.School, RoadmapStatus.Approved, "Администрация школы", "Салий Л.В."),
        new("rubtsovsk-order-534-2023.txt", RoadmapLevel.Municipal, RoadmapStatus.Draft,
            "МКУ «Управление образования» г. Рубцовска", "А.А. Мищерин"),
    ];

    public async Task LoadAsync(int demoSchoolId, CancellationToken ct)
    {
        foreach (var seed in Seeds)
        {
            var read = PlainTextRoadmap.Read(ReadResource(seed.Resource));
            var title = read.Title ?? seed.Resource;
            if (await db.Roadmaps.AnyAsync(r => r.Title == title, ct)) continue;

            var start = seed.PeriodStart ?? read.PeriodStart ?? new DateOnly(clock.GetUtcNow().Year, 1, 1);
            var end = seed.PeriodEnd ?? read.PeriodEnd ?? start.AddYears(1).AddDays(-1);
            var roadmap = RoadmapFactory.Create(read.Table, title, seed.Level, start, end);
            roadmap.SchoolId = seed.Level == RoadmapLevel.School ? demoSchoolId : null;
            roadmap.OwnerOrganization = seed.Owner;
            roadmap.OrderNumber = read.OrderNumber;
            roadmap.OrderDate = read.OrderDate;
            roadmap.OrderSignedBy = seed.SignedBy;
            roadmap.Status = seed.Status;
            if (seed.Status != RoadmapStatus.Draft)
            {
                roadmap.StatusChangedAt = clock.GetUtcNow();
                roadmap.StatusChangedBy = HttpCurrentUser.System;
            }
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync(ct);
        }
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(DemoRoadmapLoader).Assembly.GetManifestResourceStream("Demo." + name)
                           ?? throw new InvalidOperationException($"Embedded demo roadmap {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
