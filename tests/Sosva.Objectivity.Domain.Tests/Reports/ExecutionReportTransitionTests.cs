using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Domain.Tests.Reports;

/// <summary>Draft → submitted → returned or accepted, with the history each step writes (docs/design.md#62-states-and-review).</summary>
public class ExecutionReportTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private const string Principal = "principal";
    private const string Specialist = "specialist";

    private const string Sent = "Отчёт уже отправлен на проверку; изменить его можно будет, если специалист вернёт его на доработку.";
    private const string Closed = "Отчёт уже принят; изменить его нельзя.";

    private static ExecutionReport In(ReportState state) => new()
    {
        State = state, Status = ExecutionStatus.InProgress, Text = "Было", Links = ["https://school.example/old"],
    };

    private static EvidenceFile File(int id) => new() { Id = id, FileName = $"Приказ {id}.pdf" };

    // Save draft

    [Theory]
    [InlineData(ReportState.Draft)]
    [InlineData(ReportState.Returned)]
    public void A_draft_or_returned_report_saves_the_form_and_stays_where_it_is(ReportState state)
    {
        var report = In(state);

        var outcome = report.SaveDraft(ExecutionStatus.Done, "  Издан приказ.  ", ["https://school.example/vpr"]);

        outcome.Succeeded.Should().BeTrue();
        report.State.Should().Be(state);
        report.Status.Should().Be(ExecutionStatus.Done);
        report.Text.Should().Be("Издан приказ.");
        report.Links.Should().Equal("https://school.example/vpr");
        report.History.Should().BeEmpty();
        report.SubmittedAt.Should().BeNull();
    }

    [Fact]
    public void A_draft_may_be_saved_half_filled()
    {
        var report = In(ReportState.Draft);

        var outcome = report.SaveDraft(null, "   ", []);

        outcome.Succeeded.Should().BeTrue();
        report.Status.Should().BeNull();
        report.Text.Should().BeNull();
        report.Links.Should().BeEmpty();
    }

    [Theory]
    [InlineData(ReportState.Submitted, Sent)]
    [InlineData(ReportState.Accepted, Closed)]
    public void A_report_under_review_or_accepted_cannot_be_saved(ReportState state, string reason)
    {
        var report = In(state);

        var outcome = report.SaveDraft(ExecutionStatus.Done, "Новое", []);

        outcome.Reasons().Should().Equal(reason);
        outcome.Refusals.Single().Field.Should().BeNull();
        ShouldBeAsBefore(report, state);
    }

    [Theory]
    [InlineData(ReportState.Draft, true)]
    [InlineData(ReportState.Returned, true)]
    [InlineData(ReportState.Submitted, false)]
    [InlineData(ReportState.Accepted, false)]
    public void Only_a_draft_or_returned_report_is_editable(ReportState state, bool editable) =>
        In(state).CheckEditable().Succeeded.Should().Be(editable);

    // Submit

    [Theory]
    [InlineData(ReportState.Draft)]
    [InlineData(ReportState.Returned)]
    public void Submitting_sends_the_form_with_every_file_and_keeps_it_in_the_history(ReportState state)
    {
        var report = In(state);
        report.Files.AddRange([File(7), File(8)]);

        var outcome = report.Submit(ExecutionStatus.PartlyDone, " Проведено совещание. ", ["https://school.example/a"], Now, Principal);

        outcome.Succeeded.Should().BeTrue();
        report.State.Should().Be(ReportState.Submitted);
        report.SubmittedAt.Should().Be(Now);
        report.SubmittedBy.Should().Be(Principal);
        report.Status.Should().Be(ExecutionStatus.PartlyDone);
        report.Text.Should().Be("Проведено совещание.");
        report.Files.Should().OnlyContain(f => f.WasSubmitted);
        var entry = report.History.Should().ContainSingle().Subject;
        entry.Kind.Should().Be(ReportEventKind.Submitted);
        entry.At.Should().Be(Now);
        entry.By.Should().Be(Principal);
        entry.Comment.Should().BeNull();
        entry.Status.Should().Be(ExecutionStatus.PartlyDone);
        entry.Text.Should().Be("Проведено совещание.");
        entry.Links.Should().Equal("https://school.example/a");
        entry.FileIds.Should().Equal(7, 8);
    }

    [Fact]
    public void The_history_keeps_the_submission_as_it_was_when_the_report_changes_later()
    {
        var report = In(ReportState.Draft);
        report.Submit(ExecutionStatus.Done, "Сделано", ["https://school.example/a"], Now, Principal);
        report.Return("Приложите приказ.", Now.AddDays(1), Specialist);

        report.SaveDraft(ExecutionStatus.Done, "Сделано, приказ приложен", ["https://school.example/b"]);

        var submitted = report.History[0];
        submitted.Text.Should().Be("Сделано");
        submitted.Links.Should().Equal("https://school.example/a");
    }

    [Fact]
    public void A_submission_needs_a_status_and_a_text()
    {
        var report = In(ReportState.Draft);

        var outcome = report.Submit(null, "  ", [], Now, Principal);

        outcome.Succeeded.Should().BeFalse();
        outcome.Refusals.Should().Equal(
            new Refusal("Выберите статус исполнения.", nameof(ExecutionReport.Status)),
            new Refusal("Опишите, что сделано.", nameof(ExecutionReport.Text)));
        ShouldBeAsBefore(report, ReportState.Draft);
    }

    [Theory]
    [InlineData(null, "Сделано", "Выберите статус исполнения.")]
    [InlineData(ExecutionStatus.Done, null, "Опишите, что сделано.")]
    public void A_submission_lacking_one_thing_is_told_that_one(ExecutionStatus? status, string? text, string reason)
    {
        var report = In(ReportState.Draft);

        var outcome = report.Submit(status, text, [], Now, Principal);

        outcome.Reasons().Should().Equal(reason);
        ShouldBeAsBefore(report, ReportState.Draft);
    }

    [Fact]
    public void What_a_submission_lacks_is_known_before_anything_is_changed()
    {
        ExecutionReport.SubmissionRefusals(ExecutionStatus.NotDone, "Не проводилось").Should().BeEmpty();
        ExecutionReport.SubmissionRefusals(null, null).Select(r => r.Field)
            .Should().Equal(nameof(ExecutionReport.Status), nameof(ExecutionReport.Text));
    }

    [Theory]
    [InlineData(ReportState.Submitted, Sent)]
    [InlineData(ReportState.Accepted, Closed)]
    public void A_report_under_review_or_accepted_cannot_be_submitted_again(ReportState state, string reason)
    {
        var report = In(state);

        var outcome = report.Submit(ExecutionStatus.Done, "Ещё раз", [], Now, Principal);

        outcome.Reasons().Should().Equal(reason);
        ShouldBeAsBefore(report, state);
    }

    [Fact]
    public void A_locked_report_says_it_is_locked_rather_than_what_the_form_lacks() =>
        In(ReportState.Submitted).Submit(null, null, [], Now, Principal).Reasons().Should().Equal(Sent);

    // Return

    [Fact]
    public void A_submitted_report_is_returned_with_the_comment_in_the_history()
    {
        var report = In(ReportState.Submitted);

        var outcome = report.Return("  Приложите приказ.  ", Now, Specialist);

        outcome.Succeeded.Should().BeTrue();
        report.State.Should().Be(ReportState.Returned);
        report.ReviewedAt.Should().Be(Now);
        report.ReviewedBy.Should().Be(Specialist);
        report.ReviewComment.Should().Be("Приложите приказ.");
        report.IsEditable.Should().BeTrue();
        var entry = report.History.Should().ContainSingle().Subject;
        entry.Kind.Should().Be(ReportEventKind.Returned);
        entry.At.Should().Be(Now);
        entry.By.Should().Be(Specialist);
        entry.Comment.Should().Be("Приложите приказ.");
        entry.Text.Should().BeNull();
        entry.FileIds.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_report_is_not_returned_without_a_comment(string? comment)
    {
        var report = In(ReportState.Submitted);

        var outcome = report.Return(comment, Now, Specialist);

        outcome.Refusals.Should().Equal(new Refusal(
            "Напишите, что нужно исправить: комментарий увидит руководитель школы.", nameof(ExecutionReport.ReviewComment)));
        ShouldBeAsBefore(report, ReportState.Submitted);
    }

    [Theory]
    [InlineData(ReportState.Draft, "Отчёт ещё не отправлен школой на проверку.")]
    [InlineData(ReportState.Returned, "Отчёт уже возвращён на доработку.")]
    [InlineData(ReportState.Accepted, "Отчёт уже принят.")]
    public void Only_a_submitted_report_is_returned(ReportState state, string reason)
    {
        var report = In(state);

        var outcome = report.Return("Исправьте", Now, Specialist);

        outcome.Reasons().Should().Equal(reason);
        ShouldBeAsBefore(report, state);
    }

    [Fact]
    public void A_report_not_under_review_says_so_rather_than_asking_for_a_comment() =>
        In(ReportState.Accepted).Return(null, Now, Specialist).Reasons().Should().Equal("Отчёт уже принят.");

    // Accept

    [Theory]
    [InlineData("Принято, спасибо.", "Принято, спасибо.")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void A_submitted_report_is_accepted_with_or_without_a_comment(string? comment, string? kept)
    {
        var report = In(ReportState.Submitted);
        report.ReviewComment = "Комментарий прошлого возврата";

        var outcome = report.Accept(comment, Now, Specialist);

        outcome.Succeeded.Should().BeTrue();
        report.State.Should().Be(ReportState.Accepted);
        report.ReviewedAt.Should().Be(Now);
        report.ReviewedBy.Should().Be(Specialist);
        report.ReviewComment.Should().Be(kept);
        report.IsEditable.Should().BeFalse();
        var entry = report.History.Should().ContainSingle().Subject;
        entry.Kind.Should().Be(ReportEventKind.Accepted);
        entry.At.Should().Be(Now);
        entry.By.Should().Be(Specialist);
        entry.Comment.Should().Be(kept);
    }

    [Theory]
    [InlineData(ReportState.Draft, "Отчёт ещё не отправлен школой на проверку.")]
    [InlineData(ReportState.Returned, "Отчёт уже возвращён на доработку.")]
    [InlineData(ReportState.Accepted, "Отчёт уже принят.")]
    public void Only_a_submitted_report_is_accepted(ReportState state, string reason)
    {
        var report = In(state);

        var outcome = report.Accept(null, Now, Specialist);

        outcome.Reasons().Should().Equal(reason);
        ShouldBeAsBefore(report, state);
    }

    [Theory]
    [InlineData(ReportState.Submitted, true)]
    [InlineData(ReportState.Draft, false)]
    [InlineData(ReportState.Returned, false)]
    [InlineData(ReportState.Accepted, false)]
    public void Only_a_submitted_report_is_reviewable(ReportState state, bool reviewable) =>
        In(state).CheckReviewable().Succeeded.Should().Be(reviewable);

    [Fact]
    public void The_plan_retires_revives_and_moves_a_report_keeping_its_state_and_content_with_a_history_entry_each()
    {
        var report = In(ReportState.Accepted);
        report.DueDate = new DateOnly(2026, 10, 1);

        report.Retire(Now, "spicina");
        report.IsRequired.Should().BeFalse();
        report.Revive(Now, "spicina");
        report.IsRequired.Should().BeTrue();
        report.MoveTo(new DateOnly(2026, 11, 1), Now, "spicina");

        (report.DueDate, report.State).Should().Be((new DateOnly(2026, 11, 1), ReportState.Accepted));
        report.History.Select(e => (e.Kind, e.Comment, e.By, e.At)).Should().Equal(
            (ReportEventKind.NoLongerRequired, "Контрольный срок или школа исключены из плана; отчёт сохранён", "spicina", Now),
            (ReportEventKind.RequiredAgain, "Отчёт снова требуется по плану", "spicina", Now),
            (ReportEventKind.Moved, "Контрольный срок перенесён с 01.10.2026 на 01.11.2026", "spicina", Now));
    }

    private static void ShouldBeAsBefore(ExecutionReport report, ReportState state)
    {
        report.State.Should().Be(state);
        report.Status.Should().Be(ExecutionStatus.InProgress);
        report.Text.Should().Be("Было");
        report.Links.Should().Equal("https://school.example/old");
        report.SubmittedAt.Should().BeNull();
        report.ReviewedAt.Should().BeNull();
        report.History.Should().BeEmpty();
    }
}

internal static class TransitionResultExtensions
{
    public static IEnumerable<string> Reasons(this TransitionResult result) => result.Refusals.Select(r => r.Reason);
}
