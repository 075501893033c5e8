namespace Sosva.Objectivity.Domain.Roadmaps;

/// <summary>Whose roadmap it is: the department's (municipal) or one school's own plan.</summary>
public enum RoadmapLevel
{
    Municipal = 0,
    School = 1,
}

/// <summary>Draft → approved → archived (and back to draft).</summary>
public enum RoadmapStatus
{
    Draft = 0,
    Approved = 1,
    Archived = 2,
}

/// <summary>What the deadline text of a measure turned out to be (docs/design.md#51-result).</summary>
public enum DeadlineKind
{
    Unrecognized = 0,
    Dates = 1,
    Recurring = 2,
    Continuous = 3,
    Event = 4,
    External = 5,
}

/// <summary>Which schools must execute a measure.</summary>
public enum ExecutionScope
{
    /// <summary>Department only: no school reports.</summary>
    DepartmentOnly = 0,
    AllSchools = 1,
    ChosenSchools = 2,
    /// <summary>The schools on Rosobrnadzor's bias list of <see cref="Measure.BiasListYear"/>.</summary>
    BiasList = 3,
}
