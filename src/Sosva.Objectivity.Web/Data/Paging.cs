namespace Sosva.Objectivity.Web.Data;

/// <summary>
/// Page numbers from the address (<c>?p=</c>) made safe for a query: a page is at least 1 and at most the last
/// one, and its row offset always fits an int (page 2147483647 of 50 rows overflowed into a negative offset, 500).
/// </summary>
public static class Paging
{
    /// <summary>How many pages <paramref name="total"/> rows make, at least 1 (an empty list is one empty page).</summary>
    public static int PageCount(int total, int pageSize) =>
        (int)Math.Max(1, ((long)Math.Max(total, 0) + pageSize - 1) / pageSize);

    /// <summary>The page to show of <paramref name="total"/> rows: <paramref name="requested"/> within 1 … the last page.</summary>
    public static int Clamp(int requested, int total, int pageSize) => Math.Clamp(requested, 1, PageCount(total, pageSize));

    /// <summary>
    /// The page to show of a list whose length is not counted (the audit log reads one row more to know there is a
    /// next page): <paramref name="requested"/> within 1 … the last page whose offset and next page number fit an int.
    /// </summary>
    public static int Clamp(int requested, int pageSize) => Math.Clamp(requested, 1, int.MaxValue / pageSize);

    /// <summary>The rows before page <paramref name="page"/> (from 1; a page below 1 is the first).</summary>
    public static int Skip(int page, int pageSize) => (int)Math.Min(((long)Math.Max(page, 1) - 1) * pageSize, int.MaxValue);
}
