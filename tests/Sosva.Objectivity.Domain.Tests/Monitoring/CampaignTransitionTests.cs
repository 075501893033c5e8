using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

/// <summary>Collecting → computed → published, unpublishing and reopening (docs/design.md#75-campaigns).</summary>
public class CampaignTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Computed = new(2026, 5, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Published = new(2026, 5, 19, 10, 0, 0, TimeSpan.Zero);

    private static MonitoringCampaign In(CampaignStatus status) => status switch
    {
        CampaignStatus.Collecting => new() { Year = 2026, Status = status },
        CampaignStatus.Computed => new() { Year = 2026, Status = status, ComputedAt = Computed, ComputedBy = "methodologist" },
        _ => new()
        {
            Year = 2026, Status = status, ComputedAt = Computed, ComputedBy = "methodologist",
            PublishedAt = Published, PublishedBy = "methodologist",
        },
    };

    [Theory]
    [InlineData(CampaignStatus.Collecting)]
    [InlineData(CampaignStatus.Computed)]
    public void A_campaign_not_published_may_be_computed(CampaignStatus status) =>
        In(status).CanCompute().Succeeded.Should().BeTrue();

    [Fact]
    public void A_published_campaign_may_not_be_computed() =>
        In(CampaignStatus.Published).CanCompute().Reason.Should().Be("Кампания опубликована: снимите публикацию, чтобы пересчитать.");

    [Theory]
    [InlineData(CampaignStatus.Collecting)]
    [InlineData(CampaignStatus.Computed)]
    public void Computing_marks_the_campaign_computed_and_stamps_it(CampaignStatus status)
    {
        var campaign = In(status);

        var outcome = campaign.MarkComputed(Now, "analyst");

        outcome.Succeeded.Should().BeTrue();
        campaign.Status.Should().Be(CampaignStatus.Computed);
        campaign.ComputedAt.Should().Be(Now);
        campaign.ComputedBy.Should().Be("analyst");
    }

    [Fact]
    public void A_published_campaign_is_not_marked_computed()
    {
        var campaign = In(CampaignStatus.Published);

        var outcome = campaign.MarkComputed(Now, "analyst");

        outcome.Reason.Should().Be("Кампания опубликована: снимите публикацию, чтобы пересчитать.");
        campaign.Status.Should().Be(CampaignStatus.Published);
        campaign.ComputedAt.Should().Be(Computed);
        campaign.ComputedBy.Should().Be("methodologist");
    }

    [Fact]
    public void A_computed_campaign_is_published_and_stamped()
    {
        var campaign = In(CampaignStatus.Computed);

        var outcome = campaign.Publish(Now, "analyst");

        outcome.Succeeded.Should().BeTrue();
        campaign.Status.Should().Be(CampaignStatus.Published);
        campaign.PublishedAt.Should().Be(Now);
        campaign.PublishedBy.Should().Be("analyst");
        campaign.InputsEditable.Should().BeFalse();
    }

    [Theory]
    [InlineData(CampaignStatus.Collecting)]
    [InlineData(CampaignStatus.Published)]
    public void Only_a_computed_campaign_is_published(CampaignStatus status)
    {
        var campaign = In(status);
        var publishedAt = campaign.PublishedAt;

        var outcome = campaign.Publish(Now, "analyst");

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be("Опубликовать можно только рассчитанную кампанию.");
        campaign.Status.Should().Be(status);
        campaign.PublishedAt.Should().Be(publishedAt);
    }

    [Fact]
    public void A_published_campaign_is_unpublished_back_to_computed_with_its_scores()
    {
        var campaign = In(CampaignStatus.Published);

        var outcome = campaign.Unpublish();

        outcome.Succeeded.Should().BeTrue();
        campaign.Status.Should().Be(CampaignStatus.Computed);
        campaign.ComputedAt.Should().Be(Computed);
        campaign.InputsEditable.Should().BeTrue();
    }

    [Theory]
    [InlineData(CampaignStatus.Collecting)]
    [InlineData(CampaignStatus.Computed)]
    public void Only_a_published_campaign_is_unpublished(CampaignStatus status)
    {
        var campaign = In(status);

        var outcome = campaign.Unpublish();

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be("Кампания не опубликована.");
        campaign.Status.Should().Be(status);
    }

    [Fact]
    public void A_computed_campaign_is_reopened_for_collecting_and_forgets_its_computation()
    {
        var campaign = In(CampaignStatus.Computed);

        var outcome = campaign.Reopen();

        outcome.Succeeded.Should().BeTrue();
        campaign.Status.Should().Be(CampaignStatus.Collecting);
        campaign.ComputedAt.Should().BeNull();
        campaign.ComputedBy.Should().BeNull();
    }

    [Theory]
    [InlineData(CampaignStatus.Collecting)]
    [InlineData(CampaignStatus.Published)]
    public void Only_a_computed_unpublished_campaign_is_reopened(CampaignStatus status)
    {
        var campaign = In(status);
        var computedAt = campaign.ComputedAt;

        var outcome = campaign.Reopen();

        outcome.Succeeded.Should().BeFalse();
        outcome.Reason.Should().Be("Вернуть к сбору данных можно только рассчитанную, неопубликованную кампанию.");
        campaign.Status.Should().Be(status);
        campaign.ComputedAt.Should().Be(computedAt);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(null)]
    public void The_methodology_may_change_while_collecting(int? methodologyId)
    {
        var campaign = In(CampaignStatus.Collecting);
        campaign.MethodologyId = 3;

        campaign.CanChangeMethodology(methodologyId).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(CampaignStatus.Computed)]
    [InlineData(CampaignStatus.Published)]
    public void The_methodology_is_fixed_once_computed(CampaignStatus status)
    {
        var campaign = In(status);
        campaign.MethodologyId = 3;

        campaign.CanChangeMethodology(3).Succeeded.Should().BeTrue();
        var outcome = campaign.CanChangeMethodology(5);
        outcome.Reason.Should().Be("Методику можно сменить только на этапе сбора данных.");
        outcome.Refusals.Single().Field.Should().Be(nameof(MonitoringCampaign.MethodologyId));
        campaign.CanChangeMethodology(null).Succeeded.Should().BeFalse();
    }
}
