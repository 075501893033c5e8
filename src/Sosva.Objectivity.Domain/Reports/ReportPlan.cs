using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Reports;

/// <summary>The identity of a report within the plan: a measure's checkpoint date for one school.</summary>
public readonly record struct ReportKey(int MeasureId, int SchoolId, DateOnly DueDate);

/// <summary>What a measure of an approved roadmap asks of schools (enough to derive its reports).</summary>
public sealed record PlannedMeasure(
    int MeasureId, ExecutionScope Scope, bool ReportRequired, int? BiasListYear,
    IReadOnlyCollection<DateOnly> Checkpoints, IReadOnlyCollection<int> ChosenSchoolIds);

/// <summary>A report that follows its checkpoint to a new date.</summary>
public sealed record ReportMove(ExecutionReport Report, DateOnly NewDate);

/// <summary>What to do to the stored reports so that they match the plan.</summary>
public sealed record ReportChanges(
    IReadOnlyList<ReportKey> Create,
    IReadOnlyList<ExecutionReport> Delete,
    IReadOnlyList<ExecutionReport> Retire,
    IReadOnlyList<ExecutionReport> Revive,
    IReadOnlyList<ReportMove> Move)
{
    public bool IsEmpty => Create.Count == 0 && Delete.Count == 0 && Retire.Count == 0 && Revive.Count == 0 && Move.Count == 0;
}

/// <summary>
/// Reports are created from the plan (docs/design.md#61-reports-from-the-plan): one per checkpoint of a measure that
/// requires a report and per school that must execute it. A report that is no longer asked for is deleted when empty
/// and kept, marked not required, when someone has put work into it.
/// </summary>
public static class ReportPlan
{
    /// <param name="measures">Measures of the approved municipal roadmaps in scope.</param>
    /// <param name="activeSchoolIds">Schools that execute «all schools» measures.</param>
    /// <param name="biasListSchools">School ids on Rosobrnadzor's list, by year.</param>
    public static HashSet<ReportKey> Required(
        IEnumerable<PlannedMeasure> measures, IReadOnlyCollection<int> activeSchoolIds,
        Func<int, IReadOnlyCollection<int>> biasListSchools)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(biasListSchools);
        var active = activeSchoolIds.ToHashSet();
        var keys = new HashSet<ReportKey>();
        foreach (var m in measures)
        {
            if (!m.ReportRequired) continue;
            foreach (var school in SchoolsExecuting(m, active, biasListSchools))
                foreach (var date in m.Checkpoints)
                    keys.Add(new ReportKey(m.MeasureId, school, date));
        }
        return keys;
    }

    /// <summary>
    /// Which measure a school must execute: every active school for «all schools», the chosen ones that are active, the
    /// active ones on Rosobrnadzor's list of the measure's year. A deactivated school keeps what it has but gets no new
    /// assignments.
    /// </summary>
    public static IEnumerable<int> SchoolsExecuting(PlannedMeasure measure, IReadOnlySet<int> activeSchoolIds,
        Func<int, IReadOnlyCollection<int>> biasListSchools)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(activeSchoolIds);
        ArgumentNullException.ThrowIfNull(biasListSchools);
        return measure.Scope switch
        {
            ExecutionScope.AllSchools => activeSchoolIds,
            ExecutionScope.ChosenSchools => measure.ChosenSchoolIds.Where(activeSchoolIds.Contains),
            ExecutionScope.BiasList when measure.BiasListYear is { } year => biasListSchools(year).Where(activeSchoolIds.Contains),
            _ => [],
        };
    }

    /// <summary>The measures one school executes, by <see cref="SchoolsExecuting"/>.</summary>
    /// <param name="biasListYears">The years of Rosobrnadzor's lists the school is on.</param>
    public static IEnumerable<PlannedMeasure> ExecutedBy(IEnumerable<PlannedMeasure> measures, int schoolId, bool schoolIsActive,
        IReadOnlyCollection<int> biasListYears)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(biasListYears);
        IReadOnlySet<int> active = schoolIsActive ? new HashSet<int> { schoolId } : new HashSet<int>();
        return measures.Where(m => SchoolsExecuting(m, active, year => biasListYears.Contains(year) ? [schoolId] : []).Contains(schoolId));
    }

    /// <summary>Compares the required keys with the stored reports of the same measures.</summary>
    public static ReportChanges Reconcile(IReadOnlySet<ReportKey> required, IEnumerable<ExecutionReport> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var list = existing.ToList();
        return Reconcile(required, list, list.Select(Key).ToHashSet());
    }

    /// <summary>
    /// The same, when only the reports that may change are loaded as entities (<paramref name="candidates"/>:
    /// at least every stored report that is not required or not marked required) and the others are known
    /// by their keys (<paramref name="storedKeys"/>: every stored report's key). A region's daily sync then
    /// holds 100,000 keys rather than 100,000 tracked reports with their files.
    /// </summary>
    public static ReportChanges Reconcile(IReadOnlySet<ReportKey> required, IEnumerable<ExecutionReport> candidates, IReadOnlySet<ReportKey> storedKeys)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(storedKeys);
        List<ExecutionReport> delete = [], retire = [], revive = [];
        var missing = required.Where(k => !storedKeys.Contains(k)).ToHashSet();
        var candidateList = candidates.ToList();
        var moves = Moves(missing, candidateList.Where(r => r.IsRequired && !required.Contains(Key(r))));
        var moved = moves.Select(m => m.Report).ToHashSet();
        foreach (var move in moves) missing.Remove(new ReportKey(move.Report.MeasureId, move.Report.SchoolId, move.NewDate));
        foreach (var report in candidateList.Where(r => !moved.Contains(r)))
        {
            if (required.Contains(Key(report)))
            {
                if (!report.IsRequired) revive.Add(report);
            }
            else if (report.HasContent)
            {
                if (report.IsRequired) retire.Add(report);
            }
            else
            {
                delete.Add(report);
            }
        }
        var create = missing.OrderBy(k => k.MeasureId).ThenBy(k => k.SchoolId).ThenBy(k => k.DueDate).ToList();
        return new ReportChanges(create, delete, retire, revive, moves);
    }

    /// <summary>
    /// A checkpoint that moves keeps its report (docs/decisions/010-plan-changes-keep-reports.md): for each measure and
    /// school, the required reports whose date the plan no longer has and the plan's dates that have no report are
    /// paired in date order — the first lost date with the first new one, and so on. What is left over on either side
    /// is retired (or deleted when empty) and created as before.
    /// </summary>
    private static List<ReportMove> Moves(IReadOnlySet<ReportKey> missing, IEnumerable<ExecutionReport> lost)
    {
        var newDates = missing.ToLookup(k => (k.MeasureId, k.SchoolId), k => k.DueDate);
        var moves = new List<ReportMove>();
        foreach (var group in lost.GroupBy(r => (r.MeasureId, r.SchoolId)))
            moves.AddRange(group.OrderBy(r => r.DueDate).Zip(newDates[group.Key].Order(), (r, date) => new ReportMove(r, date)));
        return moves;
    }

    private static ReportKey Key(ExecutionReport report) => new(report.MeasureId, report.SchoolId, report.DueDate);
}
