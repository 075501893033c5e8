using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Domain.Tests.Reports;

/// <summary>Where a report stands on a day: the review state combined with its checkpoint date
/// (docs/design.md#63-overdue-and-due-soon).</summary>
public class ReportProgressRuleTests
{
    private static readonly DateOnly Due = new(2024, 3, 26);

    [Theory]
    [InlineData(ReportState.Draft, "2024-03-01", ReportProgress.NotDue)]
    [InlineData(ReportState.Draft, "2024-03-11", ReportProgress.NotDue)]
    [InlineData(ReportState.Draft, "2024-03-12", ReportProgress.DueSoon)]
    [InlineData(ReportState.Draft, "2024-03-26", ReportProgress.DueSoon)]
    [InlineData(ReportState.Draft, "2024-03-27", ReportProgress.Overdue)]
    [InlineData(ReportState.Returned, "2024-03-01", ReportProgress.Returned)]
    [InlineData(ReportState.Returned, "2024-03-26", ReportProgress.Returned)]
    [InlineData(ReportState.Returned, "2024-03-27", ReportProgress.Overdue)]
    [InlineData(ReportState.Submitted, "2024-03-01", ReportProgress.Submitted)]
    [InlineData(ReportState.Submitted, "2025-01-01", ReportProgress.Submitted)]
    [InlineData(ReportState.Accepted, "2025-01-01", ReportProgress.Accepted)]
    public void Progress_combines_the_state_with_the_due_date(ReportState state, string today, ReportProgress expected)
    {
        ReportProgressRule.Of(state, Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Theory]
    [InlineData(ReportState.Draft, "2024-03-26", false)]
    [InlineData(ReportState.Draft, "2024-03-27", true)]
    [InlineData(ReportState.Returned, "2024-03-27", true)]
    [InlineData(ReportState.Submitted, "2024-03-27", false)]
    [InlineData(ReportState.Accepted, "2024-03-27", false)]
    public void Overdue_means_the_date_has_passed_and_no_submitted_report_stands(ReportState state, string today, bool overdue)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        ExecutionReport.IsOverdue(state, Due, day).Should().Be(overdue);
        (ReportProgressRule.Of(state, Due, day) == ReportProgress.Overdue).Should().Be(overdue, "the two rules agree");
    }

    [Fact]
    public void A_report_has_content_once_anything_is_entered_or_it_left_the_draft_state()
    {
        new ExecutionReport().HasContent.Should().BeFalse();
        new ExecutionReport { Text = "  " }.HasContent.Should().BeFalse("blank text is nothing");
        new ExecutionReport { Text = "Сделано" }.HasContent.Should().BeTrue();
        new ExecutionReport { Status = ExecutionStatus.InProgress }.HasContent.Should().BeTrue();
        new ExecutionReport { Links = ["https://school1.ru"] }.HasContent.Should().BeTrue();
        new ExecutionReport { Files = [new EvidenceFile()] }.HasContent.Should().BeTrue();
        new ExecutionReport { State = ReportState.Returned }.HasContent.Should().BeTrue();
    }

    [Theory]
    [InlineData(ReportState.Draft, true)]
    [InlineData(ReportState.Returned, true)]
    [InlineData(ReportState.Submitted, false)]
    [InlineData(ReportState.Accepted, false)]
    public void Only_a_draft_or_a_returned_report_is_editable(ReportState state, bool editable) =>
        new ExecutionReport { State = state }.IsEditable.Should().Be(editable);
}
