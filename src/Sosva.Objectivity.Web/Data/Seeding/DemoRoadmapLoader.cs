namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>Loads the roadmaps of the seed documents (filled in when the domain importer lands).</summary>
public sealed class DemoRoadmapLoader
{
    public Task LoadAsync(int schoolId, CancellationToken ct) => Task.CompletedTask;
}
