using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>How a generated report turned out: state, what the principal wrote, files and history.</summary>
internal readonly record struct ReportFate(
    ReportState State, ExecutionStatus? Status, bool HasText, int Files, bool HasLink, bool ReturnedBefore,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, int Variant)
{
    /// <summary>Events of its history: submitted; returned or accepted; a return and a second submission before an acceptance.</summary>
    public int Events => State switch
    {
        ReportState.Submitted => 1,
        ReportState.Returned => 2,
        ReportState.Accepted => ReturnedBefore ? 4 : 2,
        _ => 0,
    };

    public bool WasSent => State != ReportState.Draft;

    /// <summary>The first submission of a report that was returned once and then accepted.</summary>
    public DateTimeOffset FirstSubmission => SubmittedAt!.Value.AddDays(-6);

    /// <summary>
    /// The distributions (per report; <paramref name="quality"/> is the school's diligence, 0.15–1):
    /// past checkpoints — accepted 43–90 %, waiting for review 7 % (only recent ones: nobody waits for
    /// months), returned 6 %, the rest never sent (overdue; some with a draft); future checkpoints —
    /// mostly empty drafts, some in progress, a few sent early (and some of those returned or accepted). A school without a
    /// principal's account has sent nothing. A tenth of the accepted were returned once before.
    /// </summary>
    public static ReportFate Of(ulong key, double quality, bool hasPrincipal, DateOnly due, DateOnly today, DateTimeOffset now)
    {
        var u = ScaleDraw.Unit(key, 1);
        var variant = ScaleDraw.Pick(1000, key, 2);
        var dueAt = new DateTimeOffset(due.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        if (!hasPrincipal) return Draft(false, 0, variant);

        if (due < today)
        {
            var accepted = 0.35 + 0.55 * quality;
            var late = ScaleDraw.Unit(key, 3) < 0.25 - 0.15 * quality;
            var submitted = late ? dueAt.AddDays(1 + 30 * ScaleDraw.Unit(key, 4)) : dueAt.AddDays(-1 - 20 * ScaleDraw.Unit(key, 4));
            var recent = due > today.AddDays(-60);
            if (u < accepted || (u < accepted + 0.07 && !recent))
                return Reviewed(ReportState.Accepted, key, submitted, now, variant);
            if (u < accepted + 0.07)
                return Sent(ReportState.Submitted, key, Min(submitted, now.AddHours(-2)), null, variant);
            if (u < accepted + 0.13)
                return Reviewed(ReportState.Returned, key, submitted, now, variant);
            // Overdue: never sent; two in five have a draft started.
            return ScaleDraw.Unit(key, 5) < 0.4 ? Draft(true, ScaleDraw.Unit(key, 6) < 0.5 ? 1 : 0, variant) : Draft(false, 0, variant);
        }

        var early = 0.03 + 0.10 * quality;
        var sentAt = now.AddDays(-1 - 14 * ScaleDraw.Unit(key, 4));
        if (u < early) return Sent(ReportState.Submitted, key, Min(sentAt, dueAt), null, variant);
        if (u < early + 0.02) return Reviewed(ReportState.Returned, key, Min(sentAt.AddDays(-5), dueAt), now, variant);
        if (u < early + 0.02 + 0.04 * quality) return Reviewed(ReportState.Accepted, key, Min(sentAt.AddDays(-5), dueAt), now, variant);
        if (u < early + 0.02 + 0.04 * quality + 0.12) return Draft(true, ScaleDraw.Unit(key, 6) < 0.5 ? 1 : 0, variant);
        return Draft(false, 0, variant);
    }

    private static ReportFate Draft(bool started, int files, int variant) =>
        new(ReportState.Draft, started ? ExecutionStatus.InProgress : null, started, started ? files : 0, false, false, null, null, variant);

    private static ReportFate Reviewed(ReportState state, ulong key, DateTimeOffset submitted, DateTimeOffset now, int variant)
    {
        // Reviewed within ten days, and never in the future.
        submitted = Min(submitted, now.AddDays(-3));
        var reviewed = Min(submitted.AddDays(1 + 9 * ScaleDraw.Unit(key, 7)), now.AddHours(-1));
        var returnedBefore = state == ReportState.Accepted && ScaleDraw.Unit(key, 8) < 0.1;
        return Sent(state, key, submitted, reviewed, variant) with { ReturnedBefore = returnedBefore };
    }

    private static ReportFate Sent(ReportState state, ulong key, DateTimeOffset submitted, DateTimeOffset? reviewed, int variant)
    {
        var s = ScaleDraw.Unit(key, 9);
        var status = s < 0.78 ? ExecutionStatus.Done : s < 0.92 ? ExecutionStatus.PartlyDone : s < 0.97 ? ExecutionStatus.InProgress : ExecutionStatus.NotDone;
        var f = ScaleDraw.Unit(key, 10);
        var files = f < 0.1 ? 0 : f < 0.75 ? 1 : 2;
        return new ReportFate(state, status, true, files, ScaleDraw.Unit(key, 11) < 0.6 || files == 0, false, submitted, reviewed, variant);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
