using System.Security.Claims;

namespace Sosva.Objectivity.Web.Data;

/// <summary>Who is making a change: the signed-in user, or «system» outside a request.</summary>
public interface ICurrentUser
{
    string Name { get; }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string System = "system";

    public string Name =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } name ? name : System;
}
