using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps;

/// <summary>Draft → approved → archived and back to draft (docs/design.md#42-status).</summary>
public class RoadmapTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private static Roadmap In(RoadmapStatus status) =>
        new() { Status = status, StatusChangedAt = Earlier, StatusChangedBy = "before" };

    [Fact]
    public void A_draft_with_measures_is_approved_and_the_change_is_stamped()
    {
        var roadmap = In(RoadmapStatus.Draft);

        var outcome = roadmap.Approve(hasMeasures: true, Now, "specialist");

        outcome.Succeeded.Should().BeTrue();
        outcome.Reason.Should().BeNull();
        roadmap.Status.Should().Be(RoadmapStatus.Approved);
        roadmap.StatusChangedAt.Should().Be(Now);
        roadmap.StatusChangedBy.Should().Be("specialist");
    }

    [Fact]
    public void An_empty_roadmap_cannot_be_approved()
    {
        var roadmap = In(RoadmapStatus.Draft);

        var outcome = roadmap.Approve(hasMeasures: false, Now, "specialist");

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be("Нельзя утвердить дорожную карту без мероприятий.");
        ShouldBeUnchanged(roadmap, RoadmapStatus.Draft);
    }

    [Theory]
    [InlineData(RoadmapStatus.Approved, "Дорожная карта уже в статусе «утверждена».")]
    [InlineData(RoadmapStatus.Archived, "Дорожная карта уже в статусе «в архиве».")]
    public void Only_a_draft_is_approved(RoadmapStatus status, string reason)
    {
        var roadmap = In(status);

        var outcome = roadmap.Approve(hasMeasures: true, Now, "specialist");

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
        ShouldBeUnchanged(roadmap, status);
    }

    [Fact]
    public void A_roadmap_already_approved_says_so_before_it_says_it_is_empty()
    {
        var outcome = In(RoadmapStatus.Approved).Approve(hasMeasures: false, Now, "specialist");

        outcome.Reason.Should().Be("Дорожная карта уже в статусе «утверждена».");
    }

    [Fact]
    public void An_approved_roadmap_is_archived()
    {
        var roadmap = In(RoadmapStatus.Approved);

        var outcome = roadmap.Archive(Now, "specialist");

        outcome.Succeeded.Should().BeTrue();
        roadmap.Status.Should().Be(RoadmapStatus.Archived);
        roadmap.StatusChangedAt.Should().Be(Now);
        roadmap.StatusChangedBy.Should().Be("specialist");
    }

    [Theory]
    [InlineData(RoadmapStatus.Draft, "Дорожная карта уже в статусе «черновик».")]
    [InlineData(RoadmapStatus.Archived, "Дорожная карта уже в статусе «в архиве».")]
    public void Only_an_approved_roadmap_is_archived(RoadmapStatus status, string reason)
    {
        var roadmap = In(status);

        var outcome = roadmap.Archive(Now, "specialist");

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
        ShouldBeUnchanged(roadmap, status);
    }

    [Theory]
    [InlineData(RoadmapStatus.Approved)]
    [InlineData(RoadmapStatus.Archived)]
    public void An_approved_or_archived_roadmap_returns_to_draft(RoadmapStatus status)
    {
        var roadmap = In(status);

        var outcome = roadmap.ReturnToDraft(Now, "specialist");

        outcome.Succeeded.Should().BeTrue();
        roadmap.Status.Should().Be(RoadmapStatus.Draft);
        roadmap.StatusChangedAt.Should().Be(Now);
        roadmap.StatusChangedBy.Should().Be("specialist");
    }

    [Fact]
    public void A_draft_does_not_return_to_draft()
    {
        var roadmap = In(RoadmapStatus.Draft);

        var outcome = roadmap.ReturnToDraft(Now, "specialist");

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be("Дорожная карта уже в статусе «черновик».");
        ShouldBeUnchanged(roadmap, RoadmapStatus.Draft);
    }

    [Theory]
    [InlineData(RoadmapStatus.Draft, RoadmapStatus.Approved, true)]
    [InlineData(RoadmapStatus.Draft, RoadmapStatus.Archived, false)]
    [InlineData(RoadmapStatus.Draft, RoadmapStatus.Draft, false)]
    [InlineData(RoadmapStatus.Approved, RoadmapStatus.Archived, true)]
    [InlineData(RoadmapStatus.Approved, RoadmapStatus.Draft, true)]
    [InlineData(RoadmapStatus.Approved, RoadmapStatus.Approved, false)]
    [InlineData(RoadmapStatus.Archived, RoadmapStatus.Draft, true)]
    [InlineData(RoadmapStatus.Archived, RoadmapStatus.Approved, false)]
    [InlineData(RoadmapStatus.Archived, RoadmapStatus.Archived, false)]
    public void A_status_change_by_target_follows_the_diagram(RoadmapStatus from, RoadmapStatus to, bool allowed)
    {
        var roadmap = In(from);

        var outcome = roadmap.ChangeStatus(to, hasMeasures: true, Now, "specialist");

        outcome.Succeeded.Should().Be(allowed);
        roadmap.Status.Should().Be(allowed ? to : from);
        if (!allowed) outcome.Reason.Should().Be($"Дорожная карта уже в статусе «{Roadmap.StatusName(from)}».");
    }

    [Fact]
    public void A_status_change_by_target_keeps_the_empty_roadmap_rule() =>
        In(RoadmapStatus.Draft).ChangeStatus(RoadmapStatus.Approved, hasMeasures: false, Now, "specialist")
            .Reason.Should().Be("Нельзя утвердить дорожную карту без мероприятий.");

    [Fact]
    public void An_unknown_target_status_is_refused()
    {
        var roadmap = In(RoadmapStatus.Draft);

        var outcome = roadmap.ChangeStatus((RoadmapStatus)42, hasMeasures: true, Now, "specialist");

        outcome.Reason.Should().Be("Дорожная карта уже в статусе «черновик».");
        ShouldBeUnchanged(roadmap, RoadmapStatus.Draft);
    }

    private static void ShouldBeUnchanged(Roadmap roadmap, RoadmapStatus status)
    {
        roadmap.Status.Should().Be(status);
        roadmap.StatusChangedAt.Should().Be(Earlier);
        roadmap.StatusChangedBy.Should().Be("before");
    }
}
